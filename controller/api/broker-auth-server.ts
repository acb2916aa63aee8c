// The HTTP auth endpoint for brokers that delegate authentication and authorization (EMQX's HTTP
// authn and authz; HiveMQ and mosquitto-go-auth speak similar JSON). A listener of its own
// (--broker-auth-port), not the admin API: only the broker calls it, proving itself with a shared
// secret header; the admin token never leaves the operator.
//
//   POST /broker/v1/authn  {clientid, username?, password?, cert_common_name?, peerhost?}
//        -> 200 {"result": "allow" | "deny", "is_superuser": false}
//   POST /broker/v1/authz  {clientid, username, topic, action: "publish" | "subscribe"}
//        -> 200 {"result": "allow" | "deny"}
//
// Who may connect is the ClientAuthenticator's decision (broker/auth-port.ts, the same one the
// embedded broker uses); what a node may publish or subscribe is broker/acl.ts. The controller's
// own user (e.g. _edgefleet) logs in with its broker password and may use the whole prefix.
// Deny by default: a missing field, an unknown action, a malformed topic are all "deny". A request
// without the right secret gets 401 (EMQX then treats the result as "ignore" and goes on with its
// chain: configure no other authenticator after this one).
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Logger } from 'pino';
import { z } from 'zod';
import { canPublish, canSubscribe } from '../broker/acl.js';
import type { ClientAuthenticator } from '../broker/auth-port.js';

export const BROKER_AUTH_HEADER = 'x-edgefleet-broker-auth';
const BODY_LIMIT = 8 * 1024;
const FIELD = 1024;

export interface BrokerAuthDeps {
  prefix: string;
  authenticator: ClientAuthenticator;
  /** The shared secret the broker sends in BROKER_AUTH_HEADER. */
  secret: string;
  /** The controller's own identity at the broker (external.ts). */
  controller: { username: string; password: string };
  logger: Logger;
}

const authnBody = z.object({
  clientid: z.string().min(1).max(FIELD),
  username: z.string().max(FIELD).optional(),
  password: z.string().max(FIELD).optional(),
  cert_common_name: z.string().max(FIELD).optional(),
  peerhost: z.string().max(FIELD).optional(),
});

const authzBody = z.object({
  clientid: z.string().min(1).max(FIELD),
  username: z.string().max(FIELD).optional(),
  topic: z.string().min(1).max(FIELD),
  action: z.string().max(32),
});

/** The secret file beside the controller's broker password, created 0600 on first use. */
export function ensureBrokerAuthSecret(dataDir: string): { file: string; secret: string } {
  const file = join(dataDir, 'broker', 'auth-endpoint.secret');
  if (existsSync(file)) {
    const secret = readFileSync(file, 'utf8').trim();
    if (secret) return { file, secret };
  }
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return { file, secret };
}

/** Equal in constant time, whatever the lengths. */
function same(a: string, b: string): boolean {
  const ha = createHash('sha256').update(a).digest();
  const hb = createHash('sha256').update(b).digest();
  return timingSafeEqual(ha, hb);
}

/** A placeholder the broker could not fill (EMQX sends "undefined" or leaves ${...}): absent. */
function given(v: string | undefined): string | undefined {
  return v === undefined || v === '' || v === 'undefined' || v.startsWith('${') ? undefined : v;
}

export function buildBrokerAuthServer(deps: BrokerAuthDeps): FastifyInstance {
  const log = deps.logger.child({ component: 'broker-auth' });
  const app = Fastify({
    loggerInstance: log as FastifyBaseLogger,
    bodyLimit: BODY_LIMIT,
    logController: new LogController({ disableRequestLogging: true }),
  });
  const prefixAll = `${deps.prefix}/#`;
  const underPrefix = (topic: string): boolean => topic === deps.prefix || topic.startsWith(`${deps.prefix}/`);

  app.addHook('onRequest', async (req, reply) => {
    const got = req.headers[BROKER_AUTH_HEADER];
    if (typeof got !== 'string' || !same(got, deps.secret)) {
      log.warn({ route: req.url, from: req.ip }, 'broker auth request without the shared secret refused');
      return reply.code(401).send({ error: { code: 'EF_CTL_UNAUTHORIZED', message: `send the shared secret in the ${BROKER_AUTH_HEADER} header` } });
    }
    return undefined;
  });
  app.setErrorHandler((err: Error & { statusCode?: number }, _req, reply) => {
    const status = typeof err.statusCode === 'number' && err.statusCode < 500 ? err.statusCode : 500;
    if (status >= 500) log.error({ err }, 'broker auth request failed');
    // Any failure denies: a broker that treats non-200 as "ignore" must not fall through to allow.
    return reply.code(200).send({ result: 'deny', is_superuser: false });
  });

  app.post('/broker/v1/authn', async (req) => {
    const parsed = authnBody.safeParse(req.body);
    if (!parsed.success) {
      log.warn({ problems: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).slice(0, 5) }, 'malformed authn request denied');
      return { result: 'deny', is_superuser: false };
    }
    const b = parsed.data;
    const username = given(b.username);
    const password = given(b.password);
    const cn = given(b.cert_common_name);
    if (username === deps.controller.username) {
      const ok = password !== undefined && same(password, deps.controller.password);
      if (!ok) log.warn({ clientId: b.clientid.slice(0, 80) }, "wrong password for the controller's broker user");
      return { result: ok ? 'allow' : 'deny', is_superuser: false };
    }
    const d = deps.authenticator.authenticate({
      clientId: b.clientid,
      transport: cn !== undefined ? 'tls' : 'tcp',
      ...(username !== undefined ? { username } : {}),
      ...(password !== undefined ? { password: Buffer.from(password) } : {}),
      ...(cn !== undefined ? { certificateCommonName: cn } : {}),
      ...(given(b.peerhost) !== undefined ? { remoteAddress: given(b.peerhost) } : {}),
    });
    if (!d.allow) {
      log.warn({ clientId: b.clientid.slice(0, 80), reason: d.reason }, 'connection refused');
      return { result: 'deny', is_superuser: false };
    }
    // Never a superuser: every publish and subscribe still goes through authz below.
    return { result: 'allow', is_superuser: false };
  });

  app.post('/broker/v1/authz', async (req) => {
    const parsed = authzBody.safeParse(req.body);
    if (!parsed.success) return { result: 'deny' };
    const b = parsed.data;
    const username = given(b.username);
    if (username === deps.controller.username) {
      const ok = underPrefix(b.topic) || b.topic === prefixAll;
      return { result: ok ? 'allow' : 'deny' };
    }
    // The node is the identity the broker authenticated (its user name, or the certificate CN the
    // broker maps to the user name), and it must be the client id too, as at authn.
    const node = username ?? b.clientid;
    if (node !== b.clientid) return { result: 'deny' };
    const d =
      b.action === 'publish' ? canPublish(deps.prefix, node, b.topic) : b.action === 'subscribe' ? canSubscribe(deps.prefix, node, b.topic) : { allow: false as const, reason: `unknown action ${b.action.slice(0, 32)}` };
    if (!d.allow) log.warn({ node: node.slice(0, 80), topic: b.topic.slice(0, 200), action: b.action.slice(0, 32), reason: d.reason }, 'broker authz denied');
    return { result: d.allow ? 'allow' : 'deny' };
  });

  return app;
}
