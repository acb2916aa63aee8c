// Telemetry batches in columns: what comes back (within the documented precision), the legacy
// form still read, when the encoder falls back to it, and every malformed column refused.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CodecError, decode, encode, type CodecErrorCode } from '../../../proto/codec.js';
import { MAX_SERIES_ITEMS } from '../../../proto/convert-telemetry.js';
import * as C from '../../../proto/convert.js';
import { edgefleet } from '../../../proto/gen/edgefleet.js';
import type { TelemetryBatch, TelemetrySample } from '../../../proto/types.js';
import { telemetryMessage } from '../../fixtures/wire-messages.js';
import { quantisedBatch } from '../../fixtures/telemetry-precision.js';

import pb = edgefleet.v1;

const batchOf = (samples: TelemetrySample[]): TelemetryBatch => ({ nodeId: 'n1', bootId: 'b1', dropped: 0, samples });
const wire = (b: TelemetryBatch): pb.TelemetryBatch => pb.TelemetryBatch.decode(encode('telemetry', b));

function codeOf(bytes: Uint8Array): CodecErrorCode | 'decoded' {
  try {
    decode('telemetry', bytes);
    return 'decoded';
  } catch (e) {
    if (e instanceof CodecError) return e.code;
    throw e;
  }
}

const sampleArb: fc.Arbitrary<Omit<TelemetrySample, 'seq' | 'tsMs'>> = fc
  .record({
    cpuPercent: fc.double({ min: 0, max: 100, noNaN: true }),
    load1: fc.double({ min: 0, max: 64, noNaN: true }),
    memoryUsedBytes: fc.integer({ min: 0, max: 2 ** 40 }),
    memoryTotalBytes: fc.constantFrom(2 ** 32, 8 * 2 ** 30),
    swapUsedBytes: fc.integer({ min: 0, max: 2 ** 33 }),
    swapTotalBytes: fc.constant(2 ** 33),
    disks: fc.subarray(['/', '/data', '/var/lib/edgefleet']).chain((mounts) =>
      fc.tuple(...mounts.map((mount) => fc.record({ mount: fc.constant(mount), usedBytes: fc.integer({ min: 0, max: 2 ** 44 }), sizeBytes: fc.constant(2 ** 45) }))),
    ),
    netRxBytesPerS: fc.integer({ min: 0, max: 2 ** 30 }),
    netTxBytesPerS: fc.integer({ min: 0, max: 2 ** 30 }),
    temperatureC: fc.option(fc.double({ min: -40, max: 120, noNaN: true }), { nil: undefined }),
    uptimeS: fc.integer({ min: 0, max: 2 ** 31 }),
    workloads: fc.subarray(['web', 'camera', 'db']).chain((names) =>
      fc.tuple(...names.map((name) => fc.record({ name: fc.constant(name), cpuPercent: fc.double({ min: 0, max: 100, noNaN: true }), memoryBytes: fc.integer({ min: 0, max: 2 ** 36 }) }))),
    ),
  })
  .map(({ temperatureC, ...s }) => (temperatureC === undefined ? s : { ...s, temperatureC }));

