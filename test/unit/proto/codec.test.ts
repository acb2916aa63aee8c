import protobuf from 'protobufjs/minimal.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CodecError, MAX_BYTES, MAX_ITEMS, decode, encode, type CodecErrorCode } from '../../../proto/codec.js';
import { edgefleet } from '../../../proto/gen/edgefleet.js';
import * as C from '../../../proto/convert.js';
import { TOPIC_KINDS } from '../../../proto/topics.js';
import type { MessageByKind, TopicKind } from '../../../proto/types.js';
import {
  containerSpec,
  desiredMessage,
  eventsMessage,
  helloMessage,
  cancelCommand,
  logsAckCommand,
  logsCommand,
  replyMessage,
  restartCommand,
  restartReply,
  sampleMessages,
  stateMessage,
  telemetryMessage,
} from '../../fixtures/wire-messages.js';

import pb = edgefleet.v1;

/** Runs fn, asserts it throws a CodecError with one of the codes, and returns the error. */
function expectCodecError(fn: () => unknown, codes: CodecErrorCode[], messagePart?: string): CodecError {
  let thrown: unknown;
  try {
    fn();
  } catch (e) {
    thrown = e;
  }
  expect(thrown, 'expected a CodecError to be thrown').toBeInstanceOf(CodecError);
  const err = thrown as CodecError;
  expect(codes).toContain(err.code);
  if (messagePart !== undefined) expect(err.message).toContain(messagePart);
  return err;
}

/** Wire encoders that skip the codec's send-side validation, as a broken or hostile peer would. */
const rawEncoders: { [K in TopicKind]: (m: MessageByKind[K]) => Uint8Array } = {
  hello: (m) => pb.Hello.encode(C.helloToWire(m)).finish(),
  state: (m) => pb.NodeState.encode(C.stateToWire(m)).finish(),
  telemetry: (m) => pb.TelemetryBatch.encode(C.telemetryToWire(m)).finish(),
  events: (m) => pb.EventBatch.encode(C.eventsToWire(m)).finish(),
  desired: (m) => pb.DesiredState.encode(C.desiredToWire(m)).finish(),
  commands: (m) => pb.Command.encode(C.commandToWire(m)).finish(),
  replies: (m) => pb.Reply.encode(C.replyToWire(m)).finish(),
};

/** Encodes a copy of the kind's sample message after `mutate` changed it, unvalidated. */
function encodeMutated<K extends TopicKind>(kind: K, mutate: (m: MessageByKind[K]) => void): Uint8Array {
  const msg = sampleMessages()[kind];
  mutate(msg);
  return rawEncoders[kind](msg);
}

function concat(...parts: Uint8Array[]): Uint8Array {
  return Uint8Array.from(parts.flatMap((p) => [...p]));
}

describe('codec round trip', () => {
  it.each(TOPIC_KINDS)('decode(encode(%s)) gives back the fully populated message', (kind) => {
    const msg = sampleMessages()[kind];
    expect(decode(kind, encode(kind, msg))).toEqual(msg);
  });

  it('round-trips every command kind (restart, logs, logs ack, cancel) and a restart reply', () => {
    for (const cmd of [restartCommand(), logsCommand(), logsAckCommand(), cancelCommand()]) {
      expect(decode('commands', encode('commands', cmd))).toEqual(cmd);
    }
    expect(decode('replies', encode('replies', restartReply()))).toEqual(restartReply());
  });

  it('refuses commands that name no workload or ask for more than the agent allows', () => {
    const bad = [
      { ...restartCommand(), action: { kind: 'restart' as const, workload: '' } },
      { ...logsCommand(), action: { ...logsCommand().action, workload: '' } },
      { ...logsCommand(), action: { ...logsCommand().action, tail: 100_001 } },
      { ...logsCommand(), action: { ...logsCommand().action, window: 65 } },
      { ...logsAckCommand(), action: { kind: 'logsAck' as const, commandId: '', seq: 1 } },
    ];
    for (const cmd of bad) {
      const bytes = pb.Command.encode(C.commandToWire(cmd)).finish();
      expectCodecError(() => decode('commands', bytes), ['EF_WIRE_INVALID']);
    }
  });

  it('a oneof set twice keeps the last value for the new command kinds too', () => {
    const merged = concat(encode('commands', restartCommand()), encode('commands', cancelCommand()));
    expect(decode('commands', merged)).toEqual(cancelCommand());
  });

  it('keeps 64-bit fields as plain numbers, exactly, up to MAX_SAFE_INTEGER', () => {
    const hello = { ...helloMessage(), startedAtMs: Number.MAX_SAFE_INTEGER, appliedEpoch: 2 ** 40 };
    const back = decode('hello', encode('hello', hello));
    expect(typeof back.startedAtMs).toBe('number');
    expect(back.startedAtMs).toBe(Number.MAX_SAFE_INTEGER);
    expect(back.appliedEpoch).toBe(2 ** 40);
  });

  it('round-trips all three health-check probe variants', () => {
    const probes = desiredMessage().workloads.map((w) => w.container.healthCheck?.probe.kind);
    expect(probes).toEqual(['http', 'tcp', 'exec']);
    const back = decode('desired', encode('desired', desiredMessage()));
    expect(back.workloads.map((w) => w.container.healthCheck)).toEqual(
      desiredMessage().workloads.map((w) => w.container.healthCheck),
    );
  });

  it('decodes map fields into prototype-free objects', () => {
    const back = decode('hello', encode('hello', helloMessage()));
    expect(Object.getPrototypeOf(back.labels)).toBeNull();
    expect({ ...back.labels }).toStrictEqual(helloMessage().labels);
  });
});

