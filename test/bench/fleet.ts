// A real controller (port 0, temp data dir) and one real agent process, both from dist/ (the agent
// as shipped: the bundle through its launcher, scripts/bundle-agent.mjs), and the
// controller's HTTP API with the admin token it wrote on first start. Workloads target the bench
// node alone (perNode + a selector on its own label); close() removes every container carrying
// that node's label, whatever state the benchmark left them in.
import Dockerode from 'dockerode';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCli, startShippedAgent, type Proc } from './procs.js';

export const BENCH_IMAGE = 'edgefleet/busybox:test';

export interface Fleet {
  nodeId: string;
  controller: Proc;
  agent: Proc;
  stateDir: string;
  api<T>(method: string, path: string, yaml?: string): Promise<T>;
  close(): Promise<void>;
}

/** One workload for the bench node: a sleeping busybox without network. */
export function manifest(name: string, nodeId: string, sleepS = 3600): string {
  return `apiVersion: edgefleet.io/v1
kind: Workload
metadata: { name: ${name} }
spec:
  container: { image: ${BENCH_IMAGE}, command: [sleep, "${sleepS}"], network: none, stopTimeout: 1s }
  placement: { mode: perNode, nodeSelector: { bench-node: ${nodeId} } }
`;
}

export async function removeNodeContainers(docker: Dockerode, nodeId: string): Promise<void> {
  const list = await docker.listContainers({ all: true, filters: { label: [`io.edgefleet.node=${nodeId}`] } });
  await Promise.all(list.map((c) => docker.getContainer(c.Id).remove({ force: true }).catch(() => undefined)));
}

/** Fails with the fix when the engine or the image is missing: a benchmark never skips silently. */
export async function requireDocker(docker: Dockerode): Promise<void> {
  try {
    await docker.ping();
  } catch (cause) {
    throw new Error('no Docker engine answers: run deploy/dev/ensure-docker.sh (as root)', { cause });
  }
  try {
    await docker.getImage(BENCH_IMAGE).inspect();
  } catch (cause) {
    throw new Error(`image ${BENCH_IMAGE} is missing: deploy/images/build-busybox.sh edgefleet/busybox:local ${BENCH_IMAGE}`, { cause });
  }
}

export async function startFleet(prefix: string, docker: Dockerode): Promise<Fleet> {
  const nodeId = `${prefix}-${process.pid}`;
  const dir = mkdtempSync(join(tmpdir(), `ef-${prefix}-`));
  const stateDir = join(dir, 'agent');
  await removeNodeContainers(docker, nodeId);
  const controller = startCli(['controller', '--data-dir', join(dir, 'controller'), '--host', '127.0.0.1', '--mqtt-port', '0', '--http-port', '0']);
  let agent: Proc | undefined;
  const close = async (): Promise<void> => {
    await agent?.stop();
    await controller.stop();
    await removeNodeContainers(docker, nodeId);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const ready = await controller.waitForLog((l) => l.msg === 'controller ready');
    const server = `http://127.0.0.1:${String(ready.httpPort)}`;
    const token = readFileSync(String(ready.adminTokenFile), 'utf8').trim();
    // The agent enrolls on its first start with a one-use join token (the broker refuses anonymous clients).
    const created = await fetch(`${server}/api/v1/tokens`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: '{"uses": 1}' });
    const joinToken = ((await created.json()) as { token: string }).token;
    agent = startShippedAgent(['--server', `mqtt://127.0.0.1:${String(ready.mqttPort)}`, '--node-id', nodeId, '--state-dir', stateDir, '--label', `bench-node=${nodeId}`], {
      EDGEFLEET_JOIN_TOKEN: joinToken,
      EDGEFLEET_API: server,
    });
    await controller.waitForLog((l) => l.msg === 'hello' && l.node === nodeId);
    const api = async <T>(method: string, path: string, yaml?: string): Promise<T> => {
      const res = await fetch(`${server}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, ...(yaml === undefined ? {} : { 'content-type': 'application/yaml' }) },
        ...(yaml === undefined ? {} : { body: yaml }),
      });
      const text = await res.text();
      if (!res.ok) throw new Error(`${method} ${path}: HTTP ${res.status} ${text.slice(0, 300)}`);
      return JSON.parse(text) as T;
    };
    return { nodeId, controller, agent, stateDir, api, close };
  } catch (err) {
    await close();
    throw err;
  }
}