describe('telemetry columns', () => {
  it('decode(encode(batch)) gives every sample back at the documented precision, in columns', () => {
    fc.assert(
      fc.property(fc.array(sampleArb, { minLength: 3, maxLength: 40 }), fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 0, max: 2e12 }), (parts, seq0, t0) => {
        // Mostly on the 10 s grid, sometimes late by a few ms, now and then a gap in seq.
        const samples = parts.map((p, i) => ({ ...p, seq: seq0 + i + (i > 5 ? 3 : 0), tsMs: t0 + i * 10_000 + (i % 4 === 3 ? 7 : 0) }));
        const batch = batchOf(samples);
        expect(wire(batch).columns?.count).toBe(samples.length);
        expect(decode('telemetry', encode('telemetry', batch))).toEqual(quantisedBatch(batch));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the fixture batch exactly (its values sit on the precision grid), absent temperature included', () => {
    const m = telemetryMessage();
    delete m.samples[0]?.temperatureC;
    const last = m.samples[1]!;
    m.samples.push({ ...last, seq: last.seq + 1, tsMs: last.tsMs + 10_000, uptimeS: last.uptimeS + 10 });
    expect(wire(m).samples).toEqual([]);
    expect(decode('telemetry', encode('telemetry', m))).toEqual(m);
  });

  it('still reads the legacy samples form exactly (agents before the columns)', () => {
    const m = telemetryMessage();
    m.samples[0]!.cpuPercent = 12.25; // finer than the columns keep
    const legacy = pb.TelemetryBatch.encode({ nodeId: m.nodeId, bootId: m.bootId, dropped: m.dropped, samples: m.samples.map(C.sampleToWire) }).finish();
    expect(decode('telemetry', legacy)).toEqual(m);
  });

  it('falls back to legacy samples for what columns cannot carry: reordered or repeated disks, NaN, negatives', () => {
    const base = telemetryMessage();
    const last = base.samples[1]!;
    base.samples.push({ ...last, seq: last.seq + 1, tsMs: last.tsMs + 10_000, uptimeS: last.uptimeS + 10 });
    const reordered = structuredClone(base);
    reordered.samples[1]!.disks = [...(base.samples[0]?.disks ?? [])].reverse();
    const repeated = structuredClone(base);
    repeated.samples[0]!.workloads.push({ name: 'camera', cpuPercent: 1, memoryBytes: 0 });
    const nan = structuredClone(base);
    nan.samples[0]!.load1 = Number.NaN;
    const negative = structuredClone(base);
    negative.samples[1]!.temperatureC = -12.5; // signed: still columns
    for (const m of [reordered, repeated, nan]) {
      expect(wire(m).columns ?? null).toBeNull();
      expect(decode('telemetry', encode('telemetry', m))).toEqual(m);
    }
    expect(wire(negative).columns?.count).toBe(negative.samples.length);
    expect(decode('telemetry', encode('telemetry', negative)).samples[1]?.temperatureC).toBe(-12.5);
  });

  it('sends constant values once: a steady sample on the 10 s grid costs nothing more', () => {
    const s = telemetryMessage().samples[0]!;
    const steady = (n: number): TelemetrySample[] =>
      Array.from({ length: n }, (_, i) => ({ ...s, seq: s.seq + i, tsMs: s.tsMs + i * 10_000, uptimeS: s.uptimeS + i * 10 }));
    const three = encode('telemetry', batchOf(steady(3))).length;
    expect(encode('telemetry', batchOf(steady(50))).length).toBe(three); // all trailing zeros
    expect(decode('telemetry', encode('telemetry', batchOf(steady(50))))).toEqual(batchOf(steady(50)));
  });

  it('keeps totals exact (a constant column) while a changing one is rounded to its unit', () => {
    const s = telemetryMessage().samples[0]!;
    const odd = 8_000_000_123; // not a multiple of any power of two above 1
    const samples = [0, 1, 2].map((i) => ({ ...s, seq: 1 + i, tsMs: s.tsMs + i * 10_000, memoryTotalBytes: odd, memoryUsedBytes: 3_000_000_001 + i * 7_777_777 }));
    const back = decode('telemetry', encode('telemetry', batchOf(samples))).samples;
    expect(back.map((x) => x.memoryTotalBytes)).toEqual([odd, odd, odd]);
    for (const [i, x] of back.entries()) expect(Math.abs(x.memoryUsedBytes - (samples[i]?.memoryUsedBytes ?? 0))).toBeLessThanOrEqual(2 ** 20 / 2);
  });

  it('sends one or two samples in whichever form is smaller', () => {
    const one = batchOf([telemetryMessage().samples[0]!]);
    const legacy = pb.TelemetryBatch.encode({ nodeId: 'n1', bootId: 'b1', samples: one.samples.map(C.sampleToWire) }).finish().length;
    expect(encode('telemetry', one).length).toBeLessThanOrEqual(legacy);
    expect(decode('telemetry', encode('telemetry', one))).toEqual(one);
  });
});

describe('malformed telemetry columns are EF_WIRE_INVALID', () => {
  const cols = (c: pb.TelemetryColumns.$Properties): Uint8Array => pb.TelemetryBatch.encode({ nodeId: 'n1', bootId: 'b1', columns: c }).finish();
  it.each<[string, pb.TelemetryColumns.$Properties]>([
    ['a column longer than count', { count: 2, seq: [1, 1, 0] }],
    ['seq 0', { count: 1, seq: [0] }],
    ['a negative memory value', { count: 2, seq: [1, 1], memoryUsed: [5, -6] }],
    ['a sum beyond 2^53', { count: 3, seq: [1, 1], tsMs: [2 ** 52, 2 ** 52, 2 ** 52] }],
    ['absent indexes out of order', { count: 3, seq: [1, 1], disks: [{ name: '/', absent: [2, 1] }] }],
    ['an absent index past the batch', { count: 2, seq: [1, 1], workloads: [{ name: 'w', absent: [2] }] }],
    ['a series longer than its samples', { count: 2, seq: [1, 1], workloads: [{ name: 'w', absent: [0], first: [1, 2] }] }],
    ['a size unit above 1 MiB', { count: 1, seq: [1], memoryTotal: [4], memoryTotalShift: 21 }],
    ['a unit on workload cpu', { count: 1, seq: [1], workloads: [{ name: 'w', first: [5], firstShift: 3 }] }],
    ['a size beyond 2^53 bytes', { count: 1, seq: [1], disks: [{ name: '/', second: [2 ** 40], secondShift: 20 }] }],
    ['more samples than the limit', { count: 10_001, seq: [1, 1] }],
    // 10,000 samples x 21 empty series: a few hundred bytes that would expand past MAX_SERIES_ITEMS.
    ['a tiny payload expanding into too many items', { count: 10_000, seq: [1, 1], workloads: Array.from({ length: Math.floor(MAX_SERIES_ITEMS / 10_000) + 1 }, (_, i) => ({ name: `w${i}` })) }],
  ])('%s', (_, c) => {
    expect(codeOf(cols(c))).toBe('EF_WIRE_INVALID');
  });

  it('samples and columns in one batch', () => {
    const bytes = pb.TelemetryBatch.encode({ nodeId: 'n1', bootId: 'b1', samples: [{ seq: 1 }], columns: { count: 1, seq: [1] } }).finish();
    expect(codeOf(bytes)).toBe('EF_WIRE_INVALID');
  });
});
