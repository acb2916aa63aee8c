// Incremental scheduling: the same answer as schedule() for a few changed nodes, without redoing
// the whole fleet. The controller re-schedules on every node change (hello, going offline,
// cordon, labels, pressure); with 10,000 nodes a full run costs 100+ ms, replaying only what the
// changed nodes can affect costs a few.
//
// Why the replay gives the full answer (the property test in schedule-incremental.test.ts checks
// it against schedule() on random fleets and random node changes):
// - Base: the last run had no preemption and released no silent placement. Then its output R is
//   a fixed point: schedule(W, N, R) keeps every placement of R in pass 1 (hard rules held when
//   each was made, every prefix of a node's holdings fits because the whole does, no workload
//   holds more than its replicas) and pass 2 adds nothing (every node a short workload could not
//   use then holds as much or more now, so it still cannot). That run's state is kept here.
// - Now the inputs differ from that run only in some nodes D (same workloads, current == R).
//   Pass 1 is node-local: only D's placements are re-checked, in priority order per node.
//   Pass 2, one workload at a time in priority order: a "dirty" node is one whose holdings or
//   facts differ from the base. Every clean node is in the state it had in the base run, where a
//   short workload (perNode, or replicated with fewer than its replicas) found it unusable; so
//   such a workload only needs to look at the dirty nodes. A replicated workload that was full
//   and lost an instance looks at the whole fleet. Full ones do nothing, as in the full run.
// - Pass 3: reasons are counted per node, so an unplaced workload's counts change only on dirty
//   nodes: take the base's reason there away and add the new one.
import type { Placement } from '../store/store.js';
import { planDisconnect, type DisconnectFacts, type DisconnectOutcome, type DisconnectPlan } from './disconnect.js';
import { Ledger, type Held } from './fit.js';
import { scheduleRun } from './schedule.js';
import { byId, byName, byPriority, isShortage, type Scheduling } from './scheduling.js';
import type { SchedNode, SchedWorkload, ScheduleResult, Unplaced } from './types.js';

export type SchedulePath = 'full' | 'incremental';

interface Base {
  s: Scheduling;
  order: SchedWorkload[];
  rank: Map<string, number>;
  names: string[];
  signatures: Map<string, string>;
  nodes: Map<string, SchedNode>;
  placements: Placement[];
  /** Each workload's placements, sorted by node id: `placements` is their concatenation. */
  slices: Map<string, Placement[]>;
  unplaced: Map<string, Unplaced>;
}

interface Snapshot {
  node: SchedNode;
  held: Held[];
}

export class IncrementalScheduler {
  private base: Base | null = null;
  /** Which path the last call took (for tests and the benchmark). */
  lastPath: SchedulePath | null = null;

  /** More changed nodes than this share of the fleet: a full run is about as cheap. */
  constructor(private readonly maxChangedShare = 0.05) {}

  /** schedule(), reusing the previous call's work when only some nodes changed. */
  schedule(
    workloads: readonly SchedWorkload[],
    nodes: readonly SchedNode[],
    current: readonly Placement[],
    now = 0,
    disconnect?: DisconnectFacts,
  ): ScheduleResult {
    const base = this.base;
    const fast = base ? this.tryIncremental(base, workloads, nodes, current, now, disconnect) : null;
    if (fast) {
      this.lastPath = 'incremental';
      return fast;
    }
    this.lastPath = 'full';
    this.base = null;
    const run = scheduleRun(workloads, nodes, current, now, disconnect);
    if (run.state.preempted.length === 0 && (run.plan === null || run.plan.released.size === 0)) {
      this.base = baseOf(run.state, workloads, run.result);
    }
    return run.result;
  }

  private tryIncremental(
    base: Base,
    workloads: readonly SchedWorkload[],
    nodes: readonly SchedNode[],
    current: readonly Placement[],
    now: number,
    disconnect: DisconnectFacts | undefined,
  ): ScheduleResult | null {
    if (workloads.length !== base.order.length || nodes.length !== base.nodes.size) return null;
    for (const w of workloads) if (base.signatures.get(w.name) !== signature(w)) return null;
    if (!samePlacements(current, base.placements)) return null;
    const seen = new Set<string>();
    const changed: SchedNode[] = [];
    for (const n of nodes) {
      const old = base.nodes.get(n.id);
      if (!old || seen.has(n.id)) return null;
      seen.add(n.id);
      if (old !== n && !sameNode(old, n)) changed.push(n);
    }
    if (changed.length > Math.max(4, nodes.length * this.maxChangedShare)) return null;
    let plan: DisconnectPlan | null = null;
    if (disconnect) {
      const replacing = base.order.filter((w) => w.placement.disconnect?.replace === true);
      const currentBy = new Map(replacing.map((w) => [w.name, [...(base.s.chosen.get(w.name) ?? [])].sort(byName)]));
      plan = planDisconnect(base.order, nodes, currentBy, disconnect, now);
      if (plan.released.size > 0) return null;
    }
    let result: ScheduleResult;
    try {
      result = changed.length === 0 ? this.unchanged(base) : this.replay(base, changed);
    } catch (err) {
      this.base = null; // the kept state may be half-updated
      throw err;
    }
    if (plan && disconnect) result.disconnect = outcomeOf(base.s, plan, disconnect);
    return result;
  }

