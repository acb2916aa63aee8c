// Workload -> manifest object, for `get -o yaml` and the API. Defaults are written out so the
// reader sees what runs; secret values never leave the controller.
import type { ContainerSpec, HealthCheck } from '../../proto/types.js';
import { formatCpu, formatDuration, formatMemory } from './quantity.js';
import type { WorkloadManifest } from './schema.js';
import { ROLLOUT_DEFAULTS } from './rollout.js';
import { API_VERSION, KIND, type Constraint, type Placement, type RolloutSpec, type Workload } from './types.js';

export const REDACTED = '<redacted>';

type ContainerManifest = WorkloadManifest['spec']['container'];

export function toManifest(w: Workload): WorkloadManifest {
  const { placement } = w;
  return {
    apiVersion: API_VERSION,
    kind: KIND,
    metadata: { name: w.name, ...nonEmpty('labels', w.labels) },
    spec: {
      container: renderContainer(w.container),
      priority: w.priority,
      ...nonEmpty('dependsOn', w.dependsOn),
      runWhen: w.runWhen,
      placement: renderPlacement(placement),
      ...(w.rollout && !isDefaultRollout(w.rollout) ? { rollout: renderRollout(w.rollout) } : {}),
    },
  };
}

function isDefaultRollout(r: RolloutSpec | undefined): boolean {
  return r === undefined || JSON.stringify(r) === JSON.stringify(ROLLOUT_DEFAULTS);
}

function renderRollout(r: RolloutSpec): NonNullable<WorkloadManifest['spec']['rollout']> {
  return {
    maxParallel: 'count' in r.maxParallel ? r.maxParallel.count : `${r.maxParallel.percent}%`,
    ...(r.canary > 0 ? { canary: r.canary } : {}),
    minHealthyTime: formatDuration(r.minHealthyTimeMs),
    healthyDeadline: formatDuration(r.healthyDeadlineMs),
    abortOnFailurePercent: r.abortOnFailurePercent,
    onFailure: r.onFailure,
    strategy: r.strategy,
  };
}

function renderPlacement(p: Placement): WorkloadManifest['spec']['placement'] {
  const rule = (r: Constraint): Constraint => ({ key: r.key, operator: r.operator, values: [...r.values] });
  const a = p.autoscale;
  return {
    mode: p.mode,
    ...(p.mode === 'replicated' ? { replicas: p.replicas } : {}),
    ...nonEmpty('nodeSelector', p.nodeSelector),
    ...nonEmpty('constraints', p.constraints.map(rule)),
    ...nonEmpty('preferences', p.preferences.map((r) => ({ weight: r.weight, ...rule(r) }))),
    ...(p.spread ? { spread: { key: p.spread.key } } : {}),
    ...(p.maxPerNode !== 1 ? { maxPerNode: p.maxPerNode } : {}),
    ...(p.disconnect
      ? { disconnect: { lostAfter: formatDuration(p.disconnect.lostAfterMs), replace: p.disconnect.replace, reconcile: p.disconnect.reconcile } }
      : {}),
    ...(a
      ? {
          autoscale: {
            min: a.min,
            max: a.max,
            metric: a.metric,
            target: a.metric === 'memory' ? formatMemory(a.target) : a.target,
            cooldown: formatDuration(a.cooldownMs),
          },
        }
      : {}),
  };
}

function nonEmpty<K extends string, V extends object>(key: K, v: V): Partial<Record<K, V>> {
  const empty = Array.isArray(v) ? v.length === 0 : Object.keys(v).length === 0;
  return empty ? {} : ({ [key]: v } as Record<K, V>);
}

function renderContainer(c: ContainerSpec): ContainerManifest {
  const env = Object.fromEntries(c.env.filter((e) => !e.secret).map((e) => [e.name, e.value]));
  const secretEnv = Object.fromEntries(c.env.filter((e) => e.secret).map((e) => [e.name, REDACTED]));
  const { cpuMillis, memoryBytes } = c.resources;
  const resources = {
    ...(cpuMillis > 0 ? { cpus: formatCpu(cpuMillis) } : {}),
    ...(memoryBytes > 0 ? { memory: formatMemory(memoryBytes) } : {}),
  };
  return {
    image: c.image,
    ...nonEmpty('command', c.command),
    ...nonEmpty('args', c.args),
    ...nonEmpty('env', env),
    ...nonEmpty('secretEnv', secretEnv),
    ...nonEmpty('ports', c.ports.map((p) => ({ ...p }))),
    ...nonEmpty(
      'volumes',
      c.volumes.map((v) => ({
        ...(v.hostPath ? { hostPath: v.hostPath } : { name: v.name }),
        mountPath: v.mountPath,
        ...(v.readOnly ? { readOnly: true } : {}),
      })),
    ),
    ...nonEmpty('resources', resources),
    restartPolicy: c.restartPolicy,
    network: c.networkMode,
    ...(c.healthCheck ? { healthCheck: renderHealthCheck(c.healthCheck) } : {}),
    ...(c.workingDir ? { workingDir: c.workingDir } : {}),
    ...(c.user ? { user: c.user } : {}),
    stopTimeout: formatDuration(c.stopTimeoutS * 1000),
    ...(c.privileged ? { privileged: true } : {}),
    ...nonEmpty('capAdd', c.capAdd ?? []),
    ...(c.hostPid ? { hostPid: true } : {}),
    ...(c.hostIpc ? { hostIpc: true } : {}),
    ...nonEmpty(
      'devices',
      (c.devices ?? []).map((d) => ({
        hostPath: d.hostPath,
        ...(d.containerPath ? { containerPath: d.containerPath } : {}),
        ...(d.permissions ? { permissions: d.permissions } : {}),
      })),
    ),
  };
}

function renderHealthCheck(h: HealthCheck): NonNullable<ContainerManifest['healthCheck']> {
  const p = h.probe;
  const probe =
    p.kind === 'http'
      ? { http: { port: p.port, path: p.path } }
      : p.kind === 'tcp'
        ? { tcp: { port: p.port } }
        : { exec: { command: [...p.command] } };
  return {
    ...probe,
    interval: formatDuration(h.intervalMs),
    timeout: formatDuration(h.timeoutMs),
    retries: h.retries,
    startPeriod: formatDuration(h.startPeriodMs),
  };
}