describe('optional fields', () => {
  it('absent exitCode, temperatureC and healthCheck stay undefined, not 0', () => {
    const state = stateMessage();
    const telemetry = telemetryMessage();
    const desired = desiredMessage();
    delete state.workloads[1]?.exitCode;
    delete telemetry.samples[0]?.temperatureC;
    delete desired.workloads[0]?.container.healthCheck;

    expect(decode('state', encode('state', state)).workloads[1]).not.toHaveProperty('exitCode');
    expect(decode('telemetry', encode('telemetry', telemetry)).samples[0]).not.toHaveProperty('temperatureC');
    expect(decode('desired', encode('desired', desired)).workloads[0]?.container).not.toHaveProperty('healthCheck');
  });

  it('a present zero (exit code 0, 0 °C) is kept, distinct from absent', () => {
    expect(decode('state', encode('state', stateMessage())).workloads[2]?.exitCode).toBe(0);
    expect(decode('telemetry', encode('telemetry', telemetryMessage())).samples[1]?.temperatureC).toBe(0);
  });

  it('carries the outbox backlog (field 6) in both telemetry forms; 0 and absent mean none reported', () => {
    const columns = { ...telemetryMessage(), outboxBacklog: 1234 };
    const legacy = { ...telemetryMessage(), samples: telemetryMessage().samples.slice(0, 1), outboxBacklog: 5 };
    expect(decode('telemetry', encode('telemetry', columns)).outboxBacklog).toBe(1234);
    expect(decode('telemetry', encode('telemetry', legacy)).outboxBacklog).toBe(5);
    expect(edgefleet.v1.TelemetryBatch.decode(encode('telemetry', legacy)).outboxBacklog.toString()).toBe('5');
    expect(decode('telemetry', encode('telemetry', { ...telemetryMessage(), outboxBacklog: 0 }))).not.toHaveProperty('outboxBacklog');
    expect(decode('telemetry', encode('telemetry', telemetryMessage()))).not.toHaveProperty('outboxBacklog');
  });

  it('fills documented defaults for fields a peer left empty', () => {
    const bytes = pb.DesiredState.encode({
      nodeId: 'n1',
      generation: 1,
      workloads: [{ name: 'w', specHash: 'h', container: { image: 'img', healthCheck: { http: { port: 80 } } } }],
    }).finish();
    const c = decode('desired', bytes).workloads[0]?.container;
    expect(c?.restartPolicy).toBe('unless-stopped');
    expect(c?.networkMode).toBe('host');
    expect(c?.healthCheck?.probe).toEqual({ kind: 'http', port: 80, path: '/' });
  });

  it('reads enum numbers from a newer peer as the neutral value', () => {
    const bytes = pb.NodeState.encode({ nodeId: 'n1', bootId: 'b1', workloads: [{ name: 'w', phase: 99 as pb.Phase, health: 42 as pb.Health }] }).finish();
    expect(decode('state', bytes).workloads[0]).toMatchObject({ phase: 'unknown', health: 'none' });
  });

  it('a oneof set twice on the wire keeps the last value, as protobuf merge semantics say', () => {
    const merged = concat(encode('commands', restartCommand()), encode('commands', logsCommand()));
    expect(decode('commands', merged)).toEqual(logsCommand());
  });
});

