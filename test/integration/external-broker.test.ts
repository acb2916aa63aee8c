// The controller as a client of a real Mosquitto (Debian's), configured by the project's own
// generator: nodes come Online by hello and go Offline by their Last Will through the external
// broker; a silent node is expired; the controller's persistent session keeps what nodes sent
// while it was away; after a broker restart that lost everything the controller reconnects and
// sends the retained desired state again.
import { connectAsync, type MqttClient } from 'mqtt';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startController, type RunningController } from '../../controller/app.js';
import { makeControllerConfig } from '../../controller/config.js';
import { decode, encode } from '../../proto/codec.js';
import { nodeTopic } from '../../proto/topics.js';
import type { DesiredState, Hello, NodeState } from '../../proto/types.js';
import { authedFetch } from '../helpers/auth.js';
import { startMosquitto, type Mosquitto } from '../helpers/mosquitto.js';
import { waitUntil } from '../helpers/wait.js';
import { eventsMessage, helloMessage } from '../fixtures/wire-messages.js';

const P = 'edgefleet/v1';

const hello = (nodeId: string): Hello => ({ ...helloMessage(), nodeId, labels: { zone: 'x' }, bootId: 'boot-1', appliedEpoch: 0, appliedGeneration: 0 });
const offline = (nodeId: string): NodeState => ({
  nodeId,
  bootId: 'boot-1',
  online: false,
  appliedEpoch: 0,
  appliedGeneration: 0,
  workloads: [],
  conditions: [],
  reportedAtMs: 1,
});

const manifest = `apiVersion: edgefleet.io/v1
kind: Workload
metadata: { name: ext }
spec:
  container: { image: edgefleet/busybox:test, command: [sleep, "100"], network: none }
  placement: { mode: perNode, nodeSelector: { zone: x } }
`;

describe('controller with an external broker (real Mosquitto, anonymous nodes by client id)', () => {
  let mosq: Mosquitto;
  let dir: string;
  let ctl: RunningController | null = null;
  const clients: MqttClient[] = [];
  const cfg = () =>
    makeControllerConfig({
      dataDir: dir,
      httpPort: 0,
      scheduleDebounceMs: 10,
      brokerUrl: mosq.url,
      brokerPasswordFile: mosq.controllerPasswordFile,
      telemetryIntervalMs: 1000,
      nodeSilenceTimeoutMs: 2000,
    });
  const api = (path: string, init?: RequestInit) => authedFetch(dir)(`http://127.0.0.1:${ctl?.httpPort ?? 0}${path}`, init);
  const status = async (id: string): Promise<string | undefined> => {
    const body = (await (await api('/api/v1/nodes')).json()) as { items: { name: string; status: string }[] };
    return body.items.find((n) => n.name === id)?.status;
  };
  const connectNode = async (id: string, desired: DesiredState[] = []): Promise<MqttClient> => {
    const c = await connectAsync(mosq.url, {
      clientId: id,
      reconnectPeriod: 0,
      will: { topic: nodeTopic(P, id, 'state'), payload: Buffer.from(encode('state', offline(id))), qos: 1, retain: true },
    });
    clients.push(c);
    c.on('message', (t, payload) => {
      if (t === nodeTopic(P, id, 'desired')) desired.push(decode('desired', payload));
    });
    await c.subscribeAsync(nodeTopic(P, id, 'desired'), { qos: 1 });
    return c;
  };
  const sayHello = (c: MqttClient, id: string) => c.publishAsync(nodeTopic(P, id, 'hello'), Buffer.from(encode('hello', hello(id))), { qos: 1 });

  beforeAll(async () => {
    mosq = await startMosquitto({ identity: 'clientid' });
    dir = mkdtempSync(join(tmpdir(), 'ef-ext-'));
    ctl = await startController(cfg(), { logger: pino({ level: 'silent' }) });
  });

  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.endAsync(true)));
  });

  afterAll(async () => {
    await ctl?.close();
    await mosq?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('reports the external link and is connected', () => {
    expect(ctl?.broker.kind).toBe('external');
    expect(ctl?.broker.link()).toMatchObject({ connected: true, connects: 1 });
  });

  it('hello makes a node Online and its retained desired snapshot arrives through Mosquitto', async () => {
    const desired: DesiredState[] = [];
    const c = await connectNode('ext-a', desired);
    await sayHello(c, 'ext-a');
    await waitUntil('ext-a online', async () => (await status('ext-a')) === 'Online');
    const res = await api('/api/v1/apply', { method: 'POST', headers: { 'content-type': 'application/yaml' }, body: manifest });
    expect(res.status).toBe(200);
    const d = await waitUntil('a desired snapshot with the workload', () => desired.find((x) => x.workloads.length === 1));
    expect(d.controllerEpoch).toBe(ctl?.epoch);
  });

  it('the Last Will, published by Mosquitto, marks the node Offline', async () => {
    const c = await connectNode('ext-a');
    await sayHello(c, 'ext-a');
    await waitUntil('ext-a online', async () => (await status('ext-a')) === 'Online');
    c.stream.destroy();
    await waitUntil('ext-a offline', async () => (await status('ext-a')) === 'Offline');
  });

  it('a connected but silent node is marked Offline after the silence timeout, and Online again when it speaks', async () => {
    const c = await connectNode('ext-quiet');
    await sayHello(c, 'ext-quiet');
    await waitUntil('ext-quiet online', async () => (await status('ext-quiet')) === 'Online');
    await waitUntil('ext-quiet expired', async () => (await status('ext-quiet')) === 'Offline');
    expect(c.connected).toBe(true);
    await c.publishAsync(nodeTopic(P, 'ext-quiet', 'events'), Buffer.from(encode('events', { ...eventsMessage(), nodeId: 'ext-quiet' })), { qos: 1 });
    await waitUntil('ext-quiet online again', async () => (await status('ext-quiet')) === 'Online');
  });

  it('what a node sends while the controller is down waits in its persistent session', async () => {
    const c = await connectNode('ext-b');
    await sayHello(c, 'ext-b');
    await waitUntil('ext-b online', async () => (await status('ext-b')) === 'Online');
    await ctl?.close();
    ctl = null;
    const batch = { ...eventsMessage(), nodeId: 'ext-b', bootId: 'boot-persist' };
    await c.publishAsync(nodeTopic(P, 'ext-b', 'events'), Buffer.from(encode('events', batch)), { qos: 1 });
    ctl = await startController(cfg(), { logger: pino({ level: 'silent' }) });
    const seen = await waitUntil('the events sent while the controller was away', async () => {
      const r = (await (await api('/api/v1/events?node=ext-b')).json()) as { items: { node: string; bootId?: string; type: string }[] };
      return r.items.length >= batch.events.length ? r.items : undefined;
    });
    expect(seen.map((e) => e.type)).toEqual(expect.arrayContaining(batch.events.map((e) => e.type)));
  });

  it('after a broker restart that lost everything, the controller reconnects and sends the retained desired state again', async () => {
    const before = ctl?.broker.link()?.connects ?? 0;
    await mosq.restart(); // no persistence: retained messages and sessions are gone
    await waitUntil('the controller reconnected', () => (ctl?.broker.link()?.connects ?? 0) > before && ctl?.broker.link()?.connected);
    const desired: DesiredState[] = [];
    await connectNode('ext-a', desired);
    const d = await waitUntil('the desired snapshot, sent again by the controller', () => desired.find((x) => x.workloads.length === 1));
    expect(d.nodeId).toBe('ext-a');
    expect(ctl?.broker.link()?.pendingRetained).toBe(0);
  });
});

