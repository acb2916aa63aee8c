// Enrollment against a real controller (SQLite file, CA on disk, embedded aedes, HTTP API): an agent
// joins with a join token, keeps its key 0600 in its state dir and comes online; used-up, expired,
// revoked, mistyped and other-controller tokens are refused with a message saying what to do; a
// node enrolls once; the CLI creates, lists and revokes tokens.
import { createPrivateKey, X509Certificate } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAgent } from '../../agent/app.js';
import { makeAgentConfig } from '../../agent/config.js';
import { enroll } from '../../agent/identity/enroll.js';
import { startController, type RunningController } from '../../controller/app.js';
import { makeControllerConfig } from '../../controller/config.js';
import { formatJoinToken, parseJoinToken } from '../../proto/join-token.js';
import { createJoinToken } from '../helpers/identity.js';
import { runCli } from '../helpers/process.js';
import { waitUntil } from '../helpers/wait.js';

const silent = pino({ level: 'silent' });

describe('enrollment (real controller, real CA, real HTTP)', () => {
  let dir: string;
  let ctl: RunningController;
  const api = (): string => `http://127.0.0.1:${ctl.httpPort}`;
  const id = (s: string): string => `enr-${s}-${process.pid}`;
  const join_ = (nodeId: string, token: string, stateDir = join(dir, nodeId)) => enroll({ api: api(), token, nodeId, stateDir, logger: silent });
  const admin = async <T>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> => {
    const res = await fetch(`${api()}${path}`, {
      method,
      headers: { authorization: `Bearer ${ctl.adminToken}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: res.status, body: (await res.json()) as T };
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ef-enroll-'));
    ctl = await startController(makeControllerConfig({ dataDir: join(dir, 'controller'), mqttPort: 0, httpPort: 0, scheduleDebounceMs: 10 }), { logger: silent });
  });

  afterAll(async () => {
    await ctl?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('creates its CA on first start, keys 0600, and serves the CA the tokens pin', async () => {
    const pki = join(dir, 'controller', 'pki');
    for (const f of ['ca.key', 'server.key']) expect(statSync(join(pki, f)).mode & 0o777, f).toBe(0o600);
    const served = await (await fetch(`${api()}/v1/ca`)).text();
    expect(served).toBe(readFileSync(join(pki, 'ca.crt'), 'utf8'));
    const t = parseJoinToken(await createJoinToken(ctl));
    expect(t.ok && t.token.caSha256).toBe(ctl.pki.caSha256);
    const server = new X509Certificate(readFileSync(join(pki, 'server.crt')));
    expect(server.checkIssued(new X509Certificate(served))).toBe(true);
    expect(server.subjectAltName).toContain('IP Address:127.0.0.1');
  });

  it('an agent joins: its key stays in its state dir (0600), its certificate is for that key, and it comes online with the token\'s labels', async () => {
    const nodeId = id('a');
    const stateDir = join(dir, nodeId);
    const token = await createJoinToken(ctl, { uses: 1, labels: { site: 'north' } });
    const identity = await join_(nodeId, token, stateDir);
    const files = join(stateDir, 'identity');
    for (const f of ['node.key', 'secret', 'identity.json']) expect(statSync(join(files, f)).mode & 0o777, f).toBe(0o600);
    expect(statSync(files).mode & 0o777).toBe(0o700);
    const cert = new X509Certificate(identity.certPem);
    expect(cert.subject).toBe(`CN=${nodeId}`);
    expect(cert.checkIssued(new X509Certificate(ctl.pki.caCertPem))).toBe(true);
    expect(cert.checkPrivateKey(createPrivateKey(readFileSync(join(files, 'node.key'))))).toBe(true);
    // The controller keeps the certificate's serial and a hash of the secret, never the key or the secret.
    const stored = ctl.identity.credentials(nodeId);
    expect(stored?.certSerial).toBe(cert.serialNumber);
    expect(stored?.secretSha256).not.toContain(identity.secret);
    expect(existsSync(join(dir, 'controller', 'pki', `${nodeId}.key`))).toBe(false);

    const agent = await startAgent(makeAgentConfig({ server: `mqtt://127.0.0.1:${ctl.mqttPort}`, nodeId, stateDir, resyncMs: 60_000 }), { logger: silent });
    try {
      const node = await waitUntil('the enrolled node online', async () => {
        const r = await admin<{ items: { name: string; status: string; labels: Record<string, string>; certExpiresMs: number | null }[] }>('GET', '/api/v1/nodes');
        return r.body.items.find((n) => n.name === nodeId && n.status === 'Online');
      });
      expect(node.labels.site).toBe('north');
      // Its hello reports the certificate's notAfter, read from the certificate itself.
      expect(node.certExpiresMs).toBe(Date.parse(cert.validTo));
      const wide = await runCli(['get', 'nodes', '-o', 'wide', '--server', api(), '--token', ctl.adminToken]);
      expect(wide.stdout).toContain('CERT EXPIRES');
      expect(wide.stdout).toContain(new Date(Date.parse(cert.validTo)).toISOString().slice(0, 10));
      const described = await runCli(['describe', 'node', nodeId, '--server', api(), '--token', ctl.adminToken]);
      expect(described.stdout).toMatch(/Certificate:\s+expires \d{4}-\d{2}-\d{2} \(in \d+d\)/);
    } finally {
      await agent.close();
    }
  });

  it('refuses a used-up, an expired and a revoked token, saying which and what to do', async () => {
    const once = await createJoinToken(ctl, { uses: 1 });
    await join_(id('u1'), once);
    await expect(join_(id('u2'), once)).rejects.toThrow(/join token [a-z0-9]{6} is used up \(1 of 1 uses\); ask the operator for a new one/);

    const expired = ctl.createJoinToken({ ttlMs: 1 });
    await new Promise((r) => setTimeout(r, 5));
    await expect(join_(id('x'), expired)).rejects.toThrow(/join token [a-z0-9]{6} expired at .*edgefleet token create/);

    const revoked = await createJoinToken(ctl, { uses: 5 });
    const tid = (parseJoinToken(revoked) as { token: { id: string } }).token.id;
    expect((await admin<{ status: string }>('DELETE', `/api/v1/tokens/${tid}`)).body.status).toBe('revoked');
    await expect(join_(id('r'), revoked)).rejects.toThrow(new RegExp(`join token ${tid} was revoked at`));
    for (const n of ['u2', 'x', 'r']) expect(ctl.identity.credentials(id(n)), n).toBeUndefined();
  });

  it('refuses a token with a wrong secret, and one pinning another CA before sending anything', async () => {
    const good = parseJoinToken(await createJoinToken(ctl));
    if (!good.ok) throw new Error('bad token');
    const wrongSecret = formatJoinToken({ ...good.token, secret: 'x'.repeat(43) });
    await expect(join_(id('w'), wrongSecret)).rejects.toThrow(/join token not recognised by this controller/);
    const otherCa = formatJoinToken({ ...good.token, caSha256: 'b'.repeat(64) });
    await expect(join_(id('ca'), otherCa)).rejects.toThrow(/pins bbbbbbbb.*wrong controller, or someone in between/);
    // The good token was not used by either attempt.
    await join_(id('g'), formatJoinToken(good.token));
  });

  it('enrolls a node once: joining again under the same id is refused until it is removed', async () => {
    const nodeId = id('twice');
    await join_(nodeId, await createJoinToken(ctl));
    await expect(join_(nodeId, await createJoinToken(ctl), join(dir, `${nodeId}-again`))).rejects.toThrow(new RegExp(`node ${nodeId} is already enrolled; .*edgefleet node rm ${nodeId}`));
  });

  it('an agent with no credentials and no token does not start, and says how to join', async () => {
    const cfg = makeAgentConfig({ server: `mqtt://127.0.0.1:${ctl.mqttPort}`, nodeId: id('none'), stateDir: join(dir, 'none'), resyncMs: 60_000 });
    await expect(startAgent(cfg, { logger: silent })).rejects.toThrow(/has no credentials in .*: join first \(edgefleet agent join --token TOKEN/);
  });

  it('refuses malformed and oversized enrollment requests with 400/413', async () => {
    const post = (body: string): Promise<Response> => fetch(`${api()}/v1/enroll`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect((await post('{')).status).toBe(400);
    expect((await post(JSON.stringify({ token: 'x', nodeId: 'a', extra: 1 }))).status).toBe(400);
    expect((await post(JSON.stringify({ token: await createJoinToken(ctl), nodeId: 'Not Valid' }))).status).toBe(400);
    expect((await post(JSON.stringify({ token: await createJoinToken(ctl), nodeId: 'k', publicKey: 'AAAA', proof: 'AAAA' }))).status).toBe(400);
    expect((await post(JSON.stringify({ token: 'x'.repeat(20_000), nodeId: 'a' }))).status).toBe(413);
  });

  it('the CLI creates, lists and revokes tokens', async () => {
    const env = { EDGEFLEET_SERVER: api(), EDGEFLEET_TOKEN: ctl.adminToken };
    const created = await runCli(['token', 'create', '--ttl', '2h', '--uses', '3', '--label', 'zone=b'], env);
    expect(created.code, created.stderr).toBe(0);
    const parsed = parseJoinToken(created.stdout);
    expect(parsed.ok).toBe(true);
    const tid = parsed.ok ? parsed.token.id : '';
    const list = await runCli(['token', 'list'], env);
    expect(list.stdout).toMatch(new RegExp(`${tid}\\s+active\\s+0/3\\s+\\S+\\s+zone=b`));
    expect((await runCli(['token', 'revoke', tid], env)).stdout).toBe(`token ${tid} revoked\n`);
    expect((await runCli(['token', 'list'], env)).stdout).toMatch(new RegExp(`${tid}\\s+revoked`));
    const bad = await runCli(['token', 'create', '--ttl', '5y'], env);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/ttl: "5y" is not a duration/);
    const noAdmin = await runCli(['token', 'list'], { EDGEFLEET_SERVER: api(), EDGEFLEET_TOKEN: 'wrong-token-wrong-token' });
    expect(noAdmin.code).toBe(1);
    expect(noAdmin.stderr).toMatch(/invalid bearer token/);
  });
});
