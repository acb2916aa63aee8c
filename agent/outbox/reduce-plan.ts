// What to give up when the outbox is over its byte budget: a pure planner over segment
// summaries (oldest first), one step at a time; the outbox executes the step and asks again.
//
// Order, by design:
//   1. thin telemetry: keep every other sample of one segment (its newest always survives).
//      The segment picked is the oldest one not already coarser than its newer neighbour, so
//      resolution falls off with age (a binary-counter-like pattern: old data is thinned again
//      and again, the newest stays at full rate) instead of degrading everything evenly;
//   2. drop whole telemetry segments, oldest first, once no segment has two samples left;
//   3. only then events: whole segments oldest first, then the older half of the newest one.
// The newest record of each stream is never given up: it keeps the highest id on disk, which
// is what makes ids monotonic across restarts and every drop countable as a gap in the ids.
import type { Segment } from './segment.js';
import type { Stream } from './types.js';

export interface SegmentView {
  /** How many times this segment has been thinned (0 = every sample kept). */
  level: number;
  /** Unacknowledged records that may be given up (not in a batch in flight). */
  free: number;
}

export type Reduction =
  /** Keep every other free record, newest included; the segment's level goes up by one. */
  | { kind: 'thin'; stream: 'telemetry'; index: number }
  /** Give up every free record of a segment that is not the stream's newest. */
  | { kind: 'drop'; stream: Stream; index: number }
  /** Give up the older half of the free records of the stream's newest segment. */
  | { kind: 'drop-older-half'; stream: Stream; index: number };

export function planReduction(segs: Readonly<Record<Stream, readonly SegmentView[]>>): Reduction | null {
  const t = segs.telemetry;
  const thin = pickThin(t);
  if (thin !== null) return { kind: 'thin', stream: 'telemetry', index: thin };
  for (const stream of ['telemetry', 'events'] as const) {
    const s = segs[stream];
    const old = s.findIndex((v, i) => i < s.length - 1 && v.free > 0);
    if (old >= 0) return { kind: 'drop', stream, index: old };
    if (stream === 'events' && s.length > 0 && s[s.length - 1]!.free >= 2) {
      return { kind: 'drop-older-half', stream, index: s.length - 1 };
    }
  }
  return null;
}

function pickThin(t: readonly SegmentView[]): number | null {
  let fallback: number | null = null;
  for (let i = 0; i < t.length; i++) {
    const v = t[i]!;
    if (v.free < 2) continue;
    const next = t[i + 1];
    if (next !== undefined && v.level <= next.level) return i;
    if (fallback === null || v.level < t[fallback]!.level) fallback = i;
  }
  return fallback;
}

/** Which of a segment's `n` free records (oldest first) a reduction keeps. */
export function keepsFree(kind: Reduction['kind'], n: number): (j: number) => boolean {
  switch (kind) {
    case 'thin':
      return (j) => (n - 1 - j) % 2 === 0; // every other one, counted back from the newest
    case 'drop':
      return () => false;
    case 'drop-older-half':
      return (j) => j >= Math.floor(n / 2);
  }
}

/**
 * The planner's view of a stream's segments. A trailing empty segment (a write failed right
 * after rotation) is left out so it never counts as the newest. `inFlight(seg)` says how many
 * of the segment's live records are in a batch being sent: those are not free to give up.
 */
export function viewsOf(segments: readonly Segment[], inFlight: (seg: Segment) => number): SegmentView[] {
  const segs = segments[segments.length - 1]?.records === 0 ? segments.slice(0, -1) : segments;
  return segs.map((s) => ({ level: s.level, free: s.live - inFlight(s) }));
}
