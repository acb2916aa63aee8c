// Dashboard JSON: one page of node rows (filtered, sorted and cut on the server), the overview
// counts, workload rows with their first placements. Everything here is O(nodes) at most per
// request and builds output only for the rows sent.
import { deliveryOf } from '../fleet/delivery.js';
import type { NodeView } from '../fleet/registry.js';
import type { LatestTelemetry } from '../fleet/telemetry-store.js';
import type { Unplaced } from '../schedule/schedule.js';
import type { Placement, StoredDesired, StoredWorkload } from '../store/store.js';
import { DASH_WORKLOAD_NODES, type DashNodeRow, type DashNodeStatus, type DashWorkloadRow, type DashRollout } from './types.js';

export const MAX_PAGE_SIZE = 200;
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_FILTER_LENGTH = 200;

export type NodeSort = 'name' | 'status' | 'lastSeen';

export interface NodePageQuery {
  page: number;
  pageSize: number;
  /** Case-insensitive substring of the name or of any "key=value" label; every word must match. */
  filter: string;
  status: DashNodeStatus | null;
  sort: NodeSort;
}

/** Problems first: the order a person scanning a fleet wants. */
const STATUS_ORDER: Record<DashNodeStatus, number> = { Offline: 0, Degraded: 1, Draining: 2, Cordoned: 3, Online: 4 };

export function filterNodes(nodes: readonly NodeView[], q: Pick<NodePageQuery, 'filter' | 'status'>): NodeView[] {
  const words = q.filter.toLowerCase().split(/\s+/).filter(Boolean);
  return nodes.filter((n) => {
    if (q.status && n.status !== q.status) return false;
    if (words.length === 0) return true;
    const hay = [n.id, ...Object.entries(n.labels).map(([k, v]) => `${k}=${v}`)].join(' ').toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}

export function sortNodes(nodes: NodeView[], sort: NodeSort): NodeView[] {
  const byName = (a: NodeView, b: NodeView): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  if (sort === 'status') return nodes.sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || byName(a, b));
  if (sort === 'lastSeen') return nodes.sort((a, b) => b.lastSeenMs - a.lastSeenMs || byName(a, b));
  return nodes.sort(byName);
}

export function nodeRow(n: NodeView, desired: StoredDesired | undefined, epoch: number, latest: LatestTelemetry | undefined, backlog: number): DashNodeRow {
  const applied = { epoch: n.state?.appliedEpoch ?? n.hello?.appliedEpoch ?? 0, generation: n.state?.appliedGeneration ?? n.hello?.appliedGeneration ?? 0 };
  const s = latest?.sample;
  return {
    name: n.id,
    status: n.status,
    labels: n.labels,
    lastSeenMs: n.lastSeenMs,
    appliedGeneration: applied.generation,
    desiredGeneration: desired?.generation ?? 0,
    delivery: deliveryOf(n.status !== 'Offline', applied, desired ? { epoch, generation: desired.generation } : undefined).delivery,
    cpuPercent: s ? round1(s.cpuPercent) : null,
    memoryPercent: s && s.memoryTotalBytes > 0 ? round1((100 * s.memoryUsedBytes) / s.memoryTotalBytes) : null,
    temperatureC: s?.temperatureC !== undefined ? round1(s.temperatureC) : null,
    outboxBacklog: backlog,
    workloads: n.state?.workloads.length ?? 0,
  };
}

const round1 = (v: number): number => Math.round(v * 10) / 10;

export function workloadRows(
  workloads: readonly StoredWorkload[],
  placements: readonly Placement[],
  running: (workload: string, nodeId: string) => boolean,
  unplaced: readonly Unplaced[],
  replicas: (w: StoredWorkload) => number,
  rollout: (w: StoredWorkload) => DashRollout | null,
): DashWorkloadRow[] {
  const byWorkload = new Map<string, string[]>();
  for (const p of placements) {
    const list = byWorkload.get(p.workload);
    if (list) list.push(p.nodeId);
    else byWorkload.set(p.workload, [p.nodeId]);
  }
  return workloads.map((w) => {
    const nodes = byWorkload.get(w.workload.name) ?? [];
    return {
      name: w.workload.name,
      revision: w.revision,
      image: w.workload.container.image,
      mode: w.workload.placement.mode,
      replicas: w.workload.placement.mode === 'replicated' ? replicas(w) : null,
      placed: nodes.length,
      running: nodes.filter((n) => running(w.workload.name, n)).length,
      nodes: nodes.slice(0, DASH_WORKLOAD_NODES),
      unplaced: unplaced.find((u) => u.workload === w.workload.name)?.message ?? null,
      rollout: rollout(w),
    };
  });
}
