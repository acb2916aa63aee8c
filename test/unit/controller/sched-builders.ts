// Builders for the scheduler's pure inputs: a plain online 4-core, 8 GiB x64 node and a
// workload that requests nothing, with only what a test cares about changed.
import type { SchedNode, SchedPlacement, SchedWorkload } from '../../../controller/schedule/schedule.js';

export const MiB = 2 ** 20;
export const GiB = 2 ** 30;

export function node(id: string, labels: Record<string, string> = {}, online = true, over: Partial<SchedNode> = {}): SchedNode {
  return {
    id,
    labels,
    properties: {
      arch: 'x64',
      os: 'linux',
      'cpu.cores': '4',
      'memory.totalBytes': String(8 * GiB),
      'agent.version': '0.1.0',
      'docker.version': '26.1.5+dfsg1',
    },
    online,
    cordoned: false,
    draining: false,
    capacity: { cpuMillis: 4000, memoryBytes: 8 * GiB },
    pressure: { memory: false, disk: false },
    ...over,
  };
}

export function workload(name: string, placement: Partial<SchedPlacement> = {}, over: Partial<SchedWorkload> = {}): SchedWorkload {
  return {
    name,
    priority: 0,
    resources: { cpuMillis: 0, memoryBytes: 0 },
    placement: {
      mode: 'replicated',
      replicas: 1,
      nodeSelector: {},
      constraints: [],
      preferences: [],
      spread: null,
      maxPerNode: 1,
      ...placement,
    },
    ...over,
  };
}

export const replicated = (name: string, replicas: number, nodeSelector: Record<string, string> = {}, over: Partial<SchedWorkload> = {}): SchedWorkload =>
  workload(name, { mode: 'replicated', replicas, nodeSelector }, over);

export const perNode = (name: string, nodeSelector: Record<string, string> = {}, over: Partial<SchedWorkload> = {}): SchedWorkload =>
  workload(name, { mode: 'perNode', replicas: 0, nodeSelector }, over);

/** Node ids per workload, for compact assertions. */
export function where(r: { placements: { workload: string; nodeId: string }[] }): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const p of r.placements) (out[p.workload] ??= []).push(p.nodeId);
  return out;
}
