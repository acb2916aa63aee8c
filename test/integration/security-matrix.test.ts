// The cross-node security matrix (issue 6, "Done means"): a real controller (its CA, SQLite file,
// embedded aedes with the loopback listener and the TLS listener, HTTP API), two nodes enrolled
// for real (node A, node B), and a list of attempts by A (or by nobody) to reach what is B's:
// connect as B, publish as B, subscribe to B's desired and commands, wildcards, $SYS, no or a
// foreign certificate, expired/used-up/revoked tokens, a removed node coming back. Every attempt
// must be refused, and B's listener (a real client subscribed to everything B may see) must
// receive nothing but what the controller sent it: counted and asserted.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectAsync, type IClientOptions, type MqttClient } from 'mqtt';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enroll } from '../../agent/identity/enroll.js';
import type { NodeIdentity } from '../../agent/identity/identity-files.js';
import { startController, type RunningController } from '../../controller/app.js';
import { makeControllerConfig } from '../../controller/config.js';
import { encode } from '../../proto/codec.js';
import { nodeTopic } from '../../proto/topics.js';
import { helloMessage } from '../fixtures/wire-messages.js';
import { createJoinToken } from '../helpers/identity.js';
import { createTestCa, type TestCa } from '../helpers/test-ca.js';

const P = 'edgefleet/v1';
const silent = pino({ level: 'silent' });

type Outcome = 'refused' | 'allowed';

