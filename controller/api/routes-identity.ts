// Enrollment and join tokens over HTTP.
//   GET  /v1/ca                 the controller's CA certificate (public: agents pin it by the token's hash)
//   POST /v1/enroll             a node joins; authenticated by its join token alone, body <= 8 KiB
//   POST /api/v1/tokens         create a join token {ttl?: "24h" | "0", uses?: n, labels?: {k: v}} (admin)
//   GET  /api/v1/tokens         list them, with their status (admin)
//   DELETE /api/v1/tokens/:id   revoke one (admin)
//   DELETE /api/v1/nodes/:name  remove a node: credentials revoked, connection closed, retained topics cleared (admin)
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { formatJoinToken, isTokenId } from '../../proto/join-token.js';
import { isValidNodeId } from '../../proto/topics.js';
import { EnrollError, ENROLL_BODY_LIMIT, type Enrollment } from '../identity/enrollment.js';
import { tokenStatus, type IdentityStore, type TokenInfo } from '../identity/identity-store.js';
import { labelsSchema } from '../manifest/fields.js';

export interface IdentityRouteDeps {
  enrollment: Enrollment;
  identity: IdentityStore;
  caCertPem: string;
  caSha256: string;
  now: () => number;
  /**
   * `node rm`: revokes the node's credentials, ends its connection, clears its retained topics,
   * forgets the node (registry, store, operator labels) and reschedules its placements.
   */
  removeNode: (name: string) => Promise<{ revoked: boolean; disconnected: boolean; forgotten: boolean }>;
  isKnownNode: (name: string) => boolean;
}

export const TOKEN_DEFAULT_TTL = '24h';
const MAX_TTL_MS = 365 * 86_400_000;
const TTL_UNITS: Readonly<Record<string, number>> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** "24h", "30m", "7d", "1h30m"; "0" means the token never expires. */
export function parseTtlMs(text: string): number | null {
  const t = text.trim();
  if (t === '0') return null;
  if (!/^(\d+(s|m|h|d))+$/.test(t)) throw new Error(`ttl: ${JSON.stringify(text.slice(0, 40))} is not a duration (e.g. 30m, 24h, 7d; 0 for never)`);
  let ms = 0;
  for (const m of t.matchAll(/(\d+)(s|m|h|d)/g)) ms += Number(m[1]) * (TTL_UNITS[m[2] ?? ''] ?? NaN);
  if (ms < 60_000 || ms > MAX_TTL_MS) throw new Error(`ttl: ${t} must be between 1m and 365d (or 0 for never)`);
  return ms;
}

const createBody = z.strictObject({
  ttl: z.string().max(40).default(TOKEN_DEFAULT_TTL),
  uses: z.number().int().min(1).max(1_000_000).optional(),
  labels: labelsSchema.default({}),
});

function fail(reply: FastifyReply, status: number, code: string, message: string): FastifyReply {
  return reply.code(status).send({ error: { code, message } });
}

function parseJsonBody(body: unknown): unknown {
  if (typeof body !== 'string') return body ?? {};
  if (body.trim() === '') return {};
  return JSON.parse(body) as unknown;
}

export function tokenJson(t: TokenInfo, nowMs: number): Record<string, unknown> {
  return {
    id: t.id,
    status: tokenStatus(t, nowMs),
    createdAt: new Date(t.createdAtMs).toISOString(),
    expiresAt: t.expiresAtMs === null ? null : new Date(t.expiresAtMs).toISOString(),
    uses: t.uses,
    maxUses: t.maxUses,
    labels: t.labels,
    revokedAt: t.revokedAtMs === null ? null : new Date(t.revokedAtMs).toISOString(),
  };
}

export function registerIdentityRoutes(app: FastifyInstance, deps: IdentityRouteDeps): void {
  app.get('/v1/ca', async (_req, reply) => reply.type('application/x-pem-file').send(deps.caCertPem));

  app.post('/v1/enroll', { bodyLimit: ENROLL_BODY_LIMIT }, async (req, reply) => {
    let body: unknown;
    try {
      body = parseJsonBody(req.body);
    } catch {
      return fail(reply, 400, 'EF_CTL_BAD_REQUEST', 'the enrollment request must be JSON');
    }
    try {
      return await deps.enrollment.enroll(body);
    } catch (err) {
      if (err instanceof EnrollError) return fail(reply, err.status, err.code, err.message);
      throw err;
    }
  });

  app.post('/api/v1/tokens', async (req, reply) => {
    let raw: unknown;
    try {
      raw = parseJsonBody(req.body);
    } catch {
      return fail(reply, 400, 'EF_CTL_BAD_REQUEST', 'send JSON {"ttl": "24h", "uses": 1, "labels": {"k": "v"}}');
    }
    const parsed = createBody.safeParse(raw);
    if (!parsed.success) {
      return fail(reply, 400, 'EF_CTL_BAD_REQUEST', `invalid token request: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ')}`);
    }
    let ttlMs: number | null;
    try {
      ttlMs = parseTtlMs(parsed.data.ttl);
    } catch (err) {
      return fail(reply, 400, 'EF_CTL_BAD_REQUEST', (err as Error).message);
    }
    const nowMs = deps.now();
    const { info, secret } = deps.identity.createToken({ ttlMs, maxUses: parsed.data.uses ?? null, labels: parsed.data.labels }, nowMs);
    req.log.info({ component: 'identity', token: info.id, ttlMs, maxUses: info.maxUses }, 'join token created');
    return { ...tokenJson(info, nowMs), token: formatJoinToken({ caSha256: deps.caSha256, id: info.id, secret }) };
  });

  app.delete<{ Params: { name: string } }>('/api/v1/nodes/:name', async (req, reply) => {
    const name = req.params.name;
    if (!isValidNodeId(name)) return fail(reply, 400, 'EF_CTL_BAD_REQUEST', `${JSON.stringify(name.slice(0, 80))} is not a node name`);
    // A removed node (revoked credentials, gone from the registry) does not exist any more.
    const cred = deps.identity.credentials(name);
    const known = (cred !== undefined && cred.revokedAtMs === null) || deps.isKnownNode(name);
    if (!known) return fail(reply, 404, 'EF_CTL_NOT_FOUND', `node ${name} does not exist`);
    const r = await deps.removeNode(name);
    req.log.info({ component: 'identity', node: name, ...r }, 'node removed');
    return { removed: name, ...r };
  });

  app.get('/api/v1/tokens', async () => {
    const nowMs = deps.now();
    return { items: deps.identity.listTokens().map((t) => tokenJson(t, nowMs)) };
  });

  app.delete<{ Params: { id: string } }>('/api/v1/tokens/:id', async (req, reply) => {
    const id = req.params.id;
    if (!isTokenId(id)) return fail(reply, 400, 'EF_CTL_BAD_REQUEST', `${JSON.stringify(id.slice(0, 40))} is not a token id (6 lowercase letters or digits; see edgefleet token list)`);
    const t = deps.identity.token(id);
    if (!t) return fail(reply, 404, 'EF_CTL_NOT_FOUND', `join token ${id} does not exist`);
    deps.identity.revokeToken(id, deps.now());
    req.log.info({ component: 'identity', token: id }, 'join token revoked');
    return tokenJson(deps.identity.token(id)!, deps.now());
  });
}
