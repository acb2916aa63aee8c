// Property tests for the inbound edge: whatever bytes arrive on a topic, decode() either returns a
// domain message or throws a CodecError. Anything else (a TypeError from a half-decoded message, a
// RangeError from the stack) would escape the ingest loop's error handling.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CodecError, MAX_BYTES, MAX_ITEMS, decode, encode } from '../../../proto/codec.js';
import { TOPIC_KINDS } from '../../../proto/topics.js';
import type { MessageByKind, TopicKind } from '../../../proto/types.js';
import { columnsToWire } from '../../../proto/convert-telemetry.js';
import * as C from '../../../proto/convert.js';
import { edgefleet } from '../../../proto/gen/edgefleet.js';
import { quantisedBatch } from '../../fixtures/telemetry-precision.js';
import { helloMessage, restartCommand, sampleMessages } from '../../fixtures/wire-messages.js';

import pb = edgefleet.v1;

const RUNS_PER_KIND = 2000;

type Mutation =
  | { op: 'flip'; at: number; bit: number }
  | { op: 'truncate'; at: number }
  | { op: 'insert'; at: number; bytes: Uint8Array }
  | { op: 'delete'; at: number; count: number }
  | { op: 'overwrite'; at: number; byte: number };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('flip' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 12 }) }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ op: fc.constant('overwrite' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
);

function applyMutation(bytes: Uint8Array, m: Mutation): Uint8Array {
  const at = bytes.length === 0 ? 0 : m.at % bytes.length;
  switch (m.op) {
    case 'flip': {
      const out = bytes.slice();
      if (out.length > 0) out[at] = out[at]! ^ (1 << m.bit);
      return out;
    }
    case 'truncate':
      return bytes.slice(0, at);
    case 'insert':
      return Uint8Array.from([...bytes.subarray(0, at), ...m.bytes, ...bytes.subarray(at)]);
    case 'delete':
      return Uint8Array.from([...bytes.subarray(0, at), ...bytes.subarray(at + m.count)]);
    case 'overwrite': {
      const out = bytes.slice();
      if (out.length > 0) out[at] = m.byte;
      return out;
    }
  }
}

/**
 * Decodes and checks the invariant: a CodecError, or a message that re-encodes and decodes to
 * itself (so nothing half-built, such as a Long or a NaN-turned-0, slips through). Telemetry that
 * goes out in columns comes back at their documented precision (fixtures/telemetry-precision.ts).
 */
function decodeNeverEscapes<K extends TopicKind>(kind: K, bytes: Uint8Array): void {
  let decoded: MessageByKind[K];
  try {
    decoded = decode(kind, bytes);
  } catch (e) {
    if (e instanceof CodecError) return;
    throw new Error(`decode(${kind}) threw a non-CodecError: ${String(e)}`, { cause: e });
  }
  let expected: MessageByKind[K] = decoded;
  if (kind === 'telemetry') {
    const batch = decoded as MessageByKind['telemetry'];
    if (columnsToWire(batch.samples)) expected = quantisedBatch(batch) as MessageByKind[K];
  }
  expect(decode(kind, encode(kind, decoded))).toEqual(expected);
}

/** The CodecError code fn throws; any other outcome is returned as a description that fails toBe. */
function codecErrorCode(fn: () => unknown): string {
  try {
    fn();
    return 'returned without throwing';
  } catch (e) {
    return e instanceof CodecError ? e.code : `threw a non-CodecError: ${String(e)}`;
  }
}

function seedsFor(kind: TopicKind): Uint8Array[] {
  const seeds = [encode(kind, sampleMessages()[kind])];
  if (kind === 'commands') seeds.push(encode('commands', restartCommand()));
  if (kind === 'telemetry') {
    // The legacy form (samples, not columns) is still read: mutate it too.
    const m = sampleMessages().telemetry;
    seeds.push(pb.TelemetryBatch.encode({ nodeId: m.nodeId, bootId: m.bootId, dropped: m.dropped, samples: m.samples.map(C.sampleToWire) }).finish());
  }
  return seeds;
}

function varint(n: number): number[] {
  const out: number[] = [];
  let v = n;
  while (v > 0x7f) {
    out.push((v & 0x7f) | 0x80);
    v = Math.floor(v / 128);
  }
  out.push(v);
  return out;
}

/** An unknown field `field` holding `depth` nested groups (wire types 3 and 4). */
function nestedGroups(field: number, depth: number): Uint8Array {
  const start = varint((field << 3) | 3);
  const end = varint((field << 3) | 4);
  const out: number[] = [];
  for (let i = 0; i < depth; i++) out.push(...start);
  for (let i = 0; i < depth; i++) out.push(...end);
  return Uint8Array.from(out);
}

/** A length-delimited field `field` wrapping `inner`. */
function lengthDelimited(field: number, inner: Uint8Array): Uint8Array {
  return Uint8Array.from([...varint((field << 3) | 2), ...varint(inner.length), ...inner]);
}

