// Silent nodes, for the pure scheduler: which placements count as lost (their node has been
// offline for the workload's lostAfter), which of those may be replaced now, and, once the
// replacements are placed, what to keep of the lost originals. All facts are arguments.
//
// Invariants:
// - Only replicated workloads with disconnect.replace are ever replaced; everything else keeps
//   its placements on silent nodes (replace: false means no reschedule at all).
// - A mass disconnect (more than massFraction of the fleet offline, which usually means the
//   controller's own link is down) replaces nothing.
// - At most `budget` new replacements per run (the controller's per-minute rate limit).
// - One replacement per lost instance: a lost placement already covered by a replacement is
//   released again without spending budget, so the count never grows run after run.
// - keepOriginal: the lost placement is held (the node keeps its desired state and its
//   container) and the replacement is trimmed first when the node is back. keepReplacement:
//   once the replacement is placed the lost placement is dropped, so the returning node removes
//   its instance.
import type { Placement } from '../store/store.js';
import type { SchedNode, SchedWorkload } from './types.js';

export interface Replacement {
  workload: string;
  /** The node running the replacement. */
  nodeId: string;
  /** The silent node whose instance it stands in for. */
  replaces: string;
}

export interface DisconnectFacts {
  /** Offline nodes -> since when they have been silent (ms). Online nodes are absent. */
  offlineSinceMs: ReadonlyMap<string, number>;
  /** Replacements started earlier (the previous run's `replacements`). */
  replacements: readonly Replacement[];
  /** How many new replacements this run may start. */
  budget: number;
  /** Above this share of the fleet offline, nothing is replaced. Default 0.5. */
  massFraction?: number;
}

export interface DisconnectOutcome {
  /** Every replacement still standing in for a silent node, for the next run's facts. */
  replacements: Replacement[];
  /** Replacements started in this run. */
  started: Replacement[];
  /** Placements on nodes silent for longer than their workload's lostAfter. */
  lost: Placement[];
  massDisconnect: boolean;
  /** Lost placements left unreplaced because the budget ran out. */
  deferred: number;
  /** The next time a silent node crosses some workload's lostAfter; null when none will. */
  nextCheckAtMs: number | null;
}

/** What the scheduling passes need before they run. */
export interface DisconnectPlan {
  /** workload -> lost nodes left out of the kept set (they do not count toward replicas). */
  released: Map<string, string[]>;
  /** workload -> replacement nodes to trim first (their original is back). */
  trimFirst: Map<string, string[]>;
  lost: Placement[];
  massDisconnect: boolean;
  deferred: number;
  nextCheckAtMs: number | null;
}

export const DEFAULT_MASS_FRACTION = 0.5;

export function planDisconnect(
  order: readonly SchedWorkload[],
  nodes: readonly SchedNode[],
  currentBy: ReadonlyMap<string, readonly string[]>,
  facts: DisconnectFacts,
  now: number,
): DisconnectPlan {
  const offline = nodes.filter((n) => !n.online).length;
  const massDisconnect = nodes.length > 0 && offline / nodes.length > (facts.massFraction ?? DEFAULT_MASS_FRACTION);
  const plan: DisconnectPlan = { released: new Map(), trimFirst: new Map(), lost: [], massDisconnect, deferred: 0, nextCheckAtMs: null };
  let budget = massDisconnect ? 0 : Math.max(0, facts.budget);
  for (const w of order) {
    const policy = w.placement.disconnect;
    if (!policy?.replace || w.placement.mode !== 'replicated') continue;
    const cur = currentBy.get(w.name) ?? [];
    const reps = facts.replacements.filter((r) => r.workload === w.name && cur.includes(r.nodeId));
    const back = reps.filter((r) => !facts.offlineSinceMs.has(r.replaces) && cur.includes(r.replaces)).map((r) => r.nodeId);
    if (back.length > 0) plan.trimFirst.set(w.name, back);
    const released: string[] = [];
    for (const id of [...cur].sort()) {
      const since = facts.offlineSinceMs.get(id);
      if (since === undefined) continue;
      const lostAt = since + policy.lostAfterMs;
      if (now < lostAt) {
        plan.nextCheckAtMs = Math.min(plan.nextCheckAtMs ?? lostAt, lostAt);
        continue;
      }
      plan.lost.push({ workload: w.name, nodeId: id });
      if (reps.some((r) => r.replaces === id)) released.push(id);
      else if (budget > 0) {
        budget--;
        released.push(id);
      } else if (!massDisconnect) plan.deferred++;
    }
    if (released.length > 0) plan.released.set(w.name, released);
  }
  return plan;
}

/** Drops replacement nodes first while more instances are kept than wanted. */
export function preferTrim<N extends { id: string }>(keep: readonly N[], trimFirst: readonly string[], replicas: number): N[] {
  const left = [...keep];
  for (const id of trimFirst) {
    if (left.length <= replicas) break;
    const i = left.findIndex((n) => n.id === id);
    if (i >= 0) left.splice(i, 1);
  }
  return left;
}

/** After the passes: records replacements and puts back (or drops) the lost originals. */
export function settleDisconnect(
  placements: readonly Placement[],
  order: readonly SchedWorkload[],
  currentBy: ReadonlyMap<string, readonly string[]>,
  plan: DisconnectPlan,
  facts: DisconnectFacts,
): { placements: Placement[]; outcome: DisconnectOutcome } {
  const out = [...placements];
  const started: Replacement[] = [];
  const placedOn = (w: string): Set<string> => new Set(out.filter((p) => p.workload === w).map((p) => p.nodeId));
  // Earlier replacements stay on record while they run and their node is still silent.
  const kept = facts.replacements.filter((r) => placedOn(r.workload).has(r.nodeId) && facts.offlineSinceMs.has(r.replaces));
  for (const w of order) {
    const released = plan.released.get(w.name);
    if (!released) continue;
    const cur = new Set(currentBy.get(w.name) ?? []);
    const fresh = [...placedOn(w.name)].filter((id) => !cur.has(id)).sort();
    const covered = new Set(kept.filter((r) => r.workload === w.name).map((r) => r.replaces));
    for (const lostId of released) {
      if (covered.has(lostId)) continue;
      const nodeId = fresh.shift();
      if (nodeId === undefined) break;
      started.push({ workload: w.name, nodeId, replaces: lostId });
      covered.add(lostId);
    }
    const keepReplacement = w.placement.disconnect?.reconcile === 'keepReplacement';
    for (const lostId of released) {
      if (keepReplacement && covered.has(lostId)) continue; // the returning node will remove it
      out.push({ workload: w.name, nodeId: lostId });
    }
  }
  out.sort((a, b) => (a.workload < b.workload ? -1 : a.workload > b.workload ? 1 : a.nodeId < b.nodeId ? -1 : a.nodeId > b.nodeId ? 1 : 0));
  return {
    placements: out,
    outcome: {
      replacements: [...kept, ...started],
      started,
      lost: plan.lost,
      massDisconnect: plan.massDisconnect,
      deferred: plan.deferred,
      nextCheckAtMs: plan.nextCheckAtMs,
    },
  };
}
