// Workload security policy end to end: real controller (SQLite, aedes, HTTP API), real agents,
// real Docker. The controller refuses at apply what no candidate node accepts (403) and keeps a
// workload off the nodes that refuse it; an agent refuses again before pulling or creating,
// whatever its desired state says, also when a host path is a symlink to somewhere forbidden.
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decode } from '../../proto/codec.js';
import type { Hello } from '../../proto/types.js';
import { harness, workload, type Harness } from '../helpers/agent-harness.js';
import { nodeContainers } from '../helpers/docker.js';
import { sleeper, startFleet, type TestFleet } from '../helpers/fleet.js';
import { waitUntil } from '../helpers/wait.js';

const manifest = (name: string, container: string, placement: string): string => sleeper(name, placement, { container });

interface ErrorBody {
  error: { code: string; message: string; problems?: { workload: string; refusals: { field: string; rule: string }[] }[] };
}

describe('security policy at the controller (real fleet)', () => {
  let f: TestFleet;

  beforeAll(async () => {
    f = await startFleet('secpol', { strict: { zone: 'a' }, lab: { zone: 'b' } }, {}, { lab: { allowedCapabilities: ['net_admin'], allowHostIpc: true } });
  }, 60_000);

  afterAll(async () => {
    await f?.close();
  });

  it('each agent reports the policy it enforces in its hello', async () => {
    const r = await f.api<{ items: { name: string; securityPolicy?: Hello['securityPolicy'] }[] }>('GET', '/api/v1/nodes');
    const lab = r.body.items.find((n) => n.name === f.node('lab'));
    const strict = r.body.items.find((n) => n.name === f.node('strict'));
    expect(lab?.securityPolicy).toMatchObject({ allowPrivileged: false, allowedCapabilities: ['NET_ADMIN'], allowHostIpc: true });
    expect(strict?.securityPolicy).toMatchObject({ allowPrivileged: false, allowedCapabilities: [], allowedRegistries: ['docker.io', 'localhost', '127.0.0.1'] });
  });

  it('refuses with 403 a workload every candidate node refuses, naming the field, the rule and the node; stores nothing', async () => {
    const priv = manifest('priv', '    privileged: true', '{mode: perNode}');
    const r = await f.api<ErrorBody>('POST', '/api/v1/apply', priv);
    expect(r.status).toBe(403);
    expect(r.body.error.code).toBe('EF_CTL_SECURITY_REFUSED');
    expect(r.body.error.message).toMatch(/workload priv: the security policy of every node it could run on refuses it/);
    expect(r.body.error.message).toMatch(/spec\.container\.privileged: privileged containers are not allowed \(allowPrivileged is false\)/);
    expect(r.body.error.message).toContain(f.node('lab'));
    expect(r.body.error.problems).toEqual([{ workload: 'priv', refusals: [expect.objectContaining({ field: 'spec.container.privileged', rule: 'allowPrivileged' })] }]);

    // Aimed at the lab node alone, a capability lab allows is fine, but strict's zone is not.
    const capOnStrict = manifest('cap-strict', '    capAdd: [NET_ADMIN]', '{mode: perNode, nodeSelector: {zone: a}}');
    const r2 = await f.api<ErrorBody>('POST', '/api/v1/apply', capOnStrict);
    expect(r2.status).toBe(403);
    expect(r2.body.error.message).toMatch(new RegExp(`node ${f.node('strict')} says: spec\\.container\\.capAdd\\[0\\]: capability NET_ADMIN is not in the node's allowedCapabilities \\(none\\)`));

    // Bind mounts of forbidden paths and foreign registries, in one apply with a fine workload: all refused, nothing stored.
    const mixed = [
      manifest('fine', '', '{mode: perNode}'),
      manifest('etc', '    volumes: [{hostPath: /etc, mountPath: /host-etc}]', '{mode: perNode}'),
    ].join('---\n');
    const r3 = await f.api<ErrorBody>('POST', '/api/v1/apply', mixed);
    expect(r3.status).toBe(403);
    expect(r3.body.error.message).toMatch(/spec\.container\.volumes\[0\]\.hostPath: bind mount of \/etc is refused: \/etc is never mounted/);
    const list = await f.api<{ items: { name: string }[] }>('GET', '/api/v1/workloads');
    expect(list.body.items.map((w) => w.name)).toEqual([]);
  });

  it('places a workload only on nodes whose policy accepts it, with the reason for the others', async () => {
    const cap = manifest('netcap', '    capAdd: [cap_net_admin]\n    hostIpc: true', '{mode: perNode}');
    const res = await f.apply(cap);
    expect(res.unplaced).toEqual([
      expect.objectContaining({ workload: 'netcap', message: expect.stringMatching(/security policy refuses capAdd/) }),
    ]);
    expect(await f.placed('netcap')).toEqual([f.node('lab')]);
    await f.waitRunning('netcap', [f.node('lab')]);
    const [c] = (await nodeContainers(f.docker, f.node('lab'))).filter((x) => x.workload === 'netcap');
    const info = await f.docker.getContainer(c?.id ?? '').inspect();
    expect(info.HostConfig.CapAdd).toEqual(['NET_ADMIN']);
    expect(info.HostConfig.IpcMode).toBe('host');
    expect(info.HostConfig.Privileged).toBe(false);
    expect(await nodeContainers(f.docker, f.node('strict'))).toEqual([]);
    // The manifest shows what was asked for, canonical.
    const yaml = await fetch(`${f.target.server}/api/v1/workloads/netcap`, { headers: { authorization: `Bearer ${f.target.token}` } });
    expect(JSON.stringify(await yaml.json())).toContain('"capAdd":["NET_ADMIN"]');
  });
});

