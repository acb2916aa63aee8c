// The byte budget: telemetry thinned first (every other sample, then coarser, oldest coarsest),
// events only once telemetry is down to its newest record; every record given up is counted.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Outbox, type Stream } from '../../../agent/outbox/outbox.js';
import { memoryLogger, payload, tempDir } from '../../helpers/outbox-fixtures.js';

// Boot id 'b': a 10-byte boot record; 23-byte payloads: 40-byte data records; 8 per segment.
const SEG = 10 + 8 * 40;
const MAX = 6 * SEG;
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function setup(): { dir: string; open: () => Outbox } {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  return { dir, open: () => Outbox.open({ dir, maxBytes: MAX, segmentBytes: SEG }) };
}

/** Everything held, without leaving it marked as a batch in flight (peek marks what it returns). */
function ids(box: Outbox, s: Stream): number[] {
  const out = box.peek(s, 1e6, 1e9).map((r) => r.id);
  box.peek(s, 0, 0);
  return out;
}
const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const gaps = (xs: number[]): number[] => xs.slice(1).map((x, i) => x - xs[i]!);

describe('outbox byte budget', () => {
  it('thins the oldest telemetry to every other sample first', () => {
    const box = setup().open();
    const add = (from: number, to: number): void => {
      for (let i = from; i <= to; i++) {
      box.append('telemetry', 'b', payload(`t${i}`, 23));
      box.flush();
    }
    };
    add(1, 48); // exactly the budget: six full segments
    expect(box.stats()).toMatchObject({ bytes: MAX, dropped: { telemetry: 0 } });
    add(49, 49);
    expect(ids(box, 'telemetry')).toEqual([2, 4, 6, 8, ...range(9, 49)]);
    expect(box.stats()).toMatchObject({ dropped: { telemetry: 4, events: 0 }, thinned: 4, records: { telemetry: 45 } });
    add(50, 53);
    expect(ids(box, 'telemetry')).toEqual([2, 4, 6, 8, 10, 12, 14, 16, ...range(17, 53)]);
    expect(box.stats()).toMatchObject({ dropped: { telemetry: 8, events: 0 }, thinned: 8 });
    box.close();
  });

  it('then coarser: the older the data the sparser, the newest at full rate, never over budget, counts exact', () => {
    const box = setup().open();
    const appended = { telemetry: 0, events: 0 };
    for (let i = 1; i <= 400; i++) {
      box.append('telemetry', 'b', payload(`t${i}`, 23));
      appended.telemetry++;
      box.flush();
      const st = box.stats();
      expect(st.bytes).toBeLessThanOrEqual(MAX);
      expect(st.records.telemetry + st.dropped.telemetry).toBe(appended.telemetry);
      expect(st.dropped.events).toBe(0);
      if (i === 100) {
        const t = ids(box, 'telemetry');
        expect(t.slice(0, 4)).toEqual([8, 16, 24, 32]); // every 8th at the old end
        expect(t.slice(-8)).toEqual(range(93, 100)); // every sample at the new end
        const g = gaps(t);
        for (let k = 1; k < g.length; k++) expect(g[k]).toBeLessThanOrEqual(g[k - 1]!);
      }
    }
    box.close();
  });

  it('keeps every event while telemetry can still give something up, then drops the oldest events', () => {
    const box = setup().open();
    for (let i = 1; i <= 40; i++) {
      box.append('telemetry', 'b', payload(`t${i}`, 23));
      if (i % 2 === 0) box.append('events', 'b', payload(`e${i}`, 23));
      box.flush();
      expect(box.stats().dropped.events).toBe(0);
    }
    let n = 20;
    while (box.stats().dropped.events === 0) {
      expect(box.stats().records.telemetry).toBeGreaterThanOrEqual(1);
      box.append('events', 'b', payload(`e${++n}`, 23));
      box.flush();
    }
    const st = box.stats();
    expect(ids(box, 'telemetry')).toEqual([40]); // only the newest telemetry record is left
    const ev = ids(box, 'events');
    expect(ev).toEqual(range(st.dropped.events + 1, n)); // the oldest events went, whole
    expect(st.records.events + st.dropped.events).toBe(n);
    expect(st.bytes).toBeLessThanOrEqual(MAX);
    box.close();
  });

  it('reports drops with the batch that covers them; counts survive a reopen; acking marks them reported', () => {
    const s = setup();
    let box = s.open();
    for (let i = 1; i <= 60; i++) {
      box.append('telemetry', 'b', payload(`t${i}`, 23));
      box.flush();
    }
    const dropped = box.stats().dropped.telemetry;
    expect(dropped).toBeGreaterThan(0);
    const batch = box.peek('telemetry', 5, 1e9);
    const last = batch[batch.length - 1]!.id;
    const inBatch = last - batch.length; // ids missing up to the batch's last one
    expect(box.pendingDropped('telemetry', last)).toBe(inBatch);
    expect(box.pendingDropped('telemetry')).toBe(dropped);
    box.close();

    box = s.open();
    expect(box.pendingDropped('telemetry', last)).toBe(inBatch);
    box.ack('telemetry', last);
    expect(box.pendingDropped('telemetry', last)).toBe(0);
    expect(box.pendingDropped('telemetry')).toBe(dropped - inBatch);
    expect(box.stats().dropped.telemetry).toBe(dropped);
    box.close();
    box = s.open();
    expect(box.stats().dropped.telemetry).toBe(dropped);
    expect(box.pendingDropped('telemetry')).toBe(dropped - inBatch);
    box.close();
  });

  it('keeps a batch in flight whole while thinning around it', () => {
    const box = setup().open();
    for (let i = 1; i <= 40; i++) {
      box.append('telemetry', 'b', payload(`t${i}`, 23));
      box.flush();
    }
    expect(box.peek('telemetry', 6, 1e9).map((r) => r.id)).toEqual(range(1, 6));
    for (let i = 41; i <= 80; i++) {
      box.append('telemetry', 'b', payload(`t${i}`, 23));
      box.flush();
    }
    expect(box.stats().dropped.telemetry).toBeGreaterThan(0);
    expect(box.peek('telemetry', 6, 1e9).map((r) => r.id)).toEqual(range(1, 6));
    expect(box.pendingDropped('telemetry', 6)).toBe(0);
    box.ack('telemetry', 6);
    expect(box.peek('telemetry', 1, 1e9)[0]!.id).toBeGreaterThan(7); // thinned right after the batch
    box.close();
  });

  it('recovers to the rewritten segments when a crash left the files they replace', () => {
    const s = setup();
    const box = s.open();
    for (let i = 1; i <= 48; i++) {
      box.append('telemetry', 'b', payload(`t${i}`, 23));
      box.flush();
    }
    const dir = join(s.dir, 'telemetry');
    const before = new Map(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f))]));
    for (let i = 49; i <= 70; i++) box.append('telemetry', 'b', payload(`t${i}`, 23));
    box.flush(); // thins (and merges) several segments in one go
    const expected = ids(box, 'telemetry');
    box.close();
    const now = new Set(readdirSync(dir));
    const restored = [...before].filter(([f]) => !now.has(f));
    expect(restored.length).toBeGreaterThan(0);
    for (const [f, bytes] of restored) writeFileSync(join(dir, f), bytes); // as if unlink never happened
    const logger = memoryLogger();
    const again = Outbox.open({ dir: s.dir, maxBytes: MAX, segmentBytes: SEG, logger });
    expect(ids(again, 'telemetry')).toEqual(expected);
    expect(logger.entries.filter((e) => e.msg.includes('superseded'))).toHaveLength(restored.length);
    again.close();
  });
});
