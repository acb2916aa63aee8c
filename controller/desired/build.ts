// Builds one node's desired snapshot from the workloads placed on it. Pure; the content hash
// decides whether the node's generation moves.
import { createHash } from 'node:crypto';
import type { DesiredState, NodePolicy, WorkloadInstance } from '../../proto/types.js';
import type { StoredWorkload } from '../store/store.js';

export type DesiredContent = Omit<DesiredState, 'generation' | 'controllerEpoch' | 'issuedAtMs'>;

export const DEFAULT_POLICY: NodePolicy = Object.freeze({
  evictMemoryPercent: 0,
  evictDiskPercent: 0,
  restartBackoffMaxMs: 0,
  rules: [],
}) as NodePolicy;

export function buildDesired(
  nodeId: string,
  placed: readonly StoredWorkload[],
  opts: { telemetryIntervalMs: number; policy?: NodePolicy },
): { content: DesiredContent; contentHash: string } {
  const workloads: WorkloadInstance[] = [...placed]
    .sort((a, b) => (a.workload.name < b.workload.name ? -1 : 1))
    .map(({ workload: w, revision }) => ({
      name: w.name,
      specHash: w.specHash,
      container: w.container,
      revision,
      priority: w.priority,
      dependsOn: [...w.dependsOn].sort(),
      runWhen: w.runWhen,
    }));
  const content: DesiredContent = {
    nodeId,
    workloads,
    policy: opts.policy ?? DEFAULT_POLICY,
    telemetryIntervalMs: opts.telemetryIntervalMs,
  };
  return { content, contentHash: hashOf(content) };
}

function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical);
  if (v && typeof v === 'object') {
    return Object.fromEntries(
      Object.keys(v as Record<string, unknown>)
        .sort()
        .map((k) => [k, canonical((v as Record<string, unknown>)[k])]),
    );
  }
  return v;
}

export function hashOf(v: unknown): string {
  return createHash('sha256').update(JSON.stringify(canonical(v))).digest('hex').slice(0, 32);
}
