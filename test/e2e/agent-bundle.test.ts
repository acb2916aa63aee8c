// The agent as shipped (dist/edgefleet-agent: the esbuild bundle with its stubs, under the
// launcher's V8 flags) against a real controller process and the real Docker engine: it
// connects, takes a workload and starts its container; a stubbed module it never needs is
// refused with a clear error rather than loaded.
import type Dockerode from 'dockerode';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeContainers, removeNodeContainers, requireDocker, TEST_IMAGE } from '../helpers/docker.js';
import { AGENT_LAUNCHER, runCli, startProc, type Proc } from '../helpers/process.js';
import { waitUntil } from '../helpers/wait.js';

const tag = `${process.pid}`;
const nodeId = `bundle-${tag}`;
const name = `bundled-${tag}`;

describe('e2e: the bundled agent, as shipped', () => {
  let docker: Dockerode;
  let dir: string;
  let controller: Proc;
  let agent: Proc;
  let server = '';

  beforeAll(async () => {
    if (!existsSync(AGENT_LAUNCHER)) throw new Error(`${AGENT_LAUNCHER} is missing: run \`npm run build\``);
    docker = await requireDocker();
    dir = mkdtempSync(join(tmpdir(), 'ef-bundle-'));
    controller = startProc(['controller', '--data-dir', join(dir, 'controller'), '--mqtt-port', '0', '--http-port', '0']);
    const ready = await controller.waitForLog((l) => l.msg === 'controller ready');
    server = `http://127.0.0.1:${String(ready.httpPort)}`;
    const args = ['--server', `mqtt://127.0.0.1:${String(ready.mqttPort)}`, '--node-id', nodeId, '--state-dir', join(dir, 'agent'), '--label', `test=${tag}`];
    agent = startProc(args, {}, { command: [AGENT_LAUNCHER] });
    await controller.waitForLog((l) => l.msg === 'hello' && l.node === nodeId);
  });

  afterAll(async () => {
    await agent?.stop();
    await controller?.stop();
    if (docker) await removeNodeContainers(docker, [nodeId]);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('runs under the launcher\'s V8 flags, from the bundle', () => {
    const cmdline = readFileSync(`/proc/${String(agent.child.pid)}/cmdline`, 'utf8').split('\0');
    expect(cmdline.some((a) => a.startsWith('--max-semi-space-size='))).toBe(true);
    expect(cmdline.some((a) => a.endsWith('edgefleet-agent.cjs'))).toBe(true);
  });

  it('takes a workload from the controller and starts its container on Docker', async () => {
    const token = readFileSync(join(dir, 'controller', 'admin.token'), 'utf8').trim();
    const manifest = `apiVersion: edgefleet.io/v1
kind: Workload
metadata: { name: ${name} }
spec:
  container: { image: ${TEST_IMAGE}, command: [sleep, "3600"], network: none, stopTimeout: 1s }
  placement: { mode: perNode, nodeSelector: { test: "${tag}" } }
`;
    const applied = await runCli(['apply', '-f', '-'], { EDGEFLEET_SERVER: server, EDGEFLEET_TOKEN: token }, manifest);
    expect(applied.code, applied.stderr).toBe(0);
    const running = await waitUntil('the bundled agent runs the container', async () => {
      const list = await nodeContainers(docker, nodeId);
      return list.find((x) => x.workload === name && x.state === 'running');
    }, 60_000);
    expect((await docker.getContainer(running.id).inspect()).Config.Labels['io.edgefleet.node']).toBe(nodeId);
    await agent.waitForLog((l) => l.msg === 'converged on desired state');
  });

  it('carries stubs, not the code, of what it never runs (ssh2, gRPC), each naming itself if reached', () => {
    const bundle = readFileSync(AGENT_LAUNCHER.replace(/edgefleet-agent$/, 'edgefleet-agent.cjs'), 'utf8');
    expect(bundle).not.toContain('SSH-2.0-'); // ssh2's protocol banner
    expect(bundle).not.toContain('grpc-status'); // a gRPC trailer grpc-js reads
    expect(bundle).toContain('edgefleet-agent bundle: ssh2 is not included');
    expect(bundle).toContain('edgefleet-agent bundle: @grpc/grpc-js is not included');
  });

  it('reads a --security-policy file with the YAML parser it loads only then, and refuses a bad one by name', async () => {
    const policy = join(dir, 'policy.yaml');
    writeFileSync(policy, 'allowPrivileged: false\nallowedCapabilities: [NET_ADMIN]\nallowPrivilegd: true\n');
    const args = ['--server', 'mqtt://127.0.0.1:1', '--node-id', `policy-${tag}`, '--state-dir', join(dir, 'policy-agent'), '--security-policy', policy];
    const out = await new Promise<{ code: number; stderr: string }>((resolve) => {
      execFile(AGENT_LAUNCHER, args, (err, _stdout, stderr) => resolve({ code: err ? Number(err.code) : 0, stderr }));
    });
    expect(out.code, out.stderr).toBe(2);
    expect(out.stderr).toContain(`security-policy ${policy}: allowPrivilegd: unknown key`);
    expect(out.stderr).not.toContain('not valid YAML'); // parsed: the one problem is the misspelt key
  });

  it('uses Node\'s own streams and a protobuf codec without the conversions it never calls (scripts/bundle-agent.mjs)', () => {
    const bundle = readFileSync(AGENT_LAUNCHER.replace(/edgefleet-agent$/, 'edgefleet-agent.cjs'), 'utf8');
    // readable-stream's copy of Node's stream errors: none of its three copies is bundled.
    expect(bundle).not.toContain('ERR_STREAM_PREMATURE_CLOSE');
    // zod is not bundled: the config file and the security policy are checked by hand.
    expect(bundle).not.toContain('ZodError');
    // proto/gen's verify and toObject for every message are left out; encode and decode stay.
    expect(bundle).not.toMatch(/\.verify=function/);
    expect(bundle).not.toMatch(/\.toObject=function/);
    expect(bundle).toMatch(/\.encode=function/);
    expect(bundle).toMatch(/\.decode=function/);
  });
});
