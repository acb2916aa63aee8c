// The controller's store port. SQLite implements it today; PostgreSQL can later, behind the same
// contract tests.
import type { Hello, NodeState } from '../../proto/types.js';
import type { Workload } from '../manifest/types.js';

export interface StoredWorkload {
  workload: Workload;
  revision: number;
  /**
   * The configuration version the revision was made with (controller/store/config-store.ts): its
   * nodes are rendered with that version's entries. Absent: the current configuration.
   */
  configVersion?: number;
  createdAtMs: number;
  updatedAtMs: number;
}

export type ApplyOutcome = 'created' | 'configured' | 'unchanged';

export interface StoredNode {
  id: string;
  hello: Hello | null;
  state: NodeState | null;
  online: boolean;
  firstSeenMs: number;
  lastSeenMs: number;
}

export interface Placement {
  workload: string;
  nodeId: string;
}

export interface StoredDesired {
  nodeId: string;
  generation: number;
  contentHash: string;
  payload: Uint8Array;
  updatedAtMs: number;
}

export interface Store {
  /** The controller epoch: fixed when the store is created, so a new store outranks an old one. */
  epoch(): number;
  applyWorkload(w: Workload, nowMs: number): { outcome: ApplyOutcome; revision: number };
  deleteWorkload(name: string): boolean;
  listWorkloads(): StoredWorkload[];
  getWorkload(name: string): StoredWorkload | undefined;

  upsertNode(node: StoredNode): void;
  /** Many node rows in one transaction (the registry's write-behind flush). */
  upsertNodes(nodes: readonly StoredNode[]): void;
  listNodes(): StoredNode[];
  /** `node rm`: the node's row and its placements go; its desired row stays (see DesiredPublisher.forget). */
  deleteNode(nodeId: string): boolean;

  replacePlacements(placements: readonly Placement[]): void;
  listPlacements(): Placement[];

  getDesired(nodeId: string): StoredDesired | undefined;
  putDesired(d: StoredDesired): void;
  /** Several rows in one transaction: a fleet-wide change is one commit, not one per node. */
  putDesiredMany(rows: readonly StoredDesired[]): void;
  listDesired(): StoredDesired[];

  close(): void;
}
