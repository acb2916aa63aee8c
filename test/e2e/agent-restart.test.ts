// kill -9 of the agent while 5 workloads run, then a restart: it adopts every container by label,
// restarts none (same ids, same start times), and converges within 5 s. Real controller and agent
// processes, real Docker.
import type Dockerode from 'dockerode';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeContainers, removeNodeContainers, requireDocker, TEST_IMAGE } from '../helpers/docker.js';
import { runCli, startProc, type Proc } from '../helpers/process.js';
import { waitUntil } from '../helpers/wait.js';

const tag = `${process.pid}`;
const nodeId = `restart-${tag}`;
const names = [1, 2, 3, 4, 5].map((i) => `w${i}-${tag}`);

const manifests = names
  .map(
    (name, i) => `apiVersion: edgefleet.io/v1
kind: Workload
metadata: { name: ${name} }
spec:
  container: { image: ${TEST_IMAGE}, command: [sleep, "${3600 + i}"], network: none, stopTimeout: 1s }
  placement: { mode: perNode, nodeSelector: { test: "${tag}" } }
`,
  )
  .join('---\n');

describe('e2e: agent kill -9 and restart with 5 running workloads', () => {
  let docker: Dockerode;
  let dir: string;
  let controller: Proc;
  let agent: Proc;
  let mqtt = '';
  let server = '';
  // The controller writes its admin token into its data dir on first start.
  const env = (): Record<string, string> => {
    const tokenFile = join(dir, 'controller', 'admin.token');
    return { EDGEFLEET_SERVER: server, ...(existsSync(tokenFile) ? { EDGEFLEET_TOKEN: readFileSync(tokenFile, 'utf8').trim() } : {}) };
  };
  const agentArgs = () => ['agent', '--server', mqtt, '--node-id', nodeId, '--state-dir', join(dir, 'agent'), '--label', `test=${tag}`];

  beforeAll(async () => {
    docker = await requireDocker();
    dir = mkdtempSync(join(tmpdir(), 'ef-restart-'));
    controller = startProc(['controller', '--data-dir', join(dir, 'controller'), '--mqtt-port', '0', '--http-port', '0']);
    const ready = await controller.waitForLog((l) => l.msg === 'controller ready');
    mqtt = `mqtt://127.0.0.1:${String(ready.mqttPort)}`;
    server = `http://127.0.0.1:${String(ready.httpPort)}`;
    agent = startProc(agentArgs());
    await agent.waitForLog((l) => l.msg === 'hello' || l.msg === 'connected to controller');
  });

  afterAll(async () => {
    await agent?.stop();
    await controller?.stop();
    if (docker) await removeNodeContainers(docker, [nodeId]);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('adopts all 5 containers untouched and converges', async () => {
    const file = join(dir, 'five.yaml');
    writeFileSync(file, manifests);
    const r = await runCli(['apply', '-f', file], env());
    expect(r.code, r.stderr).toBe(0);
    await agent.waitForLog((l) => l.msg === 'converged on desired state' && l.workloads === 5, 60_000);
    const before = await nodeContainers(docker, nodeId);
    expect(before.filter((c) => c.state === 'running').map((c) => c.workload).sort()).toEqual([...names].sort());

    agent.child.kill('SIGKILL');
    await agent.exited;
    const t0 = Date.now();
    agent = startProc(agentArgs());
    // A generous wait, not a speed bound: the time is printed (speed lives in `npm run bench`).
    const line = await agent.waitForLog((l) => l.msg === 'converged on desired state', 120_000);
    const convergedMs = Number(line.time) - t0;
    const after = await nodeContainers(docker, nodeId);
    // Same containers, same start times: nothing was restarted or recreated.
    expect(after.map((c) => [c.id, c.startedAt]).sort()).toEqual(before.map((c) => [c.id, c.startedAt]).sort());
    expect(agent.lines.some((l) => l.component === 'events')).toBe(false);
    console.log(`agent restart: converged ${convergedMs} ms after spawn (5 workloads adopted, 0 restarted)`);
    await waitUntil('controller sees the node online again', async () => {
      const out = await runCli(['get', 'nodes', '-o', 'json'], env());
      const items = (JSON.parse(out.stdout) as { items: { name: string; status: string }[] }).items;
      return items.some((n) => n.name === nodeId && n.status === 'Online');
    });
  }, 300_000);
});
