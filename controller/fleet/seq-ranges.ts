// Received sequence numbers of one (node, boot) stream, kept as sorted, disjoint, non-adjacent
// inclusive ranges. Pure. Agents number telemetry and events per boot, gapless, from 1, so:
// - a seq inside a range was already received (a QoS 1 redelivery): not new;
// - every hole below the highest received seq (including 1..first-1) is a gap.
// In-order delivery keeps this at one range, whatever the number of samples.

export type SeqRange = readonly [number, number];
export type SeqRanges = readonly SeqRange[];

/** Index of the first range whose end is >= seq - 1 (the only candidates to hold or touch seq). */
function lowerBound(ranges: SeqRanges, seq: number): number {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ranges[mid] as SeqRange)[1] < seq - 1) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function hasSeq(ranges: SeqRanges, seq: number): boolean {
  const r = ranges[lowerBound(ranges, seq)];
  return r !== undefined && r[0] <= seq && seq <= r[1];
}

/** The ranges with seq added, or null when seq was already there. */
export function addSeq(ranges: SeqRanges, seq: number): SeqRanges | null {
  if (!Number.isSafeInteger(seq) || seq < 1) return null;
  const i = lowerBound(ranges, seq);
  const at = ranges[i];
  if (at && at[0] <= seq && seq <= at[1]) return null;
  const out = ranges.slice();
  if (!at || seq < at[0] - 1) {
    out.splice(i, 0, [seq, seq]);
    return out;
  }
  // seq touches `at`: either just before it or just after it (then maybe also the next one).
  if (seq === at[0] - 1) {
    out[i] = [seq, at[1]];
    return out;
  }
  const next = ranges[i + 1];
  if (next && next[0] === seq + 1) out.splice(i, 2, [at[0], next[1]]);
  else out[i] = [at[0], seq];
  return out;
}

/** How many seqs below the highest received one were never received. */
export function missingCount(ranges: SeqRanges): number {
  let missing = 0;
  let expected = 1;
  for (const [lo, hi] of ranges) {
    missing += lo - expected;
    expected = hi + 1;
  }
  return missing;
}

/** The holes, oldest first, at most `limit` of them. */
export function gapList(ranges: SeqRanges, limit = 20): SeqRange[] {
  const gaps: SeqRange[] = [];
  let expected = 1;
  for (const [lo, hi] of ranges) {
    if (lo > expected && gaps.length < limit) gaps.push([expected, lo - 1]);
    expected = hi + 1;
  }
  return gaps;
}

/**
 * Bounds the number of ranges by giving up on the oldest holes: their seqs count as "forgotten"
 * (reported, and a late arrival into one is then taken for a duplicate). Without this bound a
 * stream that loses every other message would grow without limit.
 */
export function capRanges(ranges: SeqRanges, max: number): { ranges: SeqRanges; forgotten: number } {
  if (ranges.length <= max) return { ranges, forgotten: 0 };
  const cut = ranges.length - max; // merge ranges[0..cut] into one
  const first = ranges[0] as SeqRange;
  const last = ranges[cut] as SeqRange;
  let forgotten = first[0] - 1;
  for (let i = 1; i <= cut; i++) forgotten += (ranges[i] as SeqRange)[0] - (ranges[i - 1] as SeqRange)[1] - 1;
  return { ranges: [[1, last[1]], ...ranges.slice(cut + 1)], forgotten };
}

export function parseRanges(json: string): SeqRanges {
  const v: unknown = JSON.parse(json);
  if (!Array.isArray(v)) return [];
  return v.filter(
    (r): r is [number, number] => Array.isArray(r) && r.length === 2 && Number.isSafeInteger(r[0]) && Number.isSafeInteger(r[1]),
  );
}
