// Domain types of a Workload as the controller stores, schedules and ships it. Everything is
// fully defaulted: code downstream never re-applies a manifest default.
import type { ContainerSpec, Labels, RunWhen, UpdateStrategy } from '../../proto/types.js';

export const API_VERSION = 'edgefleet.io/v1';
export const KIND = 'Workload';

export const PLACEMENT_MODES = ['replicated', 'perNode'] as const;
export type PlacementMode = (typeof PLACEMENT_MODES)[number];

export const RUN_WHENS = ['always', 'online', 'offline'] as const satisfies readonly RunWhen[];
// Fails to compile when proto/types.ts gains a RunWhen this list does not have.
const _allRunWhens: [Exclude<RunWhen, (typeof RUN_WHENS)[number]>] extends [never] ? true : never = true;

export const CONSTRAINT_OPERATORS = ['In', 'NotIn', 'Exists', 'DoesNotExist', 'Gt', 'Lt'] as const;
export type ConstraintOperator = (typeof CONSTRAINT_OPERATORS)[number];

/**
 * Node properties the agent reports in its hello, usable as constraint and preference keys. Any
 * other key names a node label (agent labels with operator labels on top).
 */
export const NODE_PROPERTIES = ['arch', 'os', 'cpu.cores', 'memory.totalBytes', 'agent.version', 'docker.version'] as const;
export type NodeProperty = (typeof NODE_PROPERTIES)[number];

/** A hard rule over one label or node property. */
export interface Constraint {
  key: string;
  operator: ConstraintOperator;
  /** In/NotIn: one or more; Gt/Lt: exactly one number (or version); Exists/DoesNotExist: none. */
  values: string[];
}

/** A soft rule: nodes that match it score `weight` more. */
export interface Preference extends Constraint {
  weight: number;
}

export const AUTOSCALE_METRICS = ['cpu', 'memory'] as const;
export type AutoscaleMetric = (typeof AUTOSCALE_METRICS)[number];

export interface Autoscale {
  min: number;
  max: number;
  metric: AutoscaleMetric;
  /** cpu: average percent of one core per instance; memory: average bytes per instance. */
  target: number;
  /** Least time between two changes of the replica count, so it does not flap. */
  cooldownMs: number;
}

export const RECONCILE_MODES = ['keepOriginal', 'keepReplacement'] as const;
export type ReconcileMode = (typeof RECONCILE_MODES)[number];

/** What happens to a replicated workload's instance when its node goes silent. */
export interface DisconnectPolicy {
  /** How long a silent node keeps its placement before it counts as lost. */
  lostAfterMs: number;
  /** Start one replacement elsewhere once the node is lost (never for a mass disconnect). */
  replace: boolean;
  /** When the lost node returns: which of the two instances stays. */
  reconcile: ReconcileMode;
}

export interface Placement {
  mode: PlacementMode;
  /** Copies wanted fleet-wide for `replicated` (the start count with autoscale); always 0 for `perNode`. */
  replicas: number;
  /** Labels a node must carry, all of them, to be eligible. */
  nodeSelector: Labels;
  /** Hard rules, all of which a node must satisfy. */
  constraints: Constraint[];
  /** Soft rules, summed by weight; the best-scoring eligible node wins. */
  preferences: Preference[];
  /** Spread replicas evenly across the values of this label. */
  spread: { key: string } | null;
  /** Instances of this workload one node may run. Only 1 today: the agent runs one per node. */
  maxPerNode: number;
  autoscale: Autoscale | null;
  /** Absent: a silent node keeps its placements for as long as it is silent. */
  disconnect?: DisconnectPolicy;
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
  /**
   * toWorkload() always sets it; absent in bodies stored before rollouts existed and in Workloads
   * built by hand, which roll out with ROLLOUT_DEFAULTS (every node at once, as before).
   */
  rollout?: RolloutSpec;
  /** hash.ts specHash(): changes exactly when the running container must be recreated. */
  specHash: string;
}

export const ON_FAILURE = ['rollback', 'pause'] as const;
export type OnFailure = (typeof ON_FAILURE)[number];

/** On a node: start the new container before the old one stops, or stop the old one first. */
export { UPDATE_STRATEGIES, type UpdateStrategy } from '../../proto/types.js';

/** How a changed workload reaches its nodes (controller/rollout). Not part of the spec hash. */
export interface RolloutSpec {
  /** Nodes updated at once: a count, or a percentage of the nodes the workload is placed on. */
  maxParallel: { count: number } | { percent: number };
  /** Size of a first wave that must be done before any other starts; 0: none. */
  canary: number;
  /** A node is done once its new container has run, healthy, this long (the agent's own report). */
  minHealthyTimeMs: number;
  /** A node that is not done this long after it got the new revision has failed. */
  healthyDeadlineMs: number;
  /** The rollout aborts once more than this share of its nodes failed (0: the first failure). */
  abortOnFailurePercent: number;
  onFailure: OnFailure;
  /** startFirst is refused with ports: two containers cannot hold one host port. */
  strategy: UpdateStrategy;
}
