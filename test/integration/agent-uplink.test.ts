// Telemetry and events through the agent's durable outbox to a real broker: batches in order
// with gapless seqs and the boot id; while the broker is down the samples wait on disk, and after
// it returns the backlog arrives in order, with no loss and no duplicate.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decode } from '../../proto/codec.js';
import type { EventBatch, TelemetryBatch } from '../../proto/types.js';
import { harness, workload, type Harness } from '../helpers/agent-harness.js';
import { waitUntil } from '../helpers/wait.js';

describe('agent uplink: outbox -> real broker', () => {
  let h: Harness;
  const telemetry: TelemetryBatch[] = [];
  const events: EventBatch[] = [];
  const seqs = (): number[] => telemetry.flatMap((b) => b.samples.map((s) => s.seq));

  beforeAll(async () => {
    h = await harness('uplink');
    await h.subscribe('telemetry', (p) => telemetry.push(decode('telemetry', p)));
    await h.subscribe('events', (p) => events.push(decode('events', p)));
    await h.start();
  });

  afterAll(async () => {
    await h?.close();
  });

  it('sends samples at the interval the controller sets, with gapless seqs and the boot id', async () => {
    await h.apply([workload('spin', {}, { command: ['sh', '-c', 'while :; do :; done'] })], {}, 1000);
    await waitUntil('4 samples', () => seqs().length >= 4, 20_000);
    const s = seqs();
    expect(s).toEqual(Array.from({ length: s.length }, (_, i) => (s[0] ?? 0) + i));
    expect(new Set(telemetry.map((b) => b.bootId))).toEqual(new Set([h.agent?.bootId]));
    const last = telemetry[telemetry.length - 1]?.samples.at(-1);
    expect(last?.memoryTotalBytes).toBeGreaterThan(0);
    expect(last?.disks.some((d) => d.mount === '/')).toBe(true);
    // Not a fixed share of the machine (a busy loop gets less the more loaded the machine is):
    // clearly above zero, which an idle or unattributed container never shows.
    await waitUntil('per-workload usage of the spinning container', () =>
      telemetry.some((b) => b.samples.some((x) => x.workloads.some((w) => w.name === 'spin' && w.cpuPercent > 1))),
      60_000,
    );
    const started = events.flatMap((b) => b.events).find((e) => e.type === 'ContainerStarted' && e.workload === 'spin');
    expect(started?.seq).toBeGreaterThan(0);
  }, 120_000);

  it('keeps samples on disk while the broker is down and replays them in order after', async () => {
    const before = seqs();
    await h.restartBroker(4000);
    await waitUntil('the backlog and live samples after the outage', () => seqs().length >= before.length + 6, 30_000);
    const all = seqs();
    // No loss, no duplicate, order kept: one contiguous run of seqs across the outage.
    expect(all).toEqual(Array.from({ length: all.length }, (_, i) => (all[0] ?? 0) + i));
    expect(h.agent?.outboxStats().dropped).toEqual({ telemetry: 0, events: 0 });
  });
});
