// The rollout state machine: pure and synchronous. A rollout moves one workload's nodes from the
// revision they run to a target revision in waves; each step takes the rollout's state, the
// workload's strategy, the placed nodes (online or not, and what their agents last reported) and
// the time, and returns the next state. Which revision each node is sent is `nodes[id].given`;
// manager.ts turns that into desired snapshots. No clock, store or MQTT in here.
//
// Invariants (test/unit/controller/rollout-machine.prop.test.ts):
// - A node gets the target only while it is online and only as part of a wave; a wave starts only
//   when no node of the wave before is still updating; a wave is never larger than maxParallel
//   (the first one never larger than the canary, when there is one).
// - An offline node never blocks a wave: it is pending-offline and, when it returns, it joins a
//   later wave of whatever rollout is current then.
// - After a rollback every node is given the stable revision: a node that was offline throughout
//   never receives the revision that was rolled back.
// - Same inputs, same output.
import type { Health, Phase } from '../../proto/types.js';
import type { RolloutSpec } from '../manifest/types.js';

export type NodePhase = 'pending' | 'pending-offline' | 'updating' | 'done' | 'failed';
export type RolloutPhase = 'progressing' | 'complete' | 'paused' | 'rolledBack';

export interface NodeRollout {
  /** The revision this node is sent. It equals the target once the node joined a wave. */
  given: number;
  phase: NodePhase;
  /** The wave (1-based) that gave it the target; 0 when it had the target without one. */
  wave: number;
  /** When it got the target (or came back online with it): the healthy deadline counts from here. */
  sinceMs: number;
  /** Why it failed, or what it waits for. */
  reason: string;
}

export interface RolloutState {
  workload: string;
  /** The revision being rolled out. */
  target: number;
  /** The revision a rollback returns to; null for a first revision (nothing to return to). */
  stable: number | null;
  phase: RolloutPhase;
  /** Why it is paused or was rolled back; empty otherwise. */
  reason: string;
  /** Node ids of each wave, in order. */
  waves: string[][];
  nodes: Record<string, NodeRollout>;
  startedAtMs: number;
  updatedAtMs: number;
}

/** What a node's agent last reported about the workload. */
export interface NodeReport {
  /** Revision of the desired instance the running container matches; 0 when none does. */
  revision: number;
  phase: Phase;
  health: Health;
  /** Running and healthy (or without a health check) since the agent's ready_since_ms. */
  ready: boolean;
  /** How long it has been ready, by the agent's own clock, carried forward to now. */
  readyForMs: number;
}

export interface NodeFacts {
  id: string;
  online: boolean;
  report: NodeReport | null;
}

export interface StepResult {
  state: RolloutState;
  /** This step rolled the workload back: its current revision must become `state.stable`. */
  rolledBack: boolean;
  /** When a step could change something without new facts (min healthy time, deadline); null: never. */
  wakeAtMs: number | null;
}

/** Nodes per wave for a fleet of `total` placed nodes. */
export function waveSize(maxParallel: RolloutSpec['maxParallel'], total: number): number {
  if ('count' in maxParallel) return Math.max(1, maxParallel.count);
  return Math.max(1, Math.ceil((maxParallel.percent * total) / 100));
}

/**
 * A rollout to `target`. Nodes keep what they were given until a wave reaches them. The revision
 * to return to is the last one known good: the previous target if that rollout completed, else
 * the previous rollout's own stable revision.
 */
export function startRollout(prev: RolloutState | null, workload: string, target: number, nowMs: number): RolloutState {
  const stable = prev === null ? null : prev.phase === 'complete' ? prev.target : (prev.stable ?? prev.target);
  const nodes: Record<string, NodeRollout> = {};
  for (const [id, n] of Object.entries(prev?.nodes ?? {})) nodes[id] = { given: n.given, phase: 'pending', wave: 0, sinceMs: nowMs, reason: '' };
  return { workload, target, stable, phase: 'progressing', reason: '', waves: [], nodes, startedAtMs: nowMs, updatedAtMs: nowMs };
}

export function pause(s: RolloutState, reason: string, nowMs: number): RolloutState | string {
  if (s.phase === 'paused') return `the rollout of revision ${s.target} is paused already`;
  if (s.phase !== 'progressing') return `the rollout of revision ${s.target} is ${s.phase}: nothing to pause`;
  return { ...s, phase: 'paused', reason, updatedAtMs: nowMs };
}

/** Resumes a paused rollout; nodes that failed get another healthy deadline. */
export function resume(s: RolloutState, nowMs: number): RolloutState | string {
  if (s.phase !== 'paused') return `the rollout of revision ${s.target} is ${s.phase}, not paused`;
  const nodes: Record<string, NodeRollout> = {};
  for (const [id, n] of Object.entries(s.nodes)) nodes[id] = n.phase === 'failed' ? { ...n, phase: 'updating', sinceMs: nowMs, reason: '' } : n;
  return { ...s, phase: 'progressing', reason: '', nodes, updatedAtMs: nowMs };
}

const FAILING_PHASES: ReadonlySet<Phase> = new Set(['failed', 'backoff']);

