// The scheduler: pure and deterministic. Workloads x nodes x current placements -> placements,
// plus, for every replica it could not place, the reasons counted per node.
//
// Invariants:
// - An existing placement whose node still exists and still satisfies the workload's rules stays
//   (stability): offline nodes keep their placements; a later policy decides when they are lost.
// - New placements go only to online nodes that satisfy the rules.
// - At most one instance of a workload per node.
// - Same inputs, same output: every choice is ordered by (load, node id).
import type { Labels } from '../../proto/types.js';
import type { Placement } from '../store/store.js';

export interface SchedWorkload {
  name: string;
  placement: { mode: 'replicated' | 'perNode'; replicas: number; nodeSelector: Labels };
}

export interface SchedNode {
  id: string;
  labels: Labels;
  online: boolean;
}

export interface Unplaced {
  workload: string;
  wanted: number;
  placed: number;
  /** reason -> number of nodes that reason excluded */
  reasons: Record<string, number>;
  message: string;
}

export interface ScheduleResult {
  placements: Placement[];
  unplaced: Unplaced[];
}

export const REASON_SELECTOR = 'did not match nodeSelector';
export const REASON_OFFLINE = 'offline';
export const REASON_ALREADY = 'already runs this workload';

function selectorMismatch(selector: Labels, labels: Labels): boolean {
  for (const [k, v] of Object.entries(selector)) if (labels[k] !== v) return true;
  return false;
}

/** Why a node cannot take a NEW instance of the workload, or null when it can. */
function exclusion(w: SchedWorkload, n: SchedNode): string | null {
  if (selectorMismatch(w.placement.nodeSelector, n.labels)) return REASON_SELECTOR;
  if (!n.online) return REASON_OFFLINE;
  return null;
}

export function schedule(
  workloads: readonly SchedWorkload[],
  nodes: readonly SchedNode[],
  current: readonly Placement[],
): ScheduleResult {
  const sortedNodes = [...nodes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const nodeById = new Map(sortedNodes.map((n) => [n.id, n]));
  const load = new Map<string, number>(sortedNodes.map((n) => [n.id, 0]));
  const currentByWorkload = new Map<string, string[]>();
  for (const p of current) {
    const list = currentByWorkload.get(p.workload) ?? [];
    list.push(p.nodeId);
    currentByWorkload.set(p.workload, list);
  }

  const placements: Placement[] = [];
  const unplaced: Unplaced[] = [];
  const sortedWorkloads = [...workloads].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

  for (const w of sortedWorkloads) {
    // Keep what still satisfies the hard rules (stability), in node-id order.
    const kept = [...new Set(currentByWorkload.get(w.name) ?? [])]
      .filter((id) => {
        const n = nodeById.get(id);
        return n !== undefined && !selectorMismatch(w.placement.nodeSelector, n.labels);
      })
      .sort();
    const chosen = new Set<string>();
    const wanted = w.placement.mode === 'perNode' ? Number.POSITIVE_INFINITY : w.placement.replicas;
    for (const id of kept) {
      if (chosen.size >= wanted) break;
      chosen.add(id);
    }

    const reasons: Record<string, number> = {};
    const candidates: SchedNode[] = [];
    for (const n of sortedNodes) {
      if (chosen.has(n.id)) continue;
      const why = exclusion(w, n);
      if (why) reasons[why] = (reasons[why] ?? 0) + 1;
      else candidates.push(n);
    }
    // Least loaded first; ties by node id. Stable sort keeps id order among equals.
    candidates.sort((a, b) => (load.get(a.id) ?? 0) - (load.get(b.id) ?? 0));
    for (const n of candidates) {
      if (chosen.size >= wanted) break;
      chosen.add(n.id);
    }

    for (const id of [...chosen].sort()) {
      placements.push({ workload: w.name, nodeId: id });
      load.set(id, (load.get(id) ?? 0) + 1);
    }

    if (w.placement.mode === 'replicated' && chosen.size < wanted) {
      if (chosen.size > 0) reasons[REASON_ALREADY] = chosen.size;
      unplaced.push({
        workload: w.name,
        wanted,
        placed: chosen.size,
        reasons,
        message: explain(chosen.size, wanted, sortedNodes.length, reasons),
      });
    } else if (w.placement.mode === 'perNode' && chosen.size === 0) {
      unplaced.push({
        workload: w.name,
        wanted: 0,
        placed: 0,
        reasons,
        message: explain(0, 0, sortedNodes.length, reasons),
      });
    }
  }
  return { placements, unplaced };
}

/** "1/2 replicas placed; 0/40 nodes available: 31 did not match nodeSelector, 9 offline" */
export function explain(placed: number, wanted: number, nodeCount: number, reasons: Record<string, number>): string {
  const parts = Object.entries(reasons)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([r, n]) => `${n} ${r}`);
  const head = wanted > 0 ? `${placed}/${wanted} replicas placed; ` : 'no eligible node; ';
  return `${head}${nodeCount} node${nodeCount === 1 ? '' : 's'}: ${parts.length ? parts.join(', ') : 'none registered'}`;
}
