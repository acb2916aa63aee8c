// Schema migrations, applied in order inside one transaction each; user_version records the last.
// Append only: never edit a migration that has shipped.
import { NODE_MANAGEMENT } from './migrations/002-node-management.js';
import { FLEET_STATE } from './migrations/003-fleet-state.js';
import { NODE_POLICIES } from './migrations/004-node-policies.js';
import { CONFIG_ENTRIES } from './migrations/005-config.js';
import { ROLLOUTS } from './migrations/006-rollouts.js';
import { IDENTITY } from './migrations/007-identity.js';
import { CONFIG_VERSIONS } from './migrations/008-config-versions.js';
import { TELEMETRY_RAW_BATCHES } from './migrations/009-telemetry-raw-batches.js';

export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  CREATE TABLE workloads (
    name TEXT PRIMARY KEY,
    spec_hash TEXT NOT NULL,
    revision INTEGER NOT NULL,
    body TEXT NOT NULL,
    created_at_ms INTEGER NOT NULL,
    updated_at_ms INTEGER NOT NULL
  );
  CREATE TABLE nodes (
    id TEXT PRIMARY KEY,
    hello TEXT,
    state TEXT,
    online INTEGER NOT NULL DEFAULT 0,
    first_seen_ms INTEGER NOT NULL,
    last_seen_ms INTEGER NOT NULL
  );
  CREATE TABLE placements (
    workload TEXT NOT NULL,
    node_id TEXT NOT NULL,
    PRIMARY KEY (workload, node_id)
  );
  CREATE TABLE desired (
    node_id TEXT PRIMARY KEY,
    generation INTEGER NOT NULL,
    content_hash TEXT NOT NULL,
    payload BLOB NOT NULL,
    updated_at_ms INTEGER NOT NULL
  );
  `,
  NODE_MANAGEMENT,
  FLEET_STATE,
  NODE_POLICIES,
  CONFIG_ENTRIES,
  ROLLOUTS,
  IDENTITY,
  CONFIG_VERSIONS,
  TELEMETRY_RAW_BATCHES,
];