describe('security policy at the agent (real Docker)', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await harness('secagent');
  });

  afterAll(async () => {
    await h?.close();
  });

  it('refuses, before pulling or creating, what its own policy does not allow, whatever the desired state says', async () => {
    const allowed = join(h.dir, 'allowed');
    mkdirSync(join(allowed, 'data'), { recursive: true });
    symlinkSync('/etc', join(allowed, 'etc-link'));
    const hellos: Hello[] = [];
    await h.subscribe('hello', (p) => hellos.push(decode('hello', p)));
    await h.start({}, { securityPolicy: { allowedHostPaths: [allowed] } });
    await waitUntil('a hello with the policy', () => hellos.find((x) => x.securityPolicy?.allowedHostPaths.includes(allowed)));

    await h.apply([
      workload('ok', {}, { command: ['sleep', '3600'], volumes: [{ name: '', hostPath: join(allowed, 'data'), mountPath: '/data', readOnly: true }] }),
      workload('priv', {}, { command: ['sleep', '3600'], privileged: true }),
      workload('pid', {}, { command: ['sleep', '3600'], hostPid: true }),
      workload('sock', {}, { command: ['sleep', '3600'], volumes: [{ name: '', hostPath: '/var/run/docker.sock', mountPath: '/s', readOnly: true }] }),
      workload('link', {}, { command: ['sleep', '3600'], volumes: [{ name: '', hostPath: join(allowed, 'etc-link'), mountPath: '/x', readOnly: true }] }),
      workload('foreign', {}, { image: 'ghcr.io/acme/camera:1.2' }),
    ]);
    const refused = ['priv', 'pid', 'sock', 'link', 'foreign'];
    const state = await waitUntil('every refusal reported', () =>
      [...h.states].reverse().find((s) => refused.every((n) => s.workloads.find((w) => w.name === n)?.lastError.includes("security policy refuses it"))),
    );
    const err = (n: string): string => state.workloads.find((w) => w.name === n)?.lastError ?? '';
    expect(err('priv')).toMatch(/create failed: the node's security policy refuses it: spec\.container\.privileged/);
    expect(err('pid')).toMatch(/spec\.container\.hostPid/);
    expect(err('sock')).toMatch(/exposes the container engine socket|is a container engine socket/);
    expect(err('link')).toMatch(/bind mount of \/etc is refused.*\(after resolving symlinks\)/);
    expect(err('foreign')).toMatch(/pull failed: .*registry ghcr\.io is not on the node's allowedRegistries/);
    await waitUntil('ok running', async () => (await nodeContainers(h.docker, h.nodeId)).some((c) => c.workload === 'ok' && c.state === 'running'));
    expect((await nodeContainers(h.docker, h.nodeId)).map((c) => c.workload)).toEqual(['ok']);
    expect(h.events('StepFailed').some((e) => /security policy refuses/.test(String(e.msg)))).toBe(true);
  });
});
