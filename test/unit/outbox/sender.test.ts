import { afterEach, describe, expect, it } from 'vitest';
import { Outbox, type OutboxRecord, type Stream } from '../../../agent/outbox/outbox.js';
import { OutboxSender, type SenderOptions } from '../../../agent/outbox/sender.js';
import { ManualClock, memoryLogger, payload, settle, tempDir } from '../../helpers/outbox-fixtures.js';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

interface Sent {
  stream: Stream;
  ids: number[];
  boot: string;
  dropped: number;
  at: number;
}

function setup(opts: Partial<SenderOptions> = {}, box?: Outbox) {
  const { dir, cleanup } = tempDir();
  const outbox = box ?? Outbox.open({ dir, maxBytes: 1024 * 1024, segmentBytes: 4096 });
  cleanups.push(() => outbox.close(), cleanup);
  const clock = new ManualClock();
  const sent: Sent[] = [];
  let fail: (s: Stream, recs: OutboxRecord[]) => 'deliver' | 'refuse' | 'deliver-then-fail' = () => 'deliver';
  const logger = memoryLogger();
  const sender = new OutboxSender({
    outbox,
    publish: async (stream, records, dropped) => {
      const how = fail(stream, records);
      if (how === 'refuse') throw new Error('link is down');
      sent.push({ stream, ids: records.map((r) => r.id), boot: records[0]!.bootId, dropped, at: clock.now() });
      if (how === 'deliver-then-fail') throw new Error('PUBACK lost');
    },
    now: clock.now,
    timers: clock,
    random: () => 0.5,
    logger,
    maxBatchesPerSecond: 1000,
    backoff: { baseMs: 1_000, maxMs: 8_000 },
    ...opts,
  });
  cleanups.unshift(() => void sender.stop());
  return { outbox, clock, sent, sender, logger, setFail: (f: typeof fail) => (fail = f) };
}

