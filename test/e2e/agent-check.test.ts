// `edgefleet agent check` and `edgefleet agent --config` against a real controller process and the
// real Docker engine, and the failures an operator meets: no Docker at the socket path, a broken
// config file, no controller.
import { execFile } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type Dockerode from 'dockerode';
import { selfSignedPem } from '../helpers/certs.js';
import { requireDocker } from '../helpers/docker.js';
import { freePort } from '../helpers/ports.js';
import { AGENT_LAUNCHER, runCli, startProc, type Proc } from '../helpers/process.js';
import { createJoinToken } from '../helpers/identity.js';
import { readAdminToken } from '../helpers/auth.js';

interface Report {
  ok: boolean;
  agentVersion: string;
  nodeId: string | null;
  checks: { id: string; status: string; message: string; details?: Record<string, unknown> }[];
}

const tag = `${process.pid}`;
const nodeId = `check-${tag}`;
const byId = (r: Report, id: string) => {
  const c = r.checks.find((x) => x.id === id);
  if (!c) throw new Error(`no check ${id} in ${JSON.stringify(r)}`);
  return c;
};

async function checkJson(args: string[]): Promise<{ code: number | null; report: Report; stderr: string }> {
  const r = await runCli(['agent', 'check', '--json', ...args]);
  let report: Report;
  try {
    report = JSON.parse(r.stdout) as Report;
  } catch {
    throw new Error(`agent check printed no JSON (exit ${String(r.code)}): ${r.stdout} ${r.stderr}`);
  }
  return { code: r.code, report, stderr: r.stderr };
}

