// Controller kill -9 and restart in the middle of a rollout. N agents run in this process (each
// with its own node id, state dir and containers on the one shared Docker engine); the controller
// is a real process on fixed ports, killed with SIGKILL and started again on the same data dir.
import type Dockerode from 'dockerode';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAgent, type RunningAgent } from '../../agent/app.js';
import { makeAgentConfig } from '../../agent/config.js';
import { nodeContainers, removeNodeContainers, requireDocker } from '../helpers/docker.js';
import { waitUntil } from '../helpers/wait.js';
import { freePort } from '../helpers/ports.js';
import { sleeperYaml, startControllerProc, type ControllerProc } from './procs.js';
import { readAdminToken } from '../helpers/auth.js';
import { agentJoin } from '../helpers/identity.js';

/** The 50 fits here (about 21 s for the file); EF_CHAOS_N lowers it on a slower machine. */
const N = Number(process.env.EF_CHAOS_N ?? 50);
const tag = `${process.pid}`;
const nodeIds = Array.from({ length: N }, (_, i) => `kill-${i}-${tag}`);
const workload = `roll-${tag}`;
const yaml = (version: string): string => sleeperYaml(workload, `{mode: perNode, nodeSelector: {chaos: "${tag}"}}`, { VERSION: version });

interface NodeRow {
  name: string;
  status: string;
  desiredGeneration: number;
  appliedGeneration: number;
  delivery: string;
}

describe(`chaos: controller kill -9 mid-rollout with ${N} agents in one process`, () => {
  let docker: Dockerode;
  let dir: string;
  let c: ControllerProc;
  let ports: { mqttPort: number; httpPort: number };
  const agents: RunningAgent[] = [];
  const ours = async (): Promise<NodeRow[]> =>
    (await c.api<{ items: NodeRow[] }>('GET', '/api/v1/nodes')).body.items.filter((n) => nodeIds.includes(n.name));
  /** Every node online and current at a desired generation above `after` (each node counts its own). */
  let gen = new Map<string, number>();
  const allPast = async (after: Map<string, number>): Promise<boolean> => {
    const rows = await ours();
    gen = new Map(rows.map((n) => [n.name, n.desiredGeneration]));
    return rows.length === N && rows.every((n) => n.status === 'Online' && n.appliedGeneration === n.desiredGeneration && n.desiredGeneration > (after.get(n.name) ?? 0));
  };

  beforeAll(async () => {
    docker = await requireDocker();
    await removeNodeContainers(docker, nodeIds);
    dir = mkdtempSync(join(tmpdir(), 'ef-chaos-kill-'));
    ports = { mqttPort: await freePort(), httpPort: await freePort() };
    c = await startControllerProc(dir, { host: '127.0.0.1', ...ports });
    for (const id of nodeIds) {
      const cfg = makeAgentConfig({
        server: c.mqttUrl, nodeId: id, stateDir: join(dir, id), labels: [`chaos=${tag}`],
        resyncMs: 60_000, keepaliveS: 2, reconnectMs: 500, reconnectMaxMs: 2000,
      });
      await agentJoin({ server: c.apiUrl, token: readAdminToken(c.dataDir) }, cfg.nodeId, cfg.stateDir);
      agents.push(await startAgent(cfg, { logger: pino({ level: 'silent' }) }));
    }
    await waitUntil(`${N} nodes online`, async () => (await ours()).filter((n) => n.status === 'Online').length === N, 60_000, 200);
    await waitUntil('empty desired everywhere', () => allPast(new Map()), 60_000, 250);
    await c.apply(yaml('1'));
    const before = new Map(gen);
    await waitUntil('v1 everywhere', () => allPast(before), 120_000, 250).catch(async (e: unknown) => {
      console.log(JSON.stringify(await ours()));
      throw e;
    });
  }, 240_000);

  afterAll(async () => {
    await Promise.all(agents.map((a) => a.close()));
    await c?.proc.stop();
    if (docker) {
      await removeNodeContainers(docker, nodeIds);
      await new Promise((r) => setTimeout(r, 500));
      await removeNodeContainers(docker, nodeIds);
    }
    if (dir) rmSync(dir, { recursive: true, force: true });
  }, 120_000);

  // The convergence time is a figure to read (printed below), not an assertion: speed lives in the
  // benchmarks. waitUntil's generous bound only keeps a hang from passing.
  it(`all ${N} at the latest generation after the controller's return, nothing lost from the store`, async () => {
    const v1 = new Map(gen);
    await c.apply(yaml('2'));
    await new Promise((r) => setTimeout(r, 300)); // mid-rollout: agents are recreating containers
    const midway = (await ours()).filter((n) => n.appliedGeneration > (v1.get(n.name) ?? 0)).length;
    c.proc.child.kill('SIGKILL');
    await c.proc.exited;
    await new Promise((r) => setTimeout(r, 1000));
    c = await startControllerProc(dir, { host: '127.0.0.1', ...ports });
    const t0 = Date.now();
    await waitUntil('v2 everywhere', () => allPast(v1), 180_000, 100);
    const convergedMs = Date.now() - t0;
    const w = (await c.api<{ items: { name: string; revision: number; placed: number }[] }>('GET', '/api/v1/workloads')).body.items.find((x) => x.name === workload);
    let v2Running = 0;
    for (const id of nodeIds) {
      const cs = (await nodeContainers(docker, id)).filter((x) => x.workload === workload);
      if (cs.length === 1 && cs[0]?.state === 'running' && cs[0].env.includes('VERSION=2')) v2Running++;
    }
    console.log(
      `controller kill -9 mid-rollout, ${N} agents: ${midway}/${N} at the new generation when killed; ` +
        `all ${N} online at the new generation ${convergedMs} ms after the controller was ready again; store: revision ${w?.revision}, placed ${w?.placed}; ${v2Running}/${N} nodes run exactly one v2 container`,
    );
    expect(w?.revision).toBe(2);
    expect(w?.placed).toBe(N);
    expect(v2Running).toBe(N);
  }, 300_000);
});
