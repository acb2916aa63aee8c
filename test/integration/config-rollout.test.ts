// Configuration through the CLI's own code path, a real controller, real agents and the real
// Docker engine: `config set --selector` changes the environment of the containers on exactly the
// matching nodes (docker inspect), leaves the other nodes' containers untouched (same container
// id), precedence holds in the running containers, and describe says where each value came from.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NodeDetailJson } from '../../controller/api/views-fleet.js';
import type { NodeJson, WorkloadJson } from '../../controller/api/views.js';
import { configChangeCmd, configGetCmd, configListCmd } from '../../controller/cli/config.js';
import { describeNode, describeWorkload, nodesTable } from '../../controller/cli/fleet-format.js';
import { nodeContainers } from '../helpers/docker.js';
import { sleeper, startFleet, type TestFleet } from '../helpers/fleet.js';
import { waitUntil } from '../helpers/wait.js';

describe('config set rolls out to the matching nodes only', () => {
  let fleet: TestFleet;
  let a1 = '';
  let a2 = '';
  let b1 = '';

  /** The running container of `app` on a node: its id and its env as a map. */
  const app = async (nodeId: string): Promise<{ id: string; env: Record<string, string> } | undefined> => {
    const c = (await nodeContainers(fleet.docker, nodeId)).find((x) => x.workload === 'app' && x.state === 'running');
    if (!c) return undefined;
    return { id: c.id, env: Object.fromEntries(c.env.map((e) => [e.slice(0, e.indexOf('=')), e.slice(e.indexOf('=') + 1)])) };
  };
  /** Waits until the node runs exactly one `app` container and it has these variables. */
  const waitEnv = async (nodeId: string, want: Record<string, string | undefined>) =>
    waitUntil(`app on ${nodeId} with ${JSON.stringify(want)}`, async () => {
      const all = (await nodeContainers(fleet.docker, nodeId)).filter((x) => x.workload === 'app');
      const c = await app(nodeId);
      if (all.length !== 1 || !c) return undefined;
      return Object.entries(want).every(([k, v]) => c.env[k] === v) ? c : undefined;
    }, 30_000, 200);
  const cli = async (fn: (out: (s: string) => void) => Promise<number>): Promise<{ code: number; text: string }> => {
    let text = '';
    const code = await fn((s) => (text += s));
    return { code, text };
  };

  beforeAll(async () => {
    fleet = await startFleet('cfg', { a1: { site: 'plant-a' }, a2: { site: 'plant-a' }, b1: { site: 'plant-b' } });
    [a1, a2, b1] = [fleet.node('a1'), fleet.node('a2'), fleet.node('b1')];
    await fleet.apply(sleeper('app', '{mode: perNode}', { container: '    env: {OWN: mine}' }));
    await fleet.waitRunning('app', [a1, a2, b1]);
  }, 60_000);

  afterAll(async () => {
    await fleet?.close();
  });

  it('a selector value reaches the matching nodes; the other node keeps its container', async () => {
    const before = await waitEnv(b1, { OWN: 'mine', LOG_LEVEL: undefined });
    const r = await cli((out) => configChangeCmd(fleet.target, 'set', ['LOG_LEVEL=debug'], { selector: 'site=plant-a' }, out));
    expect(r.code).toBe(0);
    expect(r.text).toContain('LOG_LEVEL created at selector site=plant-a');
    expect(r.text).toContain(`2 node(s) get a new desired state: ${[a1, a2].sort().join(', ')}`);
    for (const id of [a1, a2]) await waitEnv(id, { OWN: 'mine', LOG_LEVEL: 'debug' });
    const after = await app(b1);
    expect(after?.id).toBe(before.id);
    expect(after?.env.LOG_LEVEL).toBeUndefined();
  });

  it('fleet < selector < node < the workload env, in the running containers', async () => {
    const a1Before = await app(a1);
    const fleetSet = await cli((out) => configChangeCmd(fleet.target, 'set', ['LOG_LEVEL=info', 'OWN=from-fleet'], {}, out));
    // Only b1 sees a different environment: plant-a keeps its selector value, OWN is the workload's own.
    expect(fleetSet.text).toContain(`1 node(s) get a new desired state: ${b1}`);
    expect(fleetSet.text).toContain('note: LOG_LEVEL is overridden by selector site=plant-a on 2 node(s)');
    await waitEnv(b1, { LOG_LEVEL: 'info', OWN: 'mine' });
    expect((await app(a1))?.id).toBe(a1Before?.id);

    await cli((out) => configChangeCmd(fleet.target, 'set', ['LOG_LEVEL=trace'], { node: a2 }, out));
    await waitEnv(a2, { LOG_LEVEL: 'trace' });
    await waitEnv(a1, { LOG_LEVEL: 'debug' });

    const d = (await fleet.api<NodeDetailJson>('GET', `/api/v1/nodes/${a2}`)).body;
    const level = d.config.find((v) => v.key === 'LOG_LEVEL');
    expect(level?.source).toEqual({ kind: 'node', target: a2 });
    expect(level?.overrides.map((o) => `${o.source.kind}:${o.value}`)).toEqual(['selector:debug', 'fleet:info']);
    expect(d.config.find((v) => v.key === 'OWN')?.shadowedBy).toEqual(['app']);
    const text = describeNode(d, Date.now());
    expect(text).toMatch(/LOG_LEVEL\s+trace\s+node \S+\s+overrides selector site=plant-a \(debug\); overrides fleet \(info\)/);

    const w = (await fleet.api<WorkloadJson>('GET', '/api/v1/workloads/app')).body;
    expect(w.config?.map((c) => `${c.key}=${c.value} ${c.source.kind} ${c.state} ${c.nodes.length}`)).toEqual([
      // Sorted by key, then by the first node: a1 (selector), a2 (node), b1 (fleet).
      'LOG_LEVEL=debug selector applied 1',
      'LOG_LEVEL=trace node applied 1',
      'LOG_LEVEL=info fleet applied 1',
      'OWN=from-fleet fleet workload env wins 3',
    ]);
  });

  it('drift settles to none, and every placement reports the rendered hash as up to date', async () => {
    await waitUntil('no drift', async () => {
      const { items } = (await fleet.api<{ items: NodeJson[] }>('GET', '/api/v1/nodes')).body;
      return items.every((n) => n.drift === 'none') ? items : undefined;
    });
    const { items } = (await fleet.api<{ items: { node: string; current: boolean }[] }>('GET', '/api/v1/placements')).body;
    expect(items.filter((p) => !p.current)).toEqual([]);
  });

  it('get, list and unset; an unset goes back to the next scope down', async () => {
    const got = await cli((out) => configGetCmd(fleet.target, 'LOG_LEVEL', { selector: 'site = plant-a' }, out, () => undefined));
    expect(got).toEqual({ code: 0, text: 'debug\n' });
    expect((await cli((out) => configGetCmd(fleet.target, 'NOPE', {}, out, () => undefined))).code).toBe(1);
    const list = await cli((out) => configListCmd(fleet.target, { output: 'table' }, out));
    expect(list.text).toMatch(/selector\s+site=plant-a\s+LOG_LEVEL\s+debug/);
    const eff = await cli((out) => configListCmd(fleet.target, { node: a1, effective: true, output: 'table' }, out));
    expect(eff.text).toMatch(/LOG_LEVEL\s+debug\s+selector site=plant-a\s+overrides fleet \(info\)/);

    const r = await cli((out) => configChangeCmd(fleet.target, 'unset', ['LOG_LEVEL'], { selector: 'site=plant-a' }, out));
    expect(r.text).toContain(`1 node(s) get a new desired state: ${a1}`);
    await waitEnv(a1, { LOG_LEVEL: 'info' });
  });

  it('a node holding an update lock keeps its container and shows drift "lock" until the lock goes', async () => {
    const before = await waitEnv(b1, { LOG_LEVEL: 'info' });
    const lock = join(fleet.stateDir('b1'), 'locks', 'ops.lock');
    mkdirSync(join(fleet.stateDir('b1'), 'locks'), { recursive: true });
    writeFileSync(lock, '');
    const r = await cli((out) => configChangeCmd(fleet.target, 'set', ['LOG_LEVEL=warn'], { selector: 'site=plant-b' }, out));
    expect(r.text).toContain(`1 node(s) get a new desired state: ${b1}`);
    const held = await waitUntil('b1 drift lock', async () => {
      const { items } = (await fleet.api<{ items: NodeJson[] }>('GET', '/api/v1/nodes')).body;
      const n = items.find((x) => x.name === b1);
      return n?.drift === 'lock' ? { n, items } : undefined;
    });
    expect(held.n.driftReason).toMatch(/update lock held by ops/);
    const wide = nodesTable(held.items, new Map(), Date.now());
    expect(wide.split('\n')[0]).toMatch(/LABELS\s+DRIFT\s+CERT EXPIRES$/);
    expect(wide.split('\n').find((l) => l.startsWith(b1))).toMatch(/site=plant-b\s+lock: generation \d+ waits: update lock held by ops\s+\d{4}-\d{2}-\d{2} \(in \d+d\)$/);
    const still = await app(b1);
    expect(still?.id).toBe(before.id);
    expect(still?.env.LOG_LEVEL).toBe('info');

    rmSync(lock);
    await waitEnv(b1, { LOG_LEVEL: 'warn' });
    await waitUntil('b1 in sync', async () => (await fleet.api<NodeJson>('GET', `/api/v1/nodes/${b1}`)).body.drift === 'none');
  });

  it('describe workload prints where each value comes from', async () => {
    const w = (await fleet.api<WorkloadJson>('GET', '/api/v1/workloads/app')).body;
    const text = describeWorkload(w, [], [], Date.now());
    expect(text).toMatch(/Config \(the workload's own env wins, version \d+\):/);
    expect(text).toMatch(new RegExp(`LOG_LEVEL\\s+warn\\s+selector site=plant-b\\s+applied\\s+${b1}`));
    expect(text).toMatch(/OWN\s+from-fleet\s+fleet\s+workload env wins/);
  });

  it('a node relabelled into a selector gets its configuration (the operator label wins over the agent)', async () => {
    const res = await fleet.api<unknown>('POST', `/api/v1/nodes/${b1}/labels`, { set: { site: 'plant-a' } });
    expect(res.status).toBe(200);
    // plant-a has no LOG_LEVEL of its own any more (unset above): the fleet's value; plant-b's goes.
    await cli((out) => configChangeCmd(fleet.target, 'set', ['ZONE_NTP=10.0.0.1'], { selector: 'site=plant-a' }, out));
    await waitEnv(b1, { ZONE_NTP: '10.0.0.1', LOG_LEVEL: 'info' });
    await waitEnv(a1, { ZONE_NTP: '10.0.0.1' });
  });

  it('refuses bad input with a message that names the problem', async () => {
    await expect(configChangeCmd(fleet.target, 'set', ['9LIVES=x'], {}, () => undefined)).rejects.toThrow(/"9LIVES" is not a valid environment variable name/);
    await expect(configChangeCmd(fleet.target, 'set', ['X=1'], { node: 'no-such-node' }, () => undefined)).rejects.toThrow(/node no-such-node does not exist/);
    await expect(configChangeCmd(fleet.target, 'unset', ['NEVER_SET'], {}, () => undefined)).rejects.toThrow(/NEVER_SET is not set at fleet/);
    const res = await fleet.api<{ error: { message: string } }>('POST', '/api/v1/config', { scope: 'selector', set: { A: '1' } });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/needs "selector"/);
  });
});
