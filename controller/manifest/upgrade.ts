// Workloads stored by an older controller lack fields added since; this fills them with the
// defaults the schema applies today, so everything downstream sees a complete Workload.
import type { Placement, Workload } from './types.js';

const PLACEMENT_DEFAULTS: Omit<Placement, 'mode' | 'replicas' | 'nodeSelector'> = {
  constraints: [],
  preferences: [],
  spread: null,
  maxPerNode: 1,
  autoscale: null,
};

export function upgradeStoredWorkload(w: Workload): Workload {
  const p: Partial<Placement> = w.placement;
  if (PLACEMENT_KEYS.every((k) => k in p)) return w;
  return { ...w, placement: { ...PLACEMENT_DEFAULTS, ...w.placement } };
}

const PLACEMENT_KEYS = Object.keys(PLACEMENT_DEFAULTS) as (keyof Placement)[];
