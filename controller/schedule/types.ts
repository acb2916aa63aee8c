// The scheduler's own view of workloads and nodes: only the facts it decides on, all of them
// passed in. Adapters (inputs.ts) build these from the store and the registry.
import type { SecurityAsk, SecurityPolicy } from '../../proto/security.js';
import type { Labels } from '../../proto/types.js';
import type { Constraint, DisconnectPolicy, NodeProperty, PlacementMode, Preference } from '../manifest/types.js';
import type { Placement } from '../store/store.js';
import type { DisconnectOutcome } from './disconnect.js';

export interface Resources {
  cpuMillis: number;
  memoryBytes: number;
}

export interface SchedPlacement {
  mode: PlacementMode;
  /** Replicated: copies wanted (after autoscaling). perNode: ignored. */
  replicas: number;
  nodeSelector: Labels;
  constraints: readonly Constraint[];
  preferences: readonly Preference[];
  spread: { key: string } | null;
  /** Always 1 today (validated in the manifest): at most one instance per node. */
  maxPerNode: number;
  /** When a node goes silent (schedule/disconnect.ts); absent: placements stay. */
  disconnect?: DisconnectPolicy;
}

export interface SchedWorkload {
  name: string;
  /** Higher wins when a node cannot fit everything. */
  priority: number;
  /** Requests (container resources); 0 requests nothing. */
  resources: Resources;
  placement: SchedPlacement;
  /** What the container asks of a node's security policy; absent: asks nothing (tests, old callers). */
  security?: SecurityAsk;
}

export interface SchedNode {
  id: string;
  /** Effective labels: the agent's, with the operator's on top. */
  labels: Labels;
  /** Built-in properties from the node's hello; '' or absent means unknown. */
  properties: Partial<Record<NodeProperty, string>>;
  online: boolean;
  /** No new placements; existing ones stay. */
  cordoned: boolean;
  /** No new placements; replicated placements move elsewhere, perNode ones are removed. */
  draining: boolean;
  /** What the node offers (its hello); placements' requests are subtracted from it. */
  capacity: Resources;
  /** From telemetry: a node under pressure takes no new placements. */
  pressure: { memory: boolean; disk: boolean };
  /** The workload security policy the node's agent enforces; absent: DEFAULT_SECURITY_POLICY. */
  securityPolicy?: SecurityPolicy;
}

/** A lower-priority placement removed to make room for a higher-priority one. */
export interface Preemption {
  workload: string;
  nodeId: string;
  by: string;
}

export interface Unplaced {
  workload: string;
  mode: PlacementMode;
  /** Replicated: replicas wanted. perNode: matching nodes that should run it but cannot. */
  wanted: number;
  placed: number;
  /** reason -> number of nodes that reason excluded; every node counted once. */
  reasons: Record<string, number>;
  /** Higher-priority workloads that took this one's place in this run. */
  preemptedBy: string[];
  message: string;
}

export interface ScheduleResult {
  /** Sorted by workload, then node id. */
  placements: Placement[];
  /** Sorted by workload. */
  unplaced: Unplaced[];
  preempted: Preemption[];
  /** Only when silent-node facts were passed in. */
  disconnect?: DisconnectOutcome;
}

export const REASON_SELECTOR = 'did not match nodeSelector';
export const REASON_OFFLINE = 'offline';
export const REASON_ALREADY = 'already runs this workload';
export const REASON_CORDONED = 'cordoned';
export const REASON_DRAINING = 'draining';
export const REASON_MEMORY_PRESSURE = 'under memory pressure';
export const REASON_DISK_PRESSURE = 'under disk pressure';
export const REASON_MEMORY = 'insufficient memory';
export const REASON_CPU = 'insufficient cpu';
/** Suffix when the room is held by higher-priority workloads. */
export const HELD_BY_HIGHER = ' (held by higher priority)';
