// A workload's rollout (controller/rollout) as the dashboard's workloads table shows it.
import type { RolloutStatus } from '../rollout/manager.js';
import type { DashRollout } from './types.js';

export function dashRollout(s: RolloutStatus): DashRollout | null {
  const r = s.rollout;
  if (!r) return null;
  const c = s.counts;
  return {
    revision: r.target,
    state: r.phase,
    reason: r.reason,
    done: c.done,
    inProgress: c.updating,
    failed: c.failed,
    pending: c.pending,
    pendingOffline: c['pending-offline'],
    total: c.done + c.updating + c.failed + c.pending + c['pending-offline'],
  };
}
