// An agent in this process against a real embedded broker and the real Docker engine, with its
// logs captured. For tests of the agent's behaviour that need no controller.
import type Dockerode from 'dockerode';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { startAgent, type AgentDeps, type RunningAgent } from '../../agent/app.js';
import { makeAgentConfig } from '../../agent/config.js';
import type { SecurityPolicyInput } from '../../agent/security.js';
import { startEmbeddedBroker, type EmbeddedBroker } from '../../controller/broker/embedded.js';
import { decode, encode } from '../../proto/codec.js';
import { nodeTopic } from '../../proto/topics.js';
import type { ContainerSpec, DesiredState, NodeState, WorkloadInstance } from '../../proto/types.js';
import { containerSpec } from '../fixtures/container-spec.js';
import { removeNodeContainers, requireDocker } from './docker.js';
import { brokerIdentity, type BrokerIdentity } from './identity.js';
import { captureLogs, type CapturedLogger, type LogLine } from './logs.js';

export const PREFIX = 'edgefleet/v1';

export { containerSpec } from '../fixtures/container-spec.js';

export function workload(name: string, over: Partial<WorkloadInstance> = {}, spec: Partial<ContainerSpec> = {}): WorkloadInstance {
  const container = containerSpec(spec);
  return {
    name,
    // Tests pick hashes by content so a changed spec is a changed hash.
    specHash: createHash('sha256').update(JSON.stringify(container)).digest('hex').slice(0, 16),
    revision: 1,
    priority: 0,
    dependsOn: [],
    runWhen: 'always',
    container,
    ...over,
  };
}

export interface Harness {
  nodeId: string;
  docker: Dockerode;
  broker: EmbeddedBroker;
  /** The broker's credentials; the agent is enrolled in it before it starts. */
  identity: BrokerIdentity;
  /** Subscribes to one of the node's topics, now and again after restartBroker(). */
  subscribe(kind: 'telemetry' | 'events' | 'state' | 'hello', handler: (payload: Buffer) => void): Promise<void>;
  /**
   * Closes the broker (the agent's link drops), waits `down` (ms, or until the promise settles, so
   * a test can keep the link down until what it checks offline has happened), and starts a new
   * one on the same port.
   */
  restartBroker(down: number | Promise<unknown>): Promise<void>;
  logs: CapturedLogger;
  dir: string;
  agent: RunningAgent | null;
  states: NodeState[];
  start(
    deps?: Partial<AgentDeps>,
    cfg?: { dockerSocket?: string; resyncMs?: number; registryAuthFile?: string; securityPolicy?: SecurityPolicyInput },
  ): Promise<RunningAgent>;
  apply(workloads: WorkloadInstance[], policy?: Partial<DesiredState['policy']>, telemetryIntervalMs?: number): Promise<DesiredState>;
  events(type: string): LogLine[];
  close(): Promise<void>;
}

export async function harness(tag: string): Promise<Harness> {
  const docker = await requireDocker();
  const nodeId = `${tag}-${process.pid}`;
  const dir = mkdtempSync(join(tmpdir(), `ef-${tag}-`));
  const logs = captureLogs();
  const identity = brokerIdentity();
  const broker = await startEmbeddedBroker({ host: '127.0.0.1', port: 0, prefix: PREFIX, logger: pino({ level: 'silent' }), authenticator: identity.authenticator });
  const states: NodeState[] = [];
  const subs: [string, (payload: Buffer) => void][] = [];
  let last: DesiredState | null = null;
  let generation = 0;
  const h: Harness = {
    nodeId,
    docker,
    broker,
    identity,
    async subscribe(kind, handler) {
      const topic = nodeTopic(PREFIX, nodeId, kind);
      subs.push([topic, handler]);
      await h.broker.subscribe(topic, (_t, payload) => handler(payload));
    },
    async restartBroker(down) {
      const port = h.broker.port;
      await h.broker.close();
      await (typeof down === 'number' ? new Promise((r) => setTimeout(r, down)) : down.catch(() => undefined));
      h.broker = await startEmbeddedBroker({ host: '127.0.0.1', port, prefix: PREFIX, logger: pino({ level: 'silent' }), authenticator: identity.authenticator });
      for (const [topic, handler] of subs) await h.broker.subscribe(topic, (_t, payload) => handler(payload));
      // A restarted broker lost its retained messages; the controller would republish desired.
      if (last) await h.broker.publish(nodeTopic(PREFIX, nodeId, 'desired'), encode('desired', last), { qos: 1, retain: true });
    },
    logs,
    dir,
    agent: null,
    states,
    async start(deps = {}, cfg = {}) {
      identity.enrollAgent(nodeId, dir);
      const config = makeAgentConfig({
        server: `mqtt://127.0.0.1:${h.broker.port}`,
        nodeId,
        stateDir: dir,
        resyncMs: cfg.resyncMs ?? 60_000,
        // A test broker comes back within seconds: reconnect within 1-2 s, not the field's 60 s cap.
        reconnectMs: 500,
        reconnectMaxMs: 2_000,
        ...(cfg.dockerSocket ? { dockerSocket: cfg.dockerSocket } : {}),
        ...(cfg.registryAuthFile ? { registryAuthFile: cfg.registryAuthFile } : {}),
        ...(cfg.securityPolicy ? { securityPolicy: cfg.securityPolicy } : {}),
      });
      h.agent = await startAgent(config, { logger: logs.logger, ...deps });
      return h.agent;
    },
    async apply(workloads, policy = {}, telemetryIntervalMs = 10_000) {
      const d: DesiredState = {
        nodeId,
        controllerEpoch: 1,
        generation: ++generation,
        telemetryIntervalMs,
        issuedAtMs: Date.now(),
        policy: { evictMemoryPercent: 0, evictDiskPercent: 0, restartBackoffMaxMs: 0, rules: [], ...policy },
        workloads,
      };
      await h.broker.publish(nodeTopic(PREFIX, nodeId, 'desired'), encode('desired', d), { qos: 1, retain: true });
      last = d;
      return d;
    },
    events(type) {
      return logs.lines.filter((l) => l.component === 'events' && l.event === type);
    },
    async close() {
      await h.agent?.close();
      await h.broker.close();
      identity.close();
      await removeNodeContainers(docker, [nodeId]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
  await h.subscribe('state', (payload) => states.push(decode('state', payload)));
  return h;
}
