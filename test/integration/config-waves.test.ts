// A configuration change rolls out like any other change, with a real controller (SQLite, HTTP
// API, embedded aedes), five real agents and the real Docker engine:
// - `config set` makes a new revision of each workload whose containers it changes; the one with
//   `maxParallel: 2` gets it wave by wave (Docker's own start times follow the waves), the one
//   without waves on every node at once;
// - a value that makes the container unhealthy is rolled back automatically after the first wave:
//   those nodes get the old value back, the others never run the bad one, and rollout status and
//   describe say the workload runs an older configuration version;
// - the next config change moves it forward again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConfigChangeJson } from '../../controller/api/routes-config.js';
import type { HistoryJson, RolloutJson } from '../../controller/api/routes-rollout.js';
import type { WorkloadJson } from '../../controller/api/views.js';
import { configChangeCmd } from '../../controller/cli/config.js';
import { describeWorkload } from '../../controller/cli/fleet-format.js';
import { rolloutCmd, type RolloutFlags } from '../../controller/cli/rollout.js';
import { nodeContainers } from '../helpers/docker.js';
import { sleeper, startFleet, type TestFleet } from '../helpers/fleet.js';
import { waitUntil } from '../helpers/wait.js';

const waved = `cw-${process.pid}`;
const flat = `cf-${process.pid}`;

function manifest(name: string, rollout: string): string {
  return sleeper(name, '{mode: perNode, nodeSelector: {cw: "it"}}', {
    container: `    healthCheck: {exec: {command: [sh, -c, 'test "$MODE" != bad']}, interval: 500ms, timeout: 2s, retries: 1}`,
    spec: rollout,
  });
}

