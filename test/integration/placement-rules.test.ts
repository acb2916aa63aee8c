// Placement rules with a real controller and three real agents (sites a, b, c; sensors on a and
// b) on the real Docker engine: selector, constraints on the built-in properties each agent
// reports in its hello, spread across sites, resource fit, priority, and plan as a dry run.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { arch, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanJson } from '../../controller/api/views-plan.js';
import { planCmd } from '../../controller/cli/placement.js';
import { sleeper, startFleet, type TestFleet } from '../helpers/fleet.js';
import { runCli } from '../helpers/process.js';

describe('placement rules: real controller, three real agents, real Docker', () => {
  let f: TestFleet;
  let a = '';
  let b = '';
  let c = '';
  const otherArch = arch() === 'arm64' ? 'x64' : 'arm64';
  const remove = (name: string) => f.api('DELETE', `/api/v1/workloads/${name}`);

  beforeAll(async () => {
    f = await startFleet('place', { a: { site: 'a', sensors: 'true' }, b: { site: 'b', sensors: 'true' }, c: { site: 'c' } });
    [a, b, c] = [f.node('a'), f.node('b'), f.node('c')];
  });
  afterAll(async () => {
    await f?.close();
  });

  it('nodeSelector: runs only on matching nodes and explains the missing replica', async () => {
    const r = await f.apply(sleeper('sensor-reader', '{replicas: 3, nodeSelector: {sensors: "true"}}'));
    expect(r.unplaced.map((u) => u.message)).toEqual(['2/3 replicas placed; 3 nodes: 2 already runs this workload, 1 did not match nodeSelector']);
    expect(await f.placed('sensor-reader')).toEqual([a, b].sort());
    await f.waitRunning('sensor-reader', [a, b]);
    await remove('sensor-reader');
    await f.waitRunning('sensor-reader', []);
  });

  it('constraints on built-in properties from the hello: arch, memory, agent version', async () => {
    const ok = await f.apply(
      sleeper(
        'on-this-arch',
        `{mode: perNode, constraints: [{key: arch, operator: In, values: [${arch()}]}, {key: memory.totalBytes, operator: Gt, values: [64Mi]}, {key: agent.version, operator: Exists}]}`,
      ),
    );
    expect(ok.unplaced).toEqual([]);
    expect(await f.placed('on-this-arch')).toEqual([a, b, c].sort());

    const other = await f.apply(sleeper('on-other-arch', `{replicas: 1, constraints: [{key: arch, operator: In, values: [${otherArch}]}]}`));
    expect(other.unplaced.map((u) => u.message)).toEqual([`0/1 replicas placed; 3 nodes: 3 did not match constraint arch In [${otherArch}]`]);
    expect(await f.placed('on-other-arch')).toEqual([]);
    await Promise.all([remove('on-this-arch'), remove('on-other-arch')]);
  });

  it('spread: three replicas across three sites land one per site', async () => {
    const r = await f.apply(sleeper('spread-3', '{replicas: 3, spread: {key: site}}'));
    expect(r.unplaced).toEqual([]);
    expect(await f.placed('spread-3')).toEqual([a, b, c].sort());
    await f.waitRunning('spread-3', [a, b, c]);
    await remove('spread-3');
  });

  it('resource fit: a workload too big for every node stays unplaced with "insufficient memory"', async () => {
    const r = await f.apply(sleeper('too-big', '{replicas: 1}', { memory: '1Ti' }));
    expect(r.unplaced.map((u) => u.message)).toEqual(['0/1 replicas placed; 3 nodes: 3 insufficient memory']);
    expect(await f.placed('too-big')).toEqual([]);
    await remove('too-big');
  });

  it('priority: when site a cannot fit both, the higher priority wins and the loser says why', async () => {
    // Each asks for 60 % of the node's memory (the agents report this machine's), so one fits.
    const mem = String(Math.floor((totalmem() * 0.6) / 2 ** 20)) + 'Mi';
    const low = await f.apply(sleeper('batch-low', '{replicas: 1, nodeSelector: {site: a}}', { memory: mem, priority: 0 }));
    expect(low.unplaced).toEqual([]);
    expect(await f.placed('batch-low')).toEqual([a]);

    const high = await f.apply(sleeper('alarm-high', '{replicas: 1, nodeSelector: {site: a}}', { memory: mem, priority: 10 }));
    expect(await f.placed('alarm-high')).toEqual([a]);
    expect(await f.placed('batch-low')).toEqual([]);
    expect(high.unplaced.map((u) => [u.workload, u.message])).toEqual([
      ['batch-low', '0/1 replicas placed; 3 nodes: 2 did not match nodeSelector, 1 insufficient memory (held by higher priority); preempted by higher-priority alarm-high'],
    ]);
    await f.waitRunning('alarm-high', [a]);
    await f.waitRunning('batch-low', []);
    await Promise.all([remove('alarm-high'), remove('batch-low')]);
  });

  it('plan: shows where a 3-site manifest would go and what stays unplaced, changing nothing (exit 2)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ef-plan-'));
    const file = join(dir, 'plan.yaml');
    writeFileSync(file, [sleeper('plan-spread', '{replicas: 3, spread: {key: site}}'), sleeper('plan-big', '{replicas: 1}', { memory: '1Ti' })].join('---\n'));
    let text = '';
    const code = await planCmd(f.target, file, 'table', (s) => (text += s));
    expect(code).toBe(2);
    expect(text).toMatch(/plan-spread\s+created\s+replicated\s+3\s+3\s+\+\S+ \+\S+ \+\S+/);
    expect(text).toContain('workload/plan-big: 0/1 replicas placed; 3 nodes: 3 insufficient memory');
    for (const id of [a, b, c]) expect(text).toMatch(new RegExp(`${id}\\s+Online\\s+\\+plan-spread`));
    expect(text).toContain('A dry run: nothing was changed.');

    const json = await f.api<PlanJson>('POST', '/api/v1/plan', sleeper('plan-spread', '{replicas: 3, spread: {key: site}}'));
    expect(json.body.workloads).toEqual([
      expect.objectContaining({ name: 'plan-spread', outcome: 'created', wanted: 3, nodes: [a, b, c].sort(), added: [a, b, c].sort(), removed: [] }),
    ]);
    const { body } = await f.api<{ items: { name: string }[] }>('GET', '/api/v1/workloads');
    expect(body.items.map((w) => w.name)).not.toContain('plan-spread');
    expect(await f.placed('plan-spread')).toEqual([]);
  });

  it('the built CLI exits 2 when placement is unsatisfiable (plan, apply) and 0 otherwise', async () => {
    const env = { EDGEFLEET_SERVER: f.target.server, EDGEFLEET_TOKEN: f.controller.adminToken };
    const big = sleeper('cli-big', '{replicas: 1}', { memory: '1Ti' });
    const plan = await runCli(['plan', '-f', '-'], env, big);
    expect(plan.code, plan.stderr).toBe(2);
    expect(plan.stdout).toContain('workload/cli-big: 0/1 replicas placed; 3 nodes: 3 insufficient memory');
    const ok = await runCli(['plan', '-f', '-', '-o', 'json'], env, sleeper('cli-ok', '{replicas: 1}'));
    expect(ok.code, ok.stderr).toBe(0);
    expect((JSON.parse(ok.stdout) as PlanJson).workloads[0]?.added).toHaveLength(1);
    const apply = await runCli(['apply', '-f', '-'], env, big);
    expect(apply.code, apply.stderr).toBe(2);
    expect(apply.stdout).toContain('workload/cli-big created');
    const cordon = await runCli(['node', 'cordon', c], env);
    expect([cordon.code, cordon.stdout], cordon.stderr).toEqual([0, expect.stringContaining(`node/${c} cordoned (status Cordoned`)]);
    expect((await f.api('POST', `/api/v1/nodes/${c}/uncordon`)).status).toBe(200);
    expect((await runCli(['node', 'label', c, 'oops'], env)).code).toBe(1);
    await remove('cli-big');
  });
});
