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
// Passes: (1) keep existing placements, higher priority first, trimming surplus replicas;
// (2) place what is missing, higher priority first, preempting only for a higher priority;
// (3) explain whatever is still missing.
import type { Placement } from '../store/store.js';
import { planDisconnect, preferTrim, settleDisconnect, type DisconnectFacts } from './disconnect.js';
import { compileHardRules, newPlacementBlock, type HardRules } from './eligibility.js';
import { explain } from './explain.js';
import { Ledger } from './fit.js';
import { ChoiceQueue } from './queue.js';
import { compareCandidates, compareForRemoval, preferenceScore, SpreadCount, type Candidate } from './score.js';
import {
  REASON_ALREADY,
  REASON_CPU,
  REASON_DISK_PRESSURE,
  REASON_MEMORY,
  REASON_MEMORY_PRESSURE,
  type Preemption,
  type SchedNode,
  type SchedWorkload,
  type ScheduleResult,
  type Unplaced,
} from './types.js';

export * from './types.js';
export { explain } from './explain.js';

const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const byPriority = (a: SchedWorkload, b: SchedWorkload): number => b.priority - a.priority || byName(a.name, b.name);

/** `now` and the silent-node facts keep time-based rules pure (disconnect.ts reads both). */
export function schedule(
  workloads: readonly SchedWorkload[],
  nodes: readonly SchedNode[],
  current: readonly Placement[],
  now = 0,
  disconnect?: DisconnectFacts,
): ScheduleResult {
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
  if (!plan || !disconnect) return result;
  const settled = settleDisconnect(result.placements, order, currentBy, plan, disconnect);
  return { ...result, placements: settled.placements, disconnect: settled.outcome };
}

class Scheduling {
  private readonly nodes: SchedNode[];
  private readonly nodeById: Map<string, SchedNode>;
  private readonly ledger = new Ledger();
  private readonly chosen = new Map<string, Set<string>>();
  private readonly spreads = new Map<string, SpreadCount>();
  private readonly byName = new Map<string, SchedWorkload>();
  private readonly preempted: Preemption[] = [];
  private readonly compiled = new Map<string, HardRules>();

  constructor(nodes: readonly SchedNode[]) {
    this.nodes = [...nodes].sort(byId);
    this.nodeById = new Map(this.nodes.map((n) => [n.id, n]));
  }

  /** Pass 1: existing placements that still satisfy the hard rules, not draining, that fit. */
  keep(w: SchedWorkload, currentNodes: readonly string[], trimFirst: readonly string[] = []): void {
    this.byName.set(w.name, w);
    this.chosen.set(w.name, new Set());
    this.spreads.set(w.name, new SpreadCount(w));
    // this.nodes is sorted by id already: filtering it keeps node-id order without sorting the
    // (for a perNode workload, fleet-sized) list of current placements again.
    const current = new Set(currentNodes);
    const hard = this.hard(w);
    let keep = (current.size * 4 < this.nodes.length
      ? [...current].sort(byName).map((id) => this.nodeById.get(id)).filter((n): n is SchedNode => n !== undefined)
      : this.nodes.filter((n) => current.has(n.id))
    ).filter((n) => !n.draining && hard(n) === null);
    if (w.placement.mode === 'replicated') keep = this.trim(w, preferTrim(keep, trimFirst, w.placement.replicas), w.placement.replicas);
    for (const n of keep) if (this.ledger.misfit(n, w) === null) this.place(w, n);
  }

  /** Scale-down: drops the instances a scale-up would have chosen last, one at a time. */
  private trim(w: SchedWorkload, keep: SchedNode[], replicas: number): SchedNode[] {
    const spread = new SpreadCount(w);
    for (const n of keep) spread.add(n);
    const left = [...keep];
    while (left.length > replicas) {
      const worst = left.map((n) => this.candidate(w, n, spread)).sort(compareForRemoval)[0];
      if (!worst) break;
      left.splice(left.indexOf(worst.node), 1);
      spread.add(worst.node, -1);
    }
    return left.sort(byId);
  }

  /** Pass 2: new instances where the hard rules allow and the node fits, best score first. */
  placeMissing(w: SchedWorkload): void {
    const set = this.chosen.get(w.name) ?? new Set<string>();
    const perNode = w.placement.mode === 'perNode';
    if (!perNode && set.size >= w.placement.replicas) return;
    const spread = this.spreads.get(w.name) ?? new SpreadCount(w);
    const hard = this.hard(w);
    const open = this.nodes.filter((n) => !set.has(n.id) && hard(n) === null && newPlacementBlock(n) === null);
    const fits = (n: SchedNode): boolean => !set.has(n.id) && this.ledger.misfit(n, w) === null;
    if (perNode) {
      for (const n of open) if (fits(n) || this.preempt(w, [n], spread)) this.place(w, n);
      return;
    }
    const queue = new ChoiceQueue(w, open.map((n) => this.candidate(w, n, spread)), spread);
    while (set.size < w.placement.replicas) {
      const n = queue.take(fits) ?? this.preempt(w, open.filter((x) => !set.has(x.id)), spread);
      if (!n) break;
      this.place(w, n);
    }
  }

