// Conversion between generated protobuf objects and domain types (proto/types.ts). Pure, no I/O.
// toWire* builds plain property objects the generated encoders accept; fromWire* reads decoded
// messages and fills every absent field with its domain default.
import { policyFromWire, policyToWire } from './convert-policy.js';
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

const num = (v: unknown): number => {
  const n = typeof v === 'number' ? v : isLongLike(v) ? v.toNumber() : 0;
  // Above 2^53 a uint64 rounds: a generation or sequence number compared after rounding could
  // order wrongly, so such a message is refused instead of silently misread.
  if (Number.isInteger(n) && !Number.isSafeInteger(n)) throw new WireRangeError(`integer ${n} is beyond 2^53`);
  return n;
};
const str = (v: string | null | undefined): string => (typeof v === 'string' ? v : '');
const strs = (v: (string | null | undefined)[] | null | undefined): string[] => (v ?? []).map(str);
const map = (v: Record<string, string> | null | undefined): Record<string, string> => {
  // A fresh object without a prototype: a wire key such as "__proto__" stays a plain key.
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [k, val] of Object.entries(v ?? {})) out[k] = str(val);
  return out;
};

// ---------------------------------------------------------------- enums

const PHASE_TO_WIRE: Record<T.Phase, pb.Phase> = {
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
const HEALTH_TO_WIRE: Record<T.Health, pb.Health> = {
  none: pb.Health.HEALTH_UNSPECIFIED,
  starting: pb.Health.HEALTH_STARTING,
  healthy: pb.Health.HEALTH_HEALTHY,
  unhealthy: pb.Health.HEALTH_UNHEALTHY,
};
const SEVERITY_TO_WIRE: Record<T.Severity, pb.Severity> = {
  info: pb.Severity.SEVERITY_INFO,
  warning: pb.Severity.SEVERITY_WARNING,
  error: pb.Severity.SEVERITY_ERROR,
};
const RUN_WHEN_TO_WIRE: Record<T.RunWhen, pb.RunWhen> = {
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
const phaseFrom = (v: number | null | undefined): T.Phase => PHASE_FROM_WIRE.get(num(v)) ?? 'unknown';
const healthFrom = (v: number | null | undefined): T.Health => HEALTH_FROM_WIRE.get(num(v)) ?? 'none';
const severityFrom = (v: number | null | undefined): T.Severity => SEVERITY_FROM_WIRE.get(num(v)) ?? 'info';
const runWhenFrom = (v: number | null | undefined): T.RunWhen => RUN_WHEN_FROM_WIRE.get(num(v)) ?? 'always';

// ---------------------------------------------------------------- hello

export function helloToWire(h: T.Hello): pb.Hello.$Properties {
  return {
    nodeId: h.nodeId,
    labels: h.labels,
    capacity: { ...h.capacity },
    arch: h.arch,
    os: h.os,
    runtime: { ...h.runtime },
    agentVersion: h.agentVersion,
    bootId: h.bootId,
    appliedEpoch: h.appliedEpoch,
    appliedGeneration: h.appliedGeneration,
    hostname: h.hostname,
    startedAtMs: h.startedAtMs,
  };
}

export function helloFromWire(m: pb.Hello): T.Hello {
  return {
    nodeId: str(m.nodeId),
    labels: map(m.labels),
    capacity: {
      cpuMillis: num(m.capacity?.cpuMillis),
      memoryBytes: num(m.capacity?.memoryBytes),
      diskBytes: num(m.capacity?.diskBytes),
    },
    arch: str(m.arch),
    os: str(m.os),
    runtime: {
      name: str(m.runtime?.name),
      version: str(m.runtime?.version),
      apiVersion: str(m.runtime?.apiVersion),
    },
    agentVersion: str(m.agentVersion),
    bootId: str(m.bootId),
    appliedEpoch: num(m.appliedEpoch),
    appliedGeneration: num(m.appliedGeneration),
    hostname: str(m.hostname),
    startedAtMs: num(m.startedAtMs),
  };
}

// ---------------------------------------------------------------- state

export function stateToWire(s: T.NodeState): pb.NodeState.$Properties {
  return {
    nodeId: s.nodeId,
    bootId: s.bootId,
    online: s.online,
    appliedEpoch: s.appliedEpoch,
    appliedGeneration: s.appliedGeneration,
    workloads: s.workloads.map((w) => ({
      name: w.name,
      specHash: w.specHash,
      phase: PHASE_TO_WIRE[w.phase],
      containerId: w.containerId,
      restartCount: w.restartCount,
      exitCode: w.exitCode ?? 0,
      hasExitCode: w.exitCode !== undefined,
      health: HEALTH_TO_WIRE[w.health],
      lastError: w.lastError,
      startedAtMs: w.startedAtMs,
      message: w.message,
    })),
    conditions: s.conditions.map((c) => ({ ...c })),
    reportedAtMs: s.reportedAtMs,
  };
}

export function stateFromWire(m: pb.NodeState): T.NodeState {
  return {
    nodeId: str(m.nodeId),
    bootId: str(m.bootId),
    online: m.online === true,
    appliedEpoch: num(m.appliedEpoch),
    appliedGeneration: num(m.appliedGeneration),
    workloads: (m.workloads ?? []).map((w) => {
      const out: T.WorkloadStatus = {
        name: str(w.name),
        specHash: str(w.specHash),
        phase: phaseFrom(w.phase),
        containerId: str(w.containerId),
        restartCount: num(w.restartCount),
        health: healthFrom(w.health),
        lastError: str(w.lastError),
        startedAtMs: num(w.startedAtMs),
        message: str(w.message),
      };
      if (w.hasExitCode) out.exitCode = num(w.exitCode);
      return out;
    }),
    conditions: (m.conditions ?? []).map((c) => ({
      type: str(c.type),
      status: c.status === true,
      reason: str(c.reason),
      message: str(c.message),
      sinceMs: num(c.sinceMs),
    })),
    reportedAtMs: num(m.reportedAtMs),
  };
}

// ---------------------------------------------------------------- telemetry

export function sampleToWire(s: T.TelemetrySample): pb.TelemetrySample.$Properties {
  return {
    seq: s.seq,
    tsMs: s.tsMs,
    cpuPercent: s.cpuPercent,
    load1: s.load1,
    memoryUsedBytes: s.memoryUsedBytes,
    memoryTotalBytes: s.memoryTotalBytes,
    swapUsedBytes: s.swapUsedBytes,
    swapTotalBytes: s.swapTotalBytes,
    disks: s.disks.map((d) => ({ ...d })),
    netRxBytesPerS: s.netRxBytesPerS,
    netTxBytesPerS: s.netTxBytesPerS,
    temperatureC: s.temperatureC ?? 0,
    hasTemperature: s.temperatureC !== undefined,
    uptimeS: s.uptimeS,
    workloads: s.workloads.map((w) => ({ ...w })),
  };
}

export function telemetryToWire(b: T.TelemetryBatch): pb.TelemetryBatch.$Properties {
  return { nodeId: b.nodeId, bootId: b.bootId, dropped: b.dropped, samples: b.samples.map(sampleToWire) };
}

export function sampleFromWire(s: pb.TelemetrySample.$Properties): T.TelemetrySample {
  const out: T.TelemetrySample = {
    seq: num(s.seq),
    tsMs: num(s.tsMs),
    cpuPercent: num(s.cpuPercent),
    load1: num(s.load1),
    memoryUsedBytes: num(s.memoryUsedBytes),
    memoryTotalBytes: num(s.memoryTotalBytes),
    swapUsedBytes: num(s.swapUsedBytes),
    swapTotalBytes: num(s.swapTotalBytes),
    disks: (s.disks ?? []).map((d) => ({
      mount: str(d.mount),
      usedBytes: num(d.usedBytes),
      sizeBytes: num(d.sizeBytes),
    })),
    netRxBytesPerS: num(s.netRxBytesPerS),
    netTxBytesPerS: num(s.netTxBytesPerS),
    uptimeS: num(s.uptimeS),
    workloads: (s.workloads ?? []).map((w) => ({
      name: str(w.name),
      cpuPercent: num(w.cpuPercent),
      memoryBytes: num(w.memoryBytes),
    })),
  };
  if (s.hasTemperature) out.temperatureC = num(s.temperatureC);
  return out;
}

export function telemetryFromWire(m: pb.TelemetryBatch): T.TelemetryBatch {
  return { nodeId: str(m.nodeId), bootId: str(m.bootId), dropped: num(m.dropped), samples: (m.samples ?? []).map(sampleFromWire) };
}

// ---------------------------------------------------------------- events

export function eventToWire(e: T.EdgeEvent): pb.Event.$Properties {
  return { ...e, severity: SEVERITY_TO_WIRE[e.severity] };
}

export function eventFromWire(e: pb.Event.$Properties): T.EdgeEvent {
  return {
    seq: num(e.seq),
    tsMs: num(e.tsMs),
    type: str(e.type),
    severity: severityFrom(e.severity),
    workload: str(e.workload),
    reason: str(e.reason),
    message: str(e.message),
    attributes: map(e.attributes),
  };
}

export function eventsToWire(b: T.EventBatch): pb.EventBatch.$Properties {
  return { nodeId: b.nodeId, bootId: b.bootId, dropped: b.dropped, events: b.events.map(eventToWire) };
}

export function eventsFromWire(m: pb.EventBatch): T.EventBatch {
  return { nodeId: str(m.nodeId), bootId: str(m.bootId), dropped: num(m.dropped), events: (m.events ?? []).map(eventFromWire) };
}

// ---------------------------------------------------------------- desired

function healthCheckToWire(h: T.HealthCheck): pb.HealthCheck.$Properties {
  const base = {
    intervalMs: h.intervalMs,
    timeoutMs: h.timeoutMs,
    retries: h.retries,
    startPeriodMs: h.startPeriodMs,
  };
  switch (h.probe.kind) {
    case 'http':
      return { ...base, http: { port: h.probe.port, path: h.probe.path } };
    case 'tcp':
      return { ...base, tcp: { port: h.probe.port } };
    case 'exec':
      return { ...base, exec: { command: h.probe.command } };
  }
}

function healthCheckFromWire(h: pb.HealthCheck.$Properties): T.HealthCheck | undefined {
  let probe: T.HealthProbe;
  if (h.http) probe = { kind: 'http', port: num(h.http.port), path: str(h.http.path) || '/' };
  else if (h.tcp) probe = { kind: 'tcp', port: num(h.tcp.port) };
  else if (h.exec) probe = { kind: 'exec', command: strs(h.exec.command) };
  else return undefined;
  return {
    probe,
    intervalMs: num(h.intervalMs),
    timeoutMs: num(h.timeoutMs),
    retries: num(h.retries),
    startPeriodMs: num(h.startPeriodMs),
  };
}

export function containerToWire(c: T.ContainerSpec): pb.ContainerSpec.$Properties {
  return {
    image: c.image,
    command: c.command,
    args: c.args,
    env: c.env.map((e) => ({ ...e })),
    ports: c.ports.map((p) => ({ ...p })),
    volumes: c.volumes.map((v) => ({ ...v })),
    resources: { ...c.resources },
    restartPolicy: c.restartPolicy,
    healthCheck: c.healthCheck ? healthCheckToWire(c.healthCheck) : null,
    networkMode: c.networkMode,
    labels: c.labels,
    workingDir: c.workingDir,
    user: c.user,
    stopTimeoutS: c.stopTimeoutS,
  };
}

export function containerFromWire(c: pb.ContainerSpec.$Properties | null | undefined): T.ContainerSpec {
  const m = c ?? {};
  const out: T.ContainerSpec = {
    image: str(m.image),
    command: strs(m.command),
    args: strs(m.args),
    env: (m.env ?? []).map((e) => ({ name: str(e.name), value: str(e.value), secret: e.secret === true })),
    ports: (m.ports ?? []).map((p) => ({
      containerPort: num(p.containerPort),
      hostPort: num(p.hostPort),
      // Validated by codec.ts: anything but '', 'tcp' or 'udp' is refused there.
      protocol: (str(p.protocol) || 'tcp') as 'tcp' | 'udp',
    })),
    volumes: (m.volumes ?? []).map((v) => ({
      name: str(v.name),
      mountPath: str(v.mountPath),
      hostPath: str(v.hostPath),
      readOnly: v.readOnly === true,
    })),
    resources: { cpuMillis: num(m.resources?.cpuMillis), memoryBytes: num(m.resources?.memoryBytes) },
    // Validated by codec.ts after conversion; the cast only names the intended type.
    restartPolicy: (str(m.restartPolicy) || 'unless-stopped') as T.RestartPolicy,
    networkMode: (str(m.networkMode) || 'host') as T.NetworkMode,
    labels: map(m.labels),
    workingDir: str(m.workingDir),
    user: str(m.user),
    stopTimeoutS: num(m.stopTimeoutS),
  };
  const hc = m.healthCheck ? healthCheckFromWire(m.healthCheck) : undefined;
  if (hc) out.healthCheck = hc;
  return out;
}

export function desiredToWire(d: T.DesiredState): pb.DesiredState.$Properties {
  return {
    nodeId: d.nodeId,
    controllerEpoch: d.controllerEpoch,
    generation: d.generation,
    telemetryIntervalMs: d.telemetryIntervalMs,
    issuedAtMs: d.issuedAtMs,
    policy: policyToWire(d.policy),
    workloads: d.workloads.map((w) => ({
      name: w.name,
      specHash: w.specHash,
      container: containerToWire(w.container),
      revision: w.revision,
      priority: w.priority,
      dependsOn: w.dependsOn,
      runWhen: RUN_WHEN_TO_WIRE[w.runWhen],
    })),
  };
}

export function desiredFromWire(m: pb.DesiredState): T.DesiredState {
  return {
    nodeId: str(m.nodeId),
    controllerEpoch: num(m.controllerEpoch),
    generation: num(m.generation),
    telemetryIntervalMs: num(m.telemetryIntervalMs),
    issuedAtMs: num(m.issuedAtMs),
    policy: policyFromWire(m.policy, num),
    workloads: (m.workloads ?? []).map((w) => ({
      name: str(w.name),
      specHash: str(w.specHash),
      container: containerFromWire(w.container),
      revision: num(w.revision),
      priority: num(w.priority),
      dependsOn: strs(w.dependsOn),
      runWhen: runWhenFrom(w.runWhen),
    })),
  };
}

// ---------------------------------------------------------------- commands and replies

export function commandToWire(c: T.Command): pb.Command.$Properties {
  const base = { id: c.id, issuedAtMs: c.issuedAtMs };
  switch (c.action.kind) {
    case 'restart':
      return { ...base, restart: { workload: c.action.workload } };
    case 'logs': {
      const { workload, tail, sinceMs, follow } = c.action;
      return { ...base, logs: { workload, tail, sinceMs, follow } };
    }
  }
}

/** Returns null when the command names no action this version knows. */
export function commandFromWire(m: pb.Command): T.Command | null {
  const base = { id: str(m.id), issuedAtMs: num(m.issuedAtMs) };
  if (m.restart) return { ...base, action: { kind: 'restart', workload: str(m.restart.workload) } };
  if (m.logs) {
    return {
      ...base,
      action: {
        kind: 'logs',
        workload: str(m.logs.workload),
        tail: num(m.logs.tail),
        sinceMs: num(m.logs.sinceMs),
        follow: m.logs.follow === true,
      },
    };
  }
  return null;
}

export function replyToWire(r: T.Reply): pb.Reply.$Properties {
  return { ...r };
}

export function replyFromWire(m: pb.Reply): T.Reply {
  return {
    commandId: str(m.commandId),
    ok: m.ok === true,
    error: str(m.error),
    done: m.done === true,
    seq: num(m.seq),
    lines: strs(m.lines),
  };
}
