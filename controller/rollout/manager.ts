// Wires the rollout machine to the reconciler: in every reconcile run it steps each workload's
// rollout with the placements and what the agents last reported, stores the result, and tells
// the desired-state builder which revision each node is sent (nodes no wave has reached keep the
// spec of the revision they run). It asks for a run when an agent in a rollout reports, and when
// a node's minHealthyTime or healthy deadline will have passed.
import type { Logger } from 'pino';
import type { NodeState, WorkloadStatus } from '../../proto/types.js';
import { ControllerError } from '../errors.js';
import type { NodeView } from '../fleet/registry.js';
import { ROLLOUT_DEFAULTS } from '../manifest/rollout.js';
import type { RolloutSpec } from '../manifest/types.js';
import type { SqliteRolloutStore } from '../store/rollout-store.js';
import type { Placement, StoredWorkload } from '../store/store.js';
import { counts, pause, resume, startRollout, step, type NodeFacts, type NodePhase, type NodeReport, type RolloutState } from './machine.js';

export interface RolloutManagerDeps {
  rollouts: SqliteRolloutStore;
  now: () => number;
  logger: Logger;
  /** Asks for a reconcile run (debounced by the reconciler). */
  poke: () => void;
}

export interface RolloutPlan {
  /** The workload as node `nodeId` must be sent it: the current revision, or the one it keeps. */
  specFor(nodeId: string, w: StoredWorkload): StoredWorkload;
}

export interface RolloutStatus {
  workload: string;
  /** The revision the workload is at: the target, or the stable one after a rollback. */
  current: number;
  rollout: RolloutState | null;
  counts: Record<NodePhase, number>;
}

/** The revision a rollout leaves the workload at. */
export function effectiveRevision(s: RolloutState): number {
  return s.phase === 'rolledBack' ? (s.stable ?? s.target) : s.target;
}

export class RolloutManager {
  /** Controller time each node's last state report arrived: carries the agent's ready time forward. */
  private readonly stateAt = new Map<string, number>();
  /** Nodes an unfinished rollout waits on: their reports ask for a run. */
  private watched = new Set<string>();
  private wakeTimer: NodeJS.Timeout | null = null;
  private closed = false;
  /**
   * The stored state of each workload's rollout, by the workload's creation time (a workload
   * deleted and created again starts afresh). This class writes every change, so the cache stays
   * exact; it spares each reconcile run one read and JSON parse of every rollout (a rollout over
   * 10,000 nodes is about a megabyte of JSON).
   */
  private readonly cache = new Map<string, { createdAtMs: number; state: RolloutState }>();

  constructor(private readonly deps: RolloutManagerDeps) {}

  onState(s: Pick<NodeState, 'nodeId'>): void {
    this.stateAt.set(s.nodeId, this.deps.now());
    if (this.watched.has(s.nodeId)) this.deps.poke();
  }

