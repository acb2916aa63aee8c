// Property tests for the inbound edge: whatever bytes arrive on a topic, decode() either returns a
// domain message or throws a CodecError. Anything else (a TypeError from a half-decoded message, a
// RangeError from the stack) would escape the ingest loop's error handling.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { FuzzStats } from '../../helpers/fuzz-stats.js';
import { CodecError, MAX_BYTES, MAX_ITEMS, decode, encode } from '../../../proto/codec.js';
import { TOPIC_KINDS } from '../../../proto/topics.js';
import type { MessageByKind, TopicKind } from '../../../proto/types.js';
import * as C from '../../../proto/convert.js';
import { edgefleet } from '../../../proto/gen/edgefleet.js';
import { quantisedBatch } from '../../fixtures/telemetry-precision.js';
import { helloMessage, restartCommand, sampleMessages } from '../../fixtures/wire-messages.js';

import pb = edgefleet.v1;

const RUNS_PER_KIND = 2000;

// Inputs tried and crashes per message type, and the peak heap: printed and written at the end.
const stats = new FuzzStats('wire');
afterAll(() => {
  const r = stats.report();
  expect(Object.values(r.targets).reduce((n, t) => n + t.crashes, 0)).toBe(0);
  // Bounded memory: every payload is at most 1 MiB and refused before it can multiply.
  expect(r.peakHeapMb).toBeLessThan(r.baselineHeapMb + 400);
});

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
  stats.tried(kind, bytes.length > 64 * 1024);
  try {
    decoded = decode(kind, bytes);
  } catch (e) {
    if (e instanceof CodecError) return;
    stats.crashed(kind, bytes);
    throw new Error(`decode(${kind}) threw a non-CodecError: ${String(e)}`, { cause: e });
  }
  let expected: MessageByKind[K] = decoded;
  if (kind === 'telemetry') {
    const batch = decoded as MessageByKind['telemetry'];
    // The encoder's own choice: one or two samples go out in the legacy form when that is smaller.
    if (C.telemetryToWire(batch).columns) expected = quantisedBatch(batch) as MessageByKind[K];
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
  // The time is printed, not bounded (speed lives in `npm run bench`).
  it.each(TOPIC_KINDS)('%s: groups nested thousands deep in an unknown field are EF_WIRE_MALFORMED', (kind) => {
    // As deep as the size limit allows: 8 192 levels for commands, 50 000 for the others.
    const bytes = nestedGroups(15, Math.min(50_000, MAX_BYTES[kind] / 2));
    expect(bytes.length).toBeLessThanOrEqual(MAX_BYTES[kind]);
    const startedAt = performance.now();
    expect(codecErrorCode(() => decode(kind, bytes))).toBe('EF_WIRE_MALFORMED');
    console.info(`${kind}: ${bytes.length} bytes of nested groups refused in ${(performance.now() - startedAt).toFixed(1)} ms`);
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

describe('hostile shapes, every message type', () => {
  const kinds = fc.constantFrom(...TOPIC_KINDS);
  const seedOf = (kind: TopicKind, i: number): Uint8Array => {
    const seeds = seedsFor(kind);
    return seeds[i % seeds.length] as Uint8Array;
  };

  it('truncated varints anywhere: a CodecError (EF_WIRE_MALFORMED after a whole message)', () => {
    fc.assert(
      fc.property(kinds, fc.nat(), fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 9 }), (kind, i, at, cont) => {
        const seed = seedOf(kind, i);
        const cut = seed.subarray(0, at % (seed.length + 1));
        // A varint field (wire type 0) whose every byte says "more follows".
        const bytes = Uint8Array.from([...cut, (1 << 3) | 0, ...Array.from(cont, (b) => b | 0x80)]);
        decodeNeverEscapes(kind, bytes);
        // Cut inside a field, the tail may become that field's content: any outcome decodeNeverEscapes allows.
        if (cut.length === seed.length) expect(codecErrorCode(() => decode(kind, bytes))).toBe('EF_WIRE_MALFORMED');
      }),
      { numRuns: 1000 },
    );
  });

  it('huge length prefixes: refused before any allocation of that size', () => {
    fc.assert(
      fc.property(kinds, fc.nat(), fc.integer({ min: 1, max: 2047 }), fc.integer({ min: 2 ** 20, max: 2 ** 40 }), (kind, i, field, len) => {
        const bytes = Uint8Array.from([...seedOf(kind, i), ...varint((field << 3) | 2), ...varint(len), 0x41]);
        decodeNeverEscapes(kind, bytes);
        expect(codecErrorCode(() => decode(kind, bytes))).toBe('EF_WIRE_MALFORMED');
      }),
      { numRuns: 1000 },
    );
  });

  it('nesting: up to 100 levels of unknown groups is skipped, deeper is EF_WIRE_MALFORMED (typed), never a stack overflow', () => {
    fc.assert(
      fc.property(kinds, fc.nat(), fc.integer({ min: 1, max: 400 }), fc.integer({ min: 16, max: 2047 }), (kind, i, depth, field) => {
        const bytes = Uint8Array.from([...seedOf(kind, i), ...nestedGroups(field, depth)]);
        decodeNeverEscapes(kind, bytes);
        if (depth > 100) expect(codecErrorCode(() => decode(kind, bytes))).toBe('EF_WIRE_MALFORMED');
      }),
      { numRuns: 600 },
    );
  });

  it('nesting of length-delimited fields, 5 to 3 000 levels: opaque bytes to the decoder, never recursion', () => {
    fc.assert(
      fc.property(kinds, fc.integer({ min: 5, max: 3000 }), fc.integer({ min: 16, max: 2047 }), (kind, depth, field) => {
        // Built inside out with Buffer.concat (linear in the output per level, not per element).
        let inner = Buffer.alloc(0);
        const tag = Buffer.from(varint((field << 3) | 2));
        for (let d = 0; d < depth; d++) inner = Buffer.concat([tag, Buffer.from(varint(inner.length)), inner]);
        const bytes = Uint8Array.from(Buffer.concat([Buffer.from(seedOf(kind, 0)), inner]));
        if (bytes.length > MAX_BYTES[kind]) return;
        decodeNeverEscapes(kind, bytes);
      }),
      { numRuns: 100 },
    );
  });

  it('__proto__, constructor and prototype as map keys stay plain keys and pollute nothing', () => {
    const evil = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty');
    fc.assert(
      fc.property(evil, fc.string({ maxLength: 16 }), (key, value) => {
        const hello = helloMessage();
        const bytes = pb.Hello.encode({ ...C.helloToWire(hello), labels: { ...hello.labels, [key]: value } }).finish();
        stats.tried('hello');
        const got = decode('hello', bytes);
        expect(Object.prototype.hasOwnProperty.call(got.labels, key)).toBe(true);
        expect(got.labels[key]).toBe(value);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(typeof ({} as { toString: unknown }).toString).toBe('function');
        const events = sampleMessages().events;
        const ev = pb.EventBatch.encode({ ...C.eventsToWire(events), events: events.events.map((e) => ({ ...C.eventToWire(e), attributes: { [key]: value } })) }).finish();
        stats.tried('events');
        const decoded = decode('events', ev);
        expect(decoded.events[0]?.attributes[key]).toBe(value);
        expect(Object.getPrototypeOf({})).toBe(Object.prototype);
      }),
      { numRuns: 300 },
    );
  });

  it('floods of tiny repeated items are refused by the wire scan before decoding', () => {
    const flood = (field: number, n: number): Uint8Array => Uint8Array.from(Array.from({ length: n }, () => [...lengthDelimited(field, new Uint8Array())]).flat());
    const cases: [TopicKind, number, number][] = [
      ['telemetry', 3, MAX_ITEMS.samples + 1],
      ['events', 3, MAX_ITEMS.events + 1],
      ['desired', 4, MAX_ITEMS.workloads + 1],
      ['state', 6, MAX_ITEMS.workloads + 1],
      ['replies', 6, MAX_ITEMS.lines + 1],
      ['hello', 2, MAX_ITEMS.labels + 1],
    ];
    for (const [kind, field, n] of cases) {
      const bytes = flood(field, n);
      stats.tried(kind, true);
      expect(codecErrorCode(() => decode(kind, bytes)), kind).toBe('EF_WIRE_INVALID');
    }
    // The biggest flood the size limit lets through: 1 MiB of empty samples.
    const max = flood(3, MAX_BYTES.telemetry / 2);
    const before = process.memoryUsage().heapUsed;
    stats.tried('telemetry', true);
    expect(codecErrorCode(() => decode('telemetry', max))).toBe('EF_WIRE_INVALID');
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(64 * 2 ** 20);
  });
});
