import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addSeq, capRanges, gapList, hasSeq, missingCount, type SeqRanges } from '../../../controller/fleet/seq-ranges.js';

const addAll = (seqs: number[], start: SeqRanges = []): { ranges: SeqRanges; fresh: number } => {
  let ranges = start;
  let fresh = 0;
  for (const s of seqs) {
    const next = addSeq(ranges, s);
    if (next) {
      ranges = next;
      fresh++;
    }
  }
  return { ranges, fresh };
};

describe('received seq ranges (dedupe and gaps)', () => {
  it('in-order delivery stays one range', () => {
    expect(addAll([1, 2, 3, 4, 5]).ranges).toEqual([[1, 5]]);
  });

  it('a redelivered seq is not new', () => {
    const { ranges } = addAll([1, 2, 3]);
    expect(addSeq(ranges, 2)).toBeNull();
    expect(addAll([1, 2, 3, 1, 2, 3]).fresh).toBe(3);
  });

  it('holes are gaps, including those below the first seq received; a late arrival fills them', () => {
    const { ranges } = addAll([3, 4, 8, 10]);
    expect(ranges).toEqual([[3, 4], [8, 8], [10, 10]]);
    expect(missingCount(ranges)).toBe(2 + 3 + 1);
    expect(gapList(ranges)).toEqual([[1, 2], [5, 7], [9, 9]]);
    const filled = addAll([9, 1, 2, 5, 6, 7], ranges).ranges;
    expect(filled).toEqual([[1, 10]]);
    expect(missingCount(filled)).toBe(0);
  });

  it('ignores seqs that cannot be valid', () => {
    expect(addSeq([], 0)).toBeNull();
    expect(addSeq([], -3)).toBeNull();
    expect(addSeq([], 1.5)).toBeNull();
  });

  it('capping forgets the oldest holes and says how many seqs they held', () => {
    const { ranges } = addAll([2, 4, 6, 8]); // holes: 1, 3, 5, 7
    const capped = capRanges(ranges, 2);
    expect(capped.ranges).toEqual([[1, 6], [8, 8]]);
    expect(capped.forgotten).toBe(3);
    expect(missingCount(capped.ranges) + capped.forgotten).toBe(missingCount(ranges));
  });

  it('property: matches a plain set, whatever the order and the duplicates', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 200 }), { maxLength: 300 }), (seqs) => {
        const { ranges, fresh } = addAll(seqs);
        const set = new Set(seqs);
        expect(fresh).toBe(set.size);
        for (let s = 1; s <= 201; s++) expect(hasSeq(ranges, s)).toBe(set.has(s));
        const max = Math.max(0, ...seqs);
        expect(missingCount(ranges)).toBe(max - set.size);
        for (let i = 1; i < ranges.length; i++) expect((ranges[i]?.[0] ?? 0) > (ranges[i - 1]?.[1] ?? 0) + 1).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
