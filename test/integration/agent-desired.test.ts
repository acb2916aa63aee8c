// The agent against a real embedded broker and the real Docker engine, in this process: it
// refuses a bad desired payload with a logged error and keeps running, persists each newer
// snapshot before acting, ignores stale ones, and after a restart adopts its containers without
// touching them.
import type Dockerode from 'dockerode';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAgent, type RunningAgent } from '../../agent/app.js';
import { makeAgentConfig } from '../../agent/config.js';
import { DesiredStore } from '../../agent/state/desired-store.js';
import { startEmbeddedBroker, type EmbeddedBroker } from '../../controller/broker/embedded.js';
import { brokerIdentity } from '../helpers/identity.js';
import { encode } from '../../proto/codec.js';
import { nodeTopic } from '../../proto/topics.js';
import type { DesiredState } from '../../proto/types.js';
import { nodeContainers, removeNodeContainers, requireDocker } from '../helpers/docker.js';
import { captureLogs, type CapturedLogger } from '../helpers/logs.js';
import { waitUntil } from '../helpers/wait.js';
import { containerSpec } from '../fixtures/container-spec.js';

const P = 'edgefleet/v1';
const nodeId = `agent-it-${process.pid}`;

function desired(generation: number, epoch = 1000, sleep = '3600'): DesiredState {
  return {
    nodeId,
    controllerEpoch: epoch,
    generation,
    telemetryIntervalMs: 10_000,
    issuedAtMs: 1,
    policy: { evictMemoryPercent: 0, evictDiskPercent: 0, restartBackoffMaxMs: 0, rules: [] },
    workloads: [
      {
        name: 'sleeper',
        specHash: `hash-${sleep}`,
        revision: 1,
        priority: 0,
        dependsOn: [],
        runWhen: 'always',
        container: containerSpec({ command: ['sleep', sleep] }),
      },
    ],
  };
}

describe('agent with a real broker and real Docker', () => {
  let docker: Dockerode;
  let broker: EmbeddedBroker;
  let dir: string;
  let logs: CapturedLogger;
  let agent: RunningAgent | null = null;
  const identity = brokerIdentity();

  const start = async (): Promise<RunningAgent> => {
    identity.enrollAgent(nodeId, dir);
    const cfg = makeAgentConfig({ server: `mqtt://127.0.0.1:${broker.port}`, nodeId, stateDir: dir, resyncMs: 60_000 });
    return startAgent(cfg, { logger: logs.logger });
  };
  const publishDesired = (payload: Uint8Array): Promise<void> =>
    broker.publish(nodeTopic(P, nodeId, 'desired'), payload, { qos: 1, retain: true });

  beforeAll(async () => {
    docker = await requireDocker();
    dir = mkdtempSync(join(tmpdir(), 'ef-agent-'));
    logs = captureLogs();
    broker = await startEmbeddedBroker({ host: '127.0.0.1', port: 0, prefix: P, logger: pino({ level: 'silent' }), authenticator: identity.authenticator });
  });

  afterAll(async () => {
    await agent?.close();
    await broker?.close();
    identity.close();
    if (docker) await removeNodeContainers(docker, [nodeId]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a payload that is not a desired state, logs why, and keeps running', async () => {
    agent = await start();
    await waitUntil('agent connected', () => logs.lines.some((l) => l.msg === 'connected to controller'));
    await publishDesired(Buffer.from('garbage, not protobuf'));
    const line = await logs.waitFor((l) => l.code === 'EF_AGENT_DESIRED_INVALID');
    expect(line.msg).toMatch(/^rejected desired state: desired: not a valid protobuf message/);
    expect(agent.held()).toBeNull();
    expect(await nodeContainers(docker, nodeId)).toEqual([]);
  });

  it('applies a valid snapshot after that, persisted on disk first', async () => {
    await publishDesired(encode('desired', desired(1)));
    const [c] = await waitUntil('the container running', async () => {
      const list = (await nodeContainers(docker, nodeId)).filter((x) => x.state === 'running');
      return list.length === 1 ? list : undefined;
    });
    expect(c?.workload).toBe('sleeper');
    expect(new DesiredStore(dir).load()?.generation).toBe(1);
  });

  it('ignores a snapshot that is not newer (a QoS 1 duplicate or an older generation)', async () => {
    const before = await nodeContainers(docker, nodeId);
    await publishDesired(encode('desired', desired(1, 1000, '7200')));
    await logs.waitFor((l) => l.msg === 'desired state not newer than held; ignored');
    await agent?.idle();
    expect(await nodeContainers(docker, nodeId)).toEqual(before);
  });

  it('adopts its container after a restart: same id, same start time', async () => {
    const [before] = await nodeContainers(docker, nodeId);
    await agent?.close();
    agent = await start();
    expect(agent.held()?.generation).toBe(1); // from disk, before any message
    await logs.waitFor((l) => l.msg === 'loaded desired state from disk');
    await new Promise((r) => setTimeout(r, 1000));
    await agent.idle();
    const after = await nodeContainers(docker, nodeId);
    expect(after).toEqual([before]);
  });

  it('a snapshot from a newer controller epoch wins even with a lower generation', async () => {
    await publishDesired(encode('desired', desired(1, 2000, '7200')));
    await waitUntil('the replaced container', async () => {
      const list = await nodeContainers(docker, nodeId);
      return list.length === 1 && list[0]?.specHash === 'hash-7200' && list[0].state === 'running';
    });
    expect(new DesiredStore(dir).load()?.controllerEpoch).toBe(2000);
  });
});
