// Drift: does a node run what the controller wants it to run, and if not, why. Pure; computed from
// what the controller already holds: the desired snapshot it rendered for the node (rendered spec
// hashes, runWhen, restart policy), the generation the agent reports applied, the agent's last
// NodeState (per-workload phase, spec hash, health, last error; conditions such as UpdateHeld,
// which the agent's update gates set, and RuntimeReachable), and whether the node is online.
//
// The state names the main cause, in this order: offline, failing, lock, window, stopped,
// applying. The reason lists every finding (the first few), so a node held by a lock while one of
// its workloads crash-loops says both.
import type { Condition, WorkloadStatus } from '../../proto/types.js';
import type { Delivery } from './delivery.js';

export type DriftState = 'none' | 'offline' | 'failing' | 'lock' | 'window' | 'stopped' | 'applying';

export interface DriftView {
  drift: DriftState;
  /** Empty when there is no drift; otherwise what differs and why. */
  driftReason: string;
}

export interface DesiredWorkloadFacts {
  name: string;
  /** Rendered (with configuration). */
  specHash: string;
  runWhen: string;
  container: { restartPolicy: string };
}

export interface DriftFacts {
  online: boolean;
  delivery: Delivery;
  desiredGeneration: number;
  appliedGeneration: number;
  /** The agent's conditions, from its last state report. */
  conditions: readonly Pick<Condition, 'type' | 'status' | 'reason' | 'message'>[];
  /** The node's rendered desired workloads; undefined when not known (before the first sync). */
  desired: readonly DesiredWorkloadFacts[] | undefined;
  /** From the last state report; null when the node never sent one. */
  reported: readonly WorkloadStatus[] | null;
}

const ORDER: readonly DriftState[] = ['offline', 'failing', 'lock', 'window', 'stopped', 'applying'];
const MAX_PARTS = 3;

/** An exited container that is done, not failed: restart policy no, or on-failure with exit 0. */
function finished(w: DesiredWorkloadFacts, s: WorkloadStatus): boolean {
  const p = w.container.restartPolicy;
  return p === 'no' || (p === 'on-failure' && s.exitCode === 0);
}

function workloadFinding(w: DesiredWorkloadFacts, s: WorkloadStatus | undefined, online: boolean): [DriftState, string] | null {
  if (!s) return ['applying', `${w.name}: not reported yet`];
  if (s.phase === 'failed' || s.phase === 'backoff') return ['failing', `${w.name} ${s.phase}${s.lastError ? `: ${s.lastError}` : s.message ? `: ${s.message}` : ''}`];
  if (s.lastError) return ['failing', `${w.name}: ${s.lastError}`];
  if (s.phase === 'exited' && !finished(w, s)) return ['failing', `${w.name} exited${s.exitCode !== undefined ? ` with code ${s.exitCode}` : ''}`];
  if (s.health === 'unhealthy') return ['failing', `${w.name} unhealthy`];
  if (s.phase === 'stopped') {
    // An offline-only workload stopped while the link is up is what was asked for.
    if (w.runWhen === 'offline' && online) return null;
    return ['stopped', `${w.name} stopped on the node${s.message ? `: ${s.message}` : ''}`];
  }
  if (s.specHash !== w.specHash) {
    return ['applying', `${w.name}: ${s.specHash ? `runs spec ${s.specHash.slice(0, 8)}, wants ${w.specHash.slice(0, 8)}` : 'not running yet'}${s.message ? ` (${s.message})` : ''}`];
  }
  if (s.phase === 'pending' || s.phase === 'pulling' || s.phase === 'created') return ['applying', `${w.name} ${s.phase}${s.message ? `: ${s.message}` : ''}`];
  return null;
}

export function driftOf(f: DriftFacts): DriftView {
  const findings: [DriftState, string][] = [];
  const behind = f.delivery !== 'current';
  if (!f.online) {
    if (behind) findings.push(['offline', `offline; generation ${f.desiredGeneration} waits for delivery (applied ${f.appliedGeneration})`]);
  } else if (f.reported === null) {
    if (f.desiredGeneration > 0) findings.push(['applying', 'no status report from the agent yet']);
  }
  const runtime = f.conditions.find((c) => c.type === 'RuntimeReachable');
  if (f.online && runtime && !runtime.status) findings.push(['failing', `container runtime unreachable${runtime.message ? `: ${runtime.message}` : ''}`]);
  const held = f.conditions.find((c) => c.type === 'UpdateHeld' && c.status);
  if (held && behind) findings.push([held.reason === 'LockHeld' ? 'lock' : 'window', held.message || held.reason]);

  if (f.reported !== null && f.desired !== undefined && !(held && behind)) {
    // While an update is held the node deliberately runs the previous snapshot: comparing it with
    // the new one would only repeat "held" once per workload.
    const byName = new Map(f.reported.map((s) => [s.name, s]));
    for (const w of f.desired) {
      // The Last Will carries no workloads: offline, a missing status says nothing.
      if (!f.online && !byName.has(w.name)) continue;
      const finding = workloadFinding(w, byName.get(w.name), f.online);
      if (finding) findings.push(finding);
    }
  } else if (f.reported !== null && held && behind) {
    for (const s of f.reported) if (s.phase === 'failed' || s.phase === 'backoff') findings.push(['failing', `${s.name} ${s.phase}${s.lastError ? `: ${s.lastError}` : ''}`]);
  }
  if (f.online && behind && !findings.some(([st]) => st !== 'stopped')) {
    const converged = f.conditions.find((c) => c.type === 'Converged' && !c.status);
    findings.push(['applying', `generation ${f.desiredGeneration} not applied yet (applied ${f.appliedGeneration})${converged?.message ? `: ${converged.message}` : ''}`]);
  }
  // Offline with a last report that matched: what runs now is unknown, not known to differ.
  if (!f.online && findings.length > 0 && findings[0]?.[0] !== 'offline') findings.unshift(['offline', 'offline; at its last report']);
  if (findings.length === 0) return { drift: 'none', driftReason: '' };
  const state = ORDER.find((s) => findings.some(([st]) => st === s)) ?? 'applying';
  const parts = findings.map(([, why]) => why);
  const more = parts.length > MAX_PARTS ? `; and ${parts.length - MAX_PARTS} more` : '';
  return { drift: state, driftReason: parts.slice(0, MAX_PARTS).join('; ') + more };
}
