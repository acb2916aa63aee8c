// deploy/install-agent.sh as a device runs it: `curl -sfL URL/v1/install-agent.sh | ... sh -`
// against a real controller process on 127.0.0.1, into a throwaway root with the service start
// skipped. Asserts on the files it wrote (contents and modes), runs it twice (idempotent), runs
// the agent it installed, verifies the unit with systemd-analyze, and runs the uninstaller.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type Dockerode from 'dockerode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfigFile } from '../../agent/config-file.js';
import { requireDocker, TEST_IMAGE } from '../helpers/docker.js';
import { startProc, type Proc } from '../helpers/process.js';
import { createJoinToken } from '../helpers/identity.js';
import { readAdminToken } from '../helpers/auth.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const tag = `${process.pid}`;
const nodeId = `inst-${tag}`;

interface Run {
  code: number | null;
  out: string;
}

/** `sh -c CMD` with env; stdout and stderr together, in order. */
function sh(cmd: string, env: Record<string, string>): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn('sh', ['-c', cmd], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.once('exit', (code) => resolve({ code, out }));
  });
}

const mode = (p: string): number => statSync(p).mode & 0o777;
const sha256 = (p: string): string => createHash('sha256').update(readFileSync(p)).digest('hex');

describe('e2e: install-agent.sh into a throwaway root, against a real controller', () => {
  let docker: Dockerode;
  let dir: string;
  let root: string;
  let controller: Proc;
  let url = '';
  let mqtt = '';
  let env: Record<string, string>;
  const install = (extra: Record<string, string> = {}): Promise<Run> => sh(`curl -sfL ${url}/v1/install-agent.sh | sh -`, { ...env, ...extra });

  beforeAll(async () => {
    docker = await requireDocker();
    dir = mkdtempSync(join(tmpdir(), 'ef-install-'));
    root = join(dir, 'root');
    controller = startProc(['controller', '--data-dir', join(dir, 'controller'), '--mqtt-port', '0', '--http-port', '0']);
    const ready = await controller.waitForLog((l) => l.msg === 'controller ready');
    url = `http://127.0.0.1:${String(ready.httpPort)}`;
    mqtt = `mqtt://127.0.0.1:${String(ready.mqttPort)}`;
    env = {
      EDGEFLEET_URL: url,
      EDGEFLEET_MQTT: mqtt,
      EDGEFLEET_ROOT: root,
      EDGEFLEET_SKIP_START: 'true',
      EDGEFLEET_SKIP_ENROLL: 'true',
      EDGEFLEET_NODE_ID: nodeId,
      EDGEFLEET_LABELS: `site=north,test=${tag}`,
      EDGEFLEET_NODE: process.execPath,
    };
  });

  afterAll(async () => {
    await controller?.stop();
    if (docker) {
      for (const c of await docker.listContainers({ all: true, filters: { label: [`io.edgefleet.node=${nodeId}`] } })) {
        await docker.getContainer(c.Id).remove({ force: true });
      }
    }
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('the controller serves the installer and the bundle without a token, with checksums that match', async () => {
    const script = await fetch(`${url}/v1/install-agent.sh`);
    expect(script.status).toBe(200);
    expect(await script.text()).toBe(readFileSync(join(REPO, 'deploy/install-agent.sh'), 'utf8'));
    const sums = await (await fetch(`${url}/v1/download/SHA256SUMS`)).text();
    expect(sums).toBe(
      `${sha256(join(REPO, 'dist/edgefleet-agent.cjs'))}  edgefleet-agent.cjs\n${sha256(join(REPO, 'dist/edgefleet-agent'))}  edgefleet-agent\n`,
    );
    const bundle = await fetch(`${url}/v1/download/edgefleet-agent.cjs`);
    expect(bundle.status).toBe(200);
    expect(Buffer.from(await bundle.arrayBuffer()).equals(readFileSync(join(REPO, 'dist/edgefleet-agent.cjs')))).toBe(true);
    // fetch itself resolves "%2e%2e" to "..": that path leaves /v1/download and needs the token.
    expect((await fetch(`${url}/v1/download/%2e%2e/%2e%2e/package.json`)).status).toBe(401);
    for (const bad of ['package.json', '..%2F..%2Fpackage.json', '.%2Fedgefleet-agent.cjs']) {
      const r = await fetch(`${url}/v1/download/${bad}`);
      expect(r.status, bad).toBe(404);
      expect(((await r.json()) as { error: { message: string } }).error.message).toMatch(/no download/);
    }
    // Everything else still needs the admin token.
    expect((await fetch(`${url}/api/v1/nodes`)).status).toBe(401);
  });

  it('installs: bundle, launcher, config 0600, hardened unit, uninstaller, state dir 0700', async () => {
    const r = await install();
    expect(r.code, r.out).toBe(0);
    expect(r.out).toMatch(/installing the edgefleet agent for node inst-\d+ \((amd64|arm64), Node\.js \d+/);
    expect(r.out).toMatch(/\[ ok \] docker/); // the installer ran edgefleet-agent check
    const opt = join(root, 'opt/edgefleet');
    expect(sha256(join(opt, 'edgefleet-agent.cjs'))).toBe(sha256(join(REPO, 'dist/edgefleet-agent.cjs')));
    expect(mode(join(opt, 'edgefleet-agent.cjs'))).toBe(0o644);
    expect(mode(join(opt, 'edgefleet-agent'))).toBe(0o755);
    expect(mode(join(opt, 'uninstall.sh'))).toBe(0o755);
    expect(lstatSync(join(root, 'usr/local/bin/edgefleet-agent')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(root, 'usr/local/bin/edgefleet-agent'))).toBe('/opt/edgefleet/edgefleet-agent');
    expect(mode(join(root, 'var/lib/edgefleet'))).toBe(0o700);

    const config = join(root, 'etc/edgefleet/agent.yaml');
    expect(mode(config)).toBe(0o600);
    expect(mode(join(root, 'etc/edgefleet'))).toBe(0o700);
    expect(loadConfigFile(config).values).toEqual({
      server: mqtt,
      api: url,
      'node-id': nodeId,
      'state-dir': '/var/lib/edgefleet',
      'docker-socket': '/var/run/docker.sock',
      label: { site: 'north', test: tag },
    });

    const unitPath = join(root, 'etc/systemd/system/edgefleet-agent.service');
    expect(mode(unitPath)).toBe(0o644);
    const unit = readFileSync(unitPath, 'utf8');
    const directives = new Map(unit.split('\n').filter((l) => /^[A-Za-z]+=/.test(l)).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
    expect(directives.get('ExecStart')).toBe('/opt/edgefleet/edgefleet-agent --config /etc/edgefleet/agent.yaml');
    expect(directives.get('Environment')).toBe(`EDGEFLEET_NODE=${process.execPath}`);
    for (const [k, v] of Object.entries({ Restart: 'always', NoNewPrivileges: 'yes', ProtectSystem: 'strict', ProtectHome: 'yes', PrivateTmp: 'yes', StateDirectory: 'edgefleet', CapabilityBoundingSet: '' })) {
      expect(directives.get(k), k).toBe(v);
    }
    // V8 writes the machine code it runs: this would kill the agent at start.
    expect(directives.has('MemoryDenyWriteExecute')).toBe(false);
    expect(directives.get('WantedBy')).toBe('multi-user.target');
  });

  it('systemd-analyze verify accepts the unit, with no warning', async () => {
    // verify checks that ExecStart exists: point it at the launcher inside the throwaway root.
    const copy = join(dir, 'verify', 'edgefleet-agent.service');
    mkdirSync(join(dir, 'verify'), { recursive: true });
    const unit = readFileSync(join(root, 'etc/systemd/system/edgefleet-agent.service'), 'utf8');
    writeFileSync(copy, unit.replace('ExecStart=/opt/edgefleet/', `ExecStart=${root}/opt/edgefleet/`));
    const r = await sh(`systemd-analyze verify --man=no ${copy}`, {});
    expect(r.code, r.out).toBe(0);
    expect(r.out).toBe(''); // an unknown or misspelt directive is only a warning: refuse it here
    // And it does notice a bad one.
    writeFileSync(copy, `${unit.replace('ExecStart=/opt/edgefleet/', `ExecStart=${root}/opt/edgefleet/`)}\n[Service]\nProtectSystm=strict\n`);
    expect((await sh(`systemd-analyze verify --man=no ${copy}`, {})).out).toMatch(/Unknown key 'ProtectSystm'/);
  });

  it('is idempotent: a second run writes nothing, and keeps the configured node id', async () => {
    const files = ['opt/edgefleet/edgefleet-agent.cjs', 'opt/edgefleet/edgefleet-agent', 'opt/edgefleet/uninstall.sh', 'etc/edgefleet/agent.yaml', 'etc/systemd/system/edgefleet-agent.service'];
    const before = files.map((f) => ({ f, ino: statSync(join(root, f)).ino, mtime: statSync(join(root, f)).mtimeMs, sum: sha256(join(root, f)) }));
    const { EDGEFLEET_NODE_ID: _unused, ...withoutId } = env;
    const r = await sh(`curl -sfL ${url}/v1/install-agent.sh | sh -`, withoutId);
    expect(r.code, r.out).toBe(0);
    expect(r.out).toMatch(`keeping the configured node id ${nodeId}`);
    expect(r.out).not.toMatch(/wrote /);
    for (const b of before) {
      const st = statSync(join(root, b.f));
      expect({ f: b.f, ino: st.ino, mtime: st.mtimeMs, sum: sha256(join(root, b.f)) }).toEqual(b);
    }
    // A change is applied, and only that file is written.
    const again = await install({ EDGEFLEET_LABELS: `site=south,test=${tag}` });
    expect(again.code, again.out).toBe(0);
    expect(again.out.match(/wrote \S+/g)).toEqual(['wrote /etc/edgefleet/agent.yaml']);
    expect(loadConfigFile(join(root, 'etc/edgefleet/agent.yaml')).values.label).toEqual({ site: 'south', test: tag });
  });

  it('the agent it installed runs from the installed files and config, and says hello to the controller', async () => {
    // The installs above skipped enrollment; this one enrolls (a join token, the installer runs
    // `edgefleet-agent join`), so the agent can log in to the broker, which refuses anonymous clients.
    const joinToken = await createJoinToken({ server: url, token: readAdminToken(join(dir, 'controller')) });
    const enrolled = await install({ EDGEFLEET_SKIP_ENROLL: 'false', EDGEFLEET_TOKEN: joinToken, EDGEFLEET_LABELS: `site=south,test=${tag}` });
    expect(enrolled.code, enrolled.out).toBe(0);
    expect(enrolled.out).toContain(`enrolling node ${nodeId}`);
    expect(statSync(join(root, 'var/lib/edgefleet/identity/node.key')).mode & 0o777).toBe(0o600);
    // The check the installer ran saw the certificate it was issued and the CA it pinned.
    expect(enrolled.out).toMatch(/\[ ok \] certificates +2 certificates; the first to expire is .*identity\/(node|ca)\.crt/);
    expect(enrolled.out).not.toContain(joinToken); // the token went by environment and was never printed
    // Idempotent with a token too: a node that holds credentials is not enrolled again (the token is used up).
    const rerun = await install({ EDGEFLEET_SKIP_ENROLL: 'false', EDGEFLEET_TOKEN: joinToken, EDGEFLEET_LABELS: `site=south,test=${tag}` });
    expect(rerun.code, rerun.out).toBe(0);
    expect(rerun.out).toContain(`node ${nodeId} already holds credentials in /var/lib/edgefleet/identity: not enrolling again`);
    expect(rerun.out).not.toMatch(/wrote /);
    const agent = startProc(['--config', join(root, 'etc/edgefleet/agent.yaml'), '--state-dir', join(root, 'var/lib/edgefleet')], { EDGEFLEET_NODE: process.execPath }, {
      command: [join(root, 'opt/edgefleet/edgefleet-agent')],
    });
    try {
      const hello = await controller.waitForLog((l) => l.msg === 'hello' && l.node === nodeId);
      expect(hello.labels).toMatchObject({ site: 'south', test: tag });
      const cmdline = readFileSync(`/proc/${String(agent.child.pid)}/cmdline`, 'utf8').split('\0');
      expect(cmdline).toContain(join(root, 'opt/edgefleet/edgefleet-agent.cjs'));
      expect(cmdline).toContain('--lite-mode');
    } finally {
      await agent.stop();
    }
  });

  it('runs the same under busybox (ash and its applets), as on a small device', async () => {
    const bb = join(dir, 'busybox-bin');
    mkdirSync(bb, { recursive: true });
    const applets = ['sh', 'sha256sum', 'cmp', 'stat', 'base64', 'sed', 'grep', 'tr', 'cut', 'mkdir', 'cp', 'chmod', 'mv', 'rm', 'readlink', 'ln', 'dirname', 'basename', 'mktemp', 'cat', 'id', 'uname', 'hostname', 'head', 'printf'];
    for (const a of applets) await sh(`ln -sf "$(command -v busybox)" ${join(bb, a)}`, {});
    const bbRoot = join(dir, 'busybox-root');
    // curl and node are not busybox applets: they come from the system, after busybox's.
    const r = await sh(`curl -sfL ${url}/v1/install-agent.sh | ${join(bb, 'sh')} -`, { ...env, EDGEFLEET_ROOT: bbRoot, PATH: `${bb}:${process.env.PATH ?? ''}` });
    expect(r.code, r.out).toBe(0);
    expect(sha256(join(bbRoot, 'opt/edgefleet/edgefleet-agent.cjs'))).toBe(sha256(join(root, 'opt/edgefleet/edgefleet-agent.cjs')));
    expect(loadConfigFile(join(bbRoot, 'etc/edgefleet/agent.yaml')).values).toMatchObject({ server: mqtt, 'node-id': nodeId, label: { site: 'north', test: tag } });
    expect(readFileSync(join(bbRoot, 'etc/systemd/system/edgefleet-agent.service'), 'utf8')).toBe(readFileSync(join(root, 'etc/systemd/system/edgefleet-agent.service'), 'utf8'));
    expect(mode(join(bbRoot, 'etc/edgefleet/agent.yaml'))).toBe(0o600);
    rmSync(bbRoot, { recursive: true, force: true });
  });

  it('refuses, saying why, a machine it cannot install onto, and writes nothing', async () => {
    const other = join(dir, 'other-root');
    const bin = join(dir, 'fakebin');
    mkdirSync(bin, { recursive: true });
    // Fakes, because this machine is neither: an s390x uname and a Node.js 18.
    writeFileSync(join(bin, 'uname'), '#!/bin/sh\n[ "$1" = -m ] && echo s390x || echo Linux\n');
    writeFileSync(join(bin, 'old-node'), '#!/bin/sh\necho 18.19.0\n');
    chmodSync(join(bin, 'uname'), 0o755);
    chmodSync(join(bin, 'old-node'), 0o755);
    const cases: [Record<string, string>, RegExp][] = [
      [{ EDGEFLEET_URL: '' }, /set EDGEFLEET_URL/],
      [{ EDGEFLEET_URL: 'ftp://x' }, /expected http:\/\/HOST:PORT/],
      [{ EDGEFLEET_URL: 'http://x;rm -rf /' }, /only letters, digits/],
      [{ EDGEFLEET_DOCKER_SOCKET: join(dir, 'no-docker.sock') }, /no Docker socket at .*no-docker\.sock: install and start Docker first/],
      [{ PATH: `${bin}:${process.env.PATH ?? ''}` }, /unsupported architecture s390x: edgefleet supports amd64 and arm64/],
      [{ EDGEFLEET_NODE: join(bin, 'old-node') }, /Node\.js 18\.19\.0 .* is too old: the agent needs 20\.19 or newer/],
      [{ EDGEFLEET_NODE_ID: 'Bad_Name' }, /node id "Bad_Name" is not valid/],
      [{ EDGEFLEET_LABELS: 'novalue' }, /"novalue" is not key=value/],
      [{ EDGEFLEET_SKIP_START: 'false' }, /set EDGEFLEET_SKIP_START=true too/],
      [{ EDGEFLEET_SKIP_ENROLL: 'false', EDGEFLEET_TOKEN: '' }, /set EDGEFLEET_TOKEN to a join token/],
    ];
    for (const [extra, why] of cases) {
      const r = await install({ EDGEFLEET_ROOT: other, ...extra });
      expect(r.code, `${JSON.stringify(extra)}: ${r.out}`).toBe(1);
      expect(r.out).toMatch(why);
      // The enrollment refusal comes after the files; every other refusal comes before any.
      if (!('EDGEFLEET_TOKEN' in extra)) expect(existsSync(other), JSON.stringify(extra)).toBe(false);
    }
    rmSync(other, { recursive: true, force: true });
  });

  it('the uninstaller removes the agent and keeps state and containers; --purge removes those too', async () => {
    const state = join(root, 'var/lib/edgefleet');
    writeFileSync(join(state, 'desired.pb'), 'kept');
    let r = await sh(join(root, 'opt/edgefleet/uninstall.sh'), {});
    expect(r.code, r.out).toBe(0);
    for (const gone of ['opt/edgefleet', 'etc/edgefleet', 'etc/systemd/system/edgefleet-agent.service', 'usr/local/bin/edgefleet-agent']) {
      expect(existsSync(join(root, gone)) || lstatExists(join(root, gone)), gone).toBe(false);
    }
    expect(readFileSync(join(state, 'desired.pb'), 'utf8')).toBe('kept');
    expect(r.out).toMatch(/state kept in \/var\/lib\/edgefleet, containers left running/);

    // Install again, give the node a container, and purge.
    expect((await install()).code).toBe(0);
    const c = await docker.createContainer({ Image: TEST_IMAGE, Cmd: ['sleep', '3600'], Labels: { 'io.edgefleet.node': nodeId }, HostConfig: { NetworkMode: 'none' } });
    const bystander = await docker.createContainer({ Image: TEST_IMAGE, Cmd: ['sleep', '3600'], Labels: { 'io.edgefleet.node': `${nodeId}-other` }, HostConfig: { NetworkMode: 'none' } });
    try {
      r = await sh(`${join(root, 'opt/edgefleet/uninstall.sh')} --purge`, {});
      expect(r.code, r.out).toBe(0);
      expect(r.out).toMatch(`removed container ${c.id}`);
      await expect(c.inspect()).rejects.toThrow(/no such container/i);
      expect((await bystander.inspect()).Id).toBe(bystander.id); // another node's container is not touched
      expect(existsSync(state)).toBe(false);
      expect(existsSync(join(root, 'opt/edgefleet'))).toBe(false);
    } finally {
      await bystander.remove({ force: true });
    }
  });
});

function lstatExists(p: string): boolean {
  try {
    lstatSync(p);
    return true;
  } catch {
    return false;
  }
}
