// The state of one scheduling run and its passes (schedule.ts drives them in order). The
// incremental path (incremental.ts) keeps one of these between runs and replays only what a
// changed node can affect, so every decision lives here once, for both paths.
import type { Placement } from '../store/store.js';
import { SECURITY_REASON_PREFIX } from '../../proto/security.js';
import { preferTrim } from './disconnect.js';
import { compileHardRules, newPlacementBlock, type HardRules } from './eligibility.js';
import { explain } from './explain.js';
import { Ledger, loadIfFits, type Slot } from './fit.js';
import { ChoiceQueue } from './queue.js';
import { compareCandidates, compareForRemoval, compilePreferences, compileSpreadGroup, preferenceScore, SpreadCount, type Candidate } from './score.js';
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

export const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
export const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
export const byPriority = (a: SchedWorkload, b: SchedWorkload): number => b.priority - a.priority || byName(a.name, b.name);

interface Soft {
  group: (n: SchedNode) => string;
  preference: (n: SchedNode) => number;
}

export class Scheduling {
  nodes: SchedNode[];
  readonly nodeById: Map<string, SchedNode>;
  readonly ledger = new Ledger();
  readonly chosen = new Map<string, Set<string>>();
  readonly byName = new Map<string, SchedWorkload>();
  preempted: Preemption[] = [];
  /** Called before a placement is added or removed (the incremental path snapshots the node). */
  beforeChange: ((nodeId: string, workload: string) => void) | null = null;
  private readonly spreads = new Map<string, SpreadCount>();
  private readonly compiled = new Map<string, HardRules>();
  private readonly softRules = new Map<string, Soft>();
  /** The ledger's slot of this.nodes[i] (same ids for the whole run): no lookup by id per pair. */
  private readonly slots: Slot[];

