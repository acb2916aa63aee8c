// Migration 4: NodePolicy documents (local rules, eviction thresholds, maintenance windows).
export const NODE_POLICIES = `
CREATE TABLE node_policies (
  name TEXT PRIMARY KEY,
  body TEXT NOT NULL,
  created_at_ms INTEGER NOT NULL,
  updated_at_ms INTEGER NOT NULL
);
`;