describe('size limit', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each(TOPIC_KINDS)('%s: a payload over MAX_BYTES is EF_WIRE_TOO_LARGE before any decoding', (kind) => {
    const readerCreate = vi.spyOn(protobuf.Reader, 'create');
    // Garbage that would be EF_WIRE_MALFORMED if it reached the decoder.
    const bytes = new Uint8Array(MAX_BYTES[kind] + 1).fill(0xff);
    expectCodecError(() => decode(kind, bytes), ['EF_WIRE_TOO_LARGE'], `${MAX_BYTES[kind]} B`);
    expect(readerCreate).not.toHaveBeenCalled();
  });

  it('accepts a payload of exactly MAX_BYTES', () => {
    const reply = { ...replyMessage(), lines: ['x'.repeat(MAX_BYTES.replies - 100)] };
    const overhead = encode('replies', reply).length - (MAX_BYTES.replies - 100);
    reply.lines = ['x'.repeat(MAX_BYTES.replies - overhead)];
    const bytes = encode('replies', reply);
    expect(bytes.length).toBe(MAX_BYTES.replies);
    expect(decode('replies', bytes).lines[0]).toHaveLength(MAX_BYTES.replies - overhead);
  });

  it('refuses to encode a message over MAX_BYTES', () => {
    const reply = { ...replyMessage(), lines: ['x'.repeat(MAX_BYTES.replies)] };
    expectCodecError(() => encode('replies', reply), ['EF_WIRE_TOO_LARGE']);
  });
});

describe('malformed input', () => {
  const rng = mulberry32(0xef);
  const garbage: [string, Uint8Array][] = [
    ['truncated varint', Uint8Array.of(0x48, 0xff, 0xff)],
    ['huge length prefix', Uint8Array.of(0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f, 0x41)],
    ['length past the end', Uint8Array.of(0x0a, 0x05, 0x61)],
    ['wire type 7', Uint8Array.of(0x0f)],
    ['field number 0', Uint8Array.of(0x00, 0x01)],
    ['stray end-group tag', Uint8Array.of(0x0c)],
    ['unterminated group', Uint8Array.of(0x7b, 0x08, 0x01)],
    ['invalid UTF-8 in a string', Uint8Array.of(0x0a, 0x02, 0xc3, 0x28)],
    ['random bytes', Uint8Array.from({ length: 64 }, () => Math.floor(rng() * 256))],
  ];

  for (const kind of TOPIC_KINDS) {
    it.each(garbage)(`${kind}: %s is EF_WIRE_MALFORMED`, (_name, bytes) => {
      const err = expectCodecError(() => decode(kind, bytes), ['EF_WIRE_MALFORMED']);
      expect(err.kind).toBe(kind);
      expect(err.cause).toBeInstanceOf(Error);
    });

    it(`${kind}: a JSON payload is rejected with a CodecError`, () => {
      const json = new TextEncoder().encode(JSON.stringify(sampleMessages()[kind]));
      expectCodecError(() => decode(kind, json), ['EF_WIRE_MALFORMED', 'EF_WIRE_INVALID', 'EF_WIRE_UNSUPPORTED']);
    });
  }

  it('a command without a known action is EF_WIRE_UNSUPPORTED', () => {
    const bytes = pb.Command.encode({ id: 'c1', issuedAtMs: 1 }).finish();
    expectCodecError(() => decode('commands', bytes), ['EF_WIRE_UNSUPPORTED']);
  });
});

describe('contract validation', () => {
  const invalid: [string, TopicKind, () => Uint8Array, string][] = [
    ['hello with an upper-case nodeId', 'hello', () => encodeMutated('hello', (m) => void (m.nodeId = 'Pi-01')), 'nodeId'],
    ['hello with a topic wildcard in nodeId', 'hello', () => encodeMutated('hello', (m) => void (m.nodeId = 'n1/+')), 'nodeId'],
    ['hello with an empty nodeId', 'hello', () => encodeMutated('hello', (m) => void (m.nodeId = '')), 'nodeId'],
    ['hello with an empty bootId', 'hello', () => encodeMutated('hello', (m) => void (m.bootId = '')), 'bootId'],
    ['hello with too many labels', 'hello', () => encodeMutated('hello', (m) => void (m.labels = manyLabels(MAX_ITEMS.labels + 1))), 'labels'],
    ['state with a 64-char nodeId', 'state', () => encodeMutated('state', (m) => void (m.nodeId = 'a'.repeat(64))), 'nodeId'],
    ['telemetry with an empty bootId', 'telemetry', () => encodeMutated('telemetry', (m) => void (m.bootId = '')), 'bootId'],
    ['telemetry with seq 0', 'telemetry', () => encodeMutated('telemetry', (m) => void (m.samples[0]!.seq = 0)), 'seq'],
    ['events with an empty bootId', 'events', () => encodeMutated('events', (m) => void (m.bootId = '')), 'bootId'],
    ['events with seq 0', 'events', () => encodeMutated('events', (m) => void (m.events[1]!.seq = 0)), 'seq'],
    ['desired with generation 0', 'desired', () => encodeMutated('desired', (m) => void (m.generation = 0)), 'generation'],
    ['desired with an invalid nodeId', 'desired', () => encodeMutated('desired', (m) => void (m.nodeId = '-n1')), 'nodeId'],
    ['desired with duplicate workload names', 'desired', () => encodeMutated('desired', (m) => void (m.workloads[2]!.name = 'camera')), 'workloads[2].name'],
    ['desired with an empty workload name', 'desired', () => encodeMutated('desired', (m) => void (m.workloads[0]!.name = '')), 'workloads[0].name'],
    ['desired with an empty specHash', 'desired', () => encodeMutated('desired', (m) => void (m.workloads[1]!.specHash = '')), 'workloads[1].specHash'],
    ['desired with an empty image', 'desired', () => encodeMutated('desired', (m) => void (m.workloads[0]!.container = containerSpec({ image: '' }))), 'container.image'],
    ['desired with a bad restartPolicy', 'desired', () => desiredWireWith({ restartPolicy: 'sometimes' }), 'restartPolicy'],
    ['desired with a bad networkMode', 'desired', () => desiredWireWith({ networkMode: 'bridge' }), 'networkMode'],
    ['desired with too many env vars', 'desired', () => desiredWireWith({ env: manyEnv(MAX_ITEMS.envPerContainer + 1) }), 'env'],
    ['a command with an empty id', 'commands', () => encodeMutated('commands', (m) => void (m.id = '')), 'command id'],
    ['a reply with an empty commandId', 'replies', () => encodeMutated('replies', (m) => void (m.commandId = '')), 'commandId'],
  ];

  it.each(invalid)('%s is EF_WIRE_INVALID naming the field', (_name, kind, bytes, field) => {
    expectCodecError(() => decode(kind, bytes()), ['EF_WIRE_INVALID'], field);
  });

  it('the error message is prefixed with the message kind', () => {
    const err = expectCodecError(() => decode('events', encodeMutated('events', (m) => void (m.bootId = ''))), ['EF_WIRE_INVALID']);
    expect(err.message).toBe('events: bootId is empty');
    expect(err.name).toBe('CodecError');
  });
});