const idsOf = (sent: Sent[], s: Stream): number[] => sent.filter((x) => x.stream === s).flatMap((x) => x.ids);
const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('outbox sender', () => {
  it('drains each stream in order, in bounded batches, and acknowledges what was delivered', async () => {
    const { outbox, clock, sent, sender } = setup({ maxBatchRecords: 10 });
    for (let i = 0; i < 25; i++) outbox.append('telemetry', 'b', payload(`t${i}`));
    for (let i = 0; i < 7; i++) outbox.append('events', 'b', payload(`e${i}`));
    sender.kick();
    await clock.advance(100);
    await sender.idle();
    expect(sent.filter((s) => s.stream === 'telemetry').map((s) => s.ids)).toEqual([range(1, 10), range(11, 20), range(21, 25)]);
    expect(idsOf(sent, 'events')).toEqual(range(1, 7));
    expect(outbox.stats().records).toEqual({ telemetry: 0, events: 0 });
  });

  it('stops at a failure, waits out a jittered backoff (kick does not hurry it), then resumes without duplicates', async () => {
    const { outbox, clock, sent, sender, logger, setFail } = setup({ maxBatchRecords: 5, streams: ['events'] });
    for (let i = 0; i < 20; i++) outbox.append('events', 'b', payload(`e${i}`));
    let calls = 0;
    setFail(() => (++calls === 2 || calls === 3 ? 'refuse' : 'deliver'));
    sender.kick();
    await clock.advance(10);
    expect(idsOf(sent, 'events')).toEqual(range(1, 5));
    expect(calls).toBe(2);
    sender.kick(); // an append while backing off: no retry storm
    await clock.advance(700);
    expect(calls).toBe(2);
    await clock.advance(100); // first backoff: 1 s ceiling, jitter 0.5 -> 750 ms
    expect(calls).toBe(3); // failed again; next wait 1.5 s
    await clock.advance(1400);
    expect(calls).toBe(3);
    await clock.advance(200);
    await sender.idle();
    expect(idsOf(sent, 'events')).toEqual(range(1, 20));
    expect(logger.entries.filter((e) => e.level === 'warn')).toHaveLength(1);
    expect(logger.entries.some((e) => e.msg.includes('sending again'))).toBe(true);
  });

  it('retries at once after a reconnect', async () => {
    const { outbox, clock, sent, sender, setFail } = setup({ streams: ['events'] });
    outbox.append('events', 'b', payload('e'));
    setFail(() => 'refuse');
    sender.kick();
    await clock.advance(1);
    setFail(() => 'deliver');
    sender.kick({ resetBackoff: true });
    await clock.advance(1);
    expect(idsOf(sent, 'events')).toEqual([1]);
  });

  it('re-sends only the batch whose acknowledgement was lost', async () => {
    const { outbox, clock, sent, sender, setFail } = setup({ maxBatchRecords: 4, streams: ['telemetry'] });
    for (let i = 0; i < 12; i++) outbox.append('telemetry', 'b', payload(`t${i}`));
    let calls = 0;
    setFail(() => (++calls === 2 ? 'deliver-then-fail' : 'deliver'));
    sender.kick();
    await clock.advance(10_000);
    await sender.idle();
    expect(sent.map((s) => s.ids)).toEqual([range(1, 4), range(5, 8), range(5, 8), range(9, 12)]);
  });

  it('spaces batches to the rate limit across streams', async () => {
    const { outbox, clock, sent, sender } = setup({ maxBatchRecords: 1, maxBatchesPerSecond: 5 });
    for (let i = 0; i < 10; i++) outbox.append('telemetry', 'b', payload(`t${i}`));
    for (let i = 0; i < 10; i++) outbox.append('events', 'b', payload(`e${i}`));
    sender.kick();
    await clock.advance(999);
    expect(sent).toHaveLength(5);
    await clock.advance(3000);
    await sender.idle();
    expect(sent).toHaveLength(20);
    const at = sent.map((s) => s.at).sort((a, b) => a - b);
    for (let i = 1; i < at.length; i++) expect(at[i]! - at[i - 1]!).toBeGreaterThanOrEqual(200);
    expect(idsOf(sent, 'telemetry')).toEqual(range(1, 10));
  });

  it('does not lose a kick that comes right after a drain found nothing', async () => {
    const { outbox, clock, sent, sender } = setup({ streams: ['events'] });
    sender.kick(); // nothing to send: this drain ends at once
    outbox.append('events', 'b', payload('e'));
    sender.kick(); // in the same tick
    await clock.advance(10);
    expect(idsOf(sent, 'events')).toEqual([1]);
  });

  it('never mixes boot ids in one batch', async () => {
    const { outbox, clock, sent, sender } = setup({ streams: ['events'] });
    for (const [boot, n] of [['b1', 3], ['b2', 2], ['b3', 4]] as const) for (let i = 0; i < n; i++) outbox.append('events', boot, payload('e'));
    sender.kick();
    await clock.advance(100);
    expect(sent.map((s) => [s.boot, s.ids])).toEqual([['b1', [1, 2, 3]], ['b2', [4, 5]], ['b3', [6, 7, 8, 9]]]);
  });

  it('reports every thinned record exactly once, with the batch that covers it', async () => {
    const { dir, cleanup } = tempDir();
    const box = Outbox.open({ dir, maxBytes: 6 * 330, segmentBytes: 330 });
    for (let i = 1; i <= 200; i++) {
      box.append('telemetry', 'b', payload(`t${i}`, 23));
      box.flush();
    }
    const dropped = box.stats().dropped.telemetry;
    expect(dropped).toBeGreaterThan(100);
    const { clock, sent, sender } = setup({ maxBatchRecords: 7, streams: ['telemetry'] }, box);
    cleanups.push(cleanup); // after the box is closed
    sender.kick();
    await clock.advance(1000);
    await sender.idle();
    const delivered = idsOf(sent, 'telemetry');
    expect(sent.reduce((n, s) => n + s.dropped, 0)).toBe(dropped);
    expect(delivered.length + dropped).toBe(200);
    expect(box.pendingDropped('telemetry')).toBe(0);
    expect(box.stats().dropped.telemetry).toBe(dropped);
  });

  it('stop() waits for the batch in flight, acknowledges it, and sends nothing more', async () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const box = Outbox.open({ dir, maxBytes: 1024 * 1024 });
    for (let i = 0; i < 6; i++) box.append('events', 'b', payload(`e${i}`));
    let release: () => void = () => undefined;
    const published: number[][] = [];
    const sender = new OutboxSender({
      outbox: box,
      streams: ['events'],
      maxBatchRecords: 3,
      publish: (_s, recs) => {
        published.push(recs.map((r) => r.id));
        return new Promise<void>((r) => (release = r));
      },
    });
    sender.kick();
    await settle();
    const stopped = sender.stop();
    release();
    await stopped;
    expect(published).toEqual([[1, 2, 3]]);
    expect(box.peek('events', 10, 1e6).map((r) => r.id)).toEqual([4, 5, 6]);
    box.close();
  });
});
