// Credentials for tests, now that the broker refuses anonymous clients. Every path is the real one:
//   agentJoin(ctl, nodeId, stateDir)  an in-process agent enrolls through the controller's HTTP API
//                                     (its own key pair, the CA pinned by the token), before startAgent
//   mqttLogin(target, nodeId)         a bare mqtt.js client's options: a join token from the admin
//                                     API, then POST /v1/enroll (secret only, loopback listener)
//   brokerIdentity()                  for tests of the embedded broker alone: the controller's own
//                                     identity store on a temporary SQLite file, its authenticator,
//                                     and logins/agent credentials issued straight from it
// startProc (process.ts) enrolls `agent` processes by itself (processJoinEnv below).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino, type Logger } from 'pino';
import { enroll } from '../../agent/identity/enroll.js';
import { hasIdentity, saveIdentity } from '../../agent/identity/identity-files.js';
import type { ClientAuthenticator } from '../../controller/broker/auth-port.js';
import { NodeAuthenticator } from '../../controller/identity/authenticator.js';
import { IdentityStore, sha256Hex } from '../../controller/identity/identity-store.js';
import { openSqliteStore } from '../../controller/store/sqlite.js';

/** Options a bare mqtt.js client connects with: client id, username (= node id) and secret. */
export interface MqttLogin {
  clientId: string;
  username: string;
  password: string;
}

/** Anything with the controller's HTTP API: a RunningController, or a server URL and admin token. */
export type ControllerRef = { httpPort: number; adminToken: string } | { server: string; token: string };

function apiOf(c: ControllerRef): { server: string; token: string } {
  return 'server' in c ? c : { server: `http://127.0.0.1:${c.httpPort}`, token: c.adminToken };
}

/** A join token from the admin API (POST /api/v1/tokens). */
export async function createJoinToken(c: ControllerRef, body: { ttl?: string; uses?: number; labels?: Record<string, string> } = { uses: 1 }): Promise<string> {
  const { server, token } = apiOf(c);
  const res = await fetch(`${server}/api/v1/tokens`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const json = (await res.json()) as { token?: string; error?: { message: string } };
  if (res.status !== 200 || !json.token) throw new Error(`creating a join token failed: ${res.status} ${json.error?.message ?? ''}`);
  return json.token;
}

/** Enrolls an in-process agent's node (as `edgefleet agent join` does); a no-op if its state dir already holds credentials. */
export async function agentJoin(c: ControllerRef, nodeId: string, stateDir: string, logger: Logger = pino({ level: 'silent' })): Promise<void> {
  if (hasIdentity(stateDir)) return;
  await enroll({ api: apiOf(c).server, token: await createJoinToken(c), nodeId, stateDir, logger });
}

/** Logins already issued, by admin token (one per controller data dir, kept across restarts) and node id. */
const issued = new Map<string, MqttLogin>();

/**
 * Enrolls `nodeId` without a key pair and returns what a bare mqtt.js client needs on the loopback
 * listener; the same node asking again (a reconnect, a restarted controller) gets the same login.
 */
export async function mqttLogin(c: ControllerRef, nodeId: string): Promise<MqttLogin> {
  const key = `${apiOf(c).token}\0${nodeId}`;
  const have = issued.get(key);
  if (have) return have;
  const token = await createJoinToken(c);
  const res = await fetch(`${apiOf(c).server}/v1/enroll`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token, nodeId }) });
  const json = (await res.json()) as { secret?: string; error?: { message: string } };
  if (res.status !== 200 || !json.secret) throw new Error(`enrolling ${nodeId} failed: ${res.status} ${json.error?.message ?? ''}`);
  const login = { clientId: nodeId, username: nodeId, password: json.secret };
  issued.set(key, login);
  return login;
}

export interface BrokerIdentity {
  authenticator: ClientAuthenticator;
  store: IdentityStore;
  /** Enrolls the node (once) and returns its login. */
  login(nodeId: string): MqttLogin;
  /** Writes the node's credentials into an agent state dir (secret only: the test broker is plaintext). */
  enrollAgent(nodeId: string, stateDir: string): void;
  close(): void;
}

export function brokerIdentity(): BrokerIdentity {
  const dir = mkdtempSync(join(tmpdir(), 'ef-identity-'));
  const db = openSqliteStore(dir, Date.now());
  const store = new IdentityStore(db.database);
  const logins = new Map<string, MqttLogin>();
  const login = (nodeId: string): MqttLogin => {
    const have = logins.get(nodeId);
    if (have) return have;
    const { info } = store.createToken({ ttlMs: 3_600_000, maxUses: 1, labels: {} }, Date.now());
    const secret = sha256Hex(`${nodeId}:${Math.random()}:${Date.now()}`);
    const r = store.enroll(info.id, { nodeId, secretSha256: sha256Hex(secret), certSerial: null, certNotAfterMs: null }, Date.now());
    if (!r.ok) throw new Error(`enrolling ${nodeId} failed: ${r.why}`);
    const l = { clientId: nodeId, username: nodeId, password: secret };
    logins.set(nodeId, l);
    return l;
  };
  return {
    authenticator: new NodeAuthenticator((id) => store.credentials(id)),
    store,
    login,
    enrollAgent(nodeId, stateDir) {
      if (hasIdentity(stateDir)) return;
      saveIdentity(stateDir, { nodeId, secret: login(nodeId).password, keyPem: '', certPem: '', caPem: '', enrolledAtMs: Date.now(), certNotAfterMs: null });
    },
    close() {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** What startProc adds to an `agent` process that has no credentials yet: a one-use join token and the API URL. */
export function processJoinEnv(bin: string, api: string, dataDir: string): Record<string, string> {
  const admin = readFileSync(join(dataDir, 'admin.token'), 'utf8').trim();
  const token = execFileSync(process.execPath, [bin, 'token', 'create', '--server', api, '--token', admin, '--uses', '1', '--ttl', '1h'], { encoding: 'utf8' }).trim();
  return { EDGEFLEET_JOIN_TOKEN: token, EDGEFLEET_API: api };
}