  private unchanged(base: Base): ScheduleResult {
    return { placements: base.placements, unplaced: [...base.unplaced.values()], preempted: [] };
  }

  private replay(base: Base, changed: SchedNode[]): ScheduleResult {
    const s = base.s;
    s.preempted = [];
    const snaps = new Map<string, Snapshot>();
    const snap = (id: string): void => {
      const node = s.nodeById.get(id);
      if (!snaps.has(id) && node) snaps.set(id, { node, held: s.ledger.holdings(id) });
    };
    s.beforeChange = snap;
    try {
      // Pass 1, node-local: the changed nodes' placements re-checked in priority order.
      const rank = (name: string): number => base.rank.get(name) ?? 0;
      for (const n of changed.sort(byId)) {
        snap(n.id);
        const old = s.nodeById.get(n.id) ?? n;
        const held = s.ledger.holdings(n.id).map((h) => h.workload).sort((a, b) => rank(a) - rank(b));
        for (const name of held) s.unplace(name, old);
        s.replaceNode(n);
        for (const name of held) {
          const w = s.byName.get(name);
          if (w && s.keepable(w, n) && s.ledger.misfit(n, w) === null) s.place(w, n);
        }
      }
      // Pass 2: short workloads look at the dirty nodes only; one that was full, at the fleet.
      let dirty: SchedNode[] = [];
      for (const w of base.order) {
        if (w.placement.mode === 'replicated' && (s.chosen.get(w.name)?.size ?? 0) >= w.placement.replicas) continue;
        const wasShort = w.placement.mode === 'perNode' || base.unplaced.has(w.name);
        if (dirty.length !== snaps.size) dirty = [...snaps.keys()].sort(byName).map((id) => s.nodeById.get(id)).filter((n): n is SchedNode => n !== undefined);
        s.placeMissing(w, wasShort ? dirty : undefined);
      }
    } finally {
      s.beforeChange = null;
    }
    return this.finish(base, snaps);
  }

  /** Pass 3 from the base's answer and what changed on the dirty nodes; becomes the new base. */
  private finish(base: Base, snaps: Map<string, Snapshot>): ScheduleResult {
    const s = base.s;
    const dirty = [...snaps.keys()].sort(byName);
    const slices = new Map(base.slices);
    let moved = false;
    for (const id of dirty) {
      const before = new Set(snaps.get(id)?.held.map((h) => h.workload));
      const after = new Set(s.ledger.holdings(id).map((h) => h.workload));
      for (const name of before) if (!after.has(name)) moved = patch(slices, name, id, false) || moved;
      for (const name of after) if (!before.has(name)) moved = patch(slices, name, id, true) || moved;
    }
    const placements = moved ? ([] as Placement[]).concat(...base.names.map((n) => slices.get(n) ?? [])) : base.placements;

    const oldLedgers = new Map<string, Ledger>();
    const oldLedger = (id: string, held: Held[]): Ledger => {
      let l = oldLedgers.get(id);
      if (!l) {
        l = new Ledger();
        for (const h of held) l.addHeld(id, h);
        oldLedgers.set(id, l);
      }
      return l;
    };
    const unplaced: Unplaced[] = [];
    for (const name of base.names) {
      const w = s.byName.get(name);
      if (!w) continue;
      const placed = s.chosen.get(name)?.size ?? 0;
      const old = base.unplaced.get(name);
      let u: Unplaced | null;
      if (old) {
        const reasons = { ...old.reasons };
        for (const id of dirty) {
          const was = snaps.get(id);
          const node = s.nodeById.get(id);
          if (!was || !node) continue;
          const before = s.reasonOn(w, was.node, oldLedger(id, was.held));
          const after = s.reasonOn(w, node);
          if (before !== null) reasons[before] = (reasons[before] ?? 0) - 1;
          if (after !== null) reasons[after] = (reasons[after] ?? 0) + 1;
        }
        u = s.unplacedOf(w, reasons);
      } else if (w.placement.mode === 'replicated') {
        u = placed < w.placement.replicas ? s.explainMissing(w) : null;
      } else {
        // Fully placed before; it is short now only if a dirty node became a shortage.
        const shortNow = placed === 0 || dirty.some((id) => {
          const node = s.nodeById.get(id);
          const why = node ? s.reasonOn(w, node) : null;
          return why !== null && isShortage(why);
        });
        u = shortNow ? s.explainMissing(w) : null;
      }
      if (u) unplaced.push(u);
    }
    const preempted = [...s.preempted].sort((a, b) => byName(a.workload, b.workload) || byName(a.nodeId, b.nodeId));

    if (preempted.length > 0) this.base = null; // no longer a fixed point: the next run is full
    else {
      for (const id of dirty) {
        const n = s.nodeById.get(id);
        if (n) base.nodes.set(id, n);
      }
      base.placements = placements;
      base.slices = slices;
      base.unplaced = new Map(unplaced.map((u) => [u.workload, u]));
    }
    return { placements, unplaced, preempted };
  }
}

