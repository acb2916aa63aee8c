import { describe, expect, it } from 'vitest';
import { keepsFree, planReduction, viewsOf, type SegmentView } from '../../../agent/outbox/reduce-plan.js';
import type { Segment } from '../../../agent/outbox/segment.js';

const v = (level: number, free = 8): SegmentView => ({ level, free });
const plan = (telemetry: SegmentView[], events: SegmentView[] = [v(0)]) => planReduction({ telemetry, events });

describe('reduce plan (pure)', () => {
  it('thins the oldest telemetry segment that is not already coarser than the next one', () => {
    expect(plan([v(0), v(0), v(0)])).toEqual({ kind: 'thin', stream: 'telemetry', index: 0 });
    expect(plan([v(1), v(0), v(0)])).toEqual({ kind: 'thin', stream: 'telemetry', index: 1 });
    expect(plan([v(1), v(1), v(0)])).toEqual({ kind: 'thin', stream: 'telemetry', index: 0 });
    expect(plan([v(3), v(2), v(2), v(0)])).toEqual({ kind: 'thin', stream: 'telemetry', index: 1 });
  });

  it('when every segment is already coarser than the next, thins the finest (oldest on a tie)', () => {
    expect(plan([v(3), v(2), v(1)])).toEqual({ kind: 'thin', stream: 'telemetry', index: 2 });
    expect(plan([v(2), v(1, 1), v(0, 0)])).toEqual({ kind: 'thin', stream: 'telemetry', index: 0 });
  });

  it('skips segments with fewer than two free records', () => {
    expect(plan([v(0, 1), v(0, 0), v(0, 5), v(0)])).toEqual({ kind: 'thin', stream: 'telemetry', index: 2 });
  });

  it('drops whole old telemetry segments before touching events, keeping the newest telemetry record', () => {
    expect(plan([v(4, 1), v(3, 1), v(0, 1)])).toEqual({ kind: 'drop', stream: 'telemetry', index: 0 });
    expect(plan([v(4, 0), v(3, 1), v(0, 1)])).toEqual({ kind: 'drop', stream: 'telemetry', index: 1 });
    expect(plan([v(0, 1)], [v(0), v(0)])).toEqual({ kind: 'drop', stream: 'events', index: 0 });
    expect(plan([], [v(0), v(0)])).toEqual({ kind: 'drop', stream: 'events', index: 0 });
  });

  it('then gives up the older half of the newest events segment, and finally nothing', () => {
    expect(plan([v(0, 1)], [v(0, 5)])).toEqual({ kind: 'drop-older-half', stream: 'events', index: 0 });
    expect(plan([v(0, 1)], [v(0, 1)])).toBeNull();
    expect(plan([], [])).toBeNull();
  });

  it('keeps every other record counted back from the newest, or the newer half', () => {
    const kept = (kind: 'thin' | 'drop' | 'drop-older-half', n: number): number[] => {
      const k = keepsFree(kind, n);
      return Array.from({ length: n }, (_, j) => j).filter(k);
    };
    expect(kept('thin', 8)).toEqual([1, 3, 5, 7]);
    expect(kept('thin', 5)).toEqual([0, 2, 4]);
    expect(kept('thin', 2)).toEqual([1]);
    expect(kept('drop', 4)).toEqual([]);
    expect(kept('drop-older-half', 5)).toEqual([2, 3, 4]);
    expect(kept('drop-older-half', 2)).toEqual([1]);
  });

  it('leaves a trailing empty segment out of the view and subtracts records in flight', () => {
    const seg = (records: number, live = records, level = 0): Segment => ({ file: '', nameId: 1, level, firstId: 1, lastId: records, records, live, bytes: 0, lastBoot: '' });
    const segs = [seg(8, 6, 2), seg(8), seg(0)];
    expect(viewsOf(segs, (s) => (s === segs[0] ? 4 : 0))).toEqual([v(2, 2), v(0, 8)]);
  });
});
