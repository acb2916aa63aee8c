// Secret env values and the read-only token on a real controller (SQLite file, aedes, HTTP API)
// and a real agent on real Docker: a secret reaches the container, and nowhere else in clear: not
// the API's JSON or YAML, not the log lines, not the SQLite files on disk (AES-256-GCM under
// secret.key, 0600). The read-only token reads everything and changes nothing (403).
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeContainers } from '../helpers/docker.js';
import { sleeper, startFleet, type TestFleet } from '../helpers/fleet.js';
import { runCli } from '../helpers/process.js';

describe('secrets and the read-only token (real fleet)', () => {
  let f: TestFleet;
  const secret = `hunter2-${randomBytes(12).toString('hex')}`;
  const dataDir = (): string => f.controller.adminTokenFile.replace(/\/admin\.token$/, '');
  const manifest = sleeper('vault', '{mode: perNode}', { container: `    env: {PLAIN: visible}\n    secretEnv: {API_TOKEN: ${secret}}` });
  const as = (token: string) => (method: string, path: string, body?: string) =>
    fetch(`${f.target.server}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/yaml' } : {}) },
      ...(body ? { body } : {}),
    });

  beforeAll(async () => {
    f = await startFleet('secrets', { one: {} });
  }, 60_000);

  afterAll(async () => {
    await f?.close();
  });

  it('delivers a secret env value to the container', async () => {
    await f.apply(manifest);
    await f.waitRunning('vault', [f.node('one')]);
    const [c] = await nodeContainers(f.docker, f.node('one'));
    expect(c?.env).toEqual(expect.arrayContaining([`API_TOKEN=${secret}`, 'PLAIN=visible']));
  });

  it('never returns it from the API (JSON, and the manifest `get -o yaml` prints)', async () => {
    for (const path of ['/api/v1/workloads', '/api/v1/workloads/vault', '/api/v1/placements', `/api/v1/nodes`, '/api/v1/plan']) {
      const text = await (await as(f.controller.adminToken)('GET', path)).text();
      expect(text, path).not.toContain(secret);
    }
    const w = (await (await as(f.controller.adminToken)('GET', '/api/v1/workloads/vault')).json()) as { manifest: { spec: { container: { secretEnv: unknown; env: unknown } } } };
    expect(w.manifest.spec.container.secretEnv).toEqual({ API_TOKEN: '<redacted>' });
    expect(w.manifest.spec.container.env).toEqual({ PLAIN: 'visible' });
  });

  it('applying the redacted manifest back keeps the stored value (unchanged, container kept)', async () => {
    const w = (await (await as(f.controller.adminToken)('GET', '/api/v1/workloads/vault')).json()) as { manifest: unknown };
    const [before] = await nodeContainers(f.docker, f.node('one'));
    const again = await f.apply(stringify(w.manifest));
    expect(again.results).toEqual([expect.objectContaining({ name: 'vault', outcome: 'unchanged' })]);
    const [after] = await nodeContainers(f.docker, f.node('one'));
    expect(after?.id).toBe(before?.id);
    // A new secret given as <redacted> has no stored value to keep: refused with a message.
    const fresh = manifest.replace('name: vault', 'name: vault2').replace(secret, "'<redacted>'");
    const r = await as(f.controller.adminToken)('POST', '/api/v1/apply', fresh);
    expect(r.status).toBe(400);
    expect(await r.text()).toMatch(/secretEnv\.API_TOKEN is <redacted> but no value is stored for it/);
  });

  it('stores it encrypted: the SQLite files never hold the value; secret.key is 0600', () => {
    const dir = dataDir();
    const key = join(dir, 'secret.key');
    expect(statSync(key).mode & 0o777).toBe(0o600);
    const files = ['controller.db', 'controller.db-wal'].map((n) => join(dir, n)).filter((p) => existsSync(p));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const bytes = readFileSync(file);
      expect(bytes.includes(Buffer.from(secret)), file).toBe(false);
    }
    // The plain env value is in there: the scan does look at the rows that hold the workload.
    expect(files.some((file) => readFileSync(file).includes(Buffer.from('visible')))).toBe(true);
  });

  it('never logs it', () => {
    const lines = f.logs.lines.map((l) => JSON.stringify(l));
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.filter((l) => l.includes(secret))).toEqual([]);
  });

  it('the read-only token (read.token, 0600) reads everything and changes nothing', async () => {
    const file = join(dataDir(), 'read.token');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const read = as(readFileSync(file, 'utf8').trim());
    expect(f.controller.readToken).toBe(readFileSync(file, 'utf8').trim());
    for (const path of ['/api/v1/workloads', '/api/v1/nodes', '/api/v1/placements', '/api/v1/workloads/vault']) {
      expect((await read('GET', path)).status, path).toBe(200);
    }
    const writes: [string, string, string?][] = [
      ['POST', '/api/v1/apply', manifest],
      ['DELETE', '/api/v1/workloads/vault'],
      ['DELETE', '/api/v1/nodepolicies/x'],
      ['POST', `/api/v1/nodes/${f.node('one')}/cordon`],
      ['POST', '/api/v1/workloads/vault/restart'],
      ['PUT', '/api/v1/workloads/vault'],
    ];
    for (const [method, path, body] of writes) {
      const r = await read(method, path, body);
      expect(r.status, `${method} ${path}`).toBe(403);
      expect(((await r.json()) as { error: { code: string; message: string } }).error).toEqual({
        code: 'EF_CTL_FORBIDDEN',
        message: expect.stringContaining('needs the admin token'),
      });
    }
    expect((await as('not-a-token-at-all')('GET', '/api/v1/nodes')).status).toBe(401);
    // Nothing changed: the workload is still there, the node not cordoned.
    expect((await as(f.controller.adminToken)('GET', '/api/v1/workloads/vault')).status).toBe(200);
    const nodes = (await (await read('GET', '/api/v1/nodes')).json()) as { items: { name: string; status: string }[] };
    expect(nodes.items.find((n) => n.name === f.node('one'))?.status).toBe('Online');
  });

  it('the CLI reads with read.token through --token-file (or EDGEFLEET_TOKEN_FILE) and is refused a change', async () => {
    const file = join(dataDir(), 'read.token');
    const server = ['--server', f.target.server];
    // No admin token on this path: the data dir is not named, EDGEFLEET_TOKEN is empty.
    const env = { EDGEFLEET_TOKEN: '', EDGEFLEET_DATA_DIR: '/nonexistent' };
    const got = await runCli(['get', 'nodes', ...server, '--token-file', file], env);
    expect(got.stderr).toBe('');
    expect(got.code).toBe(0);
    expect(got.stdout).toContain(f.node('one'));
    const viaEnv = await runCli(['get', 'workloads', ...server], { ...env, EDGEFLEET_TOKEN_FILE: file });
    expect(viaEnv.code).toBe(0);
    expect(viaEnv.stdout).toContain('vault');
    const cordon = await runCli(['node', 'cordon', f.node('one'), ...server, '--token-file', file], env);
    expect(cordon.code).not.toBe(0);
    expect(cordon.stderr).toContain('needs the admin token');
    const missing = await runCli(['get', 'nodes', ...server, '--token-file', join(dataDir(), 'no.token')], env);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain('no such file');
  });
});