  /** One step of every workload's rollout; called by each reconcile run before desired states are built. */
  run(workloads: readonly StoredWorkload[], placements: readonly Placement[], nodes: ReadonlyMap<string, NodeView>): RolloutPlan {
    const { rollouts, now, logger } = this.deps;
    const t = now();
    const placedOn = new Map<string, string[]>();
    for (const p of placements) {
      const list = placedOn.get(p.workload) ?? [];
      list.push(p.nodeId);
      placedOn.set(p.workload, list);
    }
    const states = new Map<string, RolloutState>();
    const watched = new Set<string>();
    let wakeAt: number | null = null;
    const names = new Set(workloads.map((w) => w.workload.name));
    for (const name of this.cache.keys()) if (!names.has(name)) this.cache.delete(name);
    for (const w of workloads) {
      const name = w.workload.name;
      const stored = this.stored(w);
      let s = stored;
      if (!s || effectiveRevision(s) !== w.revision) {
        s = startRollout(s, name, w.revision, t);
        if (s.stable !== null) logger.info({ workload: name, revision: w.revision, from: s.stable }, `rollout of ${name} revision ${w.revision} started`);
      }
      const strategy = w.workload.rollout ?? ROLLOUT_DEFAULTS;
      const facts = (placedOn.get(name) ?? []).map((id) => this.facts(nodes.get(id), id, name, s, w));
      const r = step(s, strategy, facts, t);
      this.logChanges(s, r.state);
      if (r.rolledBack && r.state.stable !== null) {
        rollouts.restoreRevision(name, r.state.stable, t);
        logger.warn({ workload: name, revision: r.state.target, to: r.state.stable, reason: r.state.reason }, `rollout of ${name} ${r.state.reason}`);
      }
      if (!stored || !sameState(stored, r.state)) this.put(w, r.state);
      states.set(name, r.state);
      if (r.state.phase === 'progressing') {
        for (const [id, n] of Object.entries(r.state.nodes)) if (n.phase === 'updating' || n.phase === 'pending') watched.add(id);
      }
      if (r.wakeAtMs !== null) wakeAt = wakeAt === null ? r.wakeAtMs : Math.min(wakeAt, r.wakeAtMs);
    }
    this.watched = watched;
    this.wakeAt(wakeAt, t);
    return {
      specFor: (nodeId, w) => {
        const state = states.get(w.workload.name);
        // No waves asked for (the default: 100 % at once, no canary): every placed node is sent the
        // current revision, offline ones included (retained, applied on reconnect), as before
        // rollouts existed. Only a workload that asks for waves holds nodes back on an older one.
        // "Current" is the rollout's: a rollback in this very run restored an older revision
        // that `w` (read before the run) does not know yet.
        const given = !asksForWaves(w.workload.rollout ?? ROLLOUT_DEFAULTS) ? (state ? effectiveRevision(state) : w.revision) : state?.nodes[nodeId]?.given;
        if (given === undefined || given === w.revision) return w;
        const spec = rollouts.revisionSpec(w.workload.name, w.createdAtMs, given);
        if (!spec) return w;
        const { configVersion, ...container } = spec;
        // The older revision with its own configuration: nodes a wave has not reached keep the old values.
        return { ...w, revision: given, configVersion, workload: { ...w.workload, ...container } };
      },
    };
  }

  private stored(w: StoredWorkload): RolloutState | null {
    const hit = this.cache.get(w.workload.name);
    if (hit && hit.createdAtMs === w.createdAtMs) return hit.state;
    const s = this.deps.rollouts.getRollout(w.workload.name) ?? null;
    if (s) this.cache.set(w.workload.name, { createdAtMs: w.createdAtMs, state: s });
    return s;
  }

  private put(w: StoredWorkload, s: RolloutState): void {
    this.deps.rollouts.putRollout(s);
    this.cache.set(w.workload.name, { createdAtMs: w.createdAtMs, state: s });
  }

  private facts(view: NodeView | undefined, id: string, workload: string, s: RolloutState, w: StoredWorkload): NodeFacts {
    const online = view !== undefined && view.status !== 'Offline';
    const st = view?.state?.workloads.find((x) => x.name === workload);
    return { id, online, report: st && view?.state ? this.report(st, view.state, id, s, w) : null };
  }

  private report(st: WorkloadStatus, state: NodeState, id: string, s: RolloutState, w: StoredWorkload): NodeReport {
    // Agents that predate the revision field: match the spec hash of what the node was given.
    let revision = st.revision ?? 0;
    if (revision === 0 && st.specHash !== '') {
      const given = s.nodes[id]?.given ?? w.revision;
      const hash = given === w.revision ? w.workload.specHash : this.deps.rollouts.revisionSpec(w.workload.name, w.createdAtMs, given)?.specHash;
      if (hash === st.specHash) revision = given;
    }
    const since = st.readySinceMs ?? 0;
    const ready = since > 0 && st.phase === 'running';
    // The agent's own clock up to its report, then the controller's since the report arrived.
    const carried = Math.max(0, this.deps.now() - (this.stateAt.get(id) ?? this.deps.now()));
    return { revision, phase: st.phase, health: st.health, ready, readyForMs: ready ? Math.max(0, state.reportedAtMs - since) + carried : 0 };
  }