describe('e2e: edgefleet agent check and the agent config file', () => {
  let docker: Dockerode;
  let dir: string;
  let controller: Proc;
  let mqtt = '';
  let api = '';
  let configFile = '';
  let stateDir = '';

  beforeAll(async () => {
    docker = await requireDocker();
    dir = mkdtempSync(join(tmpdir(), 'ef-check-'));
    controller = startProc(['controller', '--data-dir', join(dir, 'controller'), '--mqtt-port', '0', '--http-port', '0']);
    const ready = await controller.waitForLog((l) => l.msg === 'controller ready');
    mqtt = `mqtt://127.0.0.1:${String(ready.mqttPort)}`;
    api = `http://127.0.0.1:${String(ready.httpPort)}`;
    stateDir = join(dir, 'state');
    mkdirSync(join(stateDir, 'identity'), { recursive: true });
    // A certificate where an enrolled agent keeps one: 200 days left.
    const cert = await selfSignedPem(nodeId, Date.now() - 86_400_000, Date.now() + 200.5 * 86_400_000);
    writeFileSync(join(stateDir, 'identity', 'node.pem'), cert);
    configFile = join(dir, 'agent.yaml');
    writeFileSync(configFile, `# written by the test, as install-agent.sh does
server: ${mqtt}
api: ${api}
node-id: ${nodeId}
state-dir: ${stateDir}
label: { test: "${tag}", from: file }
log-level: info
`, { mode: 0o600 });
  });

  afterAll(async () => {
    await controller?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('passes on a healthy device: Docker, clock, disk, controller, certificate and config all checked for real', async () => {
    const { code, report } = await checkJson(['--config', configFile]);
    expect(code, JSON.stringify(report, null, 2)).toBe(0);
    expect(report.ok).toBe(true);
    expect(report.nodeId).toBe(nodeId);
    for (const id of ['config', 'docker', 'clock', 'disk-state', 'disk-images', 'controller-mqtt', 'controller-api', 'certificates']) {
      expect(byId(report, id).status, `${id}: ${byId(report, id).message}`).toBe('ok');
    }
    const v = await docker.version();
    expect(byId(report, 'docker').details).toMatchObject({ version: v.Version, apiVersion: v.ApiVersion });
    // Compared with the controller's Date header: same machine, so within the header's resolution.
    const clock = byId(report, 'clock').details as { skewMs: number; uncertaintyMs: number };
    expect(Math.abs(clock.skewMs)).toBeLessThanOrEqual(clock.uncertaintyMs);
    expect(byId(report, 'certificates').message).toMatch(/node\.pem on .* \(200 days\)/);
    expect(byId(report, 'controller-mqtt').details).toMatchObject({ url: mqtt, tls: false });
  });

  it('the shipped bundle runs the same check, human-readable, with its embedded version', async () => {
    const out = await new Promise<{ code: number; stdout: string }>((resolve) => {
      execFile(AGENT_LAUNCHER, ['check', '--config', configFile], (err, stdout, stderr) => resolve({ code: err ? Number(err.code) : 0, stdout: stdout + stderr }));
    });
    expect(out.code, out.stdout).toBe(0);
    expect(out.stdout).toMatch(/^edgefleet agent check: agent 0\.1\.0, node check-/);
    expect(out.stdout).toMatch(/\[ ok \] docker +Docker \d+\.\d+/);
    expect(out.stdout).toMatch(/0 errors/);
  });

  it('fails with exit 1 when Docker is not at the socket path, and the checks that need Docker say why they were skipped', async () => {
    const { code, report } = await checkJson(['--config', configFile, '--docker-socket', join(dir, 'no-such-docker.sock')]);
    expect(code).toBe(1);
    expect(report.ok).toBe(false);
    expect(byId(report, 'docker')).toMatchObject({ status: 'error', message: expect.stringMatching(/cannot reach Docker at .*no-such-docker\.sock: no such file or socket/) });
    expect(byId(report, 'disk-images').status).toBe('skip');
    expect(byId(report, 'controller-api').status).toBe('ok'); // the rest still ran
  });

  it('fails with exit 1 on a broken config file, naming the line, and still checks the rest', async () => {
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, `server: ${mqtt}\nnode-id: Not_Valid\nstate-dir: ${stateDir}\nkeepalive: 10\n`, { mode: 0o600 });
    const { code, report } = await checkJson(['--config', bad]);
    expect(code).toBe(1);
    const config = byId(report, 'config');
    expect(config.status).toBe('error');
    expect(config.message).toMatch(/line 4: keepalive: unknown option/);
    expect(byId(report, 'docker').status).toBe('ok');
    // Valid YAML, invalid value: the agent's own validation speaks.
    writeFileSync(bad, `server: ${mqtt}\nnode-id: Not_Valid\nstate-dir: ${stateDir}\n`);
    const second = await checkJson(['--config', bad]);
    expect(second.code).toBe(1);
    expect(byId(second.report, 'config').message).toMatch(/node-id: "Not_Valid" must be/);
    // The agent itself refuses to start on the same file, with the same words, exit 2.
    const run = await runCli(['agent', '--config', bad]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/node-id: "Not_Valid" must be/);
  });

  it('warns when the config file holds a join token and others can read it', async () => {
    const loose = join(dir, 'loose.yaml');
    writeFileSync(loose, `server: ${mqtt}\napi: ${api}\nnode-id: ${nodeId}\nstate-dir: ${stateDir}\ntoken: "EF1:${'a'.repeat(64)}:abc123.${'s'.repeat(43)}"\n`);
    chmodSync(loose, 0o644);
    const { code, report } = await checkJson(['--config', loose]);
    expect(code).toBe(0); // a warning is not an error
    expect(byId(report, 'config')).toMatchObject({ status: 'warn', message: expect.stringMatching(/chmod 600/) });
  });

  it('fails with exit 1 when no controller answers', async () => {
    const port = await freePort(); // bound, then closed: nothing listens there
    const { code, report } = await checkJson(['--config', configFile, '--server', `mqtt://127.0.0.1:${port}`, '--api', `http://127.0.0.1:${port}`]);
    expect(code).toBe(1);
    expect(byId(report, 'controller-mqtt')).toMatchObject({ status: 'error', message: expect.stringMatching(/connection refused/) });
    expect(byId(report, 'controller-api').status).toBe('error');
    expect(byId(report, 'clock').message).toMatch(/not compared/);
  });

  it('the agent runs from its config file; a flag wins over the file, labels merge key by key', async () => {
    // The broker refuses anonymous clients: the agent enrolls on this first start (token from the environment).
    const joinToken = await createJoinToken({ server: api, token: readAdminToken(join(dir, 'controller')) });
    const agent = startProc(['agent', '--config', configFile, '--label', 'from=flag'], { EDGEFLEET_JOIN_TOKEN: joinToken });
    try {
      const hello = await controller.waitForLog((l) => l.msg === 'hello' && l.node === nodeId);
      expect(hello.labels).toMatchObject({ test: tag, from: 'flag' });
    } finally {
      await agent.stop();
    }
  });
});