  constructor(nodes: readonly SchedNode[]) {
    this.nodes = [...nodes].sort(byId);
    this.nodeById = new Map(this.nodes.map((n) => [n.id, n]));
    this.slots = this.nodes.map((n) => this.ledger.slot(n.id));
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
    ).filter((n) => this.keepable(w, n, hard));
    if (w.placement.mode === 'replicated') keep = this.trim(w, preferTrim(keep, trimFirst, w.placement.replicas), w.placement.replicas);
    for (const n of keep) if (this.ledger.misfit(n, w) === null) this.place(w, n);
  }

  /** Whether an existing placement of w on n may stay (before fit and trimming). */
  keepable(w: SchedWorkload, n: SchedNode, hard = this.hard(w)): boolean {
    return !n.draining && hard(n) === null;
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

  /**
   * Pass 2: new instances where the hard rules allow and the node fits, best score first.
   * `among` (sorted by id) limits the nodes looked at: the incremental path passes the nodes that
   * changed since a run in which every other node was already found unusable for w.
   */
  placeMissing(w: SchedWorkload, among: readonly SchedNode[] = this.nodes): void {
    const set = this.chosen.get(w.name) ?? new Set<string>();
    const perNode = w.placement.mode === 'perNode';
    if (!perNode && set.size >= w.placement.replicas) return;
    const spread = this.spreads.get(w.name) ?? new SpreadCount(w);
    const hard = this.hard(w);
    // Whether n may take a new instance of w at all. Node facts are fixed during a run and the
    // set only gains nodes already looked at, so asking as we go equals filtering first.
    const open = (n: SchedNode): boolean => !set.has(n.id) && hard(n) === null && newPlacementBlock(n) === null;
    if (perNode) {
      for (const n of among) if (open(n) && (this.ledger.misfit(n, w) === null || this.preempt(w, [n], spread))) this.place(w, n);
      return;
    }
    // Placing w changes only the nodes it is placed on, so whether any other node fits, and its
    // load, hold until the queue runs dry: asked once here, for the queue's fixed order.
    const { group, preference } = this.soft(w);
    const queue = new ChoiceQueue(spread, w.placement.replicas - set.size);
    const whole = among === this.nodes;
    for (let i = 0; i < among.length; i++) {
      const n = among[i] as SchedNode;
      if (!open(n)) continue;
      const load = loadIfFits(whole ? (this.slots[i] as Slot) : this.ledger.slot(n.id), n, w);
      if (load >= 0) queue.offer(n, group(n), preference(n), load);
    }
    while (set.size < w.placement.replicas) {
      const n = queue.take() ?? this.preempt(w, among.filter(open), spread);
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

  hard(w: SchedWorkload): HardRules {
    let rules = this.compiled.get(w.name);
    if (!rules) {
      rules = compileHardRules(w);
      this.compiled.set(w.name, rules);
    }
    return rules;
  }

  /** The workload's soft rules prepared once: its spread group and preference score of a node. */
  private soft(w: SchedWorkload): Soft {
    let soft = this.softRules.get(w.name);
    if (!soft) {
      soft = { group: compileSpreadGroup(w), preference: compilePreferences(w) };
      this.softRules.set(w.name, soft);
    }
    return soft;
  }

  private candidate(w: SchedWorkload, node: SchedNode, spread: SpreadCount): Candidate {
    return { node, spread: spread.of(node), preference: preferenceScore(w, node), load: this.ledger.count(node.id) };
  }

  place(w: SchedWorkload, n: SchedNode): void {
    this.beforeChange?.(n.id, w.name);
    this.ledger.add(n.id, w);
    this.chosen.get(w.name)?.add(n.id);
    this.spreads.get(w.name)?.add(n);
  }

  /** `n` must be the node object the placement was made with: its labels give the spread group. */
  unplace(workload: string, n: SchedNode): void {
    this.beforeChange?.(n.id, workload);
    this.ledger.remove(n.id, workload);
    this.chosen.get(workload)?.delete(n.id);
    this.spreads.get(workload)?.add(n, -1);
  }

  /** Swaps in a changed node (same id); its placements must have been unplaced first. */
  replaceNode(n: SchedNode): void {
    const i = this.nodes.findIndex((x) => x.id === n.id);
    if (i >= 0) this.nodes[i] = n;
    this.nodeById.set(n.id, n);
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
      const u = this.explainMissing(w);
      if (u) unplaced.push(u);
    }
    const preempted = [...this.preempted].sort((a, b) => byName(a.workload, b.workload) || byName(a.nodeId, b.nodeId));
    return { placements, unplaced, preempted };
  }

  /** Why w is not (fully) placed, counting every node once; null when it is. */
  explainMissing(w: SchedWorkload): Unplaced | null {
    const set = this.chosen.get(w.name) ?? new Set<string>();
    if (w.placement.mode === 'replicated' && set.size >= w.placement.replicas) return null;
    const reasons: Record<string, number> = {};
    for (const n of this.nodes) {
      const why = this.reasonOn(w, n);
      if (why !== null) reasons[why] = (reasons[why] ?? 0) + 1;
    }
    return this.unplacedOf(w, reasons);
  }

  /** Why w is not on node n and could not be added there, or null (with `ledger` as it holds). */
  reasonOn(w: SchedWorkload, n: SchedNode, ledger: Ledger = this.ledger): string | null {
    return ledger.has(n.id, w.name) ? REASON_ALREADY : (this.hard(w)(n) ?? newPlacementBlock(n) ?? ledger.explainMisfit(n, w));
  }

  /** The Unplaced entry for w from its reasons counted over the whole fleet, or null. */
  unplacedOf(w: SchedWorkload, counted: Record<string, number>): Unplaced | null {
    let short = 0;
    // Keys in one fixed order, however the counts were gathered (whole fleet or incrementally).
    const reasons: Record<string, number> = {};
    for (const why of Object.keys(counted).sort(byName)) {
      const count = counted[why] ?? 0;
      if (count <= 0) continue;
      reasons[why] = count;
      if (isShortage(why)) short += count;
    }
    const placed = this.chosen.get(w.name)?.size ?? 0;
    const perNode = w.placement.mode === 'perNode';
    const wanted = perNode ? placed + short : w.placement.replicas;
    if (perNode ? placed > 0 && short === 0 : placed >= wanted) return null;
    const preemptedBy = [...new Set(this.preempted.filter((p) => p.workload === w.name).map((p) => p.by))].sort(byName);
    const message = explain(w.placement.mode, placed, wanted, this.nodes.length, reasons, preemptedBy);
    return { workload: w.name, mode: w.placement.mode, wanted, placed, reasons, preemptedBy, message };
  }
}

/** Reasons that keep a node that should run a perNode workload from running it. */
export function isShortage(why: string): boolean {
  return (
    why.startsWith(REASON_MEMORY) ||
    why.startsWith(REASON_CPU) ||
    why === REASON_MEMORY_PRESSURE ||
    why === REASON_DISK_PRESSURE ||
    // A node that matches a perNode workload's rules but whose security policy refuses it should run it and cannot.
    why.startsWith(SECURITY_REASON_PREFIX)
  );
}
