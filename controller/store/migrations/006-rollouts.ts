// Migration 6: workload revisions (one per change of the container spec, kept for history and
// undo) and the rollout state of each workload (controller/rollout/machine.ts, as JSON).
// Workloads stored before get their current revision recorded.
export const ROLLOUTS = `
CREATE TABLE workload_revisions (
  workload TEXT NOT NULL,
  revision INTEGER NOT NULL,
  spec_hash TEXT NOT NULL,
  body TEXT NOT NULL,
  cause TEXT NOT NULL,
  created_at_ms INTEGER NOT NULL,
  PRIMARY KEY (workload, revision)
);
INSERT INTO workload_revisions (workload, revision, spec_hash, body, cause, created_at_ms)
  SELECT name, revision, spec_hash, body, 'apply', updated_at_ms FROM workloads;
CREATE TABLE rollouts (
  workload TEXT PRIMARY KEY,
  state TEXT NOT NULL,
  updated_at_ms INTEGER NOT NULL
);
`;
