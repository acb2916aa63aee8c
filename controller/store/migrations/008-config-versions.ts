// Migration 8: versioned configuration. Every config change is a version holding the whole set of
// entries (as JSON); a workload revision records the version it was made with, so a node is sent
// a revision with that revision's configuration and a rollback restores the old values too.
// The entries stored before become version 1, and every existing revision is pinned to it.
// config_entries stays the current version's entries (the one the API lists and changes).
export const CONFIG_VERSIONS = `
CREATE TABLE config_versions (
  version INTEGER PRIMARY KEY,
  entries TEXT NOT NULL,
  cause TEXT NOT NULL,
  created_at_ms INTEGER NOT NULL
);
INSERT INTO config_versions (version, entries, cause, created_at_ms)
  SELECT 1,
    (SELECT json_group_array(json_object('kind', scope, 'target', target, 'key', key, 'value', value, 'updatedAtMs', updated_at_ms)) FROM config_entries),
    'config as it was before versions',
    COALESCE((SELECT MAX(updated_at_ms) FROM config_entries), 0);
ALTER TABLE workload_revisions ADD COLUMN config_version INTEGER NOT NULL DEFAULT 1;
`;