describe('decode never throws anything but CodecError', () => {
  it.each(TOPIC_KINDS)('%s: arbitrary bytes', (kind) => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 512 }), (bytes) => decodeNeverEscapes(kind, bytes)),
      { numRuns: RUNS_PER_KIND },
    );
  });

  it.each(TOPIC_KINDS)('%s: mutations of a valid encoding', (kind) => {
    const seeds = seedsFor(kind);
    fc.assert(
      fc.property(
        fc.constantFrom(...seeds),
        fc.array(mutationArb, { minLength: 1, maxLength: 4 }),
        (seed, mutations) => decodeNeverEscapes(kind, mutations.reduce(applyMutation, seed)),
      ),
      { numRuns: RUNS_PER_KIND },
    );
  });

  it.each(TOPIC_KINDS)('%s: a valid encoding with arbitrary bytes appended', (kind) => {
    const seeds = seedsFor(kind);
    fc.assert(
      fc.property(fc.constantFrom(...seeds), fc.uint8Array({ minLength: 1, maxLength: 64 }), (seed, tail) =>
        decodeNeverEscapes(kind, Uint8Array.from([...seed, ...tail])),
      ),
      { numRuns: RUNS_PER_KIND / 4 },
    );
  });
});

describe('telemetry columns from a hostile peer', () => {
  const int = fc.oneof(fc.integer({ min: -300, max: 300 }), fc.constantFrom(2 ** 52, -(2 ** 52), 2 ** 53 - 1));
  const col = fc.array(int, { maxLength: 12 });
  const series = fc.record({
    name: fc.string({ maxLength: 6 }),
    absent: fc.array(fc.nat({ max: 12 }), { maxLength: 4 }),
    first: col,
    second: col,
    firstShift: fc.nat({ max: 24 }),
    secondShift: fc.nat({ max: 24 }),
  });
  const columns = fc.record({
    count: fc.nat({ max: 12 }),
    seq: col,
    tsMs: col,
    cpuPermille: col,
    memoryUsed: col,
    memoryUsedShift: fc.nat({ max: 24 }),
    temperatureDeciC: col,
    noTemperature: fc.array(fc.nat({ max: 12 }), { maxLength: 4 }),
    uptimeS: col,
    disks: fc.array(series, { maxLength: 3 }),
    workloads: fc.array(series, { maxLength: 3 }),
  });
  it('arbitrary column contents decode to a valid batch or fail with a CodecError', () => {
    fc.assert(
      fc.property(columns, (c) => decodeNeverEscapes('telemetry', pb.TelemetryBatch.encode({ nodeId: 'n1', bootId: 'b1', columns: c }).finish())),
      { numRuns: RUNS_PER_KIND },
    );
  });
});

describe('deep nesting', () => {
  it.each(TOPIC_KINDS)('%s: groups nested thousands deep in an unknown field are EF_WIRE_MALFORMED, quickly', (kind) => {
    // As deep as the size limit allows: 8 192 levels for commands, 50 000 for the others.
    const bytes = nestedGroups(15, Math.min(50_000, MAX_BYTES[kind] / 2));
    expect(bytes.length).toBeLessThanOrEqual(MAX_BYTES[kind]);
    const startedAt = performance.now();
    expect(codecErrorCode(() => decode(kind, bytes))).toBe('EF_WIRE_MALFORMED');
    expect(performance.now() - startedAt).toBeLessThan(2_000);
  });

  it('groups nested deep inside a known sub-message are EF_WIRE_MALFORMED too', () => {
    // hello.capacity (field 3) carrying the unknown group field: the depth counter must carry over.
    const bytes = Uint8Array.from([...encode('hello', helloMessage()), ...lengthDelimited(3, nestedGroups(15, 5_000))]);
    expect(codecErrorCode(() => decode('hello', bytes))).toBe('EF_WIRE_MALFORMED');
  });

  it('shallow unknown groups (within the protoc recursion limit) are skipped, not rejected', () => {
    const bytes = Uint8Array.from([...encode('hello', helloMessage()), ...nestedGroups(99, 50)]);
    expect(decode('hello', bytes)).toEqual(helloMessage());
  });

  it('mismatched group end tags are EF_WIRE_MALFORMED', () => {
    const bytes = Uint8Array.from([...varint((99 << 3) | 3), ...varint((98 << 3) | 4)]);
    expect(codecErrorCode(() => decode('hello', bytes))).toBe('EF_WIRE_MALFORMED');
  });
});

describe('amplification', () => {
  it('many empty repeated items in a small payload hit the item limit, not the heap', () => {
    // Each empty Condition costs two bytes on the wire.
    const condition = lengthDelimited(7, new Uint8Array());
    const count = MAX_ITEMS.conditions + 1;
    const bytes = Uint8Array.from([
      ...lengthDelimited(1, new TextEncoder().encode('n1')),
      ...Array.from({ length: count }, () => [...condition]).flat(),
    ]);
    expect(codecErrorCode(() => decode('state', bytes))).toBe('EF_WIRE_INVALID');
  });
});