describe('prototype pollution', () => {
  const hostileKeys = '{"__proto__":"polluted","constructor":"c","toString":"t"}';

  it('"__proto__" map keys survive as plain keys and leave Object.prototype alone', () => {
    const before = Object.getOwnPropertyNames(Object.prototype);
    const hello = { ...helloMessage(), labels: JSON.parse(hostileKeys) as Record<string, string> };
    const events = eventsMessage();
    events.events[0]!.attributes = JSON.parse(hostileKeys) as Record<string, string>;

    const labels = decode('hello', encode('hello', hello)).labels;
    const attributes = decode('events', encode('events', events)).events[0]!.attributes;
    for (const decoded of [labels, attributes]) {
      expect(Object.getPrototypeOf(decoded)).toBeNull();
      expect(Object.keys(decoded).sort()).toEqual(['__proto__', 'constructor', 'toString']);
      expect(Object.getOwnPropertyDescriptor(decoded, '__proto__')?.value).toBe('polluted');
    }
    expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(before);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(typeof {}.toString).toBe('function');
  });
});

// ---------------------------------------------------------------- helpers

function manyLabels(n: number): Record<string, string> {
  return Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, 'v']));
}

function manyEnv(n: number): { name: string; value: string }[] {
  return Array.from({ length: n }, (_, i) => ({ name: `E${i}`, value: 'v' }));
}

/** A desired state whose one container carries wire-level fields the domain types cannot hold. */
function desiredWireWith(container: pb.ContainerSpec.$Properties): Uint8Array {
  return pb.DesiredState.encode({
    nodeId: 'n1',
    generation: 1,
    workloads: [{ name: 'w', specHash: 'h', container: { image: 'img', ...container } }],
  }).finish();
}

/** Small deterministic PRNG so the "random bytes" case is the same on every run. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('send-side validation and range', () => {
  it('encode refuses a message no peer would accept', () => {
    const msg = sampleMessages().desired;
    msg.generation = 0;
    expectCodecError(() => encode('desired', msg), ['EF_WIRE_INVALID'], 'refusing to send: generation must be > 0');
  });

  it('a uint64 beyond 2^53 is refused as invalid, not silently rounded', () => {
    // 2^64-1 as a varint: ten bytes, every payload bit set. Field 3 (generation), wire type 0.
    const maxVarint = [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01];
    const head = pb.DesiredState.encode({ nodeId: 'n1' }).finish();
    const bytes = Uint8Array.from([...head, 3 << 3, ...maxVarint]);
    expectCodecError(() => decode('desired', bytes), ['EF_WIRE_INVALID'], 'beyond 2^53');
  });

  it('a port protocol other than tcp or udp is refused', () => {
    const bytes = pb.DesiredState.encode({
      nodeId: 'n1',
      generation: 1,
      workloads: [{ name: 'w', specHash: 'h', container: { image: 'img', ports: [{ containerPort: 1, hostPort: 1, protocol: 'UDP' }] } }],
    }).finish();
    expectCodecError(() => decode('desired', bytes), ['EF_WIRE_INVALID'], 'ports[0].protocol');
  });
});
