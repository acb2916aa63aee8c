// The HTTP auth endpoint for brokers that delegate auth (EMQX HTTP authn/authz), served by a real
// controller on its own port: only a caller with the shared secret gets answers; the controller's
// user logs in with its broker password and may use the whole prefix; a node may publish only its
// own upstream topics and subscribe only to its own desired and commands (broker/acl.ts); every
// malformed or unknown request is a deny.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROKER_AUTH_HEADER } from '../../controller/api/broker-auth-server.js';
import { startController, type RunningController } from '../../controller/app.js';
import { makeControllerConfig } from '../../controller/config.js';
import { mqttLogin } from '../helpers/identity.js';

const P = 'edgefleet/v1';

describe('broker auth endpoint (real controller, real HTTP)', () => {
  let dir: string;
  let ctl: RunningController;
  let secret = '';
  let controllerPassword = '';

  const call = async (path: string, body: unknown, headers: Record<string, string> = { [BROKER_AUTH_HEADER]: secret }) => {
    const res = await fetch(`http://127.0.0.1:${ctl.brokerAuthPort ?? 0}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as { result?: string; is_superuser?: boolean } };
  };
  const authz = async (username: string, topic: string, action: string) =>
    (await call('/broker/v1/authz', { clientid: username, username, topic, action })).body.result;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ef-bauth-'));
    ctl = await startController(makeControllerConfig({ dataDir: dir, mqttPort: 0, httpPort: 0, brokerAuthPort: 0 }), { logger: pino({ level: 'silent' }) });
    secret = readFileSync(join(dir, 'broker', 'auth-endpoint.secret'), 'utf8').trim();
    controllerPassword = readFileSync(join(dir, 'broker', 'controller.password'), 'utf8').trim();
  });

  afterAll(async () => {
    await ctl?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('answers only a caller with the shared secret', async () => {
    const body = { clientid: 'n1', username: 'n1' };
    expect((await call('/broker/v1/authn', body, {})).status).toBe(401);
    expect((await call('/broker/v1/authn', body, { [BROKER_AUTH_HEADER]: `${secret}x` })).status).toBe(401);
    expect((await call('/broker/v1/authz', { clientid: 'n1', topic: `${P}/nodes/n1/state`, action: 'publish' }, {})).status).toBe(401);
  });

  it("lets the controller's user in with its broker password only, never as a superuser", async () => {
    const ok = await call('/broker/v1/authn', { clientid: '_edgefleet', username: '_edgefleet', password: controllerPassword });
    expect(ok).toEqual({ status: 200, body: { result: 'allow', is_superuser: false } });
    const wrong = await call('/broker/v1/authn', { clientid: '_edgefleet', username: '_edgefleet', password: 'guess' });
    expect(wrong.body.result).toBe('deny');
    const none = await call('/broker/v1/authn', { clientid: '_edgefleet', username: '_edgefleet', password: '${password}' });
    expect(none.body.result).toBe('deny');
  });

  it("asks the controller's authenticator about nodes: an enrolled node with its secret, nobody else", async () => {
    const n1 = await mqttLogin(ctl, 'n1');
    expect((await call('/broker/v1/authn', { clientid: 'n1', username: 'n1', password: n1.password })).body.result).toBe('allow');
    expect((await call('/broker/v1/authn', { clientid: 'n1', username: 'n1', password: 'x' })).body.result).toBe('deny');
    expect((await call('/broker/v1/authn', { clientid: 'n1' })).body.result).toBe('deny');
    expect((await call('/broker/v1/authn', { clientid: 'n9', username: 'n9', password: n1.password })).body.result).toBe('deny');
    expect((await call('/broker/v1/authn', { clientid: 'Not A Node' })).body.result).toBe('deny');
  });

  it('a node publishes only its own upstream topics and subscribes only to its own desired and commands', async () => {
    expect(await authz('n1', `${P}/nodes/n1/state`, 'publish')).toBe('allow');
    expect(await authz('n1', `${P}/nodes/n1/telemetry`, 'publish')).toBe('allow');
    expect(await authz('n1', `${P}/nodes/n2/state`, 'publish')).toBe('deny');
    expect(await authz('n1', `${P}/nodes/n1/desired`, 'publish')).toBe('deny');
    expect(await authz('n1', `${P}/nodes/n1/desired`, 'subscribe')).toBe('allow');
    expect(await authz('n1', `${P}/nodes/n1/commands`, 'subscribe')).toBe('allow');
    expect(await authz('n1', `${P}/nodes/n2/desired`, 'subscribe')).toBe('deny');
    expect(await authz('n1', `${P}/nodes/+/desired`, 'subscribe')).toBe('deny');
    expect(await authz('n1', '#', 'subscribe')).toBe('deny');
    expect(await authz('n1', `${P}/nodes/n1/state`, 'all')).toBe('deny');
  });

  it("a node's user name must be its client id", async () => {
    const r = await call('/broker/v1/authz', { clientid: 'n2', username: 'n1', topic: `${P}/nodes/n2/state`, action: 'publish' });
    expect(r.body.result).toBe('deny');
  });

  it("the controller's user reads and writes the prefix and nothing else", async () => {
    expect(await authz('_edgefleet', `${P}/nodes/+/state`, 'subscribe')).toBe('allow');
    expect(await authz('_edgefleet', `${P}/nodes/n1/desired`, 'publish')).toBe('allow');
    expect(await authz('_edgefleet', 'other/topic', 'publish')).toBe('deny');
    expect(await authz('_edgefleet', '#', 'subscribe')).toBe('deny');
  });

  it('malformed requests are denied, oversized ones too', async () => {
    expect((await call('/broker/v1/authn', { username: 'n1' })).body.result).toBe('deny');
    expect((await call('/broker/v1/authz', { clientid: 'n1', action: 'publish' })).body.result).toBe('deny');
    expect((await call('/broker/v1/authn', '{not json')).body.result).toBe('deny');
    expect((await call('/broker/v1/authn', { clientid: 'n1', password: 'x'.repeat(20_000) })).body.result).toBe('deny');
  });
});
