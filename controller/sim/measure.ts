// Small figures for the simulator's results: nearest-rank percentiles (a p99 of 20 values is
// their maximum; it never pretends to more precision) and the busiest 1 s window.
export function percentile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = Float64Array.from(values).sort();
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1]!;
}

export function maximum(values: readonly number[]): number {
  let m = Number.NaN;
  for (const v of values) if (!(v <= m)) m = v;
  return m;
}

/** Most events in any window [t, t + windowMs). */
export function maxInAnyWindow(times: readonly number[], windowMs = 1000): number {
  const t = Float64Array.from(times).sort();
  let best = 0;
  let lo = 0;
  for (let hi = 0; hi < t.length; hi++) {
    while (t[hi]! - t[lo]! >= windowMs) lo++;
    best = Math.max(best, hi - lo + 1);
  }
  return best;
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
