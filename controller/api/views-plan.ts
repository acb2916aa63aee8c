// What placement changes look like to an operator: per workload (which nodes it gains, keeps and
// loses) and per node (which workloads arrive, stay and leave). Pure; used by plan, drain,
// cordon and label responses.
import type { NodeView } from '../fleet/registry.js';
import type { Workload } from '../manifest/types.js';
import type { Preemption, ScheduleResult, Unplaced } from '../schedule/schedule.js';
import type { Placement, StoredWorkload } from '../store/store.js';

export interface WorkloadPlanJson {
  name: string;
  /** For the workloads in the request: what applying them would do to the stored workload. */
  outcome: 'created' | 'configured' | 'unchanged' | 'affected';
  /** The container spec changes: running instances would be recreated. */
  recreate: boolean;
  mode: string;
  /** Replicas wanted (after autoscaling); null for perNode. */
  wanted: number | null;
  nodes: string[];
  added: string[];
  removed: string[];
  unplaced: string | null;
}

export interface NodePlanJson {
  name: string;
  status: string;
  added: string[];
  kept: string[];
  removed: string[];
}

export interface PlanJson {
  workloads: WorkloadPlanJson[];
  nodes: NodePlanJson[];
  unplaced: Unplaced[];
  preempted: Preemption[];
}

function nodesOf(ps: readonly Placement[]): Map<string, Set<string>> {
  const m = new Map<string, Set<string>>();
  for (const p of ps) m.set(p.workload, (m.get(p.workload) ?? new Set()).add(p.nodeId));
  return m;
}

const minus = (a: ReadonlySet<string> | undefined, b: ReadonlySet<string> | undefined): string[] =>
  [...(a ?? [])].filter((x) => !b?.has(x)).sort();

function outcomeOf(w: Workload, before: StoredWorkload | undefined): { outcome: WorkloadPlanJson['outcome']; recreate: boolean } {
  if (!before) return { outcome: 'created', recreate: false };
  if (JSON.stringify(before.workload) === JSON.stringify(w)) return { outcome: 'unchanged', recreate: false };
  return { outcome: 'configured', recreate: before.workload.specHash !== w.specHash };
}

/**
 * Every workload of the request, then every other workload whose placements change; every node
 * that gains or loses something. Unplaced: the request's workloads and the affected ones.
 */
export function planJson(
  requested: readonly Workload[],
  stored: readonly StoredWorkload[],
  all: readonly StoredWorkload[],
  current: readonly Placement[],
  result: ScheduleResult,
  fleet: readonly NodeView[],
): PlanJson {
  const before = nodesOf(current);
  const after = nodesOf(result.placements);
  const storedBy = new Map(stored.map((w) => [w.workload.name, w]));
  const requestedBy = new Map(requested.map((w) => [w.name, w]));
  const unplacedBy = new Map(result.unplaced.map((u) => [u.workload, u]));
  const wanted = new Map(result.unplaced.map((u) => [u.workload, u.wanted]));

  const workloads: WorkloadPlanJson[] = [];
  for (const sw of [...all].sort((a, b) => (a.workload.name < b.workload.name ? -1 : 1))) {
    const w = sw.workload;
    const added = minus(after.get(w.name), before.get(w.name));
    const removed = minus(before.get(w.name), after.get(w.name));
    const req = requestedBy.get(w.name);
    if (!req && added.length === 0 && removed.length === 0) continue;
    const nodes = [...(after.get(w.name) ?? [])].sort();
    workloads.push({
      name: w.name,
      ...(req ? outcomeOf(req, storedBy.get(w.name)) : { outcome: 'affected' as const, recreate: false }),
      mode: w.placement.mode,
      wanted: w.placement.mode === 'perNode' ? null : (wanted.get(w.name) ?? nodes.length),
      nodes,
      added,
      removed,
      unplaced: unplacedBy.get(w.name)?.message ?? null,
    });
  }
  // Requested workloads first, in request order; then the affected ones.
  const order = (x: WorkloadPlanJson): number => (requestedBy.has(x.name) ? requested.findIndex((r) => r.name === x.name) : requested.length);
  workloads.sort((a, b) => order(a) - order(b));

  const nodes: NodePlanJson[] = [];
  for (const n of fleet) {
    const on = (m: Map<string, Set<string>>): Set<string> => new Set([...m].filter(([, ids]) => ids.has(n.id)).map(([w]) => w));
    const was = on(before);
    const will = on(after);
    const added = minus(will, was);
    const removed = minus(was, will);
    const kept = [...will].filter((w) => was.has(w)).sort();
    if (added.length + removed.length + kept.length > 0) nodes.push({ name: n.id, status: n.status, added, kept, removed });
  }
  const shown = new Set(workloads.map((w) => w.name));
  return { workloads, nodes, unplaced: result.unplaced.filter((u) => shown.has(u.workload)), preempted: result.preempted };
}
