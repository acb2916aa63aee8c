// Primitive readers and enum maps shared by the wire <-> domain conversions. Pure, no I/O.
import { edgefleet } from './gen/edgefleet.js';
import type * as T from './types.js';

import pb = edgefleet.v1;

interface LongLike {
  low: number;
  high: number;
  toNumber(): number;
}
const isLongLike = (v: unknown): v is LongLike =>
  typeof v === 'object' && v !== null && typeof (v as Partial<LongLike>).toNumber === 'function';
// The generated decoders return 64-bit fields as `Long` objects whenever the `long` package is
// installed (it is a dependency of protobufjs); pbjs --force-number only changes the .d.ts, which
// still says `number`. Reading only `typeof v === 'number'` turned every uint64 into 0.
/** A wire value this side cannot represent exactly; the codec reports it as invalid input. */
export class WireRangeError extends RangeError {
  override readonly name = 'WireRangeError';
}

export const num = (v: unknown): number => {
  const n = typeof v === 'number' ? v : isLongLike(v) ? v.toNumber() : 0;
  // Above 2^53 a uint64 rounds: a generation or sequence number compared after rounding could
  // order wrongly, so such a message is refused instead of silently misread.
  if (Number.isInteger(n) && !Number.isSafeInteger(n)) throw new WireRangeError(`integer ${n} is beyond 2^53`);
  return n;
};
export const str = (v: string | null | undefined): string => (typeof v === 'string' ? v : '');
export const strs = (v: (string | null | undefined)[] | null | undefined): string[] => (v ?? []).map(str);
export const map = (v: Record<string, string> | null | undefined): Record<string, string> => {
  // A fresh object without a prototype: a wire key such as "__proto__" stays a plain key.
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [k, val] of Object.entries(v ?? {})) out[k] = str(val);
  return out;
};

// ---------------------------------------------------------------- enums

export const PHASE_TO_WIRE: Record<T.Phase, pb.Phase> = {
  unknown: pb.Phase.PHASE_UNSPECIFIED,
  pending: pb.Phase.PHASE_PENDING,
  pulling: pb.Phase.PHASE_PULLING,
  created: pb.Phase.PHASE_CREATED,
  running: pb.Phase.PHASE_RUNNING,
  exited: pb.Phase.PHASE_EXITED,
  failed: pb.Phase.PHASE_FAILED,
  stopped: pb.Phase.PHASE_STOPPED,
  backoff: pb.Phase.PHASE_BACKOFF,
};
export const HEALTH_TO_WIRE: Record<T.Health, pb.Health> = {
  none: pb.Health.HEALTH_UNSPECIFIED,
  starting: pb.Health.HEALTH_STARTING,
  healthy: pb.Health.HEALTH_HEALTHY,
  unhealthy: pb.Health.HEALTH_UNHEALTHY,
};
export const SEVERITY_TO_WIRE: Record<T.Severity, pb.Severity> = {
  info: pb.Severity.SEVERITY_INFO,
  warning: pb.Severity.SEVERITY_WARNING,
  error: pb.Severity.SEVERITY_ERROR,
};
export const RUN_WHEN_TO_WIRE: Record<T.RunWhen, pb.RunWhen> = {
  always: pb.RunWhen.RUN_WHEN_ALWAYS,
  online: pb.RunWhen.RUN_WHEN_ONLINE,
  offline: pb.RunWhen.RUN_WHEN_OFFLINE,
};

function invert<K extends string, V extends number>(m: Record<K, V>): Map<number, K> {
  return new Map(Object.entries(m).map(([k, v]) => [v as number, k as K]));
}
const PHASE_FROM_WIRE = invert(PHASE_TO_WIRE);
const HEALTH_FROM_WIRE = invert(HEALTH_TO_WIRE);
const SEVERITY_FROM_WIRE = invert(SEVERITY_TO_WIRE);
const RUN_WHEN_FROM_WIRE = invert(RUN_WHEN_TO_WIRE);

// Unknown enum numbers (from a newer peer) read as the neutral value instead of failing.
export const phaseFrom = (v: number | null | undefined): T.Phase => PHASE_FROM_WIRE.get(num(v)) ?? 'unknown';
export const healthFrom = (v: number | null | undefined): T.Health => HEALTH_FROM_WIRE.get(num(v)) ?? 'none';
export const severityFrom = (v: number | null | undefined): T.Severity => SEVERITY_FROM_WIRE.get(num(v)) ?? 'info';
export const runWhenFrom = (v: number | null | undefined): T.RunWhen => RUN_WHEN_FROM_WIRE.get(num(v)) ?? 'always';
