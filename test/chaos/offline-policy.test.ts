// Memory-pressure and temperature rules fire and clear while the node is offline (a real broker
// outage), and the decision journal reaches the broker after the link returns, in order, with the
// times the decisions were taken. In-process agent, real broker, real Docker; memory and
// temperature readings are injected through the agent's `autonomy.metrics` seam (this VM has no
// temperature sensor), everything else is real.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decode } from '../../proto/codec.js';
import type { EdgeEvent, PolicyRule } from '../../proto/types.js';
import { harness, workload, type Harness } from '../helpers/agent-harness.js';
import { nodeContainers } from '../helpers/docker.js';
import { waitUntil } from '../helpers/wait.js';

const rule = (name: string, metric: 'memory_percent' | 'temperature_c', fire: number, clear: number, action: PolicyRule['action']): PolicyRule => ({
  name,
  when: '',
  then: '',
  until: '',
  condition: { metric, op: 'gt', value: fire },
  forMs: 1000,
  ...(action ? { action } : {}),
  clear: { metric, op: 'lt', value: clear },
  clearForMs: 1000,
});

describe('chaos: local rules fire and clear offline; the journal arrives after heal', () => {
  let h: Harness;
  let memory = 40;
  let temperature = 50;
  const received: EdgeEvent[] = [];

  beforeAll(async () => {
    h = await harness('offpol');
    await h.subscribe('events', (p) => received.push(...decode('events', p).events));
    await h.start({ autonomy: { metrics: (m) => ({ ...m, memory_percent: memory, temperature_c: temperature }) } });
  });

  afterAll(async () => {
    await h?.close();
  });

  const state = async (name: string) => (await nodeContainers(h.docker, h.nodeId)).find((c) => c.workload === name)?.state;

  it('memory and temperature rules fire and clear during a broker outage; every decision reaches the broker after it', async () => {
    const rules = [
      rule('mem', 'memory_percent', 90, 80, { kind: 'stop_below_priority', priority: 5 }),
      rule('hot', 'temperature_c', 80, 70, { kind: 'cap_cpu_below_priority', priority: 20, cpuMillis: 250 }),
    ];
    await h.apply(
      [workload('batch', { priority: 1 }), workload('critical', { priority: 10 })],
      { evictMemoryPercent: 100, evictDiskPercent: 100, rules },
      1000,
    );
    await waitUntil('both running', async () => (await state('batch')) === 'running' && (await state('critical')) === 'running', 30_000);

    // The broker stays down until every offline check below has passed (not for a fixed time that
    // a loaded machine might overrun), so all of it happens while the node is offline.
    let endOutage: () => void = () => undefined;
    const outage = h.restartBroker(new Promise<void>((r) => (endOutage = r)));
    const tDown = Date.now();
    let tClearedOffline: number;
    let duringOutage: number;
    try {
      await new Promise((r) => setTimeout(r, 1500));
      memory = 95;
      temperature = 85;
      await waitUntil('batch stopped offline', async () => (await state('batch')) === 'exited', 60_000);
      const capped = await waitUntil('critical capped offline', async () => {
        const i = await h.docker.getContainer((await nodeContainers(h.docker, h.nodeId)).find((c) => c.workload === 'critical')?.id ?? '').inspect();
        return i.HostConfig.NanoCpus === 250_000_000 ? i : undefined;
      }, 60_000);
      expect(capped.HostConfig.NanoCpus).toBe(250_000_000);
      expect(await state('critical')).toBe('running');
      memory = 40;
      temperature = 50;
      await waitUntil('batch running again, still offline', async () => (await state('batch')) === 'running', 60_000);
      await waitUntil('critical uncapped, still offline', async () => {
        const i = await h.docker.getContainer((await nodeContainers(h.docker, h.nodeId)).find((c) => c.workload === 'critical')?.id ?? '').inspect();
        return i.HostConfig.NanoCpus !== 250_000_000;
      }, 60_000);
      tClearedOffline = Date.now();
      duringOutage = received.length;
    } finally {
      endOutage();
    }
    await outage;
    const tUp = Date.now();

    const journal = await waitUntil('the journal after heal', () => {
      const later = received.slice(duringOutage);
      const kinds = later.map((e) => `${e.type}:${e.message.match(/rule (\w+)/)?.[1] ?? e.workload}`);
      const want = ['PolicyFired:mem', 'PolicyFired:hot', 'PolicyCleared:mem', 'PolicyCleared:hot'];
      return want.every((k) => kinds.includes(k)) ? later : undefined;
    }, 60_000);
    const decided = journal.filter((e) => e.type.startsWith('Policy') || e.type === 'CpuLimitChanged' || e.type === 'PolicyStopped' || e.type === 'Restored');
    // Decisions carry the time they were taken (offline), not the time they were sent. A rule's
    // firing and clearing come before the Docker change they cause, which the test saw while the
    // broker was down; an action's own event is emitted once Docker has answered, which can be a
    // moment after the test saw the change, so only its lower bound is certain.
    const ruleDecisions = decided.filter((e) => e.type === 'PolicyFired' || e.type === 'PolicyCleared');
    expect(ruleDecisions.length).toBeGreaterThanOrEqual(4);
    for (const e of ruleDecisions) expect(e.tsMs).toBeLessThanOrEqual(tClearedOffline);
    for (const e of decided) expect(e.tsMs).toBeGreaterThanOrEqual(tDown);
    const seqs = journal.map((e) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(new Set(seqs).size).toBe(seqs.length);
    console.log(
      `offline rules: fired and cleared within ${tClearedOffline - tDown} ms of the outage start; ` +
        `${decided.length} decisions journalled offline reached the broker ${Date.now() - tUp} ms after it returned`,
    );
  }, 360_000);
});
