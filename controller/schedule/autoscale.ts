// Fleet-level autoscaling, pure: from the usage of a workload's instances to the replica count it
// should have. Same rule as Kubernetes' HPA (current * average / target, rounded up), with a
// tolerance band and a cool-down between changes so it does not flap.
import type { TelemetrySample } from '../../proto/types.js';
import type { Autoscale } from '../manifest/types.js';

/** One instance's usage: cpu in percent of one core, memory in bytes. */
export interface UsageSample {
  cpuPercent: number;
  memoryBytes: number;
}

export interface ScaleDecision {
  replicas: number;
  reason: string;
}

/** Within this fraction of the target, the count stays: small noise never scales. */
export const TOLERANCE = 0.1;

function clamp(n: number, p: Autoscale): number {
  return Math.min(p.max, Math.max(p.min, n));
}

function show(metric: Autoscale['metric'], v: number): string {
  return metric === 'cpu' ? `${Math.round(v)}%` : `${Math.round(v / 2 ** 20)}Mi`;
}

export function desiredReplicas(
  current: number,
  samples: readonly UsageSample[],
  policy: Autoscale,
  lastChangeMs: number,
  now: number,
): ScaleDecision {
  const bounded = clamp(current, policy);
  if (bounded !== current) return { replicas: bounded, reason: `${current} is outside min ${policy.min} and max ${policy.max}` };
  if (samples.length === 0) return { replicas: current, reason: 'no usage samples yet' };

  const values = samples.map((s) => (policy.metric === 'cpu' ? s.cpuPercent : s.memoryBytes));
  const avg = values.reduce((a, b) => a + b, 0) / values.length;
  const ratio = avg / policy.target;
  const usage = `${policy.metric} ${show(policy.metric, avg)} average over ${samples.length} instance${samples.length === 1 ? '' : 's'}, target ${show(policy.metric, policy.target)}`;
  if (Math.abs(ratio - 1) <= TOLERANCE) return { replicas: current, reason: `${usage}: within tolerance` };

  const wanted = clamp(Math.ceil(current * ratio), policy);
  if (wanted === current) return { replicas: current, reason: `${usage}: already at ${ratio > 1 ? 'max' : 'min'}` };
  const waitMs = lastChangeMs + policy.cooldownMs - now;
  if (waitMs > 0) return { replicas: current, reason: `${usage}: would scale to ${wanted}, cooling down for ${Math.ceil(waitMs / 1000)}s` };
  return { replicas: wanted, reason: `${usage}: ${current} -> ${wanted}` };
}

/**
 * The usage of a workload's instances, from the latest telemetry sample of each node it is
 * placed on. For the fleet-state side to wire once the registry keeps the latest sample.
 */
export function instanceUsage(
  workload: string,
  placedOn: readonly string[],
  latest: (nodeId: string) => TelemetrySample | undefined,
): UsageSample[] {
  const out: UsageSample[] = [];
  for (const id of placedOn) {
    const u = latest(id)?.workloads.find((x) => x.name === workload);
    if (u) out.push({ cpuPercent: u.cpuPercent, memoryBytes: u.memoryBytes });
  }
  return out;
}
