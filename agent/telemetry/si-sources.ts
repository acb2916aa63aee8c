// Fallback sources for hosts without /proc (a developer's macOS, say): systeminformation where
// node:os has no answer (memory with swap, interface counters, temperature), node:os elsewhere.
// systeminformation is imported lazily, so a Linux agent never loads it (about 10 MB of RSS).
//
// Measured on the reference VM (Linux 6.18, 2 cores, systeminformation 5.33), child processes
// spawned per call (counted with strace -f -e trace=execve) and cost per call:
//   currentLoad     3 (sh, cat, grep)          ~15 ms   first call 6
//   fsSize          4 (sh, df, cat)            ~21 ms
//   networkStats   11 (sh, ip, cat, grep)      ~54 ms
//   cpuTemperature  7 (sh, cat, vcgencmd)      ~34 ms   (no sensors here: answers null)
//   time            4 (sh, date, ls)           ~21 ms
//   osInfo         14 (dmesg, hostname, ip...) 80-190 ms
//   cpu             7 (lscpu, cat, grep)       70-290 ms
//   mem, fullLoad, cpuCurrentSpeed: 0, 0.5-2 ms
// The /proc readings in sources.ts cost ~0.05 ms a file and spawn nothing, hence the hot path.
import { cpus, loadavg, uptime } from 'node:os';
import type { DiskUsage } from '../../proto/types.js';
import type { CgroupCounters } from './cgroup.js';
import type { CpuTimes, MemInfo, NetCounters } from './proc.js';
import { diskUsage, type SampleSources } from './sources.js';

type Si = typeof import('systeminformation');

/** Cumulative CPU times from node:os (ms instead of jiffies: only differences are used). */
export function osCpuTimes(): CpuTimes {
  let idle = 0;
  let total = 0;
  const list = cpus();
  for (const { times } of list) {
    idle += times.idle;
    total += times.user + times.nice + times.sys + times.idle + times.irq;
  }
  return { idle, total, cores: Math.max(1, list.length) };
}

export class SiSources implements SampleSources {
  private si: Promise<Si> | undefined;

  constructor(private readonly mounts: readonly string[] = ['/']) {}

  private lib(): Promise<Si> {
    this.si ??= import('systeminformation');
    return this.si;
  }

  async cpu(): Promise<CpuTimes> {
    return osCpuTimes();
  }

  async load(): Promise<number> {
    return loadavg()[0] ?? 0;
  }

  async memory(): Promise<MemInfo> {
    const m = await (await this.lib()).mem();
    return { totalBytes: m.total, usedBytes: m.total - m.available, swapTotalBytes: m.swaptotal, swapUsedBytes: m.swapused };
  }

  async net(): Promise<NetCounters> {
    const stats = await (await this.lib()).networkStats('*');
    let rxBytes = 0;
    let txBytes = 0;
    for (const s of stats) {
      if (s.iface === 'lo' || s.iface.startsWith('lo0')) continue;
      rxBytes += s.rx_bytes;
      txBytes += s.tx_bytes;
    }
    return { rxBytes, txBytes };
  }

  async uptime(): Promise<number> {
    return Math.floor(uptime());
  }

  async disks(): Promise<DiskUsage[]> {
    const got = await Promise.all(this.mounts.map((m) => diskUsage(m).catch(() => undefined)));
    return got.filter((d): d is DiskUsage => d !== undefined);
  }

  async temperature(): Promise<number | undefined> {
    const t = await (await this.lib()).cpuTemperature();
    // systeminformation answers null (typed number) or -1 when there is no sensor.
    return typeof t.main === 'number' && t.main > 0 ? t.main : undefined;
  }

  async workloads(): Promise<Map<string, CgroupCounters>> {
    // No cgroups to read; Docker's stats API is too slow to call per sample.
    return new Map();
  }
}
