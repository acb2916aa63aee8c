// A validated manifest -> the domain Workload: every default applied, units normalised, lists
// in a canonical order, and the spec hash computed.
import type { ContainerSpec, EnvVar, HealthCheck } from '../../proto/types.js';
import { specHash } from './hash.js';
import { toRolloutSpec } from './rollout.js';
import type { ValidManifest } from './schema.js';
import type { Workload } from './types.js';

type ValidContainer = ValidManifest['spec']['container'];

export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function toWorkload(m: ValidManifest): Workload {
  const { spec } = m;
  const placement = spec.placement;
  const base = {
    name: m.metadata.name,
    labels: { ...m.metadata.labels },
    container: toContainer(spec.container),
    priority: spec.priority,
    dependsOn: [...spec.dependsOn].sort(byCodePoint),
    runWhen: spec.runWhen,
    placement: {
      mode: placement.mode,
      replicas: placement.mode === 'perNode' ? 0 : (placement.replicas ?? placement.autoscale?.min ?? 0),
      nodeSelector: { ...placement.nodeSelector },
      constraints: placement.constraints,
      preferences: placement.preferences,
      spread: placement.spread ? { key: placement.spread.key } : null,
      maxPerNode: placement.maxPerNode,
      autoscale: placement.autoscale ?? null,
      ...(placement.disconnect ? { disconnect: { ...placement.disconnect } } : {}),
    },
    rollout: toRolloutSpec(spec.rollout),
  };
  return { ...base, specHash: specHash(base) };
}

function toContainer(c: ValidContainer): ContainerSpec {
  const env: EnvVar[] = [
    ...c.env.map((e) => ({ name: e.name, value: e.value, secret: false })),
    ...c.secretEnv.map((e) => ({ name: e.name, value: e.value, secret: true })),
  ].sort((a, b) => byCodePoint(a.name, b.name));
  const out: ContainerSpec = {
    image: c.image,
    command: [...c.command],
    args: [...c.args],
    env,
    ports: c.ports.map((p) => ({ containerPort: p.containerPort, hostPort: p.hostPort ?? p.containerPort, protocol: p.protocol })),
    volumes: c.volumes.map((v) => ({ name: v.name ?? '', mountPath: v.mountPath, hostPath: v.hostPath ?? '', readOnly: v.readOnly })),
    resources: { cpuMillis: c.resources.cpus ?? 0, memoryBytes: c.resources.memory ?? 0 },
    restartPolicy: c.restartPolicy,
    networkMode: c.network,
    labels: {},
    workingDir: c.workingDir ?? '',
    user: c.user ?? '',
    stopTimeoutS: c.stopTimeout,
  };
  if (c.healthCheck) out.healthCheck = toHealthCheck(c.healthCheck);
  // Set only when asked for, so specs (and their hashes) without them are unchanged.
  if (c.privileged) out.privileged = true;
  if (c.capAdd.length > 0) out.capAdd = [...new Set(c.capAdd)].sort(byCodePoint);
  if (c.hostPid) out.hostPid = true;
  if (c.hostIpc) out.hostIpc = true;
  if (c.devices.length > 0) {
    out.devices = c.devices.map((d) => ({ hostPath: d.hostPath, containerPath: d.containerPath ?? '', permissions: d.permissions ?? '' }));
  }
  return out;
}

function toHealthCheck(h: NonNullable<ValidContainer['healthCheck']>): HealthCheck {
  // The schema guarantees exactly one probe; exec is what is left when http and tcp are absent.
  const probe: HealthCheck['probe'] = h.http
    ? { kind: 'http', port: h.http.port, path: h.http.path }
    : h.tcp
      ? { kind: 'tcp', port: h.tcp.port }
      : { kind: 'exec', command: [...(h.exec?.command ?? [])] };
  return { probe, intervalMs: h.interval, timeoutMs: h.timeout, retries: h.retries, startPeriodMs: h.startPeriod };
}
