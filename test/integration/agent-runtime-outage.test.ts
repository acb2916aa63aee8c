// The Docker engine goes away under a running agent (a socket proxy the test cuts): the node
// reports RuntimeReachable=false (degraded), the agent keeps running and accepts new desired
// state, and when the engine is back reconciliation resumes with no duplicate containers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harness, workload, type Harness } from '../helpers/agent-harness.js';
import { nodeContainers } from '../helpers/docker.js';
import { startSocketProxy, type SocketProxy } from '../helpers/socket-proxy.js';
import { waitUntil } from '../helpers/wait.js';

describe('agent with a Docker engine that goes away (socket proxy, real engine behind it)', () => {
  let h: Harness;
  let proxy: SocketProxy;

  beforeAll(async () => {
    proxy = await startSocketProxy();
    h = await harness('outage');
    await h.start({}, { dockerSocket: proxy.path, resyncMs: 1000 });
  });

  afterAll(async () => {
    await h?.close();
    await proxy?.close();
  });

  const reachable = (s: { conditions: { type: string; status: boolean }[] }) => s.conditions.find((c) => c.type === 'RuntimeReachable')?.status;

  it('degrades while the engine is gone and resumes without duplicates when it returns', async () => {
    await h.apply([workload('before')]);
    await waitUntil('before running', async () => (await nodeContainers(h.docker, h.nodeId)).some((c) => c.workload === 'before' && c.state === 'running'));

    expect(h.states.some((s) => reachable(s) === false)).toBe(false);
    await proxy.cut();
    await h.apply([workload('before'), workload('during')]);
    const degraded = await waitUntil('a state report with RuntimeReachable=false', () => h.states.find((s) => reachable(s) === false), 15_000);
    expect(degraded.conditions.find((c) => c.type === 'RuntimeReachable')?.message).toMatch(/unavailable/);
    expect(h.agent?.held()?.workloads.map((w) => w.name)).toEqual(['before', 'during']);

    await proxy.restore();
    await waitUntil('both running after the engine returned', async () => {
      const list = await nodeContainers(h.docker, h.nodeId);
      return list.filter((c) => c.state === 'running').length === 2;
    }, 20_000);
    await waitUntil('RuntimeReachable=true again', () => {
      const last = h.states[h.states.length - 1];
      return last !== undefined && reachable(last) === true;
    });
    const list = await nodeContainers(h.docker, h.nodeId);
    expect(list.map((c) => c.workload).sort()).toEqual(['before', 'during']);
  });
});
