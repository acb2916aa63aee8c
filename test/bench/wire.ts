// Wire: bytes per telemetry sample as the agent sends them (a protobuf TelemetryBatch through the
// one codec, in columns: proto/convert-telemetry.ts) against the same domain batch as JSON. Samples look like a real node's: two disks,
// three workloads, counters that move a little every 10 s.
import { encode, items } from '../../proto/codec.js';
import type { TelemetryBatch, TelemetrySample } from '../../proto/types.js';
import { prng } from './scheduler-inputs.js';
import type { Bench, BenchContext, Row } from './types.js';

const TARGET_BYTES = 40;
const GI = 1024 ** 3;

export function realisticSamples(n: number, seed = 3): TelemetrySample[] {
  const rand = prng(seed);
  const t0 = Date.UTC(2025, 5, 1, 12, 0, 0);
  const jitter = (base: number, spread: number): number => Math.round(base + (rand() - 0.5) * spread);
  // float fields carry what the sampler computes: two decimals, not integers.
  const pct = (base: number, spread: number): number => Math.round((base + (rand() - 0.5) * spread) * 100) / 100;
  return Array.from({ length: n }, (_, i) => ({
    seq: 1_000 + i,
    tsMs: t0 + i * 10_000,
    cpuPercent: pct(23, 10),
    load1: pct(0.8, 0.4),
    memoryUsedBytes: jitter(1.31 * GI, 40e6),
    memoryTotalBytes: 4 * GI,
    swapUsedBytes: 0,
    swapTotalBytes: 0,
    disks: [
      { mount: '/', usedBytes: jitter(9.7 * GI, 2e6), sizeBytes: 29.4 * GI },
      { mount: '/var/lib/edgefleet', usedBytes: jitter(1.2 * GI, 2e6), sizeBytes: 58.9 * GI },
    ],
    netRxBytesPerS: jitter(18_000, 6_000),
    netTxBytesPerS: jitter(4_200, 2_000),
    temperatureC: pct(51, 3),
    uptimeS: 86_400 * 12 + i * 10,
    workloads: [
      { name: 'gateway', cpuPercent: pct(4.5, 2), memoryBytes: jitter(48e6, 1e6) },
      { name: 'sensor-reader', cpuPercent: pct(1.2, 1), memoryBytes: jitter(21e6, 5e5) },
      { name: 'vision', cpuPercent: pct(61, 10), memoryBytes: jitter(310e6, 5e6) },
    ],
  }));
}

function batchOf(samples: TelemetrySample[]): TelemetryBatch {
  return { nodeId: 'gw-north-0042', bootId: '6f1c2d3e-8a9b-4c5d-9e0f-1a2b3c4d5e6f', samples, dropped: 0 };
}

export const wireBench: Bench = {
  name: 'wire',
  async run(ctx: BenchContext): Promise<Row[]> {
    const group = 'wire';
    const rows: Row[] = [];
    for (const n of [1, 10, 100]) {
      const batch = batchOf(realisticSamples(n));
      const pb = encode('telemetry', batch).length / n;
      const json = Buffer.byteLength(JSON.stringify(batch)) / n;
      ctx.log(`wire: N=${n}: protobuf ${pb.toFixed(1)} B/sample, JSON ${json.toFixed(1)} B/sample`);
      rows.push({
        group,
        metric: `telemetry, batch of ${n} (2 disks, 3 workloads)`,
        value: pb,
        unit: 'B/sample',
        reference: { what: 'same batch as JSON', value: json },
        // The target is for batches; one sample alone still carries the batch's ids and names.
        ...(n > 1 ? { target: { op: '<=' as const, value: TARGET_BYTES } } : {}),
        note: n > 2 ? 'columns: cpu 0.1 %, sizes to 10 significant bits (<= 1 MiB), temperature 0.1 C' : 'the smaller of columns and legacy samples',
      });
    }
    const one = realisticSamples(1)[0];
    if (!one) throw new Error('no sample built');
    rows.push({
      group,
      metric: 'telemetry, one sample as an outbox record',
      value: items.encodeSample(one).length,
      unit: 'B/sample',
      reference: { what: 'same sample as JSON', value: Buffer.byteLength(JSON.stringify(one)) },
    });
    return rows;
  },
};