/** One step. `facts` are the nodes the workload is placed on now. */
export function step(s: RolloutState, strategy: RolloutSpec, facts: readonly NodeFacts[], nowMs: number): StepResult {
  const nodes: Record<string, NodeRollout> = {};
  const byId = [...facts].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const f of byId) {
    const prev = s.nodes[f.id];
    // A node new to the rollout starts from the stable revision (it never ran this workload, or
    // came back into its placement); with nothing stable it gets the target straight away.
    nodes[f.id] = prev ? { ...prev } : { given: s.stable ?? s.target, phase: 'pending', wave: 0, sinceMs: nowMs, reason: '' };
  }
  const next: RolloutState = { ...s, nodes, waves: s.waves.map((w) => [...w]), updatedAtMs: nowMs };

  if (next.phase === 'rolledBack') {
    const back = next.stable ?? next.target;
    for (const f of byId) {
      const n = nodes[f.id] as NodeRollout;
      n.given = back;
      n.phase = f.report?.revision === back && f.report.ready ? 'done' : f.online ? 'updating' : 'pending-offline';
    }
    return { state: next, rolledBack: false, wakeAtMs: null };
  }

  for (const f of byId) observe(nodes[f.id] as NodeRollout, f, next.target, strategy, nowMs);

  const all = Object.values(nodes);
  const failed = all.filter((n) => n.phase === 'failed');
  if (next.phase === 'progressing' && failed.length > 0 && failed.length * 100 > strategy.abortOnFailurePercent * all.length) {
    const why = `${failed.length} of ${all.length} nodes failed (abortOnFailurePercent ${strategy.abortOnFailurePercent}): ${failed[0]?.reason ?? ''}`;
    if (strategy.onFailure === 'rollback' && next.stable !== null) {
      next.phase = 'rolledBack';
      next.reason = `rolled back to revision ${next.stable}: ${why}`;
      for (const n of all) n.given = next.stable;
      return { state: next, rolledBack: true, wakeAtMs: null };
    }
    next.phase = 'paused';
    next.reason = `paused: ${why}`;
  }

  if (next.phase !== 'paused') {
    admitWave(next, strategy, byId, nowMs);
    const finished = all.every((n) => n.phase === 'done' || n.phase === 'failed' || n.phase === 'pending-offline');
    next.phase = finished ? 'complete' : 'progressing';
  }
  return { state: next, rolledBack: false, wakeAtMs: wakeAt(next, strategy, byId, nowMs) };
}

/** Moves one node's phase on from its agent's report. */
function observe(n: NodeRollout, f: NodeFacts, target: number, strategy: RolloutSpec, nowMs: number): void {
  if (n.given !== target) {
    n.phase = f.online ? 'pending' : 'pending-offline';
    return;
  }
  if (n.phase === 'done' || n.phase === 'failed') return; // settled for this rollout
  const r = f.report;
  const onTarget = r !== null && r.revision === target;
  if (onTarget && r.health === 'unhealthy') return fail(n, 'the new container is unhealthy');
  if (onTarget && FAILING_PHASES.has(r.phase)) return fail(n, `the new container is ${r.phase === 'backoff' ? 'crash-looping' : 'failing'}`);
  if (onTarget && r.ready && r.readyForMs >= strategy.minHealthyTimeMs) {
    n.phase = 'done';
    n.reason = '';
    return;
  }
  if (!f.online) {
    n.phase = 'pending-offline';
    n.reason = 'offline; applies the current revision on reconnect';
    return;
  }
  if (n.phase !== 'updating') {
    // Just admitted, or back online: the deadline counts from now.
    n.phase = 'updating';
    n.sinceMs = nowMs;
  }
  if (nowMs - n.sinceMs > strategy.healthyDeadlineMs) return fail(n, `not healthy for ${strategy.minHealthyTimeMs} ms within the healthy deadline (${strategy.healthyDeadlineMs} ms)`);
  n.reason = onTarget && r.ready ? 'healthy, waiting out minHealthyTime' : 'waiting for the new container';
}

function fail(n: NodeRollout, reason: string): void {
  n.phase = 'failed';
  n.reason = reason;
}

/** Starts the next wave once no node of the last one is still updating. */
function admitWave(s: RolloutState, strategy: RolloutSpec, byId: readonly NodeFacts[], nowMs: number): void {
  const last = s.waves.at(-1) ?? [];
  if (last.some((id) => s.nodes[id]?.phase === 'updating')) return;
  const candidates = byId.filter((f) => f.online && s.nodes[f.id]?.given !== s.target);
  if (candidates.length === 0) return;
  const total = byId.length;
  const size = s.stable === null ? total : s.waves.length === 0 && strategy.canary > 0 ? strategy.canary : waveSize(strategy.maxParallel, total);
  const wave = candidates.slice(0, size).map((f) => f.id);
  for (const id of wave) {
    const n = s.nodes[id] as NodeRollout;
    n.given = s.target;
    n.phase = 'updating';
    n.wave = s.waves.length + 1;
    n.sinceMs = nowMs;
    n.reason = 'waiting for the new container';
  }
  s.waves.push(wave);
}

function wakeAt(s: RolloutState, strategy: RolloutSpec, byId: readonly NodeFacts[], nowMs: number): number | null {
  let at: number | null = null;
  const consider = (t: number): void => void (at = at === null ? t : Math.min(at, t));
  for (const f of byId) {
    const n = s.nodes[f.id];
    if (n?.phase !== 'updating') continue;
    consider(n.sinceMs + strategy.healthyDeadlineMs + 1);
    if (f.report?.revision === s.target && f.report.ready) consider(nowMs + Math.max(0, strategy.minHealthyTimeMs - f.report.readyForMs));
  }
  return at;
}

/** Counts for `rollout status`. */
export function counts(s: RolloutState): Record<NodePhase, number> {
  const c: Record<NodePhase, number> = { pending: 0, 'pending-offline': 0, updating: 0, done: 0, failed: 0 };
  for (const n of Object.values(s.nodes)) c[n.phase]++;
  return c;
}
