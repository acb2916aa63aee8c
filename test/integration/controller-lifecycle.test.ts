// The controller's node registry and desired publisher against real MQTT clients and a real
// SQLite file: hello makes a node Online, its Last Will makes it Offline, a workload's desired
// snapshot is retained with a generation that moves only on change, and a restarted controller
// republishes every stored snapshot from its store.
import { connectAsync, type MqttClient } from 'mqtt';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startController, type RunningController } from '../../controller/app.js';
import { makeControllerConfig } from '../../controller/config.js';
import { decode, encode } from '../../proto/codec.js';
import { nodeTopic } from '../../proto/topics.js';
import type { DesiredState, Hello, NodeState } from '../../proto/types.js';
import { authedFetch } from '../helpers/auth.js';
import { waitUntil } from '../helpers/wait.js';
import { helloMessage } from '../fixtures/wire-messages.js';
import { mqttLogin } from '../helpers/identity.js';

const P = 'edgefleet/v1';
const NODE = 'lc-node';

const hello: Hello = { ...helloMessage(), nodeId: NODE, labels: { zone: 'a' }, bootId: 'boot-1', appliedEpoch: 0, appliedGeneration: 0 };
const offline: NodeState = {
  nodeId: NODE,
  bootId: 'boot-1',
  online: false,
  appliedEpoch: 0,
  appliedGeneration: 0,
  workloads: [],
  conditions: [],
  reportedAtMs: 1,
};

const manifest = (cmd: string): string => `apiVersion: edgefleet.io/v1
kind: Workload
metadata: { name: lc }
spec:
  container: { image: edgefleet/busybox:test, command: [sleep, "${cmd}"], network: none }
  placement: { mode: perNode, nodeSelector: { zone: a } }
`;

describe('controller lifecycle (real aedes, real SQLite, real MQTT clients)', () => {
  let dir: string;
  let ctl: RunningController;
  let node: MqttClient | null = null;
  const cfg = () => makeControllerConfig({ dataDir: dir, mqttPort: 0, httpPort: 0, scheduleDebounceMs: 10 });
  const api = (path: string, init?: RequestInit) => authedFetch(dir)(`http://127.0.0.1:${ctl.httpPort}${path}`, init);
  const status = async (): Promise<string | undefined> => {
    const body = (await (await api('/api/v1/nodes')).json()) as { items: { name: string; status: string }[] };
    return body.items.find((n) => n.name === NODE)?.status;
  };
  const connectNode = async (): Promise<{ client: MqttClient; desired: DesiredState[] }> => {
    const desired: DesiredState[] = [];
    const client = await connectAsync(`mqtt://127.0.0.1:${ctl.mqttPort}`, {
      ...(await mqttLogin(ctl, NODE)),
      reconnectPeriod: 0,
      will: { topic: nodeTopic(P, NODE, 'state'), payload: Buffer.from(encode('state', offline)), qos: 1, retain: true },
    });
    client.on('message', (_t, payload) => desired.push(decode('desired', payload)));
    await client.subscribeAsync(nodeTopic(P, NODE, 'desired'), { qos: 1 });
    return { client, desired };
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ef-lc-'));
    ctl = await startController(cfg(), { logger: pino({ level: 'silent' }) });
  });

  afterAll(async () => {
    await node?.endAsync(true);
    await ctl?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  let firstGeneration = 0;

  it('hello registers the node Online and it gets a retained desired snapshot', async () => {
    const n = await connectNode();
    node = n.client;
    await node.publishAsync(nodeTopic(P, NODE, 'hello'), Buffer.from(encode('hello', hello)), { qos: 1 });
    await waitUntil('node online', async () => (await status()) === 'Online');
    const res = await api('/api/v1/apply', { method: 'POST', headers: { 'content-type': 'application/yaml' }, body: manifest('100') });
    expect(res.status).toBe(200);
    const d = await waitUntil('a desired snapshot with the workload', () => n.desired.find((x) => x.workloads.length === 1));
    expect(d.workloads[0]?.container.command).toEqual(['sleep', '100']);
    expect(d.controllerEpoch).toBe(ctl.epoch);
    firstGeneration = d.generation;
  });

  it('an unchanged apply publishes nothing new; a change moves the generation by one', async () => {
    await api('/api/v1/apply', { method: 'POST', headers: { 'content-type': 'application/yaml' }, body: manifest('100') });
    await ctl.reconcileNow();
    const second = await connectNode();
    const seen = second.desired; // a second subscriber sees only the retained one
    await waitUntil('the retained snapshot', () => seen.length === 1);
    expect(seen[0]?.generation).toBe(firstGeneration);
    // It took the client id over (the first one's Last Will went out): online again by its hello,
    // since a changed revision reaches a node only while it is online (controller/rollout).
    await second.client.publishAsync(nodeTopic(P, NODE, 'hello'), Buffer.from(encode('hello', hello)), { qos: 1 });
    await waitUntil('node online again', async () => (await status()) === 'Online');
    await api('/api/v1/apply', { method: 'POST', headers: { 'content-type': 'application/yaml' }, body: manifest('200') });
    await waitUntil('the new generation', () => seen.find((d) => d.generation === firstGeneration + 1));
  });

  it('the Last Will marks the node Offline when its link dies', async () => {
    // The earlier subscriber took over the client id; connect a fresh one and kill its socket.
    const n = await connectNode();
    await n.client.publishAsync(nodeTopic(P, NODE, 'hello'), Buffer.from(encode('hello', hello)), { qos: 1 });
    await waitUntil('node online again', async () => (await status()) === 'Online');
    n.client.stream.destroy();
    await waitUntil('node offline', async () => (await status()) === 'Offline');
    await n.client.endAsync(true);
  });

  it('a restarted controller republishes every stored snapshot, same epoch and generation', async () => {
    const epoch = ctl.epoch;
    await node?.endAsync(true);
    node = null;
    await ctl.close();
    ctl = await startController(cfg(), { logger: pino({ level: 'silent' }) });
    expect(ctl.epoch).toBe(epoch);
    const n = await connectNode();
    node = n.client;
    const d = await waitUntil('the republished snapshot', () => n.desired[0]);
    expect(d).toMatchObject({ nodeId: NODE, controllerEpoch: epoch, generation: firstGeneration + 1 });
    expect(d.workloads[0]?.container.command).toEqual(['sleep', '200']);
    // Nobody is Online until it says hello again.
    expect(await status()).toBe('Offline');
  });
});
