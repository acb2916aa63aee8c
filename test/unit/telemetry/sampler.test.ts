// The sampler's timing contract under fake timers, with injected sources whose counters advance
// with the (fake) clock: half the node busy, 1000 B/s each way, one workload using half a core.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DiskUsage } from '../../../proto/types.js';
import type { CgroupCounters } from '../../../agent/telemetry/cgroup.js';
import type { CpuTimes, MemInfo, NetCounters } from '../../../agent/telemetry/proc.js';
import { TelemetrySampler, type SampleWithoutSeq, type TelemetrySamplerOptions } from '../../../agent/telemetry/sampler.js';
import type { SampleSources } from '../../../agent/telemetry/sources.js';
import { captureLogs } from '../../helpers/logs.js';

const T0 = 1_800_000_000_000;
const ID = 'a'.repeat(64);

class World implements SampleSources {
  slowMs = 0;
  failMemory = false;
  active = 0;
  maxActive = 0;
  private readonly since = Date.now();

  private elapsed(): number {
    return Date.now() - this.since;
  }
  async cpu(): Promise<CpuTimes> {
    const total = this.elapsed() / 5; // 2 cores at 100 Hz
    return { total, idle: total * 0.5, cores: 2 };
  }
  async load(): Promise<number> {
    return 0.5;
  }
  async memory(): Promise<MemInfo> {
    if (this.failMemory) throw new Error('EIO');
    return { totalBytes: 4096, usedBytes: 1024, swapTotalBytes: 0, swapUsedBytes: 0 };
  }
  async net(): Promise<NetCounters> {
    return { rxBytes: this.elapsed(), txBytes: this.elapsed() };
  }
  async uptime(): Promise<number> {
    return 600;
  }
  async disks(): Promise<DiskUsage[]> {
    this.active++;
    this.maxActive = Math.max(this.maxActive, this.active);
    try {
      if (this.slowMs > 0) await new Promise((r) => setTimeout(r, this.slowMs));
      return [{ mount: '/', usedBytes: 1, sizeBytes: 2 }];
    } finally {
      this.active--;
    }
  }
  async temperature(): Promise<number | undefined> {
    return 42.5;
  }
  async workloads(ids: readonly string[]): Promise<Map<string, CgroupCounters>> {
    return new Map(ids.map((id) => [id, { cpuNs: this.elapsed() * 0.5e6, memoryBytes: 1 << 20 }]));
  }
}

let world: World;
let samples: SampleWithoutSeq[];
let logs: ReturnType<typeof captureLogs>;
let sampler: TelemetrySampler;

function make(intervalMs = 10_000, extra: Partial<TelemetrySamplerOptions> = {}): TelemetrySampler {
  sampler = new TelemetrySampler({
    ...extra,
    intervalMs,
    now: () => Date.now(),
    monotonic: () => Date.now(),
    read: world,
    containers: () => [{ workload: 'web', containerId: ID }],
    onSample: (s) => samples.push(s),
    logger: logs.logger,
  });
  return sampler;
}
const stamps = (): number[] => samples.map((s) => s.tsMs - T0);

beforeEach(() => {
  vi.useFakeTimers({ now: T0 });
  world = new World();
  samples = [];
  logs = captureLogs();
});
afterEach(async () => {
  await sampler.stop();
  vi.useRealTimers();
});

