// Builds the NodeState report from the held desired snapshot and the last pass. Pure.
import type { Condition, DesiredState, NodeState, Phase, WorkloadStatus } from '../proto/types.js';
import type { PassOutcome } from './reconciler.js';
import type { ActualContainer } from './runtime/port.js';

function phaseOf(c: ActualContainer | undefined, waiting: string | undefined, error: string | undefined): Phase {
  if (waiting?.startsWith('crash loop')) return 'backoff';
  if (!c && waiting?.startsWith('pulling')) return 'pulling';
  if (!c) return error ? 'failed' : 'pending';
  switch (c.state) {
    case 'running':
      return 'running';
    case 'created':
      return 'created';
    case 'restarting':
      return 'backoff';
    case 'exited':
    case 'dead':
      return 'exited';
    default:
      return waiting ? 'pending' : 'unknown';
  }
}

export function buildNodeState(args: {
  nodeId: string;
  bootId: string;
  desired: DesiredState | null;
  outcome: PassOutcome | null;
  nowMs: number;
  runtimeSinceMs: number;
  /** The last snapshot a pass converged on. */
  applied: { epoch: number; generation: number };
  /** Pulls in progress: workload -> progress text. */
  pulling?: ReadonlyMap<string, string>;
  /** Since when each container has been ready (agent/ready.ts); 0 or absent: not ready. */
  readySince?: (containerId: string) => number;
}): NodeState {
  const { desired, outcome, nowMs } = args;
  const workloads: WorkloadStatus[] = (desired?.workloads ?? []).map((w) => {
    const c = outcome?.actual.find((a) => a.workload === w.name && a.specHash === w.specHash);
    const pull = args.pulling?.get(w.name);
    const waiting = pull ?? outcome?.waiting.get(w.name);
    const error = outcome?.errors.get(w.name);
    // Stopped on purpose (runWhen, policy): reported as such once it no longer runs.
    const parked = outcome?.parked?.get(w.name);
    const s: WorkloadStatus = {
      name: w.name,
      specHash: c?.specHash ?? '',
      phase: parked !== undefined && c?.state !== 'running' ? 'stopped' : phaseOf(c, waiting, error),
      containerId: c?.id ?? '',
      restartCount: outcome?.restarts.get(w.name) ?? 0,
      health: c?.health ?? 'none',
      lastError: error ?? '',
      startedAtMs: c?.startedAtMs ?? 0,
      message: waiting ?? parked ?? '',
    };
    if (c?.exitCode !== undefined && c.state !== 'running') s.exitCode = c.exitCode;
    if (c) {
      s.revision = w.revision;
      const since = args.readySince?.(c.id) ?? 0;
      if (since > 0) s.readySinceMs = since;
    }
    return s;
  });
  // Before the first pass nothing is known about the runtime: no condition rather than a guess.
  const conditions: Condition[] = [];
  if (outcome !== null) {
    const reachable = outcome.runtimeError === undefined;
    conditions.push(
      {
        type: 'RuntimeReachable',
        status: reachable,
        reason: reachable ? 'DockerAnswers' : 'DockerUnavailable',
        message: outcome.runtimeError ?? '',
        sinceMs: args.runtimeSinceMs,
      },
      {
        type: 'Converged',
        status: outcome.converged,
        reason: outcome.converged ? 'PlanEmpty' : 'Reconciling',
        message: [...outcome.waiting].map(([w, why]) => `${w}: ${why}`).join('; '),
        sinceMs: nowMs,
      },
    );
  }
  return {
    nodeId: args.nodeId,
    bootId: args.bootId,
    online: true,
    appliedEpoch: args.applied.epoch,
    appliedGeneration: args.applied.generation,
    workloads,
    conditions,
    reportedAtMs: nowMs,
  };
}