describe('a config change rolls out through the workload waves and rolls back with the old value', { timeout: 240_000 }, () => {
  let f: TestFleet;
  const flags: RolloutFlags = { output: 'table', wait: true, timeout: '120s', intervalMs: 200 };
  const status = async (name: string): Promise<{ code: number; text: string }> => {
    let text = '';
    const code = await rolloutCmd(f.target, 'status', 'workload', name, flags, (s) => (text += s));
    return { code, text };
  };
  const rollout = async (name: string): Promise<RolloutJson> => (await f.api<RolloutJson>('GET', `/api/v1/workloads/${name}/rollout`)).body;
  /** The running container of a workload on each node: id, MODE and Docker's start time. */
  const running = async (name: string): Promise<{ node: string; id: string; mode: string; startedMs: number }[]> => {
    const out = [];
    for (const node of f.nodeIds) {
      const c = (await nodeContainers(f.docker, node)).find((x) => x.workload === name && x.state === 'running');
      out.push({ node, id: c?.id ?? '-', mode: c?.env.find((e) => e.startsWith('MODE='))?.slice(5) ?? '-', startedMs: c ? Date.parse(c.startedAt) : 0 });
    }
    return out;
  };
  const modes = async (name: string): Promise<string[]> => (await running(name)).map((c) => c.mode);

  beforeAll(async () => {
    f = await startFleet('cw', { n1: { cw: 'it' }, n2: { cw: 'it' }, n3: { cw: 'it' }, n4: { cw: 'it' }, n5: { cw: 'it' } });
    await f.apply(manifest(waved, '  rollout: {maxParallel: 2, minHealthyTime: 1s, healthyDeadline: 60s, onFailure: rollback}'));
    await f.apply(manifest(flat, ''));
    expect((await status(waved)).code).toBe(0);
    expect((await status(flat)).code).toBe(0);
  }, 120_000);

  afterAll(async () => {
    await f?.close();
  });

  it('reaches the waved workload in waves of 2 and the other at once; history records the cause', async () => {
    const res = await f.api<ConfigChangeJson>('POST', '/api/v1/config', { scope: 'fleet', set: { MODE: 'good' } });
    expect(res.status).toBe(200);
    expect(res.body.revisions).toEqual([
      { workload: flat, revision: 2, nodes: 5, waves: false },
      { workload: waved, revision: 2, nodes: 5, waves: true },
    ].sort((a, b) => (a.workload < b.workload ? -1 : 1)));
    // The workload without waves reached every node in this same reconcile; the waved one its first 2.
    expect(res.body.nodes).toEqual([...f.nodeIds].sort());
    const first = await rollout(waved);
    expect(first.target).toBe(2);
    expect(first.waves[0]).toEqual([f.node('n1'), f.node('n2')]);
    expect(Object.values((await rollout(flat)).nodes).every((n) => n.given === 2)).toBe(true);

    const st = await status(waved);
    expect(st.code, st.text).toBe(0);
    const done = await rollout(waved);
    expect(done.waves).toEqual([[f.node('n1'), f.node('n2')], [f.node('n3'), f.node('n4')], [f.node('n5')]]);
    expect(await modes(waved)).toEqual(['good', 'good', 'good', 'good', 'good']);
    await waitUntil('flat has MODE=good everywhere', async () => (await modes(flat)).every((m) => m === 'good'));

    // Docker's own record: every container of a wave started after every container of the wave before.
    const started = new Map((await running(waved)).map((c) => [c.node, c.startedMs]));
    for (let i = 1; i < done.waves.length; i++) {
      const prev = Math.max(...(done.waves[i - 1] ?? []).map((n) => started.get(n) ?? 0));
      const next = Math.min(...(done.waves[i] ?? []).map((n) => started.get(n) ?? 0));
      expect(next, `wave ${i + 1} started after wave ${i}`).toBeGreaterThan(prev);
    }

    const h = (await f.api<HistoryJson>('GET', `/api/v1/workloads/${waved}/revisions`)).body;
    expect(h.items.map((r) => [r.revision, r.cause, r.current])).toEqual([
      [1, 'apply', false],
      [2, 'config: MODE set at fleet', true],
    ]);
    expect(h.items[1]?.configVersion).toBeGreaterThan(h.items[0]?.configVersion ?? 0);
  });

  it('a bad value fails the first wave and is rolled back: old value back there, never on the others', async () => {
    const before = await running(waved);
    let text = '';
    expect(await configChangeCmd(f.target, 'set', ['MODE=bad'], {}, (s) => (text += s))).toBe(0);
    expect(text).toContain(`workload ${waved}: revision 3`);
    expect(text).toContain(`rolls out in waves (edgefleet rollout status workload ${waved})`);
    expect(text).toMatch(new RegExp(`workload ${flat}: revision 3 \\(config version \\d+\\) changes 5 node\\(s\\); goes to all its nodes at once`));

    const st = await status(waved);
    expect(st.code, st.text).toBe(1);
    const r = await rollout(waved);
    expect(r.phase).toBe('rolledBack');
    expect(r.current).toBe(2);
    expect(r.waves).toEqual([[f.node('n1'), f.node('n2')]]);
    expect(r.configNote).toMatch(/runs configuration version \d+, older than the current \d+/);
    expect(st.text).toContain('note: runs configuration version');

    await waitUntil('MODE=good back on every node', async () => ((await modes(waved)).every((m) => m === 'good') ? true : undefined), 60_000, 250);
    const after = await running(waved);
    // The first wave got new containers (bad, then good again); the others kept theirs throughout.
    for (const i of [0, 1]) expect(after[i]?.id).not.toBe(before[i]?.id);
    for (const i of [2, 3, 4]) expect(after[i]?.id).toBe(before[i]?.id);

    const w = (await f.api<WorkloadJson>('GET', `/api/v1/workloads/${waved}`)).body;
    const d = describeWorkload(w, [], [], Date.now());
    expect(d).toMatch(/Config \(the workload's own env wins, version \d+ of \d+\):/);
    expect(d).toMatch(/MODE\s+good\s+fleet\s+applied/);
    expect(d).toContain('note: runs configuration version');
  });

  it('the next config change moves it to the current configuration', async () => {
    let text = '';
    expect(await configChangeCmd(f.target, 'set', ['MODE=fixed'], {}, (s) => (text += s))).toBe(0);
    expect(text).toContain(`workload ${waved}: revision 4`);
    const st = await status(waved);
    expect(st.code, st.text).toBe(0);
    expect(await modes(waved)).toEqual(['fixed', 'fixed', 'fixed', 'fixed', 'fixed']);
    const r = await rollout(waved);
    expect(r.configNote).toBe('');
    expect(r.configVersion).toBe(r.latestConfigVersion);
  });
});