describe('TelemetrySampler', () => {
  it('ticks on the grid, stamps at the tick, and has rates from the first sample on', async () => {
    make().start();
    await vi.advanceTimersByTimeAsync(35_000);
    expect(stamps()).toEqual([10_000, 20_000, 30_000]);
    expect(samples[0]).toEqual({
      tsMs: T0 + 10_000,
      cpuPercent: 50,
      load1: 0.5,
      memoryUsedBytes: 1024,
      memoryTotalBytes: 4096,
      swapUsedBytes: 0,
      swapTotalBytes: 0,
      disks: [{ mount: '/', usedBytes: 1, sizeBytes: 2 }],
      netRxBytesPerS: 1000,
      netTxBytesPerS: 1000,
      temperatureC: 42.5,
      uptimeS: 600,
      workloads: [{ name: 'web', cpuPercent: 25, memoryBytes: 1 << 20 }],
    });
    expect(sampler.emitted).toBe(3);
    expect(sampler.skipped).toBe(0);
  });

  it('does not let a slow source delay the next timestamp: the overlapping tick is skipped, never run', async () => {
    make().start();
    world.slowMs = 15_000; // the reading that starts at 10 s ends at 25 s
    await vi.advanceTimersByTimeAsync(10_000);
    world.slowMs = 0;
    await vi.advanceTimersByTimeAsync(20_000);
    expect(stamps()).toEqual([10_000, 30_000]);
    expect(sampler.skipped).toBe(1);
    expect(world.maxActive).toBe(1);
    expect(sampler.costs().disks?.maxMs).toBe(15_000);
    expect(logs.lines.some((l) => l.msg.includes('tick skipped') && l.skipped === 1)).toBe(true);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(stamps()).toEqual([10_000, 30_000, 40_000]);
  });

  it('keeps later ticks on the grid after a late timer (event loop blocked for 3 s)', async () => {
    make().start();
    await vi.advanceTimersByTimeAsync(5_000);
    vi.setSystemTime(Date.now() + 3_000); // the wall clock moves on while the timer is held up
    await vi.advanceTimersByTimeAsync(5_000);
    await vi.advanceTimersByTimeAsync(7_000);
    expect(stamps()).toEqual([13_000, 20_000]);
  });

  it('starts a fresh grid when the wall clock steps back, instead of falling silent', async () => {
    make().start();
    await vi.advanceTimersByTimeAsync(10_000);
    vi.setSystemTime(Date.now() - 3_600_000); // NTP corrects a clock that booted an hour fast
    await vi.advanceTimersByTimeAsync(20_000);
    expect(stamps()).toEqual([10_000, 20_000 - 3_600_000, 30_000 - 3_600_000]);
  });

  it('re-grids from now when the controller changes the interval, and clamps nonsense', async () => {
    make().start();
    await vi.advanceTimersByTimeAsync(12_000);
    sampler.setIntervalMs(5_000);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(stamps()).toEqual([10_000, 17_000, 22_000]);
    sampler.setIntervalMs(5);
    expect(sampler.interval).toBe(1_000);
    sampler.setIntervalMs(0);
    expect(sampler.interval).toBe(10_000);
    sampler.setIntervalMs(Number.NaN);
    expect(sampler.interval).toBe(10_000);
  });

  it('stops: no more ticks, and a reading in flight at stop() is awaited but not emitted', async () => {
    make().start();
    await vi.advanceTimersByTimeAsync(10_000);
    world.slowMs = 4_000;
    await vi.advanceTimersByTimeAsync(10_000); // reading of 20 s is in flight
    let stopped = false;
    const done = sampler.stop().then(() => (stopped = true));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(stopped).toBe(false);
    await vi.advanceTimersByTimeAsync(60_000);
    await done;
    expect(stamps()).toEqual([10_000]);
  });

  it('emits a sample with a failing source at 0 and logs the failure once and the recovery once', async () => {
    world.failMemory = true;
    make().start();
    await vi.advanceTimersByTimeAsync(30_000);
    world.failMemory = false;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(samples.map((s) => s.memoryTotalBytes)).toEqual([0, 0, 0, 4096]);
    expect(samples.every((s) => s.cpuPercent === 50)).toBe(true);
    expect(logs.lines.filter((l) => l.source === 'memory').map((l) => l.msg)).toEqual([
      'telemetry source failing; its fields read 0 until it recovers',
      'telemetry source recovered',
    ]);
    expect(sampler.costs().memory).toMatchObject({ count: 4, errors: 3 });
  });

  it('fails a hung source after sourceTimeoutMs and does not call it again until it returns', async () => {
    let calls = 0;
    let release: (d: DiskUsage[]) => void = () => undefined;
    world.disks = () => {
      calls++;
      return new Promise<DiskUsage[]>((resolve) => (release = resolve));
    };
    make(10_000, { sourceTimeoutMs: 3_000 }).start();
    await vi.advanceTimersByTimeAsync(13_000);
    expect(stamps()).toEqual([10_000]);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(stamps()).toEqual([10_000, 20_000]);
    expect(calls).toBe(1);
    expect(samples.map((s) => s.disks)).toEqual([[], []]);
    expect(samples[1]!.memoryTotalBytes).toBe(4096);
    release([]); // the hung call finally returns; the source answers normally from now on
    world.disks = async () => {
      calls++;
      return [{ mount: '/', usedBytes: 1, sizeBytes: 2 }];
    };
    await vi.advanceTimersByTimeAsync(10_000);
    expect(calls).toBe(2);
    expect(samples[2]!.disks).toEqual([{ mount: '/', usedBytes: 1, sizeBytes: 2 }]);
    expect(sampler.costs().disks).toMatchObject({ count: 3, errors: 2 });
    expect(sampler.skipped).toBe(0);
  });

  it('survives callbacks that throw', async () => {
    sampler = new TelemetrySampler({
      intervalMs: 10_000,
      now: () => Date.now(),
      read: world,
      containers: () => {
        throw new Error('no list yet');
      },
      onSample: () => {
        throw new Error('outbox closed');
      },
      logger: logs.logger,
    });
    sampler.start();
    await vi.advanceTimersByTimeAsync(20_000);
    expect(sampler.emitted).toBe(2);
    expect(logs.lines.filter((l) => l.msg === 'telemetry onSample threw')).toHaveLength(2);
  });
});
