// The agent restarted, and its containers killed, while the controller is down: every workload of
// the last desired state comes back from the agent's own disk. Real controller and agent
// processes, real Docker.
import type Dockerode from 'dockerode';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeContainers, removeNodeContainers, requireDocker } from '../helpers/docker.js';
import { startProc, type Proc } from '../helpers/process.js';
import { waitUntil } from '../helpers/wait.js';
import { freePort } from '../helpers/ports.js';
import { sleeperYaml, startControllerProc, waitStatus, type ControllerProc } from './procs.js';

const tag = `${process.pid}`;
const nodeId = `offre-${tag}`;
const names = ['a', 'b', 'c'].map((x) => `${x}-off-${tag}`);

describe('chaos: agent restart with the controller down', () => {
  let docker: Dockerode;
  let dir: string;
  let c: ControllerProc;
  let agent: Proc;
  let ports: { mqttPort: number; httpPort: number };
  const agentArgs = (): string[] => [
    'agent', '--server', c.mqttUrl, '--node-id', nodeId, '--state-dir', join(dir, 'agent'), '--label', `chaos=${tag}`,
    '--keepalive-s', '2', '--reconnect-ms', '500', '--reconnect-max-ms', '2000',
  ];
  const runningNames = async (): Promise<string[]> =>
    (await nodeContainers(docker, nodeId)).filter((x) => x.state === 'running').map((x) => x.workload).sort();

  beforeAll(async () => {
    docker = await requireDocker();
    await removeNodeContainers(docker, [nodeId]);
    dir = mkdtempSync(join(tmpdir(), 'ef-chaos-off-'));
    ports = { mqttPort: await freePort(), httpPort: await freePort() };
    c = await startControllerProc(dir, { host: '127.0.0.1', ...ports });
    agent = startProc(agentArgs());
    await waitStatus(c, nodeId, 'Online');
    await c.apply(names.map((n) => sleeperYaml(n, `{mode: perNode, nodeSelector: {chaos: "${tag}"}}`)).join('---\n'));
    await waitUntil('3 workloads running', async () => (await runningNames()).join() === [...names].sort().join(), 60_000);
  });

  afterAll(async () => {
    await agent?.stop();
    await c?.proc.stop();
    if (docker) await removeNodeContainers(docker, [nodeId]);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('brings every workload back from local state, with no controller', async () => {
    c.proc.child.kill('SIGKILL');
    await c.proc.exited;
    agent.child.kill('SIGKILL');
    await agent.exited;
    await removeNodeContainers(docker, [nodeId]); // the device rebooted: its containers are gone
    expect(await runningNames()).toEqual([]);
    const t0 = Date.now();
    agent = startProc(agentArgs());
    // Generous waits, not speed bounds: the times are printed (speed lives in `npm run bench`).
    await waitUntil('every workload back', async () => (await runningNames()).join() === [...names].sort().join(), 120_000, 100);
    const backMs = Date.now() - t0;
    expect(agent.lines.some((l) => l.msg === 'loaded desired state from disk')).toBe(true);
    // And once the controller returns, the node is current again without any change.
    c = await startControllerProc(dir, { host: '127.0.0.1', ...ports });
    const t1 = Date.now();
    await waitUntil('node online and current', async () => {
      const n = await c.node(nodeId);
      return n?.status === 'Online' && n.delivery === 'current';
    }, 120_000, 100);
    const reportMs = Date.now() - t1;
    console.log(`agent restart offline: ${names.length} workloads back from local state ${backMs} ms after agent start (controller down); node online and current ${reportMs} ms after the controller returned`);
  }, 300_000);
});