  private logChanges(before: RolloutState, after: RolloutState): void {
    const log = this.deps.logger;
    for (let i = before.waves.length; i < after.waves.length; i++) {
      log.info({ workload: after.workload, revision: after.target, wave: i + 1, nodes: after.waves[i] }, `rollout of ${after.workload} revision ${after.target}: wave ${i + 1} started`);
    }
    if (before.phase !== after.phase) {
      const msg = `rollout of ${after.workload} revision ${after.target} ${after.phase}`;
      log[after.phase === 'paused' || after.phase === 'rolledBack' ? 'warn' : 'info']({ workload: after.workload, revision: after.target, phase: after.phase, reason: after.reason, counts: counts(after) }, msg);
    }
  }

  private wakeAt(at: number | null, t: number): void {
    if (this.wakeTimer) clearTimeout(this.wakeTimer);
    this.wakeTimer = null;
    if (at === null || this.closed) return;
    this.wakeTimer = setTimeout(() => this.deps.poke(), Math.max(0, at - t) + 20);
    this.wakeTimer.unref();
  }

  status(w: StoredWorkload): RolloutStatus {
    const s = this.stored(w);
    return { workload: w.workload.name, current: w.revision, rollout: s, counts: s ? counts(s) : { pending: 0, 'pending-offline': 0, updating: 0, done: 0, failed: 0 } };
  }

  /**
   * Makes an earlier revision current and rolls it out like any change (waves, health). Without
   * `to`: the rollout's stable revision, else the highest revision below the current one.
   */
  undo(w: StoredWorkload, to: number | undefined): { from: number; to: number } {
    const { rollouts, now } = this.deps;
    const name = w.workload.name;
    const s = this.stored(w);
    const from = w.revision;
    let target = to;
    if (target === undefined) {
      const stable = s && s.stable !== null && s.stable !== from ? s.stable : undefined;
      target = stable ?? rollouts.listRevisions(name).map((r) => r.revision).filter((r) => r < from).at(-1);
      if (target === undefined) throw new ControllerError('EF_CTL_BAD_REQUEST', `workload ${name} has no revision before ${from} to go back to`);
    }
    if (target === from && (!s || effectiveRevision(s) === from)) throw new ControllerError('EF_CTL_BAD_REQUEST', `workload ${name} is at revision ${from} already`);
    rollouts.restoreRevision(name, target, now());
    this.put(w, startRollout(s, name, target, now()));
    return { from, to: target };
  }

  pause(w: StoredWorkload, reason: string): RolloutState {
    return this.change(w, (s) => pause(s, reason, this.deps.now()));
  }

  resume(w: StoredWorkload): RolloutState {
    return this.change(w, (s) => resume(s, this.deps.now()));
  }

  private change(w: StoredWorkload, f: (s: RolloutState) => RolloutState | string): RolloutState {
    const s = this.stored(w);
    if (!s) throw new ControllerError('EF_CTL_BAD_REQUEST', `workload ${w.workload.name} has no rollout yet`);
    const next = f(s);
    if (typeof next === 'string') throw new ControllerError('EF_CTL_BAD_REQUEST', next);
    this.put(w, next);
    return next;
  }

  close(): void {
    this.closed = true;
    if (this.wakeTimer) clearTimeout(this.wakeTimer);
    this.wakeTimer = null;
  }
}

/** Equal but for the step time: a state is stored only when something else changed. */
function sameState(a: RolloutState, b: RolloutState): boolean {
  if (a.target !== b.target || a.stable !== b.stable || a.phase !== b.phase || a.reason !== b.reason || a.waves.length !== b.waves.length) return false;
  const ka = Object.keys(a.nodes);
  if (ka.length !== Object.keys(b.nodes).length) return false;
  for (const id of ka) {
    const x = a.nodes[id];
    const y = b.nodes[id];
    if (!x || !y || x.given !== y.given || x.phase !== y.phase || x.wave !== y.wave || x.sinceMs !== y.sinceMs || x.reason !== y.reason) return false;
  }
  return true;
}

/** Waves: a canary, or fewer than all nodes at once. Otherwise a change goes to every node together. */
export function asksForWaves(r: RolloutSpec): boolean {
  return r.canary > 0 || !('percent' in r.maxParallel && r.maxParallel.percent >= 100);
}
