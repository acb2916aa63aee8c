// The controller's node registry and desired publisher against real MQTT clients and a real
// SQLite file: hello makes a node Online, its Last Will makes it Offline, a workload's desired
// snapshot is retained with a generation that moves only on change, and a restarted controller
// republishes every stored snapshot from its store.
import type { MqttClient } from 'mqtt';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startController, type RunningController } from '../../controller/app.js';
import { makeControllerConfig } from '../../controller/config.js';
import { mqttLogin } from '../helpers/identity.js';
import { connectNodeClient, controllerApi, zoneSleeper, type NodeClient } from '../helpers/node-client.js';
import { waitUntil } from '../helpers/wait.js';

const NODE = 'lc-node';
const manifest = (seconds: number): string => zoneSleeper('lc', 'a', seconds);

describe('controller lifecycle (real aedes, real SQLite, real MQTT clients)', () => {
  let dir: string;
  let ctl: RunningController;
  let node: MqttClient | null = null;
  const cfg = () => makeControllerConfig({ dataDir: dir, mqttPort: 0, httpPort: 0, scheduleDebounceMs: 10 });
  const api = controllerApi(() => ({ dataDir: dir, httpPort: ctl.httpPort }));
  const status = (): Promise<string | undefined> => api.status(NODE);
  const connectNode = async (): Promise<NodeClient> =>
    connectNodeClient(`mqtt://127.0.0.1:${ctl.mqttPort}`, NODE, { zone: 'a', options: await mqttLogin(ctl, NODE) });

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
    await n.hello();
    await waitUntil('node online', async () => (await status()) === 'Online');
    const res = await api.apply(manifest(100));
    expect(res.status).toBe(200);
    const d = await waitUntil('a desired snapshot with the workload', () => n.desired.find((x) => x.workloads.length === 1));
    expect(d.workloads[0]?.container.command).toEqual(['sleep', '100']);
    expect(d.controllerEpoch).toBe(ctl.epoch);
    firstGeneration = d.generation;
  });

  it('an unchanged apply publishes nothing new; a change moves the generation by one', async () => {
    await api.apply(manifest(100));
    await ctl.reconcileNow();
    const second = await connectNode();
    const seen = second.desired; // a second subscriber sees only the retained one
    await waitUntil('the retained snapshot', () => seen.length === 1);
    expect(seen[0]?.generation).toBe(firstGeneration);
    // It took the client id over (the first one's Last Will went out): online again by its hello,
    // since a changed revision reaches a node only while it is online (controller/rollout).
    await second.hello();
    await waitUntil('node online again', async () => (await status()) === 'Online');
    await api.apply(manifest(200));
    await waitUntil('the new generation', () => seen.find((d) => d.generation === firstGeneration + 1));
  });

  it('the Last Will marks the node Offline when its link dies', async () => {
    // The earlier subscriber took over the client id; connect a fresh one and kill its socket.
    const n = await connectNode();
    await n.hello();
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
