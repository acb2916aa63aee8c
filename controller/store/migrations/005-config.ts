// Migration 5: configuration entries (controller/nodeconfig): KEY=VALUE at fleet scope (target ''),
// per label selector (target = the canonical selector text) or per node (target = node id).
export const CONFIG_ENTRIES = `
CREATE TABLE config_entries (
  scope TEXT NOT NULL CHECK (scope IN ('fleet', 'selector', 'node')),
  target TEXT NOT NULL,
  key TEXT NOT NULL,
  value TEXT NOT NULL,
  updated_at_ms INTEGER NOT NULL,
  PRIMARY KEY (scope, target, key)
);
`;
