import { describe, expect, it } from 'vitest';
import { bucketStart, chooseSource, rebucket, sampleSums, type Tier } from '../../../controller/fleet/downsample.js';
import type { TelemetrySample } from '../../../proto/types.js';

const sample = (tsMs: number, cpu: number, over: Partial<TelemetrySample> = {}): TelemetrySample => ({
  seq: 1,
  tsMs,
  cpuPercent: cpu,
  load1: 0,
  memoryUsedBytes: 500,
  memoryTotalBytes: 1000,
  swapUsedBytes: 0,
  swapTotalBytes: 0,
  disks: [
    { mount: '/', usedBytes: 10, sizeBytes: 100 },
    { mount: '/data', usedBytes: 90, sizeBytes: 100 },
  ],
  netRxBytesPerS: 0,
  netTxBytesPerS: 0,
  uptimeS: 1,
  workloads: [],
  ...over,
});

const MIN = 60_000;
const HOUR = 60 * MIN;
const tiers: Tier[] = [
  { stepMs: 10 * MIN, retentionMs: 30 * 24 * HOUR },
  { stepMs: MIN, retentionMs: 24 * HOUR },
];

describe('downsampling math', () => {
  it('buckets align to the epoch, also before it', () => {
    expect(bucketStart(125_000, MIN)).toBe(120_000);
    expect(bucketStart(120_000, MIN)).toBe(120_000);
    expect(bucketStart(-1, MIN)).toBe(-MIN);
  });

  it('a sample carries the sum of its disks and its fullest disk', () => {
    const s = sampleSums(sample(0, 10));
    expect(s.sum.diskUsedBytes).toBe(100);
    expect(s.sum.diskTotalBytes).toBe(200);
    expect(s.sum.diskMaxPercent).toBe(90);
    expect(s.tempN).toBe(0);
  });

  it('rebucketing averages by sample count, never averages of averages', () => {
    // Bucket A holds 3 samples averaging 10; bucket B one sample of 50: the minute averages 20.
    const a = sampleSums(sample(0, 10));
    a.n = 3;
    a.sum.cpuPercent = 30;
    const b = sampleSums(sample(30_000, 50));
    const [p] = rebucket(
      [
        { tsMs: 0, sums: a },
        { tsMs: 30_000, sums: b },
      ],
      MIN,
    );
    expect(p).toMatchObject({ tsMs: 0, samples: 4, cpuPercent: 20 });
  });

  it('temperature is averaged over the samples that had one', () => {
    const points = rebucket(
      [sample(0, 0, { temperatureC: 40 }), sample(1000, 0), sample(2000, 0, { temperatureC: 50 })].map((s) => ({ tsMs: s.tsMs, sums: sampleSums(s) })),
      MIN,
    );
    expect(points).toHaveLength(1);
    expect(points[0]?.temperatureC).toBe(45);
    expect(points[0]?.memoryPercent).toBe(50);
    expect(rebucket([{ tsMs: 0, sums: sampleSums(sample(0, 0)) }], MIN)[0]?.temperatureC).toBeNull();
  });

  it('step 0 keeps every row as a point, in time order', () => {
    const rows = [sample(2000, 2), sample(1000, 1)].map((s) => ({ tsMs: s.tsMs, sums: sampleSums(s) }));
    expect(rebucket(rows, 0).map((p) => [p.tsMs, p.cpuPercent])).toEqual([
      [1000, 1],
      [2000, 2],
    ]);
  });

  it('chooses raw within raw retention, else the finest tier that reaches back far enough', () => {
    const now = 100 * 24 * HOUR;
    const pick = (agoMs: number, stepMs = 0) => chooseSource({ sinceMs: now - agoMs, untilMs: now, stepMs, nowMs: now }, HOUR, tiers, 5000);
    expect(pick(30 * MIN)).toEqual({ source: { kind: 'raw' }, stepMs: 0 });
    expect(pick(30 * MIN, 5 * MIN)).toEqual({ source: { kind: 'raw' }, stepMs: 5 * MIN });
    expect(pick(6 * HOUR)).toEqual({ source: { kind: 'rollup', stepMs: MIN }, stepMs: MIN });
    expect(pick(6 * HOUR, 30 * MIN)).toEqual({ source: { kind: 'rollup', stepMs: MIN }, stepMs: 30 * MIN });
    expect(pick(7 * 24 * HOUR)).toEqual({ source: { kind: 'rollup', stepMs: 10 * MIN }, stepMs: 10 * MIN });
    // Older than any tier keeps: the coarsest tier answers with what it still has.
    expect(pick(90 * 24 * HOUR).source).toEqual({ kind: 'rollup', stepMs: 10 * MIN });
  });

  it('widens the step when the answer would hold too many points', () => {
    const now = 100 * 24 * HOUR;
    const r = chooseSource({ sinceMs: now - 20 * HOUR, untilMs: now, stepMs: 0, nowMs: now }, HOUR, tiers, 100);
    expect(r.stepMs).toBe(12 * MIN); // 20 h / 100 points, in whole minutes
  });
});
