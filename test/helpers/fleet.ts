// A small real fleet in this process: one controller (embedded broker, SQLite file, HTTP API)
// and several agents on the one real Docker engine, each with its own unique node id and labels.
// For placement tests that need real hellos (capacity, arch, versions) and real containers.
import type Dockerode from 'dockerode';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { startAgent, type RunningAgent } from '../../agent/app.js';
import { makeAgentConfig } from '../../agent/config.js';
import type { SecurityPolicyInput } from '../../agent/security.js';
import { startController, type RunningController } from '../../controller/app.js';
import type { ApiTarget } from '../../controller/cli/credentials.js';
import { makeControllerConfig } from '../../controller/config.js';
import { nodeContainers, removeNodeContainers, requireDocker, TEST_IMAGE } from './docker.js';
import { agentJoin } from './identity.js';
import { captureLogs, type CapturedLogger } from './logs.js';
import { waitUntil } from './wait.js';

export interface TestFleet {
  controller: RunningController;
  target: ApiTarget;
  docker: Dockerode;
  logs: CapturedLogger;
  /** suffix -> unique node id */
  node: (suffix: string) => string;
  nodeIds: string[];
  /** suffix -> that agent's state dir (its update locks are in <stateDir>/locks). */
  stateDir: (suffix: string) => string;
  api<T>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }>;
  apply(yaml: string): Promise<{ results: { name: string; outcome: string }[]; unplaced: { workload: string; message: string }[] }>;
  /** Node ids the workload is placed on, sorted. */
  placed(workload: string): Promise<string[]>;
  /** Waits until exactly these nodes run a container of the workload. */
  waitRunning(workload: string, nodeIds: readonly string[]): Promise<void>;
  close(): Promise<void>;
}

export type ControllerDeps = Omit<Parameters<typeof startController>[1], 'logger'>;

/** `policies`: a workload security policy per node suffix (agent/security.ts); others get the default. */
export async function startFleet(
  tag: string,
  nodes: Record<string, Record<string, string>>,
  deps: ControllerDeps = {},
  policies: Record<string, SecurityPolicyInput> = {},
): Promise<TestFleet> {
  const docker = await requireDocker();
  const dir = mkdtempSync(join(tmpdir(), `ef-${tag}-`));
  const logs = captureLogs('info');
  const controller = await startController(
    makeControllerConfig({ dataDir: join(dir, 'controller'), mqttPort: 0, httpPort: 0, scheduleDebounceMs: 50, logLevel: 'info' }),
    { logger: logs.logger, ...deps },
  );
  const target: ApiTarget = { server: `http://127.0.0.1:${controller.httpPort}`, token: controller.adminToken };
  const node = (suffix: string): string => `${tag}-${suffix}-${process.pid}`;
  const nodeIds = Object.keys(nodes).map(node);
  const agents: RunningAgent[] = [];
  for (const [suffix, labels] of Object.entries(nodes)) {
    const cfg = makeAgentConfig({
      server: `mqtt://127.0.0.1:${controller.mqttPort}`,
      nodeId: node(suffix),
      stateDir: join(dir, suffix),
      labels: Object.entries(labels).map(([k, v]) => `${k}=${v}`),
      resyncMs: 60_000,
      ...(policies[suffix] ? { securityPolicy: policies[suffix] } : {}),
    });
    await agentJoin(controller, cfg.nodeId, cfg.stateDir);
    agents.push(await startAgent(cfg, { logger: pino({ level: 'silent' }) }));
  }

  const api = async <T>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> => {
    const text = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
    const type = typeof body === 'string' ? 'application/yaml' : 'application/json';
    const res = await fetch(`${target.server}${path}`, {
      method,
      headers: { authorization: `Bearer ${controller.adminToken}`, ...(text === undefined ? {} : { 'content-type': type }) },
      body: text,
    });
    return { status: res.status, body: (await res.json()) as T };
  };
  const fleet: TestFleet = {
    controller,
    target,
    docker,
    logs,
    node,
    nodeIds,
    stateDir: (suffix) => join(dir, suffix),
    api,
    async apply(yaml) {
      const r = await api<Awaited<ReturnType<TestFleet['apply']>>>('POST', '/api/v1/apply', yaml);
      if (r.status !== 200) throw new Error(`apply failed: ${JSON.stringify(r.body)}`);
      return r.body;
    },
    async placed(workload) {
      const r = await api<{ items: { workload: string; node: string }[] }>('GET', '/api/v1/placements');
      return r.body.items.filter((p) => p.workload === workload).map((p) => p.node).sort();
    },
    async waitRunning(workload, want) {
      const expected = [...want].sort().join(',');
      await waitUntil(`${workload} running on exactly ${expected || 'no node'}`, async () => {
        const on: string[] = [];
        for (const id of nodeIds) {
          const cs = await nodeContainers(docker, id);
          if (cs.some((c) => c.workload === workload && c.state === 'running')) on.push(id);
        }
        return on.sort().join(',') === expected;
      }, 20_000, 200);
    },
    async close() {
      await Promise.all(agents.map((a) => a.close()));
      await controller.close();
      // A create the agent aborted on close may still complete inside the daemon: sweep twice.
      await removeNodeContainers(docker, nodeIds);
      await new Promise((r) => setTimeout(r, 500));
      await removeNodeContainers(docker, nodeIds);
      rmSync(dir, { recursive: true, force: true });
    },
  };
  await waitUntil('every node online', async () => {
    const r = await api<{ items: { name: string; status: string }[] }>('GET', '/api/v1/nodes');
    return nodeIds.every((id) => r.body.items.some((n) => n.name === id && n.status === 'Online'));
  });
  return fleet;
}

/**
 * A Workload manifest running `sleep` with no network; `placement` is YAML flow text. `container`
 * and `spec` are more YAML lines for those maps, indented to match (4 and 2 spaces).
 */
export function sleeper(name: string, placement: string, extra: { memory?: string; priority?: number; container?: string; spec?: string } = {}): string {
  const lines = (yaml: string | undefined): string => (yaml ? `${yaml}\n` : '');
  return `apiVersion: edgefleet.io/v1
kind: Workload
metadata: {name: ${name}}
spec:
  container:
    image: ${TEST_IMAGE}
    command: [sleep, "3600"]
    network: none
    stopTimeout: 1s
${extra.memory ? `    resources: {memory: ${extra.memory}}\n` : ''}${lines(extra.container)}  priority: ${extra.priority ?? 0}
  placement: ${placement}
${lines(extra.spec)}`;
}
