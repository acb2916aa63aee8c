// The one codec: size limit before decoding, protobuf decode, structural validation, and
// conversion to domain types. Every inbound payload on every topic goes through decode().
import { edgefleet } from './gen/edgefleet.js';
import * as C from './convert.js';
import { isValidNodeId } from './topics.js';
import { validatePolicy } from './policy.js';
import { scanWire, type FieldCounts } from './wire-scan.js';
import { validateSecurityPolicy, type SecurityPolicy } from './security.js';
import {
  NETWORK_MODES,
  RESTART_POLICIES,
  type DesiredState,
  type EdgeEvent,
  type MessageByKind,
  type TelemetrySample,
  type TopicKind,
} from './types.js';

import pb = edgefleet.v1;

export type CodecErrorCode = 'EF_WIRE_TOO_LARGE' | 'EF_WIRE_MALFORMED' | 'EF_WIRE_INVALID' | 'EF_WIRE_UNSUPPORTED';

export class CodecError extends Error {
  override readonly name = 'CodecError';
  constructor(
    readonly code: CodecErrorCode,
    readonly kind: TopicKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${kind}: ${message}`, options);
  }
}

export function isCodecError(e: unknown): e is CodecError {
  return e instanceof CodecError;
}

/** Largest accepted payload per message type, checked before any decoding. */
export const MAX_BYTES: Readonly<Record<TopicKind, number>> = Object.freeze({
  hello: 64 * 1024,
  state: 512 * 1024,
  telemetry: 1024 * 1024,
  events: 1024 * 1024,
  desired: 1024 * 1024,
  commands: 16 * 1024,
  replies: 256 * 1024,
});

/** Count limits applied after decoding; a protobuf can pack many tiny items into few bytes. */
export const MAX_ITEMS = Object.freeze({
  labels: 128,
  workloads: 256,
  samples: 10_000,
  events: 10_000,
  conditions: 64,
  envPerContainer: 256,
  lines: 10_000,
  stringBytes: 64 * 1024,
});

/** Top-level repeated and map fields, counted by the wire scan before decoding (field number -> limit). */
const TOP_LEVEL_COUNTS: Readonly<Record<TopicKind, FieldCounts>> = Object.freeze({
  hello: { 2: ['labels', MAX_ITEMS.labels] },
  state: { 6: ['workloads', MAX_ITEMS.workloads], 7: ['conditions', MAX_ITEMS.conditions] },
  telemetry: { 3: ['samples', MAX_ITEMS.samples] },
  events: { 3: ['events', MAX_ITEMS.events] },
  desired: { 4: ['workloads', MAX_ITEMS.workloads] },
  commands: {},
  replies: { 6: ['lines', MAX_ITEMS.lines] },
});

interface Codec<K extends TopicKind> {
  encode(msg: MessageByKind[K]): Uint8Array;
  /** Wire bytes -> generated message (throws on malformed protobuf). */
  read(bytes: Uint8Array): unknown;
  /** Generated message -> domain (throws WireRangeError; null = unknown command). */
  convert(wire: unknown): MessageByKind[K] | null;
}

const codecs: { [K in TopicKind]: Codec<K> } = {
  hello: {
    encode: (m) => pb.Hello.encode(C.helloToWire(m)).finish(),
    read: (b) => pb.Hello.decode(b),
    convert: (m) => C.helloFromWire(m as pb.Hello),
  },
  state: {
    encode: (m) => pb.NodeState.encode(C.stateToWire(m)).finish(),
    read: (b) => pb.NodeState.decode(b),
    convert: (m) => C.stateFromWire(m as pb.NodeState),
  },
  telemetry: {
    encode: (m) => pb.TelemetryBatch.encode(C.telemetryToWire(m)).finish(),
    read: (b) => pb.TelemetryBatch.decode(b),
    convert: (m) => C.telemetryFromWire(m as pb.TelemetryBatch),
  },
  events: {
    encode: (m) => pb.EventBatch.encode(C.eventsToWire(m)).finish(),
    read: (b) => pb.EventBatch.decode(b),
    convert: (m) => C.eventsFromWire(m as pb.EventBatch),
  },
  desired: {
    encode: (m) => pb.DesiredState.encode(C.desiredToWire(m)).finish(),
    read: (b) => pb.DesiredState.decode(b),
    convert: (m) => C.desiredFromWire(m as pb.DesiredState),
  },
  commands: {
    encode: (m) => pb.Command.encode(C.commandToWire(m)).finish(),
    read: (b) => pb.Command.decode(b),
    convert: (m) => C.commandFromWire(m as pb.Command),
  },
  replies: {
    encode: (m) => pb.Reply.encode(C.replyToWire(m)).finish(),
    read: (b) => pb.Reply.decode(b),
    convert: (m) => C.replyFromWire(m as pb.Reply),
  },
};

/** Encodes a domain message; refuses one that breaks the contract, as every peer would. */
export function encode<K extends TopicKind>(kind: K, msg: MessageByKind[K]): Uint8Array {
  const problem = validate(kind, msg);
  if (problem) throw new CodecError('EF_WIRE_INVALID', kind, `refusing to send: ${problem}`);
  const bytes = codecs[kind].encode(msg);
  if (bytes.length > MAX_BYTES[kind]) {
    throw new CodecError('EF_WIRE_TOO_LARGE', kind, `encoded size ${bytes.length} B exceeds the ${MAX_BYTES[kind]} B limit`);
  }
  return bytes;
}

/**
 * Decodes and validates one payload. Throws CodecError (never anything else) for input that is
 * too large, not protobuf, or protobuf that breaks the contract.
 */
export function decode<K extends TopicKind>(kind: K, bytes: Uint8Array): MessageByKind[K] {
  if (bytes.length > MAX_BYTES[kind]) {
    throw new CodecError('EF_WIRE_TOO_LARGE', kind, `payload of ${bytes.length} B exceeds the ${MAX_BYTES[kind]} B limit`);
  }
  // Before protobufjs allocates anything: truncation, huge lengths, deep groups, item floods.
  const scanned = scanWire(bytes, TOP_LEVEL_COUNTS[kind]);
  if (scanned) {
    const code = scanned.kind === 'too-many' ? 'EF_WIRE_INVALID' : 'EF_WIRE_MALFORMED';
    const text = scanned.kind === 'too-many' ? scanned.message : `not a valid protobuf message (${scanned.message})`;
    throw new CodecError(code, kind, text, { cause: new RangeError(scanned.message) });
  }
  let wire: unknown;
  try {
    wire = codecs[kind].read(bytes);
  } catch (cause) {
    // protobufjs throws RangeError / Error for truncated varints, bad wire types and lengths
    // past the end, and "max depth exceeded" past 100 nested sub-messages (MAX_WIRE_DEPTH).
    // All of it is malformed input.
    const why = cause instanceof Error ? cause.message : String(cause);
    throw new CodecError('EF_WIRE_MALFORMED', kind, `not a valid protobuf message (${why})`, { cause });
  }
  let msg: MessageByKind[K] | null;
  try {
    msg = codecs[kind].convert(wire);
  } catch (cause) {
    // Only out-of-range values are input errors here; anything else is a bug and propagates.
    if (!(cause instanceof C.WireRangeError)) throw cause;
    throw new CodecError('EF_WIRE_INVALID', kind, cause.message, { cause });
  }
  if (msg === null) {
    throw new CodecError('EF_WIRE_UNSUPPORTED', kind, 'message carries no action this agent version knows');
  }
  const problem = validate(kind, msg);
  if (problem) throw new CodecError('EF_WIRE_INVALID', kind, problem);
  return msg;
}

// ---------------------------------------------------------------- validation

function tooMany(what: string, n: number, max: number): string | null {
  return n > max ? `${what}: ${n} items exceed the limit of ${max}` : null;
}

function badNodeId(id: string): string | null {
  if (id === '') return 'nodeId is empty';
  return isValidNodeId(id) ? null : `nodeId ${JSON.stringify(id.slice(0, 80))} is not a valid node id`;
}

function badSecurityPolicy(p: SecurityPolicy | undefined): string | null {
  if (!p) return null;
  const v = validateSecurityPolicy(p);
  return 'problems' in v ? (v.problems[0] ?? null) : null;
}

function first(...checks: (string | null)[]): string | null {
  for (const c of checks) if (c) return c;
  return null;
}

function validateDesired(d: DesiredState): string | null {
  const names = new Set<string>();
  for (const [i, w] of d.workloads.entries()) {
    const at = `workloads[${i}]`;
    if (!w.name) return `${at}.name is empty`;
    if (names.has(w.name)) return `${at}.name ${JSON.stringify(w.name)} appears twice`;
    names.add(w.name);
    if (!w.specHash) return `${at}.specHash is empty`;
    if (!w.container.image) return `${at}.container.image is empty`;
    if (!(RESTART_POLICIES as readonly string[]).includes(w.container.restartPolicy)) {
      return `${at}.container.restartPolicy ${JSON.stringify(w.container.restartPolicy)} is not one of ${RESTART_POLICIES.join(', ')}`;
    }
    if (!(NETWORK_MODES as readonly string[]).includes(w.container.networkMode)) {
      return `${at}.container.networkMode ${JSON.stringify(w.container.networkMode)} is not one of ${NETWORK_MODES.join(', ')}`;
    }
    const envErr = tooMany(`${at}.container.env`, w.container.env.length, MAX_ITEMS.envPerContainer);
    if (envErr) return envErr;
    const badPort = w.container.ports.findIndex((p) => p.protocol !== 'tcp' && p.protocol !== 'udp');
    if (badPort >= 0) return `${at}.container.ports[${badPort}].protocol must be tcp or udp`;
  }
  return null;
}

/** Upper bounds the agent enforces on what a logs command may ask for. */
export const LOGS_LIMITS = Object.freeze({ maxTail: 100_000, maxWindow: 64, maxChunkBytes: 128 * 1024 });

function validateCommand(a: MessageByKind['commands']['action']): string | null {
  switch (a.kind) {
    case 'restart':
      return a.workload ? null : 'restart: workload is empty';
    case 'logs':
      return first(
        a.workload ? null : 'logs: workload is empty',
        a.tail > LOGS_LIMITS.maxTail ? `logs: tail ${a.tail} exceeds ${LOGS_LIMITS.maxTail}` : null,
        a.window > LOGS_LIMITS.maxWindow ? `logs: window ${a.window} exceeds ${LOGS_LIMITS.maxWindow}` : null,
        a.maxChunkBytes > LOGS_LIMITS.maxChunkBytes ? `logs: maxChunkBytes ${a.maxChunkBytes} exceeds ${LOGS_LIMITS.maxChunkBytes}` : null,
      );
    case 'logsAck':
    case 'cancel':
      return a.commandId ? null : `${a.kind}: commandId is empty`;
  }
}

function validate<K extends TopicKind>(kind: K, raw: MessageByKind[K]): string | null {
  switch (kind) {
    case 'hello': {
      const m = raw as MessageByKind['hello'];
      return first(
        badNodeId(m.nodeId),
        m.bootId ? null : 'bootId is empty',
        tooMany('labels', Object.keys(m.labels).length, MAX_ITEMS.labels),
        badSecurityPolicy(m.securityPolicy),
      );
    }
    case 'state': {
      const m = raw as MessageByKind['state'];
      return first(
        badNodeId(m.nodeId),
        m.bootId ? null : 'bootId is empty',
        tooMany('workloads', m.workloads.length, MAX_ITEMS.workloads),
        tooMany('conditions', m.conditions.length, MAX_ITEMS.conditions),
      );
    }
    case 'telemetry': {
      const m = raw as MessageByKind['telemetry'];
      return first(
        badNodeId(m.nodeId),
        m.bootId ? null : 'bootId is empty',
        tooMany('samples', m.samples.length, MAX_ITEMS.samples),
        m.samples.every((s) => s.seq > 0) ? null : 'every sample needs a seq > 0',
      );
    }
    case 'events': {
      const m = raw as MessageByKind['events'];
      return first(
        badNodeId(m.nodeId),
        m.bootId ? null : 'bootId is empty',
        tooMany('events', m.events.length, MAX_ITEMS.events),
        m.events.every((e) => e.seq > 0) ? null : 'every event needs a seq > 0',
      );
    }
    case 'desired': {
      const m = raw as MessageByKind['desired'];
      return first(
        badNodeId(m.nodeId),
        m.generation > 0 ? null : 'generation must be > 0',
        tooMany('workloads', m.workloads.length, MAX_ITEMS.workloads),
        validateDesired(m),
        validatePolicy(m.policy),
      );
    }
    case 'commands': {
      const m = raw as MessageByKind['commands'];
      return first(m.id ? null : 'command id is empty', validateCommand(m.action));
    }
    case 'replies': {
      const m = raw as MessageByKind['replies'];
      return first(
        m.commandId ? null : 'commandId is empty',
        tooMany('lines', m.lines.length, MAX_ITEMS.lines),
      );
    }
    default:
      return `unknown message kind ${String(kind)}`;
  }
}

// ---------------------------------------------------------------- single items (agent outbox)

/**
 * One telemetry sample or event as bytes, for the agent's outbox: the same protobuf message the
 * batch carries, so a stored record is already wire-shaped. Decoding is as strict as decode().
 */
export const items = {
  encodeSample(s: TelemetrySample): Uint8Array {
    return pb.TelemetrySample.encode(C.sampleToWire(s)).finish();
  },
  decodeSample(bytes: Uint8Array): TelemetrySample {
    return readItem('telemetry', () => C.sampleFromWire(pb.TelemetrySample.decode(bytes)));
  },
  encodeEvent(e: EdgeEvent): Uint8Array {
    return pb.Event.encode(C.eventToWire(e)).finish();
  },
  decodeEvent(bytes: Uint8Array): EdgeEvent {
    return readItem('events', () => C.eventFromWire(pb.Event.decode(bytes)));
  },
};

function readItem<T>(kind: TopicKind, read: () => T): T {
  try {
    return read();
  } catch (cause) {
    if (cause instanceof C.WireRangeError) throw new CodecError('EF_WIRE_INVALID', kind, cause.message, { cause });
    const why = cause instanceof Error ? cause.message : String(cause);
    throw new CodecError('EF_WIRE_MALFORMED', kind, `not a valid protobuf item (${why})`, { cause });
  }
}
