// Conversion between generated protobuf objects and domain types (proto/types.ts). Pure, no I/O.
// toWire* builds plain property objects the generated encoders accept; fromWire* reads decoded
// messages and fills every absent field with its domain default.
import { HEALTH_TO_WIRE, PHASE_TO_WIRE, SEVERITY_TO_WIRE, healthFrom, map, num, phaseFrom, severityFrom, str, strs, WireRangeError } from './convert-base.js';
import { columnsFromWire, columnsToWire } from './convert-telemetry.js';
import { edgefleet } from './gen/edgefleet.js';
import type { SecurityPolicy } from './security.js';
import type * as T from './types.js';

export { WireRangeError } from './convert-base.js';
export { containerFromWire, containerToWire, desiredFromWire, desiredToWire } from './convert-desired.js';

import pb = edgefleet.v1;

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
    securityPolicy: h.securityPolicy ? securityPolicyToWire(h.securityPolicy) : null,
    certNotAfterMs: h.certNotAfterMs ?? 0,
  };
}

function securityPolicyToWire(p: SecurityPolicy): pb.SecurityPolicy.$Properties {
  return { ...p, allowedCapabilities: [...p.allowedCapabilities], allowedDevices: [...p.allowedDevices], allowedHostPaths: [...p.allowedHostPaths], allowedRegistries: [...p.allowedRegistries] };
}

function securityPolicyFromWire(m: pb.ISecurityPolicy): SecurityPolicy {
  return {
    allowPrivileged: m.allowPrivileged === true,
    allowedCapabilities: strs(m.allowedCapabilities),
    allowHostPid: m.allowHostPid === true,
    allowHostIpc: m.allowHostIpc === true,
    allowedDevices: strs(m.allowedDevices),
    allowedHostPaths: strs(m.allowedHostPaths),
    allowedRegistries: strs(m.allowedRegistries),
    requireDigest: m.requireDigest === true,
  };
}

export function helloFromWire(m: pb.Hello): T.Hello {
  const out: T.Hello = {
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
  if (m.securityPolicy) out.securityPolicy = securityPolicyFromWire(m.securityPolicy);
  const notAfter = num(m.certNotAfterMs);
  if (notAfter > 0) out.certNotAfterMs = notAfter;
  return out;
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
      readySinceMs: w.readySinceMs ?? 0,
      revision: w.revision ?? 0,
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
      if (num(w.readySinceMs) > 0) out.readySinceMs = num(w.readySinceMs);
      if (num(w.revision) > 0) out.revision = num(w.revision);
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

/**
 * Columns (convert-telemetry.ts) whenever they can carry the batch; legacy samples otherwise, and
 * for one or two samples when those come out smaller (columns pay for their framing up front).
 */
export function telemetryToWire(b: T.TelemetryBatch): pb.TelemetryBatch.$Properties {
  const head = { nodeId: b.nodeId, bootId: b.bootId, dropped: b.dropped, ...(b.outboxBacklog ? { outboxBacklog: b.outboxBacklog } : {}) };
  const legacy = (): pb.TelemetryBatch.$Properties => ({ ...head, samples: b.samples.map(sampleToWire) });
  const columns = columnsToWire(b.samples);
  if (!columns) return legacy();
  const packed = { ...head, columns };
  if (b.samples.length > 2) return packed;
  const plain = legacy();
  return pb.TelemetryBatch.encode(plain).finish().length < pb.TelemetryBatch.encode(packed).finish().length ? plain : packed;
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

/** Reads either form: legacy samples (agents before 0.2) or columns, never both at once. */
export function telemetryFromWire(m: pb.TelemetryBatch): T.TelemetryBatch {
  const legacy = m.samples ?? [];
  if (m.columns && legacy.length > 0) throw new WireRangeError('telemetry carries both samples and columns; send one form');
  const samples = m.columns ? columnsFromWire(m.columns) : legacy.map(sampleFromWire);
  const backlog = num(m.outboxBacklog);
  return { nodeId: str(m.nodeId), bootId: str(m.bootId), dropped: num(m.dropped), samples, ...(backlog > 0 ? { outboxBacklog: backlog } : {}) };
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

// ---------------------------------------------------------------- commands and replies

export function commandToWire(c: T.Command): pb.Command.$Properties {
  const base = { id: c.id, issuedAtMs: c.issuedAtMs };
  switch (c.action.kind) {
    case 'restart':
      return { ...base, restart: { workload: c.action.workload } };
    case 'logs': {
      const { workload, tail, sinceMs, follow, window, maxChunkBytes } = c.action;
      return { ...base, logs: { workload, tail, sinceMs, follow, window, maxChunkBytes } };
    }
    case 'logsAck':
      return { ...base, logsAck: { commandId: c.action.commandId, seq: c.action.seq } };
    case 'cancel':
      return { ...base, cancel: { commandId: c.action.commandId, reason: c.action.reason } };
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
        window: num(m.logs.window),
        maxChunkBytes: num(m.logs.maxChunkBytes),
      },
    };
  }
  if (m.logsAck) return { ...base, action: { kind: 'logsAck', commandId: str(m.logsAck.commandId), seq: num(m.logsAck.seq) } };
  if (m.cancel) return { ...base, action: { kind: 'cancel', commandId: str(m.cancel.commandId), reason: str(m.cancel.reason) } };
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
    code: str(m.code),
    containerId: str(m.containerId),
    startedAtMs: num(m.startedAtMs),
  };
}
