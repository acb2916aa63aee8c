// What the dashboard's API sends, shared by the server (controller/dashboard/*.ts) and the page
// (controller/dashboard/web/, bundled for the browser): types only, nothing that runs.

export const NODE_STATUSES = ['Online', 'Offline', 'Degraded', 'Cordoned', 'Draining'] as const;
export type DashNodeStatus = (typeof NODE_STATUSES)[number];

export interface DashOverview {
  nodes: { total: number; byStatus: Record<DashNodeStatus, number> };
  workloads: { total: number; unplaced: number };
  /** Upstream messages accepted since start, by type. */
  messages: Record<string, number>;
  /** Controller clock, for "last seen" ages computed in the page. */
  nowMs: number;
}

export interface DashNodeRow {
  name: string;
  status: DashNodeStatus;
  labels: Record<string, string>;
  lastSeenMs: number;
  appliedGeneration: number;
  desiredGeneration: number;
  /** current | pending | pending-offline */
  delivery: string;
  cpuPercent: number | null;
  memoryPercent: number | null;
  temperatureC: number | null;
  /** Outbox records the agent reported still queued (0: none). */
  outboxBacklog: number;
  workloads: number;
}

export interface DashNodePage {
  items: DashNodeRow[];
  /** Rows matching the filter (all pages). */
  total: number;
  page: number;
  pageSize: number;
  pages: number;
  nowMs: number;
}

/** Progress of the workload's latest rollout (controller/rollout); null when it never had one. */
export interface DashRollout {
  revision: number;
  /** The rollout's phase (e.g. progressing, paused, complete, rolledBack). */
  state: string;
  /** Why it is paused or was rolled back; empty otherwise. */
  reason: string;
  done: number;
  inProgress: number;
  failed: number;
  pending: number;
  pendingOffline: number;
  total: number;
}

export interface DashWorkloadRow {
  name: string;
  revision: number;
  image: string;
  mode: string;
  /** Wanted instances (replicated), or null for perNode. */
  replicas: number | null;
  placed: number;
  running: number;
  /** The first placements (at most DASH_WORKLOAD_NODES) and how many there are in all. */
  nodes: string[];
  /** Why some replicas have no node, or null. */
  unplaced: string | null;
  rollout: DashRollout | null;
}

export const DASH_WORKLOAD_NODES = 20;

export interface DashEvent {
  node: string;
  tsMs: number;
  type: string;
  severity: string;
  workload: string;
  message: string;
}

/** Server-sent events on /api/v1/dashboard/stream (name -> data). */
export interface DashStreamEvents {
  /** The fleet changed since the last tick: refetch what is on screen. */
  tick: { seq: number; overview: DashOverview };
  /** Events the agents reported, as they arrive. */
  events: { items: DashEvent[] };
}
