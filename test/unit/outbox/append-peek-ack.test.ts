import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Outbox, type OutboxOptions } from '../../../agent/outbox/outbox.js';
import { memoryLogger, payload, tempDir, text } from '../../helpers/outbox-fixtures.js';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function setup(opts: Partial<OutboxOptions> = {}): { dir: string; open: (o?: Partial<OutboxOptions>) => Outbox } {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  return { dir, open: (o = {}) => Outbox.open({ dir, maxBytes: 1024 * 1024, segmentBytes: 4096, ...opts, ...o }) };
}

const labels = (recs: { payload: Uint8Array }[]): string[] => recs.map((r) => text(r.payload));

describe('outbox: append, peek, ack', () => {
  it('offers each stream in append order with dense per-stream ids, and forgets acknowledged records', () => {
    const box = setup().open();
    for (let i = 1; i <= 10; i++) {
      expect(box.append('telemetry', 'boot-a', payload(`t${i}`))).toBe(i);
      if (i % 2 === 0) expect(box.append('events', 'boot-a', payload(`e${i / 2}`))).toBe(i / 2);
    }
    expect(labels(box.peek('telemetry', 100, 1e6))).toEqual(Array.from({ length: 10 }, (_, i) => `t${i + 1}`));
    expect(box.peek('events', 100, 1e6).map((r) => r.id)).toEqual([1, 2, 3, 4, 5]);
    // peek does not consume
    expect(box.peek('telemetry', 3, 1e6).map((r) => r.id)).toEqual([1, 2, 3]);
    box.ack('telemetry', 3);
    expect(box.peek('telemetry', 3, 1e6).map((r) => r.id)).toEqual([4, 5, 6]);
    expect(box.peek('events', 1, 1e6).map((r) => r.id)).toEqual([1]);
    expect(box.stats().records).toEqual({ telemetry: 7, events: 5 });
    box.close();
  });

  it('limits a batch by records and bytes, but always offers at least one record', () => {
    const box = setup().open();
    for (let i = 0; i < 5; i++) box.append('events', 'b', payload(`e${i}`, 100));
    expect(box.peek('events', 2, 1e6)).toHaveLength(2);
    expect(box.peek('events', 100, 250)).toHaveLength(2);
    expect(box.peek('events', 100, 10)).toHaveLength(1);
    box.close();
  });

  it('keeps boot ids per record, across segment boundaries', () => {
    const s = setup({ segmentBytes: 256 });
    const box = s.open();
    const boots: string[] = [];
    for (let i = 0; i < 40; i++) {
      const boot = `boot-${Math.floor(i / 7)}`;
      boots.push(boot);
      box.append('telemetry', boot, payload(`t${i}`, 20));
      if (i % 5 === 0) box.flush();
    }
    box.close();
    const again = s.open();
    const recs = again.peek('telemetry', 100, 1e6);
    expect(recs.map((r) => r.bootId)).toEqual(boots);
    expect(labels(recs)).toEqual(boots.map((_, i) => `t${i}`));
    again.close();
  });

  it('starts a new segment when a record fits only without the boot record it needs (regression)', () => {
    const s = setup({ segmentBytes: 256 });
    let box = s.open();
    // 15-byte boot record + 45 + 96 + 66 = 222 bytes; then boot-1 needs 15 + 20 = 35 more: 257.
    for (const [boot, size] of [['boot-0', 28], ['boot-0', 79], ['boot-0', 49], ['boot-1', 3]] as const) box.append('telemetry', boot, payload('x', size));
    expect(box.flush()).toBe(true);
    box.close();
    box = s.open();
    expect(box.peek('telemetry', 10, 1e6).map((r) => [r.id, r.bootId])).toEqual([[1, 'boot-0'], [2, 'boot-0'], [3, 'boot-0'], [4, 'boot-1']]);
    expect(readdirSync(join(s.dir, 'telemetry'))).toHaveLength(2);
    box.close();
  });

  it('continues ids after a reopen, also when everything was acknowledged and deleted', () => {
    const s = setup({ segmentBytes: 256 });
    let box = s.open();
    for (let i = 0; i < 30; i++) box.append('telemetry', 'b', payload(`t${i}`, 20));
    box.flush();
    box.ack('telemetry', 30);
    box.close();
    box = s.open();
    expect(box.peek('telemetry', 10, 1e6)).toEqual([]);
    expect(box.append('telemetry', 'b2', payload('x'))).toBe(31);
    expect(box.append('events', 'b2', payload('x'))).toBe(1);
    box.close();
  });

  it('re-offers unacknowledged records after a reopen and never acknowledged ones', () => {
    const s = setup({ segmentBytes: 256 });
    let box = s.open();
    for (let i = 1; i <= 25; i++) box.append('events', 'b', payload(`e${i}`, 20));
    box.flush();
    box.ack('events', 17);
    box.close();
    box = s.open();
    expect(box.peek('events', 100, 1e6).map((r) => r.id)).toEqual([18, 19, 20, 21, 22, 23, 24, 25]);
    box.ack('events', 20);
    // A crash (no close): the ack is durable already.
    box = s.open();
    expect(box.peek('events', 100, 1e6).map((r) => r.id)).toEqual([21, 22, 23, 24, 25]);
    box.close();
  });

  it('loses only appends that were never flushed in a crash, and reuses their ids (they were never offered)', () => {
    const s = setup();
    const box = s.open();
    box.append('telemetry', 'b', payload('durable'));
    box.flush();
    box.append('telemetry', 'b', payload('lost'));
    const after = s.open(); // the first instance "crashed": never flushed again
    expect(labels(after.peek('telemetry', 10, 1e6))).toEqual(['durable']);
    expect(after.append('telemetry', 'b', payload('next'))).toBe(2);
    after.close();
  });

  it('clamps an ack beyond the newest durable record, and ignores an ack that goes backwards', () => {
    const box = setup().open();
    box.append('telemetry', 'b', payload('a'));
    box.append('telemetry', 'b', payload('b'));
    box.flush();
    box.ack('telemetry', 99);
    expect(box.append('telemetry', 'b', payload('c'))).toBe(3);
    expect(box.peek('telemetry', 10, 1e6).map((r) => r.id)).toEqual([3]);
    box.ack('telemetry', 1);
    expect(box.peek('telemetry', 10, 1e6).map((r) => r.id)).toEqual([3]);
    expect(() => box.ack('telemetry', 1.5)).toThrow(RangeError);
    box.close();
  });

  it('deletes segment files once every record in them is acknowledged', () => {
    const s = setup({ segmentBytes: 200 });
    const box = s.open();
    for (let i = 0; i < 50; i++) box.append('telemetry', 'b', payload(`t${i}`, 20));
    box.flush();
    const files = (): string[] => readdirSync(join(s.dir, 'telemetry'));
    const before = files().length;
    expect(before).toBeGreaterThan(5);
    box.ack('telemetry', 50);
    // The segment still being appended to is emptied in place, not deleted and re-created.
    expect(files().map((f) => statSync(join(s.dir, 'telemetry', f)).size)).toEqual([0]);
    expect(box.stats().bytes).toBe(0);
    box.append('telemetry', 'b', payload('next'));
    expect(box.peek('telemetry', 10, 1e6).map((r) => r.id)).toEqual([51]);
    box.close();
  });

  it('rejects bad options all at once, and records larger than a quarter of the budget', () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    expect(() => Outbox.open({ dir, maxBytes: 300, segmentBytes: 100 })).toThrow(/segmentBytes 100 .*; maxBytes 300 /);
    const box = Outbox.open({ dir, maxBytes: 4096, segmentBytes: 1024 });
    expect(() => box.append('events', 'b', new Uint8Array(1025))).toThrow(RangeError);
    box.close();
    expect(() => box.append('events', 'b', new Uint8Array(1))).toThrow(/closed/);
  });

  it('opens with an unreadable state file by re-offering what is on disk (duplicates, never loss), and says so', () => {
    const s = setup();
    let box = s.open();
    for (let i = 1; i <= 4; i++) box.append('events', 'b', payload(`e${i}`));
    box.flush();
    box.ack('events', 2);
    box.close();
    const statePath = join(s.dir, 'outbox.state');
    writeFileSync(statePath, readFileSync(statePath).map((b, i) => (i % 512 === 9 ? b ^ 0xff : b))); // both slots
    const logger = memoryLogger();
    box = s.open({ logger });
    expect(box.peek('events', 10, 1e6).map((r) => r.id)).toEqual([1, 2, 3, 4]);
    expect(logger.entries.some((e) => e.level === 'error' && e.obj.code === 'EF_AGENT_OUTBOX_STATE_CORRUPT')).toBe(true);
    box.close();
  });
});
