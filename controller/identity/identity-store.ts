// Join tokens and node credentials in the controller's SQLite file (migration 005). Secrets are
// never stored: only their sha256 (they are 32 random bytes, so a plain hash is enough).
import type Database from 'better-sqlite3';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export interface TokenInfo {
  id: string;
  createdAtMs: number;
  expiresAtMs: number | null;
  maxUses: number | null;
  uses: number;
  labels: Record<string, string>;
  revokedAtMs: number | null;
}

export type TokenStatus = 'active' | 'expired' | 'used-up' | 'revoked';

export interface NodeCredentials {
  nodeId: string;
  secretSha256: string;
  certSerial: string | null;
  certNotAfterMs: number | null;
  tokenId: string | null;
  enrolledAtMs: number;
  revokedAtMs: number | null;
}

interface TokenRow {
  id: string;
  secret_sha256: string;
  created_at_ms: number;
  expires_at_ms: number | null;
  max_uses: number | null;
  uses: number;
  labels: string;
  revoked_at_ms: number | null;
}

interface CredRow {
  node_id: string;
  secret_sha256: string;
  cert_serial: string | null;
  cert_not_after_ms: number | null;
  token_id: string | null;
  enrolled_at_ms: number;
  revoked_at_ms: number | null;
}

export const sha256Hex = (s: string | Buffer): string => createHash('sha256').update(s).digest('hex');

export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y);
}

export function tokenStatus(t: TokenInfo, nowMs: number): TokenStatus {
  if (t.revokedAtMs !== null) return 'revoked';
  if (t.expiresAtMs !== null && nowMs >= t.expiresAtMs) return 'expired';
  if (t.maxUses !== null && t.uses >= t.maxUses) return 'used-up';
  return 'active';
}

const TOKEN_ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

const toToken = (r: TokenRow): TokenInfo => ({
  id: r.id,
  createdAtMs: r.created_at_ms,
  expiresAtMs: r.expires_at_ms,
  maxUses: r.max_uses,
  uses: r.uses,
  labels: JSON.parse(r.labels) as Record<string, string>,
  revokedAtMs: r.revoked_at_ms,
});

const toCred = (r: CredRow): NodeCredentials => ({
  nodeId: r.node_id,
  secretSha256: r.secret_sha256,
  certSerial: r.cert_serial,
  certNotAfterMs: r.cert_not_after_ms,
  tokenId: r.token_id,
  enrolledAtMs: r.enrolled_at_ms,
  revokedAtMs: r.revoked_at_ms,
});

export class IdentityStore {
  private readonly getCred: Database.Statement;
  private readonly getTok: Database.Statement;

  constructor(private readonly db: Database.Database) {
    this.getCred = db.prepare('SELECT * FROM node_credentials WHERE node_id = ?');
    this.getTok = db.prepare('SELECT * FROM join_tokens WHERE id = ?');
  }

  createToken(o: { ttlMs: number | null; maxUses: number | null; labels: Record<string, string> }, nowMs: number): { info: TokenInfo; secret: string } {
    const secret = randomBytes(32).toString('base64url');
    for (;;) {
      const id = Array.from(randomBytes(6), (b) => TOKEN_ID_ALPHABET[b % TOKEN_ID_ALPHABET.length]).join('');
      if (this.getTok.get(id)) continue;
      const expires = o.ttlMs === null ? null : nowMs + o.ttlMs;
      this.db
        .prepare('INSERT INTO join_tokens (id, secret_sha256, created_at_ms, expires_at_ms, max_uses, labels) VALUES (?, ?, ?, ?, ?, ?)')
        .run(id, sha256Hex(secret), nowMs, expires, o.maxUses, JSON.stringify(o.labels));
      return { info: this.token(id)!, secret };
    }
  }

  token(id: string): TokenInfo | undefined {
    const r = this.getTok.get(id) as TokenRow | undefined;
    return r ? toToken(r) : undefined;
  }

  /** The token if the secret matches it (constant time), else undefined. */
  verifyToken(id: string, secret: string): TokenInfo | undefined {
    const r = this.getTok.get(id) as TokenRow | undefined;
    return r && sameHash(sha256Hex(secret), r.secret_sha256) ? toToken(r) : undefined;
  }

  listTokens(): TokenInfo[] {
    return (this.db.prepare('SELECT * FROM join_tokens ORDER BY created_at_ms, id').all() as TokenRow[]).map(toToken);
  }

  revokeToken(id: string, nowMs: number): boolean {
    return this.db.prepare('UPDATE join_tokens SET revoked_at_ms = ? WHERE id = ? AND revoked_at_ms IS NULL').run(nowMs, id).changes === 1;
  }

  credentials(nodeId: string): NodeCredentials | undefined {
    const r = this.getCred.get(nodeId) as CredRow | undefined;
    return r ? toCred(r) : undefined;
  }

  listCredentials(): NodeCredentials[] {
    return (this.db.prepare('SELECT * FROM node_credentials ORDER BY node_id').all() as CredRow[]).map(toCred);
  }

  /**
   * Uses the token once and records the node's credentials, in one transaction, re-checking the
   * token inside it (two enrollments racing for the last use: one wins). Returns the token's
   * status when it could not be used, or 'enrolled' when a node already holds live credentials.
   */
  enroll(
    tokenId: string,
    node: { nodeId: string; secretSha256: string; certSerial: string | null; certNotAfterMs: number | null },
    nowMs: number,
  ): { ok: true } | { ok: false; why: Exclude<TokenStatus, 'active'> | 'unknown' | 'enrolled' } {
    return this.db.transaction(() => {
      const t = this.token(tokenId);
      if (!t) return { ok: false as const, why: 'unknown' as const };
      const s = tokenStatus(t, nowMs);
      if (s !== 'active') return { ok: false as const, why: s };
      const existing = this.credentials(node.nodeId);
      if (existing && existing.revokedAtMs === null) return { ok: false as const, why: 'enrolled' as const };
      this.db.prepare('UPDATE join_tokens SET uses = uses + 1 WHERE id = ?').run(tokenId);
      this.db
        .prepare(
          `INSERT INTO node_credentials (node_id, secret_sha256, cert_serial, cert_not_after_ms, token_id, enrolled_at_ms, revoked_at_ms)
           VALUES (?, ?, ?, ?, ?, ?, NULL)
           ON CONFLICT(node_id) DO UPDATE SET secret_sha256 = excluded.secret_sha256, cert_serial = excluded.cert_serial,
             cert_not_after_ms = excluded.cert_not_after_ms, token_id = excluded.token_id, enrolled_at_ms = excluded.enrolled_at_ms,
             revoked_at_ms = NULL`,
        )
        .run(node.nodeId, node.secretSha256, node.certSerial, node.certNotAfterMs, tokenId, nowMs);
      return { ok: true as const };
    })();
  }

  /** Marks the node's credentials revoked; false if it had none or they were already revoked. */
  revokeNode(nodeId: string, nowMs: number): boolean {
    return this.db.prepare('UPDATE node_credentials SET revoked_at_ms = ? WHERE node_id = ? AND revoked_at_ms IS NULL').run(nowMs, nodeId).changes === 1;
  }
}