describe('controller start against an external broker that refuses it or is not there (real Mosquitto)', () => {
  let mosq: Mosquitto;
  let dir: string;

  beforeAll(async () => {
    mosq = await startMosquitto({ identity: 'username' });
    dir = mkdtempSync(join(tmpdir(), 'ef-ext-start-'));
  });

  afterAll(async () => {
    await mosq?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('a wrong controller password stops the start with EF_CTL_BROKER_REFUSED', async () => {
    const cfg = makeControllerConfig({ dataDir: join(dir, 'a'), httpPort: 0, brokerUrl: mosq.url });
    process.env.EDGEFLEET_BROKER_PASSWORD = 'not-the-password';
    try {
      await expect(startController(cfg, { logger: pino({ level: 'silent' }) })).rejects.toMatchObject({ code: 'EF_CTL_BROKER_REFUSED' });
    } finally {
      delete process.env.EDGEFLEET_BROKER_PASSWORD;
    }
  });

  it('an unreachable broker: the controller starts, says not ready, and connects once the broker is there', async () => {
    const port = mosq.port;
    await mosq.stopOnly();
    const cfg = makeControllerConfig({ dataDir: join(dir, 'b'), httpPort: 0, brokerUrl: `mqtt://127.0.0.1:${port}`, brokerPasswordFile: mosq.controllerPasswordFile });
    const ctl = await startController(cfg, { logger: pino({ level: 'silent' }) });
    try {
      const r = await fetch(`http://127.0.0.1:${ctl.httpPort}/readyz`);
      expect(r.status).toBe(503);
      expect(((await r.json()) as { reason: string }).reason).toMatch(/external broker unreachable/);
      await mosq.restart();
      await waitUntil('the controller connected', () => ctl.broker.link()?.connected);
      await waitUntil('ready', async () => (await fetch(`http://127.0.0.1:${ctl.httpPort}/readyz`)).status === 200);
    } finally {
      await ctl.close();
    }
  });
});
