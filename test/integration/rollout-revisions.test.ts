// Revisions and rollouts with a real controller (SQLite file, HTTP API), three real agents and
// the real Docker engine: each change of the container spec is a revision; a rollout with
// maxParallel 1 moves one node at a time and `rollout status` follows it to the end; undo goes
// back to an earlier revision (and the containers with it); pause and resume say what they can't do.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rolloutCmd, type RolloutFlags } from '../../controller/cli/rollout.js';
import type { HistoryJson, RolloutJson } from '../../controller/api/routes-rollout.js';
import { nodeContainers } from '../helpers/docker.js';
import { sleeper, startFleet, type TestFleet } from '../helpers/fleet.js';
import { waitUntil } from '../helpers/wait.js';

function manifest(name: string, version: string, rollout = '{maxParallel: 1, minHealthyTime: 1s, healthyDeadline: 30s}'): string {
  return sleeper(name, '{mode: perNode, nodeSelector: {rollout: "it"}}', {
    container: `    env: {VERSION: "${version}"}\n    secretEnv: {TOKEN: s3cret}`,
    spec: `  rollout: ${rollout}`,
  });
}

describe('revisions and rollouts: real controller, three real agents, real Docker', () => {
  let f: TestFleet;
  const w = `rev-${process.pid}`;
  const flags: RolloutFlags = { output: 'table', wait: true, timeout: '60s', intervalMs: 200 };
  const cli = async (action: string, o: Partial<RolloutFlags> = {}): Promise<{ code: number; text: string }> => {
    let text = '';
    const code = await rolloutCmd(f.target, action, 'workload', w, { ...flags, ...o }, (s) => (text += s));
    return { code, text };
  };
  /** VERSION of the running container on every node. */
  const versions = async (): Promise<string[]> => {
    const out: string[] = [];
    for (const id of f.nodeIds) {
      const c = (await nodeContainers(f.docker, id)).find((x) => x.workload === w && x.state === 'running');
      // Secrets are sealed at rest, in revisions too: every revision a node gets carries them opened.
      if (c) expect(c.env).toContain('TOKEN=s3cret');
      out.push(c?.env.find((e) => e.startsWith('VERSION='))?.slice(8) ?? '-');
    }
    return out;
  };

  beforeAll(async () => {
    f = await startFleet('rev', { a: { rollout: 'it' }, b: { rollout: 'it' }, c: { rollout: 'it' } });
  });
  afterAll(async () => {
    await f?.close();
  });

  it('a first revision reaches every node at once; status exits 0 when all are done', async () => {
    await f.apply(manifest(w, 'v1'));
    const r = await cli('status');
    expect(r.code, r.text).toBe(0);
    expect(r.text).toContain('complete');
    expect(await versions()).toEqual(['v1', 'v1', 'v1']);
  });

  it('a changed spec is revision 2, rolled out one node per wave', async () => {
    await f.apply(manifest(w, 'v2'));
    const r = await cli('status');
    expect(r.code, r.text).toBe(0);
    expect(await versions()).toEqual(['v2', 'v2', 'v2']);
    const status = await f.api<RolloutJson>('GET', `/api/v1/workloads/${w}/rollout`);
    expect(status.body.waves).toEqual(f.nodeIds.map((id) => [id]));
    expect(status.body.counts.done).toBe(3);
    // The controller started each wave only after the one before was done.
    const waves = f.logs.lines.filter((l) => l.msg.startsWith(`rollout of ${w} revision 2: wave`));
    expect(waves.map((l) => l.wave)).toEqual([1, 2, 3]);
  });

  it('a placement- or rollout-only change makes no revision; history lists what changed', async () => {
    await f.apply(manifest(w, 'v2', '{maxParallel: "50%", minHealthyTime: 1s}'));
    const h = await f.api<HistoryJson>('GET', `/api/v1/workloads/${w}/revisions`);
    // Compared opened: a sealed secret (fresh IV each time) is not a change.
    expect(h.body.items.map((i) => [i.revision, i.change, i.current])).toEqual([
      [1, 'created', false],
      [2, 'env', true],
    ]);
    const text = await cli('history');
    expect(text.text).toMatch(/^REVISION\s+CURRENT\s+CHANGE/);
  });

  it('undo goes back to revision 1, node by node, and the next change is revision 3', async () => {
    const u = await cli('undo');
    expect(u.code, u.text).toBe(0);
    expect(u.text).toContain('rolling back to revision 1');
    expect((await cli('status')).code).toBe(0);
    expect(await versions()).toEqual(['v1', 'v1', 'v1']);
    await f.apply(manifest(w, 'v3'));
    const h = await f.api<HistoryJson>('GET', `/api/v1/workloads/${w}/revisions`);
    expect(h.body.current).toBe(3);
    expect((await cli('status')).code).toBe(0);
    await waitUntil('v3 everywhere', async () => (await versions()).every((v) => v === 'v3'));
    const back = await cli('undo', { toRevision: '2' });
    expect(back.code, back.text).toBe(0);
    expect((await cli('status')).code).toBe(0);
    expect(await versions()).toEqual(['v2', 'v2', 'v2']);
  });

  it('refuses what cannot be done, with a reason', async () => {
    await expect(cli('pause')).rejects.toThrow(/complete: nothing to pause/);
    await expect(cli('resume')).rejects.toThrow(/not paused/);
    await expect(cli('undo', { toRevision: '9' })).rejects.toThrow(/has no revision 9 \(it has 1, 2, 3\)/);
    await expect(cli('undo', { toRevision: 'x' })).rejects.toThrow(/--to-revision "x"/);
    await expect(rolloutCmd(f.target, 'status', 'workload', 'nope', flags, () => undefined)).rejects.toThrow(/workload nope does not exist/);
    await expect(rolloutCmd(f.target, 'rewind', 'workload', w, flags, () => undefined)).rejects.toThrow(/unknown rollout action/);
  });
});
