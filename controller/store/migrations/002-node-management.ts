// Migration 2: operator-side node management and autoscaling state.
// - node_labels: the operator's labels, laid over the agent's (the operator's value wins).
// - node_scheduling: cordoned (no new placements) or draining (no new placements, and
//   replicated workloads move away, perNode ones are removed). No row: schedulable.
// - workload_scale: the replica count the autoscaler chose, for the workload created at
//   workload_created_ms (a deleted and re-created workload starts over from its manifest).
export const NODE_MANAGEMENT = `
  CREATE TABLE node_labels (
    node_id TEXT NOT NULL,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    updated_at_ms INTEGER NOT NULL,
    PRIMARY KEY (node_id, key)
  );
  CREATE TABLE node_scheduling (
    node_id TEXT PRIMARY KEY,
    state TEXT NOT NULL CHECK (state IN ('cordoned', 'draining')),
    updated_at_ms INTEGER NOT NULL
  );
  CREATE TABLE workload_scale (
    workload TEXT PRIMARY KEY,
    workload_created_ms INTEGER NOT NULL,
    replicas INTEGER NOT NULL,
    changed_at_ms INTEGER NOT NULL,
    reason TEXT NOT NULL
  );
`;