describe('security matrix: cross-node attempts against a real controller (loopback and TLS)', () => {
  let dir: string;
  let ctl: RunningController;
  let a: NodeIdentity;
  let b: NodeIdentity;
  let foreign: TestCa;
  let bListener: MqttClient;
  const leaked: string[] = [];
  const results: { name: string; outcome: Outcome }[] = [];
  const A = `sec-a-${process.pid}`;
  const B = `sec-b-${process.pid}`;
  const plain = (): string => `mqtt://127.0.0.1:${ctl.mqttPort}`;
  const tls = (): string => `mqtts://127.0.0.1:${ctl.mqttTlsPort}`;
  const api = (): string => `http://127.0.0.1:${ctl.httpPort}`;

  /** Connects; 'refused' when the broker (or the TLS handshake) says no. */
  const tryConnect = async (url: string, o: IClientOptions): Promise<MqttClient | null> => {
    // A connection the broker never admits (no CONNACK 0) is a refusal, whether it is answered
    // with a refusing CONNACK, a TLS alert or silence; connectTimeout bounds the silent case.
    const c = connectAsync(url, { reconnectPeriod: 0, connectTimeout: 4_000, ...o }).catch(() => null);
    const t = new Promise<null>((r) => setTimeout(() => r(null), 6_000));
    return Promise.race([c, t]);
  };
  const record = (name: string, outcome: Outcome): void => void results.push({ name, outcome });
  const connectAttempt = async (name: string, url: string, o: IClientOptions): Promise<void> => {
    const c = await tryConnect(url, o);
    record(name, c ? 'allowed' : 'refused');
    await c?.endAsync();
  };
  const asA = (): IClientOptions => ({ clientId: A, username: A, password: a.secret });
  const tlsA = (): IClientOptions => ({ clientId: A, key: a.keyPem, cert: a.certPem, ca: ctl.pki.caCertPem });

  /** A publishes on a topic: refused when the broker cuts A off (aedes ends a client whose publish is refused). */
  const publishAttempt = async (name: string, topic: string, opts: IClientOptions = asA(), url = plain()): Promise<void> => {
    const c = await tryConnect(url, opts);
    if (!c) throw new Error(`${name}: A could not even connect`);
    const closed = new Promise<void>((r) => c.once('close', () => r()));
    c.publish(topic, Buffer.from(`leak:${name}`), { qos: 1 }, () => undefined);
    // A refused QoS 1 publish closes A's connection; an allowed one would reach B's listener.
    const outcome = await Promise.race([closed.then(() => 'refused' as const), new Promise<'allowed'>((r) => setTimeout(() => r('allowed'), 3_000))]);
    record(name, outcome);
    c.end(true);
  };

  /** A subscribes; refused when the SUBACK grants 128 or the broker closes A. Then the controller publishes to B. */
  const subscribeAttempt = async (name: string, filter: string, opts: IClientOptions = asA(), url = plain()): Promise<void> => {
    const c = await tryConnect(url, opts);
    if (!c) throw new Error(`${name}: A could not even connect`);
    c.on('error', () => undefined);
    const got: string[] = [];
    c.on('message', (t) => got.push(t));
    let outcome: Outcome;
    try {
      const grants = await c.subscribeAsync(filter, { qos: 1 });
      outcome = grants.every((g) => g.qos === 128) ? 'refused' : 'allowed';
    } catch {
      outcome = 'refused';
    }
    if (c.connected) {
      // B's desired state is retained on the broker: a granted subscription would receive it at
      // once. A round trip through the broker makes sure it would have arrived by now.
      await c.publishAsync(nodeTopic(P, A, 'replies'), Buffer.alloc(0), { qos: 1 }).catch(() => undefined);
    }
    if (got.some((t) => t.includes(`/${B}/`) || t.startsWith('$SYS'))) outcome = 'allowed';
    record(name, outcome);
    c.end(true);
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ef-secmatrix-'));
    ctl = await startController(makeControllerConfig({ dataDir: join(dir, 'controller'), mqttPort: 0, mqttTlsPort: 0, httpPort: 0, scheduleDebounceMs: 10, maxConnectsPerSecond: 0 }), { logger: silent });
    a = await enroll({ api: api(), token: await createJoinToken(ctl), nodeId: A, stateDir: join(dir, 'a'), logger: silent });
    b = await enroll({ api: api(), token: await createJoinToken(ctl), nodeId: B, stateDir: join(dir, 'b'), logger: silent });
    mkdirSync(join(dir, 'foreign-ca'));
    foreign = await createTestCa(join(dir, 'foreign-ca'));
    // B's own listener, over TLS with its certificate: everything B may receive, counted.
    bListener = await connectAsync(tls(), { clientId: B, key: b.keyPem, cert: b.certPem, ca: ctl.pki.caCertPem, reconnectPeriod: 0 });
    const desiredForB = new Promise<void>((resolve) =>
      bListener.on('message', (t, p) => {
        if (p.toString().startsWith('leak:')) leaked.push(p.toString());
        else if (t === nodeTopic(P, B, 'desired')) resolve();
      }),
    );
    await bListener.subscribeAsync([nodeTopic(P, B, 'desired'), nodeTopic(P, B, 'commands')], { qos: 1 });
    // B says hello: the controller publishes B's desired state, retained, which every attempt below tries to read.
    await bListener.publishAsync(nodeTopic(P, B, 'hello'), Buffer.from(encode('hello', { ...helloMessage(), nodeId: B })), { qos: 1 });
    await desiredForB;
  });

  afterAll(async () => {
    await bListener?.endAsync();
    await ctl?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('both nodes get in with their own credentials, on either listener (the positive control)', async () => {
    for (const [url, o] of [
      [plain(), asA()],
      [tls(), tlsA()],
    ] as const) {
      const c = await tryConnect(url, o);
      expect(c?.connected, url).toBe(true);
      await c?.endAsync();
    }
  });

  it('refuses every one of at least 50 cross-node attempts, and nothing reaches node B', async () => {
    // --- connecting as someone else, or as nobody (loopback listener) ---
    await connectAttempt('anonymous, no username', plain(), { clientId: A });
    await connectAttempt('anonymous with a random client id', plain(), { clientId: 'sec-nobody' });
    await connectAttempt("A's secret, B's client id and username", plain(), { clientId: B, username: B, password: a.secret });
    await connectAttempt("A's username, B's client id", plain(), { clientId: B, username: A, password: a.secret });
    await connectAttempt("B's username, A's client id", plain(), { clientId: A, username: B, password: a.secret });
    await connectAttempt('A with a wrong secret', plain(), { clientId: A, username: A, password: 'guess' });
    await connectAttempt('A with an empty password', plain(), { clientId: A, username: A, password: '' });
    await connectAttempt('A with a secret one character off', plain(), { clientId: A, username: A, password: `${a.secret.slice(0, -1)}x` });
    await connectAttempt("B's client id, no credentials (takeover)", plain(), { clientId: B });
    await connectAttempt('an unenrolled node with a made-up secret', plain(), { clientId: 'sec-ghost', username: 'sec-ghost', password: a.secret });
    await connectAttempt('the controller\'s reserved id', plain(), { clientId: '_edgefleet', username: '_edgefleet', password: 'x' });
    await connectAttempt('a $SYS-looking client id', plain(), { clientId: '$SYS', username: '$SYS', password: 'x' });
    await connectAttempt('a wildcard client id', plain(), { clientId: '#', username: '#', password: 'x' });
    await connectAttempt('an oversized password', plain(), { clientId: A, username: A, password: 'x'.repeat(4096) });
    // --- the TLS listener ---
    await connectAttempt('TLS without a client certificate', tls(), { clientId: A, ca: ctl.pki.caCertPem });
    await connectAttempt('TLS without a certificate but with A\'s secret', tls(), { clientId: A, username: A, password: a.secret, ca: ctl.pki.caCertPem });
    await connectAttempt("TLS with A's certificate as B", tls(), { ...tlsA(), clientId: B });
    const f = await foreign.client(A);
    await connectAttempt('TLS with a certificate for A from a foreign CA', tls(), { clientId: A, key: readFileSync(f.keyFile), cert: readFileSync(f.certFile), ca: ctl.pki.caCertPem });
    const fb = await foreign.client(B);
    await connectAttempt('TLS with a certificate for B from a foreign CA', tls(), { clientId: B, key: readFileSync(fb.keyFile), cert: readFileSync(fb.certFile), ca: ctl.pki.caCertPem });
    await connectAttempt("TLS with B's certificate but A's key", tls(), { clientId: B, key: a.keyPem, cert: b.certPem, ca: ctl.pki.caCertPem });
    await connectAttempt('plaintext listener with A\'s certificate only', plain(), { clientId: A });

    // --- publishing as B, or where A may not (A connected with its own credentials) ---
    for (const kind of ['hello', 'state', 'telemetry', 'events', 'replies'] as const) await publishAttempt(`A publishes B's ${kind}`, nodeTopic(P, B, kind));
    for (const kind of ['desired', 'commands'] as const) await publishAttempt(`A publishes B's ${kind}`, nodeTopic(P, B, kind));
    for (const kind of ['desired', 'commands'] as const) await publishAttempt(`A publishes its own ${kind} (downstream)`, nodeTopic(P, A, kind));
    await publishAttempt('A publishes under TLS to B\'s desired', nodeTopic(P, B, 'desired'), tlsA(), tls());
    await publishAttempt('A publishes to $SYS', '$SYS/broker/uptime');
    await publishAttempt('A publishes outside the prefix', `other/nodes/${B}/desired`);
    await publishAttempt('A publishes to a topic with a level too many', `${P}/nodes/${B}/desired/x`);
    await publishAttempt('A publishes on the prefix root', P);
    await publishAttempt('A publishes to an empty-level topic', `${P}/nodes//desired`);

    // --- subscribing to what is B's, or to everything ---
    for (const kind of ['desired', 'commands', 'state', 'telemetry', 'events', 'hello', 'replies'] as const) {
      await subscribeAttempt(`A subscribes to B's ${kind}`, nodeTopic(P, B, kind));
    }
    for (const filter of ['#', `${P}/#`, `${P}/nodes/+/desired`, `${P}/nodes/+/commands`, `${P}/nodes/${B}/#`, `${P}/nodes/+/+`, '+/nodes/+/desired', '$SYS/#', '$SYS/broker/clients/connected']) {
      await subscribeAttempt(`A subscribes to ${filter}`, filter);
    }
    await subscribeAttempt("A subscribes to B's desired over TLS", nodeTopic(P, B, 'desired'), tlsA(), tls());
    await subscribeAttempt('A subscribes to its own telemetry (upstream)', nodeTopic(P, A, 'telemetry'));

    // --- tokens: expired, used up, revoked, foreign ---
    const tokenAttempt = async (name: string, token: string, nodeId: string): Promise<void> => {
      try {
        await enroll({ api: api(), token, nodeId, stateDir: join(dir, `t-${results.length}`), logger: silent });
        record(name, 'allowed');
      } catch {
        record(name, 'refused');
      }
    };
    const expired = ctl.createJoinToken({ ttlMs: 1 });
    await new Promise((r) => setTimeout(r, 5));
    await tokenAttempt('enroll with an expired token', expired, 'sec-exp');
    const once = await createJoinToken(ctl, { uses: 1 });
    await tokenAttempt('first use of a one-use token (control: allowed)', once, `sec-once-${process.pid}`);
    results.pop(); // the control is not an attack
    await tokenAttempt('second use of a one-use token', once, 'sec-twice');
    const revoked = await createJoinToken(ctl, { uses: 10 });
    await fetch(`${api()}/api/v1/tokens/${revoked.split(':')[2]?.split('.')[0] ?? ''}`, { method: 'DELETE', headers: { authorization: `Bearer ${ctl.adminToken}` } });
    await tokenAttempt('enroll with a revoked token', revoked, 'sec-rev');
    await tokenAttempt("enroll as B (already enrolled) with a fresh token", await createJoinToken(ctl), B);
    await tokenAttempt('enroll with a token pinning a foreign CA', (await createJoinToken(ctl)).replace(/^EF1:[0-9a-f]{64}:/, `EF1:${'0'.repeat(64)}:`), 'sec-foreign');

    // --- a removed node comes back ---
    const victim = await enroll({ api: api(), token: await createJoinToken(ctl), nodeId: `sec-rm-${process.pid}`, stateDir: join(dir, 'rm'), logger: silent });
    const live = await connectAsync(plain(), { clientId: victim.nodeId, username: victim.nodeId, password: victim.secret, reconnectPeriod: 0 });
    const closed = new Promise<void>((r) => live.once('close', () => r()));
    const rm = await fetch(`${api()}/api/v1/nodes/${victim.nodeId}`, { method: 'DELETE', headers: { authorization: `Bearer ${ctl.adminToken}` } });
    expect(rm.status).toBe(200);
    // forgotten: false, a bare MQTT client never said hello, so the registry never held it.
    expect(await rm.json()).toEqual({ removed: victim.nodeId, revoked: true, disconnected: true, forgotten: false });
    await closed;
    live.end(true);
    await connectAttempt('a removed node reconnects with its secret', plain(), { clientId: victim.nodeId, username: victim.nodeId, password: victim.secret });
    await connectAttempt('a removed node reconnects with its certificate', tls(), { clientId: victim.nodeId, key: victim.keyPem, cert: victim.certPem, ca: ctl.pki.caCertPem });

    // B's listener saw none of A's attempts (a round trip through the broker first).
    await bListener.publishAsync(nodeTopic(P, B, 'replies'), Buffer.alloc(0), { qos: 1 }).catch(() => undefined);
    const allowed = results.filter((r) => r.outcome === 'allowed');
    console.log(`security matrix: ${results.length} cross-node attempts, ${results.length - allowed.length} refused (${Math.round(((results.length - allowed.length) / results.length) * 100)} %), ${leaked.length} messages leaked to node B`);
    expect(results.length).toBeGreaterThanOrEqual(50);
    expect(allowed.map((r) => r.name)).toEqual([]);
    expect(leaked).toEqual([]);
  }, 300_000);
});
