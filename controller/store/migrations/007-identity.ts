// Migration 7: enrollment and node identity. Join tokens keep only a hash of their secret; a node's
// credentials are the hash of its loopback secret and the serial of its current client certificate.
export const IDENTITY = `
CREATE TABLE join_tokens (
  id TEXT PRIMARY KEY,
  secret_sha256 TEXT NOT NULL,
  created_at_ms INTEGER NOT NULL,
  expires_at_ms INTEGER,
  max_uses INTEGER,
  uses INTEGER NOT NULL DEFAULT 0,
  labels TEXT NOT NULL DEFAULT '{}',
  revoked_at_ms INTEGER
);
CREATE TABLE node_credentials (
  node_id TEXT PRIMARY KEY,
  secret_sha256 TEXT NOT NULL,
  cert_serial TEXT,
  cert_not_after_ms INTEGER,
  token_id TEXT,
  enrolled_at_ms INTEGER NOT NULL,
  revoked_at_ms INTEGER
);
`;
