// Domain types of a Workload as the controller stores, schedules and ships it. Everything is
// fully defaulted: code downstream never re-applies a manifest default.
import type { ContainerSpec, Labels, RunWhen } from '../../proto/types.js';

export const API_VERSION = 'edgefleet.io/v1';
export const KIND = 'Workload';

export const PLACEMENT_MODES = ['replicated', 'perNode'] as const;
export type PlacementMode = (typeof PLACEMENT_MODES)[number];

export const RUN_WHENS = ['always', 'online', 'offline'] as const satisfies readonly RunWhen[];
// Fails to compile when proto/types.ts gains a RunWhen this list does not have.
const _allRunWhens: [Exclude<RunWhen, (typeof RUN_WHENS)[number]>] extends [never] ? true : never = true;

export interface Placement {
  mode: PlacementMode;
  /** Copies wanted fleet-wide for `replicated`; always 0 for `perNode` (one per matching node). */
  replicas: number;
  /** Labels a node must carry, all of them, to be eligible. */
  nodeSelector: Labels;
}

export interface Workload {
  name: string;
  labels: Labels;
  /** Env sorted by name; resources in millicores and bytes; health check times in ms. */
  container: ContainerSpec;
  priority: number;
  /** Sorted, no duplicates. */
  dependsOn: string[];
  runWhen: RunWhen;
  placement: Placement;
  /** hash.ts specHash(): changes exactly when the running container must be recreated. */
  specHash: string;
}
