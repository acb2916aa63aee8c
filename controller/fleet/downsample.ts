// Downsampling math for telemetry history. Pure. History is kept as sums per time bucket (a raw
// sample is a bucket of one), so buckets merge exactly: the average of a merged bucket is the
// sample-weighted average of its parts, never an average of averages.
import type { TelemetrySample } from '../../proto/types.js';

export const METRICS = [
  'cpuPercent',
  'load1',
  'memoryUsedBytes',
  'memoryTotalBytes',
  'diskUsedBytes',
  'diskTotalBytes',
  'diskMaxPercent',
  'netRxBytesPerS',
  'netTxBytesPerS',
] as const;
export type Metric = (typeof METRICS)[number];

export interface Sums {
  /** Samples in the bucket. */
  n: number;
  sum: Record<Metric, number>;
  /** Temperature is optional per sample, so it has its own count. */
  tempSum: number;
  tempN: number;
}

export interface Point extends Record<Metric, number> {
  tsMs: number;
  samples: number;
  temperatureC: number | null;
  memoryPercent: number;
}

export interface Tier {
  stepMs: number;
  retentionMs: number;
}

export function emptySums(): Sums {
  return { n: 0, sum: Object.fromEntries(METRICS.map((m) => [m, 0])) as Record<Metric, number>, tempSum: 0, tempN: 0 };
}

export function percent(used: number, total: number): number {
  return total > 0 ? (used / total) * 100 : 0;
}

export function sampleMetrics(s: TelemetrySample): Record<Metric, number> {
  let used = 0;
  let size = 0;
  let maxPct = 0;
  for (const d of s.disks) {
    used += d.usedBytes;
    size += d.sizeBytes;
    maxPct = Math.max(maxPct, percent(d.usedBytes, d.sizeBytes));
  }
  return {
    cpuPercent: s.cpuPercent,
    load1: s.load1,
    memoryUsedBytes: s.memoryUsedBytes,
    memoryTotalBytes: s.memoryTotalBytes,
    diskUsedBytes: used,
    diskTotalBytes: size,
    diskMaxPercent: maxPct,
    netRxBytesPerS: s.netRxBytesPerS,
    netTxBytesPerS: s.netTxBytesPerS,
  };
}

export function sampleSums(s: TelemetrySample): Sums {
  const t = s.temperatureC;
  return { n: 1, sum: sampleMetrics(s), tempSum: t ?? 0, tempN: t === undefined ? 0 : 1 };
}

/** Adds b into a (mutates a). */
export function addSums(a: Sums, b: Sums): Sums {
  a.n += b.n;
  for (const m of METRICS) a.sum[m] += b.sum[m];
  a.tempSum += b.tempSum;
  a.tempN += b.tempN;
  return a;
}

/** Start of the step-wide bucket holding tsMs (buckets are aligned to the Unix epoch). */
export function bucketStart(tsMs: number, stepMs: number): number {
  return tsMs - (((tsMs % stepMs) + stepMs) % stepMs);
}

export function toPoint(tsMs: number, s: Sums): Point {
  const avg = Object.fromEntries(METRICS.map((m) => [m, s.n > 0 ? s.sum[m] / s.n : 0])) as Record<Metric, number>;
  return {
    tsMs,
    samples: s.n,
    ...avg,
    memoryPercent: percent(avg.memoryUsedBytes, avg.memoryTotalBytes),
    temperatureC: s.tempN > 0 ? s.tempSum / s.tempN : null,
  };
}

/** Merges timestamped buckets into step-wide buckets, in time order. stepMs 0 keeps them as they are. */
export function rebucket(rows: readonly { tsMs: number; sums: Sums }[], stepMs: number): Point[] {
  const merged = new Map<number, Sums>();
  for (const r of rows) {
    const key = stepMs > 0 ? bucketStart(r.tsMs, stepMs) : r.tsMs;
    const acc = merged.get(key);
    if (acc) addSums(acc, r.sums);
    else merged.set(key, addSums(emptySums(), r.sums));
  }
  return [...merged.entries()].sort((a, b) => a[0] - b[0]).map(([ts, s]) => toPoint(ts, s));
}

export type HistorySource = { kind: 'raw' } | { kind: 'rollup'; stepMs: number };

/**
 * Which stored resolution answers a query: raw samples while `since` is within raw retention,
 * else the finest rollup tier whose retention still reaches back to `since` (the coarsest one when
 * none does). The returned step is never finer than what the source holds.
 */
export function chooseSource(
  q: { sinceMs: number; untilMs: number; stepMs: number; nowMs: number },
  rawRetentionMs: number,
  tiers: readonly Tier[],
  maxPoints: number,
): { source: HistorySource; stepMs: number } {
  const age = q.nowMs - q.sinceMs;
  const sorted = [...tiers].sort((a, b) => a.stepMs - b.stepMs);
  const tier = sorted.find((t) => t.retentionMs >= age) ?? sorted[sorted.length - 1];
  const source: HistorySource = age <= rawRetentionMs || !tier ? { kind: 'raw' } : { kind: 'rollup', stepMs: tier.stepMs };
  const floor = source.kind === 'rollup' ? source.stepMs : 0;
  let stepMs = Math.max(q.stepMs, floor);
  // Too many points for one answer: widen the step to a multiple of the source's own.
  const span = Math.max(0, q.untilMs - q.sinceMs);
  const unit = floor || 1000;
  if (stepMs > 0 ? span / stepMs > maxPoints : false) stepMs = Math.ceil(span / maxPoints / unit) * unit;
  return { source, stepMs };
}
