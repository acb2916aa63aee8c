// The controller as a client of a real Mosquitto (Debian's), configured by the project's own
// generator: nodes come Online by hello and go Offline by their Last Will through the external
// broker; a silent node is expired; the controller's persistent session keeps what nodes sent
// while it was away; after a broker restart that lost everything the controller reconnects and
// sends the retained desired state again.
import type { MqttClient } from 'mqtt';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startController, type RunningController } from '../../controller/app.js';
import { makeControllerConfig } from '../../controller/config.js';
import { encode } from '../../proto/codec.js';
import { nodeTopic } from '../../proto/topics.js';
import { startMosquitto, type Mosquitto } from '../helpers/mosquitto.js';
import { connectNodeClient, controllerApi, PREFIX as P, zoneSleeper, type NodeClient } from '../helpers/node-client.js';
import { waitUntil } from '../helpers/wait.js';
import { eventsMessage } from '../fixtures/wire-messages.js';

const manifest = zoneSleeper('ext', 'x');

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
  const api = controllerApi(() => ({ dataDir: dir, httpPort: ctl?.httpPort ?? 0 }));
  const status = (id: string): Promise<string | undefined> => api.status(id);
  const connectNode = async (id: string): Promise<NodeClient> => {
    const n = await connectNodeClient(mosq.url, id, { zone: 'x', options: { clientId: id } });
    clients.push(n.client);
    return n;
  };

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
    const n = await connectNode('ext-a');
    await n.hello();
    await waitUntil('ext-a online', async () => (await status('ext-a')) === 'Online');
    const res = await api.apply(manifest);
    expect(res.status).toBe(200);
    const d = await waitUntil('a desired snapshot with the workload', () => n.desired.find((x) => x.workloads.length === 1));
    expect(d.controllerEpoch).toBe(ctl?.epoch);
  });

  it('the Last Will, published by Mosquitto, marks the node Offline', async () => {
    const n = await connectNode('ext-a');
    await n.hello();
    await waitUntil('ext-a online', async () => (await status('ext-a')) === 'Online');
    n.client.stream.destroy();
    await waitUntil('ext-a offline', async () => (await status('ext-a')) === 'Offline');
  });

  it('a connected but silent node is marked Offline after the silence timeout, and Online again when it speaks', async () => {
    const n = await connectNode('ext-quiet');
    await n.hello();
    await waitUntil('ext-quiet online', async () => (await status('ext-quiet')) === 'Online');
    await waitUntil('ext-quiet expired', async () => (await status('ext-quiet')) === 'Offline');
    expect(n.client.connected).toBe(true);
    await n.client.publishAsync(nodeTopic(P, 'ext-quiet', 'events'), Buffer.from(encode('events', { ...eventsMessage(), nodeId: 'ext-quiet' })), { qos: 1 });
    await waitUntil('ext-quiet online again', async () => (await status('ext-quiet')) === 'Online');
  });

  it('what a node sends while the controller is down waits in its persistent session', async () => {
    const n = await connectNode('ext-b');
    await n.hello();
    await waitUntil('ext-b online', async () => (await status('ext-b')) === 'Online');
    await ctl?.close();
    ctl = null;
    const batch = { ...eventsMessage(), nodeId: 'ext-b', bootId: 'boot-persist' };
    await n.client.publishAsync(nodeTopic(P, 'ext-b', 'events'), Buffer.from(encode('events', batch)), { qos: 1 });
    ctl = await startController(cfg(), { logger: pino({ level: 'silent' }) });
    const seen = await waitUntil('the events sent while the controller was away', async () => {
      const r = (await (await api.fetch('/api/v1/events?node=ext-b')).json()) as { items: { node: string; bootId?: string; type: string }[] };
      return r.items.length >= batch.events.length ? r.items : undefined;
    });
    expect(seen.map((e) => e.type)).toEqual(expect.arrayContaining(batch.events.map((e) => e.type)));
  });

  it('after a broker restart that lost everything, the controller reconnects and sends the retained desired state again', async () => {
    const before = ctl?.broker.link()?.connects ?? 0;
    await mosq.restart(); // no persistence: retained messages and sessions are gone
    await waitUntil('the controller reconnected', () => (ctl?.broker.link()?.connects ?? 0) > before && ctl?.broker.link()?.connected);
    const n = await connectNode('ext-a');
    const d = await waitUntil('the desired snapshot, sent again by the controller', () => n.desired.find((x) => x.workloads.length === 1));
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
