// End to end, real processes: one controller and six agents on the real Docker engine, a
// workload with `maxParallel: 2`. What is asserted is what Docker saw (its own event log):
// - a good revision replaces containers wave by wave: every start of a wave comes after every
//   start of the wave before, at least minHealthyTime later;
// - a revision whose container fails its health check aborts after the first wave and is rolled
//   back automatically; no node outside that wave ever creates it;
// - with two agents partitioned (a TCP proxy in front of the broker that drops every byte), a
//   rollout completes for the other four (`rollout status` exits 0 with 2 pending-offline), and
//   after the heal the two converge to the final revision, never having run a rolled-back one.
import type Dockerode from 'dockerode';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HistoryJson, RolloutJson } from '../../controller/api/routes-rollout.js';
import { nodeContainers, removeNodeContainers, requireDocker } from '../helpers/docker.js';
import { sleeper } from '../helpers/fleet.js';
import { readAdminToken } from '../helpers/auth.js';
import { startFaultProxy, type FaultProxy } from '../helpers/fault-proxy.js';
import { runCli, startProc, type Proc } from '../helpers/process.js';
import { waitUntil } from '../helpers/wait.js';

const tag = `${process.pid}-${Date.now() % 100000}`;
const workload = `roll-${tag}`;
const ids = [1, 2, 3, 4, 5, 6].map((i) => `roll${i}-${tag}`);
const partitioned = ids.slice(4);
const MIN_HEALTHY_MS = 2000;

function manifest(version: string, healthy: boolean): string {
  return sleeper(workload, `{mode: perNode, nodeSelector: {rollout: "${tag}"}}`, {
    container: [
      `    env: {VERSION: "${version}"}`,
      `    healthCheck: {exec: {command: ["${healthy ? 'true' : 'false'}"]}, interval: 500ms, timeout: 1s, retries: 1}`,
    ].join('\n'),
    spec: '  rollout: {maxParallel: 2, minHealthyTime: 2s, healthyDeadline: 20s, onFailure: rollback}',
  });
}

interface DockerEvent {
  node: string;
  specHash: string;
  action: string;
  timeMs: number;
}

