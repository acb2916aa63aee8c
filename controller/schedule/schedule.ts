// The scheduler: pure and deterministic. Workloads x nodes x current placements -> placements,
// plus, for every workload it could not fully place, the reasons counted per node.
//
// Invariants:
// - Never on an ineligible node: every placement satisfies its workload's nodeSelector and
//   constraints; a NEW placement also needs an online node that is not cordoned, draining or
//   under memory or disk pressure.
// - Never over capacity: on every node the requests of its placements fit its capacity.
// - Stability: an existing placement that still satisfies the hard rules and fits stays, on
//   offline and cordoned nodes too. It moves only when its node drains, or when a workload of
//   strictly higher priority needs the room and fits on no node without it (preemption).
// - At most one instance of a workload per node (maxPerNode is 1).
// - Same inputs, same output: workloads go by (priority desc, name), nodes by id, and every
//   choice is ordered by score.ts, ending in the node id.
//
// Passes (scheduling.ts): (1) keep existing placements, higher priority first, trimming surplus
// replicas; (2) place what is missing, higher priority first, preempting only for a higher
// priority; (3) explain whatever is still missing. incremental.ts gives the same answers for a
// few changed nodes without redoing the whole fleet.
import type { Placement } from '../store/store.js';
import { planDisconnect, settleDisconnect, type DisconnectFacts, type DisconnectPlan } from './disconnect.js';
import { byPriority, Scheduling } from './scheduling.js';
import type { SchedNode, SchedWorkload, ScheduleResult } from './types.js';

export * from './types.js';
export { explain } from './explain.js';

/** `now` and the silent-node facts keep time-based rules pure (disconnect.ts reads both). */
export function schedule(
  workloads: readonly SchedWorkload[],
  nodes: readonly SchedNode[],
  current: readonly Placement[],
  now = 0,
  disconnect?: DisconnectFacts,
): ScheduleResult {
  return scheduleRun(workloads, nodes, current, now, disconnect).result;
}

/** schedule(), also handing back the run's state and disconnect plan (for incremental.ts). */
export function scheduleRun(
  workloads: readonly SchedWorkload[],
  nodes: readonly SchedNode[],
  current: readonly Placement[],
  now = 0,
  disconnect?: DisconnectFacts,
): { result: ScheduleResult; state: Scheduling; plan: DisconnectPlan | null } {
  const s = new Scheduling(nodes);
  const order = [...workloads].sort(byPriority);
  const currentBy = new Map<string, string[]>();
  for (const p of current) {
    const list = currentBy.get(p.workload) ?? [];
    list.push(p.nodeId);
    currentBy.set(p.workload, list);
  }
  const plan = disconnect ? planDisconnect(order, nodes, currentBy, disconnect, now) : null;
  for (const w of order) {
    const released = new Set(plan?.released.get(w.name) ?? []);
    s.keep(w, (currentBy.get(w.name) ?? []).filter((id) => !released.has(id)), plan?.trimFirst.get(w.name));
  }
  for (const w of order) s.placeMissing(w);
  const result = s.result(workloads);
  if (!plan || !disconnect) return { result, state: s, plan };
  const settled = settleDisconnect(result.placements, order, currentBy, plan, disconnect);
  return { result: { ...result, placements: settled.placements, disconnect: settled.outcome }, state: s, plan };
}
