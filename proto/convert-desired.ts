// Desired state and container spec: wire <-> domain. Pure, no I/O.
import { policyFromWire, policyToWire } from './convert-policy.js';
import { RUN_WHEN_TO_WIRE, map, num, runWhenFrom, str, strs } from './convert-base.js';
import { edgefleet } from './gen/edgefleet.js';
import type * as T from './types.js';

import pb = edgefleet.v1;

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
    privileged: c.privileged === true,
    capAdd: c.capAdd ?? [],
    hostPid: c.hostPid === true,
    hostIpc: c.hostIpc === true,
    devices: (c.devices ?? []).map((d) => ({ ...d })),
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
  if (m.privileged === true) out.privileged = true;
  if (m.capAdd && m.capAdd.length > 0) out.capAdd = strs(m.capAdd);
  if (m.hostPid === true) out.hostPid = true;
  if (m.hostIpc === true) out.hostIpc = true;
  if (m.devices && m.devices.length > 0) {
    out.devices = m.devices.map((d) => ({ hostPath: str(d.hostPath), containerPath: str(d.containerPath), permissions: str(d.permissions) }));
  }
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
      updateStrategy: w.updateStrategy === 'startFirst' ? pb.UpdateStrategy.UPDATE_STRATEGY_START_FIRST : pb.UpdateStrategy.UPDATE_STRATEGY_UNSPECIFIED,
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
      // stopFirst is the default and reads as absent, so snapshots without the field compare equal.
      ...(w.updateStrategy === pb.UpdateStrategy.UPDATE_STRATEGY_START_FIRST ? { updateStrategy: 'startFirst' as const } : {}),
    })),
  };
}
