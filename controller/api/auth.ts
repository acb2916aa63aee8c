// The admin bearer token: generated on first start, kept 0600 as admin.token in the data dir,
// required on every route but the health check (deny by default). Compared in constant time.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { ControllerError, type ControllerErrorCode } from '../errors.js';

export const ADMIN_TOKEN_FILE = 'admin.token';
/** The scoped read-only token: GET and HEAD only (dashboards, monitoring, a support engineer). */
export const READ_TOKEN_FILE = 'read.token';
const TOKEN_RE = /^[A-Za-z0-9._~+/=-]{16,512}$/;

export interface AdminToken {
  token: string;
  file: string;
  created: boolean;
}

/** Reads the data dir's token, creating it (0600, and the dir 0700) on first start. */
export function ensureAdminToken(dataDir: string, logger: Logger): AdminToken {
  return ensureToken(dataDir, ADMIN_TOKEN_FILE, 'admin', logger);
}

/** The read-only token (read.token), created beside admin.token the same way. */
export function ensureReadToken(dataDir: string, logger: Logger): AdminToken {
  return ensureToken(dataDir, READ_TOKEN_FILE, 'read-only', logger);
}

function ensureToken(dataDir: string, name: string, what: string, logger: Logger): AdminToken {
  const file = join(dataDir, name);
  const log = logger.child({ component: 'auth' });
  let created = false;
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  try {
    // 'wx': never overwrite a token another process wrote first.
    writeFileSync(file, `${randomBytes(32).toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
    created = true;
    log.info({ file }, `created the ${what} token`);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') {
      throw new ControllerError('EF_CTL_STORE_FAILED', `cannot write the ${what} token ${file}: ${String(err)}`, { cause: err });
    }
  }
  if ((statSync(file).mode & 0o077) !== 0) {
    chmodSync(file, 0o600);
    log.warn({ file }, `the ${what} token was readable by others; made it 0600`);
  }
  const token = readFileSync(file, 'utf8').trim();
  if (!TOKEN_RE.test(token)) {
    throw new ControllerError(
      'EF_CTL_CONFIG_INVALID',
      `the ${what} token in ${file} is malformed (16-512 characters of A-Z a-z 0-9 . _ ~ + / = -); delete the file to get a new one`,
    );
  }
  return { token, file, created };
}

const digest = (s: string): Buffer => createHash('sha256').update(s).digest();

export function tokenMatches(presented: string, expected: string): boolean {
  return timingSafeEqual(digest(presented), digest(expected));
}

const UNAUTHORIZED: ControllerErrorCode = 'EF_CTL_UNAUTHORIZED';
const FORBIDDEN: ControllerErrorCode = 'EF_CTL_FORBIDDEN';
/** What the read-only token may do: read. Everything else (apply, delete, cordon, restart...) is 403. */
const READ_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD']);

/**
 * Routes open without the token (matched route patterns). Everything else needs it: deny by
 * default. The probes say only whether the process is up; the installer and the agent bundle
 * (routes-download.ts) are for a device installing, which has no token yet; /v1/ca and
 * /v1/enroll are for a node joining, which has a join token (checked by /v1/enroll itself).
 */
export const PUBLIC_ROUTES: ReadonlySet<string> = new Set(['/healthz', '/livez', '/readyz', '/v1/install-agent.sh', '/v1/download/:file', '/v1/ca', '/v1/enroll']);

/** `extraPublic`: more open route patterns, e.g. /metrics under --metrics-no-auth. */
export function registerAuth(app: FastifyInstance, token: string, extraPublic: readonly string[] = [], readToken?: string): void {
  const open = new Set([...PUBLIC_ROUTES, ...extraPublic]);
  app.addHook('onRequest', async (req, reply) => {
    // The matched route, not the raw URL: "/%61pi/..." routes like "/api/..." and must not slip by.
    if (req.routeOptions.url !== undefined && open.has(req.routeOptions.url)) return;
    const header = req.headers.authorization ?? '';
    const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (m && tokenMatches(m[1] ?? '', token)) return;
    if (m && readToken !== undefined && tokenMatches(m[1] ?? '', readToken)) {
      if (READ_METHODS.has(req.method)) return;
      return reply.code(403).send({ error: { code: FORBIDDEN, message: `the read-only token may only read (GET): ${req.method} needs the admin token` } });
    }
    const message = m
      ? 'invalid bearer token'
      : 'missing bearer token: send "Authorization: Bearer <token>" (the token is admin.token in the controller\'s data dir)';
    return reply
      .code(401)
      .header('www-authenticate', 'Bearer realm="edgefleet"')
      .send({ error: { code: UNAUTHORIZED, message } });
  });
}