function baseOf(s: Scheduling, workloads: readonly SchedWorkload[], result: ScheduleResult): Base {
  const order = [...workloads].sort(byPriority);
  const slices = new Map<string, Placement[]>();
  for (const p of result.placements) {
    const list = slices.get(p.workload);
    if (list) list.push(p);
    else slices.set(p.workload, [p]);
  }
  return {
    s,
    order,
    rank: new Map(order.map((w, i) => [w.name, i])),
    names: workloads.map((w) => w.name).sort(byName),
    signatures: new Map(workloads.map((w) => [w.name, signature(w)])),
    nodes: new Map(s.nodeById),
    placements: result.placements,
    slices,
    unplaced: new Map(result.unplaced.map((u) => [u.workload, u])),
  };
}

/** Adds or removes one placement in a workload's slice (sorted by node id); true if it did. */
function patch(slices: Map<string, Placement[]>, workload: string, nodeId: string, add: boolean): boolean {
  const list = [...(slices.get(workload) ?? [])];
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid]?.nodeId ?? '') < nodeId) lo = mid + 1;
    else hi = mid;
  }
  const present = list[lo]?.nodeId === nodeId;
  if (add === present) return false;
  if (add) list.splice(lo, 0, { workload, nodeId });
  else list.splice(lo, 1);
  slices.set(workload, list);
  return true;
}

/** settleDisconnect's outcome when nothing was released (the only case this path takes). */
function outcomeOf(s: Scheduling, plan: DisconnectPlan, facts: DisconnectFacts): DisconnectOutcome {
  const kept = facts.replacements.filter((r) => (s.chosen.get(r.workload)?.has(r.nodeId) ?? false) && facts.offlineSinceMs.has(r.replaces));
  return { replacements: kept, started: [], lost: plan.lost, massDisconnect: plan.massDisconnect, deferred: plan.deferred, nextCheckAtMs: plan.nextCheckAtMs };
}

const signatures = new WeakMap<SchedWorkload, string>();

/** A workload's content, compared to notice any change (cached per object: they are not mutated). */
function signature(w: SchedWorkload): string {
  let sig = signatures.get(w);
  if (sig === undefined) {
    sig = JSON.stringify(w);
    signatures.set(w, sig);
  }
  return sig;
}

function samePlacements(a: readonly Placement[], b: readonly Placement[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (!x || !y || x.workload !== y.workload || x.nodeId !== y.nodeId) return false;
  }
  return true;
}

function sameRecord(a: Readonly<Record<string, string | undefined>>, b: Readonly<Record<string, string | undefined>>): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) if (a[k] !== b[k] || !(k in b)) return false;
  return true;
}

function sameNode(a: SchedNode, b: SchedNode): boolean {
  return (
    a.online === b.online &&
    a.cordoned === b.cordoned &&
    a.draining === b.draining &&
    a.capacity.cpuMillis === b.capacity.cpuMillis &&
    a.capacity.memoryBytes === b.capacity.memoryBytes &&
    a.pressure.memory === b.pressure.memory &&
    a.pressure.disk === b.pressure.disk &&
    sameRecord(a.labels, b.labels) &&
    sameRecord(a.properties, b.properties) &&
    (a.securityPolicy === b.securityPolicy || JSON.stringify(a.securityPolicy) === JSON.stringify(b.securityPolicy))
  );
}