  /**
   * Makes room on the node whose lower-priority victims have the lowest priorities, then are the
   * fewest, then by score; returns that node, or undefined when no node can be freed for w.
   */
  private preempt(w: SchedWorkload, options: readonly SchedNode[], spread: SpreadCount): SchedNode | undefined {
    let pick: { c: Candidate; victims: string[]; worst: number } | undefined;
    for (const n of options) {
      const victims = this.ledger.victims(n, w);
      if (!victims || victims.length === 0) continue;
      const worst = Math.max(...victims.map((v) => v.priority));
      const c = this.candidate(w, n, spread);
      if (!pick || (worst - pick.worst || victims.length - pick.victims.length || compareCandidates(c, pick.c)) < 0) {
        pick = { c, victims: victims.map((v) => v.workload), worst };
      }
    }
    if (!pick) return undefined;
    for (const v of pick.victims) {
      this.unplace(v, pick.c.node);
      this.preempted.push({ workload: v, nodeId: pick.c.node.id, by: w.name });
    }
    return pick.c.node;
  }

  private hard(w: SchedWorkload): HardRules {
    let rules = this.compiled.get(w.name);
    if (!rules) {
      rules = compileHardRules(w);
      this.compiled.set(w.name, rules);
    }
    return rules;
  }

  private candidate(w: SchedWorkload, node: SchedNode, spread: SpreadCount): Candidate {
    return { node, spread: spread.of(node), preference: preferenceScore(w, node), load: this.ledger.count(node.id) };
  }

  private place(w: SchedWorkload, n: SchedNode): void {
    this.ledger.add(n.id, w);
    this.chosen.get(w.name)?.add(n.id);
    this.spreads.get(w.name)?.add(n);
  }

  private unplace(workload: string, n: SchedNode): void {
    this.ledger.remove(n.id, workload);
    this.chosen.get(workload)?.delete(n.id);
    this.spreads.get(workload)?.add(n, -1);
  }

  /** Pass 3: placements in (workload, node) order, and why anything is missing. */
  result(workloads: readonly SchedWorkload[]): ScheduleResult {
    const names = workloads.map((w) => w.name).sort(byName);
    const placements: Placement[] = [];
    const unplaced: Unplaced[] = [];
    for (const name of names) {
      const w = this.byName.get(name);
      const set = this.chosen.get(name);
      if (!w || !set) continue;
      for (const id of [...set].sort(byName)) placements.push({ workload: name, nodeId: id });
      const u = this.explainMissing(w, set);
      if (u) unplaced.push(u);
    }
    const preempted = [...this.preempted].sort((a, b) => byName(a.workload, b.workload) || byName(a.nodeId, b.nodeId));
    return { placements, unplaced, preempted };
  }

  private explainMissing(w: SchedWorkload, set: ReadonlySet<string>): Unplaced | null {
    if (w.placement.mode === 'replicated' && set.size >= w.placement.replicas) return null;
    const reasons: Record<string, number> = {};
    const hard = this.hard(w);
    let short = 0;
    for (const n of this.nodes) {
      const why = set.has(n.id)
        ? REASON_ALREADY
        : (hard(n) ?? newPlacementBlock(n) ?? this.ledger.explainMisfit(n, w));
      if (why === null) continue;
      reasons[why] = (reasons[why] ?? 0) + 1;
      if (isShortage(why)) short++;
    }
    const placed = set.size;
    const perNode = w.placement.mode === 'perNode';
    const wanted = perNode ? placed + short : w.placement.replicas;
    if (perNode ? placed > 0 && short === 0 : placed >= wanted) return null;
    const preemptedBy = [...new Set(this.preempted.filter((p) => p.workload === w.name).map((p) => p.by))].sort(byName);
    const message = explain(w.placement.mode, placed, wanted, this.nodes.length, reasons, preemptedBy);
    return { workload: w.name, mode: w.placement.mode, wanted, placed, reasons, preemptedBy, message };
  }
}

/** Reasons that keep a node that should run a perNode workload from running it. */
function isShortage(why: string): boolean {
  return (
    why.startsWith(REASON_MEMORY) || why.startsWith(REASON_CPU) || why === REASON_MEMORY_PRESSURE || why === REASON_DISK_PRESSURE
  );
}