describe('e2e: a rollout over six real agents with maxParallel 2', { timeout: 150_000 }, () => {
  let docker: Dockerode;
  let dir: string;
  let controller: Proc;
  const agents: Proc[] = [];
  const proxies: FaultProxy[] = [];
  let server = '';
  let token = '';

  const cli = (...args: string[]) => runCli(args, { EDGEFLEET_SERVER: server, EDGEFLEET_TOKEN: token });
  const api = async <T>(path: string): Promise<T> => {
    const res = await fetch(`${server}${path}`, { headers: { authorization: `Bearer ${token}` } });
    return (await res.json()) as T;
  };
  const apply = async (version: string, healthy: boolean): Promise<void> => {
    const file = join(dir, `${version}.yaml`);
    writeFileSync(file, manifest(version, healthy));
    const r = await cli('apply', '-f', file);
    expect(r.code, r.stderr).toBe(0);
  };
  /** VERSION of the running container per node. */
  const versions = async (nodes: readonly string[] = ids): Promise<string[]> => {
    const out: string[] = [];
    for (const id of nodes) {
      const c = (await nodeContainers(docker, id)).find((x) => x.workload === workload && x.state === 'running');
      out.push(c?.env.find((e) => e.startsWith('VERSION='))?.slice(8) ?? '-');
    }
    return out;
  };
  /**
   * Docker's own record of this workload's containers, from a live event stream opened before
   * the first apply (the daemon keeps only its last 256 events for `since` queries, and other
   * tests on this engine make many).
   */
  const seen: DockerEvent[] = [];
  let eventStream: NodeJS.ReadableStream | null = null;
  const watchDocker = async (): Promise<void> => {
    eventStream = (await docker.getEvents({
      filters: { type: ['container'], event: ['create', 'start'], label: [`io.edgefleet.workload=${workload}`] },
    })) as unknown as NodeJS.ReadableStream;
    let buf = '';
    eventStream.on('data', (chunk: Buffer) => {
      buf += chunk.toString();
      let nl: number;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, nl).trim();
        buf = buf.slice(nl + 1);
        if (!line) continue;
        const e = JSON.parse(line) as { Action: string; timeNano: number; Actor: { Attributes: Record<string, string> } };
        seen.push({
          node: e.Actor.Attributes['io.edgefleet.node'] ?? '',
          specHash: e.Actor.Attributes['io.edgefleet.spec-hash'] ?? '',
          action: e.Action,
          timeMs: e.timeNano / 1e6,
        });
      }
    });
  };
  const dockerEvents = async (): Promise<DockerEvent[]> => {
    // An event the engine emitted has reached this stream within moments; give it one.
    await new Promise((r) => setTimeout(r, 300));
    return [...seen];
  };
  const specHashOf = async (revision: number): Promise<string> => {
    const h = await api<HistoryJson>(`/api/v1/workloads/${workload}/revisions`);
    return h.items.find((i) => i.revision === revision)?.specHash ?? '';
  };
  const status = (): Promise<RolloutJson> => api<RolloutJson>(`/api/v1/workloads/${workload}/rollout`);

  beforeAll(async () => {
    docker = await requireDocker();
    await watchDocker();
    dir = mkdtempSync(join(tmpdir(), 'ef-e2e-rollout-'));
    controller = startProc(['controller', '--data-dir', join(dir, 'controller'), '--mqtt-port', '0', '--http-port', '0']);
    const ready = await controller.waitForLog((l) => l.msg === 'controller ready');
    server = `http://127.0.0.1:${String(ready.httpPort)}`;
    token = readAdminToken(join(dir, 'controller'));
    for (const id of ids) {
      let port = Number(ready.mqttPort);
      if (partitioned.includes(id)) {
        const p = await startFaultProxy(port);
        proxies.push(p);
        port = p.port;
      }
      const args = ['agent', '--server', `mqtt://127.0.0.1:${port}`, '--node-id', id, '--state-dir', join(dir, id), '--label', `rollout=${tag}`];
      agents.push(startProc([...args, '--keepalive-s', '2', '--reconnect-ms', '500', '--reconnect-max-ms', '2000']));
    }
    await waitUntil('six nodes online', async () => {
      const { items } = await api<{ items: { name: string; status: string }[] }>('/api/v1/nodes');
      return ids.every((id) => items.some((n) => n.name === id && n.status === 'Online'));
    }, 30_000);
  });

  afterAll(async () => {
    (eventStream as unknown as { destroy?: () => void } | null)?.destroy?.();
    for (const p of proxies) p.mode('pass');
    await Promise.all(agents.map((a) => a.stop()));
    await controller?.stop();
    await Promise.all(proxies.map((p) => p.close()));
    if (docker) {
      await removeNodeContainers(docker, ids);
      await new Promise((r) => setTimeout(r, 500));
      await removeNodeContainers(docker, ids);
    }
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('revision 1 reaches all six at once (nothing to roll back to)', async () => {
    await apply('v1', true);
    const r = await cli('rollout', 'status', 'workload', workload, '--timeout', '60s');
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(await versions()).toEqual(ids.map(() => 'v1'));
  });

  it('revision 2 replaces containers in waves of two, in the order Docker saw them start', async () => {
    await apply('v2', true);
    const r = await cli('rollout', 'status', 'workload', workload, '--timeout', '90s');
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('done 6');
    expect(await versions()).toEqual(ids.map(() => 'v2'));
    const s = await status();
    expect(s.waves).toEqual([ids.slice(0, 2), ids.slice(2, 4), ids.slice(4, 6)]);

    const hash = await specHashOf(2);
    const starts = (await dockerEvents()).filter((e) => e.specHash === hash && e.action === 'start');
    const startOf = (node: string): number => {
      const e = starts.filter((x) => x.node === node);
      expect(e, `one start of revision 2 on ${node}`).toHaveLength(1);
      return e[0]?.timeMs ?? NaN;
    };
    for (let w = 1; w < s.waves.length; w++) {
      const before = Math.max(...(s.waves[w - 1] ?? []).map(startOf));
      const after = Math.min(...(s.waves[w] ?? []).map(startOf));
      // The next wave starts only once the last one has been healthy for minHealthyTime.
      expect(after - before).toBeGreaterThanOrEqual(MIN_HEALTHY_MS);
    }
  });

  it('revision 3 fails its health check in the first wave and is rolled back automatically', async () => {
    await apply('v3-bad', false);
    const r = await cli('rollout', 'status', 'workload', workload, '--timeout', '90s');
    expect(r.code, r.stdout).toBe(1);
    expect(r.stdout).toContain('rolled back to revision 2');
    const s = await status();
    expect(s).toMatchObject({ phase: 'rolledBack', current: 2, target: 3, stable: 2 });
    expect(s.waves).toEqual([ids.slice(0, 2)]);
    await waitUntil('revision 2 everywhere again', async () => (await versions()).every((v) => v === 'v2'), 60_000);
    const bad = await specHashOf(3);
    const created = (await dockerEvents()).filter((e) => e.specHash === bad && e.action === 'create').map((e) => e.node);
    expect([...new Set(created)].sort()).toEqual(ids.slice(0, 2).sort());
  });

  it('with two agents partitioned, a bad revision rolls back and a good one completes for the other four', async () => {
    for (const p of proxies) p.mode('hold');
    await waitUntil('the two partitioned nodes Offline', async () => {
      const { items } = await api<{ items: { name: string; status: string }[] }>('/api/v1/nodes');
      return partitioned.every((id) => items.some((n) => n.name === id && n.status === 'Offline'));
    }, 30_000);

    await apply('v4-bad', false);
    const bad = await cli('rollout', 'status', 'workload', workload, '--timeout', '90s');
    expect(bad.code, bad.stdout).toBe(1);
    expect((await status()).phase).toBe('rolledBack');

    await apply('v5', true);
    const good = await cli('rollout', 'status', 'workload', workload, '--timeout', '90s');
    expect(good.code, good.stdout).toBe(0);
    expect(good.stdout).toContain('done 4');
    expect(good.stdout).toContain('pending-offline 2');
    expect(await versions(ids.slice(0, 4))).toEqual(['v5', 'v5', 'v5', 'v5']);
    // Cut off, the two keep running what they had.
    expect(await versions(partitioned)).toEqual(['v2', 'v2']);
  });

  it('after the heal the two converge to the final revision and never ran a rolled-back one', async () => {
    for (const p of proxies) p.mode('pass');
    await waitUntil('the partitioned nodes on v5', async () => (await versions(partitioned)).every((v) => v === 'v5'), 90_000);
    const r = await cli('rollout', 'status', 'workload', workload, '--timeout', '60s');
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toContain('done 6');
    const [bad3, bad4] = [await specHashOf(3), await specHashOf(4)];
    const created = (await dockerEvents()).filter((e) => partitioned.includes(e.node) && e.action === 'create');
    expect(created.filter((e) => e.specHash === bad3 || e.specHash === bad4)).toEqual([]);
  });

  it('processes stayed up throughout', () => {
    expect(controller.child.exitCode).toBeNull();
    for (const a of agents) expect(a.child.exitCode).toBeNull();
  });
});
