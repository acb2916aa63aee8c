// `node rm` is complete: against a real controller (SQLite file, embedded aedes, HTTP API) and two
// real in-process agents on the real Docker engine, the removed node leaves `get nodes` and the
// store (a restarted controller does not bring it back), its replicated workload moves to the other
// node at once, the external-broker hook hears of it, and the same node id enrolls again with a new
// token: its agent, still holding the old desired generation on disk, runs what is placed on it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAgent, type RunningAgent } from '../../agent/app.js';
import { makeAgentConfig, type AgentConfig } from '../../agent/config.js';
import { enroll } from '../../agent/identity/enroll.js';
import { startController, type RunningController } from '../../controller/app.js';
import { makeControllerConfig } from '../../controller/config.js';
import { nodeContainers, removeNodeContainers, requireDocker } from '../helpers/docker.js';
import { sleeper } from '../helpers/fleet.js';
import { agentJoin, createJoinToken } from '../helpers/identity.js';
import { waitUntil } from '../helpers/wait.js';

const silent = pino({ level: 'silent' });

describe('node rm (real controller, real agents, real Docker)', () => {
  let dir: string;
  let ctl: RunningController;
  const agents = new Map<string, RunningAgent>();
  const id = (s: string): string => `rm-${s}-${process.pid}`;
  const a = id('a');
  const b = id('b');
  const docker = requireDocker();
  const removedHook: string[] = [];

  const start = async (): Promise<RunningController> =>
    startController(makeControllerConfig({ dataDir: join(dir, 'controller'), mqttPort: 0, httpPort: 0, scheduleDebounceMs: 20 }), { logger: silent });
  const api = async <T>(method: string, path: string, body?: string): Promise<{ status: number; body: T }> => {
    const res = await fetch(`http://127.0.0.1:${ctl.httpPort}${path}`, {
      method,
      headers: { authorization: `Bearer ${ctl.adminToken}`, ...(body === undefined ? {} : { 'content-type': 'application/yaml' }) },
      ...(body === undefined ? {} : { body }),
    });
    return { status: res.status, body: (await res.json()) as T };
  };
  const cfgOf = (nodeId: string): AgentConfig =>
    makeAgentConfig({ server: `mqtt://127.0.0.1:${ctl.mqttPort}`, nodeId, stateDir: join(dir, nodeId), labels: [`who=${nodeId}`], resyncMs: 60_000 });
  const startNode = async (nodeId: string): Promise<void> => {
    const cfg = cfgOf(nodeId);
    await agentJoin(ctl, nodeId, cfg.stateDir);
    agents.set(nodeId, await startAgent(cfg, { logger: silent }));
  };
  const nodes = async (): Promise<{ name: string; status: string }[]> => (await api<{ items: { name: string; status: string }[] }>('GET', '/api/v1/nodes')).body.items;
  const placed = async (w: string): Promise<string[]> =>
    (await api<{ items: { workload: string; node: string }[] }>('GET', '/api/v1/placements')).body.items.filter((p) => p.workload === w).map((p) => p.node);
  const runningOn = async (w: string, nodeId: string): Promise<boolean> => (await nodeContainers(await docker, nodeId)).some((c) => c.workload === w && c.state === 'running');

  beforeAll(async () => {
    await docker;
    dir = mkdtempSync(join(tmpdir(), 'ef-noderm-'));
    ctl = await start();
    // Spied on, and still called: the hook an external Mosquitto's passwd file hangs on.
    const hook = ctl.mosquitto.nodeRemoved.bind(ctl.mosquitto);
    ctl.mosquitto.nodeRemoved = (n: string): void => {
      removedHook.push(n);
      hook(n);
    };
    await startNode(a);
    await startNode(b);
    await waitUntil('both nodes online', async () => {
      const n = await nodes();
      return [a, b].every((x) => n.some((y) => y.name === x && y.status === 'Online'));
    });
  }, 60_000);

  afterAll(async () => {
    await Promise.all([...agents.values()].map((x) => x.close()));
    await ctl?.close();
    await removeNodeContainers(await docker, [a, b]);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('removes the node from get nodes and the store, moves its replicated workload at once, and calls the broker hook', async () => {
    // Pinned to a first (its operator label), then widened: the replica stays where it runs.
    expect((await api('POST', '/api/v1/apply', sleeper('rm-web', `{replicas: 1, nodeSelector: {who: ${a}}}`))).status).toBe(200);
    await waitUntil('rm-web runs on a', () => runningOn('rm-web', a), 30_000, 200);
    expect((await api('POST', '/api/v1/apply', sleeper('rm-web', '{replicas: 1}'))).status).toBe(200);
    expect(await placed('rm-web')).toEqual([a]);

    const r = await api<{ removed: string; revoked: boolean; disconnected: boolean; forgotten: boolean }>('DELETE', `/api/v1/nodes/${a}`);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ removed: a, revoked: true, disconnected: true, forgotten: true });
    expect(removedHook).toEqual([a]);
    // Rescheduled before the answer, not after some silence timeout.
    expect(await placed('rm-web')).toEqual([b]);
    expect((await nodes()).map((n) => n.name)).toEqual([b]);
    expect((await api('GET', `/api/v1/nodes/${a}`)).status).toBe(404);
    await waitUntil('rm-web runs on b', () => runningOn('rm-web', b), 30_000, 200);
    // Removing it again: it is gone.
    expect((await api('DELETE', `/api/v1/nodes/${a}`)).status).toBe(404);

    // The store forgot it too: a restarted controller does not list it.
    await agents.get(a)!.close();
    agents.delete(a);
    await Promise.all([...agents.values()].map((x) => x.close()));
    agents.clear();
    await ctl.close();
    ctl = await start();
    expect((await nodes()).map((n) => n.name)).toEqual([b]);
    await startNode(b);
  }, 120_000);

  it('the same node id enrolls again with a new token and runs what is placed on it', async () => {
    // Same state dir: the agent still holds its last desired generation from before the removal.
    const cfg = cfgOf(a);
    await enroll({ api: `http://127.0.0.1:${ctl.httpPort}`, token: await createJoinToken(ctl), nodeId: a, stateDir: cfg.stateDir, logger: silent });
    agents.set(a, await startAgent(cfg, { logger: silent }));
    await waitUntil('a online again', async () => (await nodes()).some((n) => n.name === a && n.status === 'Online'));
    expect((await api('POST', '/api/v1/apply', sleeper('rm-back', `{replicas: 1, nodeSelector: {who: ${a}}}`))).status).toBe(200);
    expect(await placed('rm-back')).toEqual([a]);
    await waitUntil('rm-back runs on the re-enrolled node', () => runningOn('rm-back', a), 30_000, 200);
  }, 90_000);
});
