// Joining a controller with a join token: generate the node's own key pair (the private key stays
// in the state dir), fetch the controller's CA and check it against the token's hash, then send the
// public key with a proof of possession over a connection that trusts only that CA. The answer (a
// client certificate and a loopback secret) is stored 0600 beside the key.
import { createHash, generateKeyPairSync, sign, X509Certificate } from 'node:crypto';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Logger } from 'pino';
import { enrollProofText, parseJoinToken, type EnrollResponse } from '../../proto/join-token.js';
import { AgentError } from '../errors.js';
import { loadIdentity, saveIdentity, type NodeIdentity } from './identity-files.js';

const MAX_RESPONSE_BYTES = 64 * 1024;
const TIMEOUT_MS = 15_000;

export interface EnrollOptions {
  /** The controller's HTTP(S) API, e.g. https://controller.example:8080. */
  api: string;
  token: string;
  nodeId: string;
  stateDir: string;
  logger: Logger;
  now?: () => number;
}

/** The API the agent enrolls with when --api is not given: the MQTT server's host, port 8080, same security. */
export function defaultApiUrl(server: string): string {
  const u = new URL(server);
  return `${u.protocol === 'mqtts:' ? 'https' : 'http'}://${u.hostname.includes(':') ? `[${u.hostname}]` : u.hostname}:8080`;
}

interface HttpAnswer {
  status: number;
  body: string;
}

function call(url: URL, method: 'GET' | 'POST', o: { ca?: string; insecure?: boolean; body?: string }): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const headers = o.body === undefined ? {} : { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(o.body)) };
    const onResponse = (res: IncomingMessage): void => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (c: Buffer) => {
        size += c.length;
        if (size > MAX_RESPONSE_BYTES) {
          res.destroy(new Error(`the controller's answer exceeds ${MAX_RESPONSE_BYTES} bytes`));
          return;
        }
        chunks.push(c);
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    };
    const req =
      url.protocol === 'https:'
        ? httpsRequest(url, { method, headers, timeout: TIMEOUT_MS, ...(o.ca ? { ca: o.ca } : {}), rejectUnauthorized: !o.insecure }, onResponse)
        : httpRequest(url, { method, headers, timeout: TIMEOUT_MS }, onResponse);
    req.on('timeout', () => req.destroy(new Error(`no answer within ${TIMEOUT_MS} ms`)));
    req.on('error', reject);
    req.end(o.body);
  });
}

function fail(message: string, cause?: unknown): AgentError {
  return new AgentError('EF_AGENT_ENROLL_FAILED', message, cause === undefined ? undefined : { cause });
}

/** Enrolls the node and stores its credentials; returns them. */
export async function enroll(o: EnrollOptions): Promise<NodeIdentity> {
  const now = o.now ?? Date.now;
  const log = o.logger.child({ component: 'enroll' });
  const parsed = parseJoinToken(o.token);
  if (!parsed.ok) throw fail(`invalid join token: ${parsed.message}`);
  const tok = parsed.token;
  let api: URL;
  try {
    api = new URL(o.api);
    if (api.protocol !== 'http:' && api.protocol !== 'https:') throw new Error('not http(s)');
  } catch {
    throw fail(`--api ${JSON.stringify(o.api)} must be the controller's API URL, e.g. https://HOST:8080`);
  }
  const at = (path: string): URL => new URL(path, api);

  // 1. The CA. Fetched without trusting anything yet, then pinned by the token's hash: a
  //    controller (or someone in between) without that CA gets nothing from us but this GET.
  let caPem: string;
  try {
    const r = await call(at('/v1/ca'), 'GET', { insecure: true });
    if (r.status !== 200) throw new Error(`GET /v1/ca answered ${r.status}`);
    caPem = r.body;
  } catch (cause) {
    throw fail(`cannot reach the controller at ${api.origin} (${(cause as Error).message}); check --api`, cause);
  }
  let caHash: string;
  try {
    caHash = createHash('sha256').update(new X509Certificate(caPem).raw).digest('hex');
  } catch (cause) {
    throw fail(`${api.origin}/v1/ca did not answer with a certificate`, cause);
  }
  if (caHash !== tok.caSha256) {
    throw fail(`the controller at ${api.origin} presents CA ${caHash.slice(0, 16)}..., but the join token pins ${tok.caSha256.slice(0, 16)}...: wrong controller, or someone in between`);
  }

  // 2. Our own key pair, and the proof that we hold it.
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const spki = publicKey.export({ format: 'der', type: 'spki' });
  const proof = sign('sha256', Buffer.from(enrollProofText(o.nodeId, tok.id)), privateKey);
  const body = JSON.stringify({ token: o.token.trim(), nodeId: o.nodeId, publicKey: spki.toString('base64'), proof: proof.toString('base64') });

  // 3. Enroll over a connection that trusts only the pinned CA.
  let r: HttpAnswer;
  try {
    r = await call(at('/v1/enroll'), 'POST', { ca: caPem, body });
  } catch (cause) {
    throw fail(`enrollment request to ${api.origin} failed: ${(cause as Error).message}`, cause);
  }
  let answer: unknown;
  try {
    answer = JSON.parse(r.body);
  } catch {
    throw fail(`the controller answered ${r.status} with something that is not JSON`);
  }
  if (r.status !== 200) {
    const e = (answer as { error?: { message?: string } }).error;
    throw fail(`the controller refused to enroll node ${o.nodeId}: ${e?.message ?? `HTTP ${r.status}`}`);
  }
  const a = answer as Partial<EnrollResponse>;
  if (typeof a.secret !== 'string' || typeof a.cert !== 'string' || a.nodeId !== o.nodeId) throw fail('the controller\'s enrollment answer is incomplete');
  const cert = new X509Certificate(a.cert);
  if (!cert.checkIssued(new X509Certificate(caPem)) || !cert.checkPrivateKey(privateKey)) throw fail('the certificate the controller issued does not match our key and its CA');
  const identity: NodeIdentity = {
    nodeId: o.nodeId,
    secret: a.secret,
    keyPem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    certPem: a.cert,
    caPem,
    enrolledAtMs: now(),
    certNotAfterMs: typeof a.certNotAfterMs === 'number' ? a.certNotAfterMs : Date.parse(cert.validTo),
  };
  saveIdentity(o.stateDir, identity);
  log.info({ api: api.origin, certNotAfter: cert.validTo, labels: a.labels ?? {} }, 'enrolled with the controller');
  return identity;
}

/** The stored identity; enrolls first when there is none and a token was given. */
export async function ensureIdentity(o: Omit<EnrollOptions, 'token' | 'api'> & { token?: string; api: string }): Promise<NodeIdentity> {
  const have = loadIdentity(o.stateDir, o.nodeId);
  if (have) return have;
  if (!o.token) {
    throw new AgentError(
      'EF_AGENT_NOT_ENROLLED',
      `node ${o.nodeId} has no credentials in ${o.stateDir}: join first (edgefleet agent join --token TOKEN ...), or start the agent with --token TOKEN`,
    );
  }
  return enroll({ ...o, token: o.token });
}
