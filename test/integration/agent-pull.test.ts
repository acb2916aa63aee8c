// Image pulls from a real local registry (Debian's docker-registry on 127.0.0.1): by tag, by
// digest, with credentials; a missing image and wrong credentials are reported and backed off,
// never retried in a hot loop.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harness, workload, type Harness } from '../helpers/agent-harness.js';
import { nodeContainers, TEST_IMAGE } from '../helpers/docker.js';
import { startRegistry, type Registry } from '../helpers/registry.js';
import { waitUntil } from '../helpers/wait.js';

const USER = 'edge';
const PASS = 'fleet-secret';

describe('agent pulls from a real registry', () => {
  let open: Registry;
  let locked: Registry;
  let wrong: Registry;
  let h: Harness;
  let tagRef = '';
  let digestRef = '';
  let lockedRef = '';

  beforeAll(async () => {
    open = await startRegistry();
    locked = await startRegistry({ username: USER, password: PASS });
    const tag = `t${process.pid}`;
    tagRef = `${open.host}/edgefleet/pull-tag:${tag}`;
    open.push(TEST_IMAGE, `edgefleet/pull-tag:${tag}`);
    digestRef = open.push(TEST_IMAGE, `edgefleet/pull-digest:${tag}`);
    lockedRef = `${locked.host}/edgefleet/private:${tag}`;
    locked.push(TEST_IMAGE, `edgefleet/private:${tag}`);
    wrong = await startRegistry({ username: USER, password: 'the-real-one' });
    wrong.push(TEST_IMAGE, 'edgefleet/locked:1');
    h = await harness('pull');
    const authFile = join(h.dir, 'registry-auth.json');
    writeFileSync(
      authFile,
      JSON.stringify({
        auths: {
          [locked.host]: { auth: Buffer.from(`${USER}:${PASS}`).toString('base64') },
          [wrong.host]: { username: USER, password: 'not-the-real-one' },
        },
      }),
    );
    await h.start({}, { registryAuthFile: authFile, resyncMs: 1000 });
  });

  afterAll(async () => {
    await h?.close();
    await open?.close();
    await locked?.close();
    await wrong?.close();
  });

  const running = async (name: string) => (await nodeContainers(h.docker, h.nodeId)).find((c) => c.workload === name && c.state === 'running');

  it('pulls by tag, by digest, and with credentials, then runs each', async () => {
    expect(digestRef).toMatch(/@sha256:[0-9a-f]{64}$/);
    await h.apply([
      workload('by-tag', {}, { image: tagRef }),
      workload('by-digest', {}, { image: digestRef }),
      workload('private', {}, { image: lockedRef }),
    ]);
    for (const name of ['by-tag', 'by-digest', 'private']) await waitUntil(`${name} running`, () => running(name), 60_000);
    expect(h.events('PullSucceeded').map((e) => e.workload).sort()).toEqual(['by-digest', 'by-tag', 'private']);
  });

  it('a missing image and wrong credentials are reported and backed off', async () => {
    const missing = `${open.host}/edgefleet/does-not-exist:1`;
    await h.apply([workload('missing', {}, { image: missing })]);
    const first = await waitUntil('a pull failure for the missing image', () => h.events('PullFailed').find((e) => e.workload === 'missing'));
    expect(String(first.msg)).toMatch(/not found|manifest unknown/i);
    // Wait 4 s: with backoff (1 s, 2 s, 4 s ... with jitter) that is a handful of attempts, not hundreds.
    await new Promise((r) => setTimeout(r, 4000));
    const attempts = h.events('PullStarted').filter((e) => e.workload === 'missing').length;
    expect(attempts).toBeGreaterThanOrEqual(2);
    expect(attempts).toBeLessThanOrEqual(5);
    const state = [...h.states].reverse().find((s) => s.workloads.some((w) => w.name === 'missing'));
    expect(state?.workloads.find((w) => w.name === 'missing')?.lastError).toMatch(/pull failed/);

    await h.apply([workload('refused', {}, { image: `${wrong.host}/edgefleet/locked:1` })]);
    const refusedEv = await waitUntil('a refused pull', () => h.events('PullFailed').find((e) => e.workload === 'refused'));
    expect(String(refusedEv.msg)).toMatch(/unauthorized|authentication required/i);
    expect(await running('refused')).toBeUndefined();
  });

  it('under disk pressure, prunes the images it pulled that nothing uses, and only those', async () => {
    const present = (ref: string) => h.docker.getImage(ref).inspect().then(() => true, () => false);
    expect(await present(digestRef)).toBe(true);
    expect(await present(lockedRef)).toBe(true);
    // Keep only by-tag; a 1 % threshold puts any real disk under pressure.
    await h.apply([workload('by-tag', {}, { image: tagRef })], { evictDiskPercent: 1 });
    await waitUntil('the unused pulled images pruned', async () => !(await present(digestRef)) && !(await present(lockedRef)), 20_000);
    expect(await present(tagRef)).toBe(true);
    expect(await present(TEST_IMAGE)).toBe(true); // never pulled by the agent: never pruned
    expect(h.events('ImagePruned').length).toBeGreaterThanOrEqual(2);
  });
});
