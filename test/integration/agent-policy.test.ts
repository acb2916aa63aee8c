// Local autonomy on the real Docker engine, with the agent in this process and a real embedded
// broker: a memory-pressure rule evicts and restores, runWhen follows a real broker outage, an
// update lock written by a workload holds a new desired state, and the decision journal reaches
// the broker after the link returns. Memory readings are injected through the agent's
// `autonomy.metrics` seam (the test drives memory_percent); everything else is real.
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decode } from '../../proto/codec.js';
import type { EdgeEvent, NodePolicy, PolicyRule } from '../../proto/types.js';
import { nodeContainers } from '../helpers/docker.js';
import { harness, workload, type Harness } from '../helpers/agent-harness.js';
import { waitUntil } from '../helpers/wait.js';

// No built-in pressure rule may act on this host's real readings during the other tests.
const quiet: Partial<NodePolicy> = { evictMemoryPercent: 100, evictDiskPercent: 100 };

describe('agent local autonomy on real Docker', () => {
  let h: Harness;
  let memory: number | undefined;
  const received: EdgeEvent[] = [];

  beforeAll(async () => {
    h = await harness('policy');
    await h.subscribe('events', (payload) => received.push(...decode('events', payload).events));
    await h.start({
      autonomy: { runWhenGraceMs: 300, metrics: (m) => (memory === undefined ? m : { ...m, memory_percent: memory }) },
    });
  });

  afterAll(async () => {
    await h?.close();
  });

  const one = async (name: string) => (await nodeContainers(h.docker, h.nodeId)).filter((c) => c.workload === name);
  const inState = (name: string, state: string) => async () => {
    const l = await one(name);
    return l.length === 1 && l[0]?.state === state ? l[0] : undefined;
  };

  it('memory pressure (injected reading): evicts the lowest priority, ignores noise between thresholds, restores on clear', async () => {
    const rule: PolicyRule = {
      name: 'mem',
      when: '',
      then: '',
      until: '',
      condition: { metric: 'memory_percent', op: 'gt', value: 90 },
      forMs: 1000,
      action: { kind: 'evict_lowest_priority' },
      clear: { metric: 'memory_percent', op: 'lt', value: 80 },
      clearForMs: 1000,
    };
    memory = 50;
    await h.apply([workload('hi', { priority: 10 }), workload('lo', { priority: 1 })], { ...quiet, rules: [rule] }, 1000);
    const lo = await waitUntil('lo running', inState('lo', 'running'));
    await waitUntil('hi running', inState('hi', 'running'));

    memory = 95;
    await waitUntil('lo stopped (not removed)', inState('lo', 'exited'), 20_000);
    expect((await one('lo'))[0]?.id).toBe(lo.id);
    expect((await one('hi'))[0]?.state).toBe('running');
    await waitUntil('an Evicted event', () => h.events('Evicted').find((e) => e.workload === 'lo'));
    expect(h.events('PolicyFired')[0]?.msg).toMatch(/rule mem fired: memory_percent > 90 for 1s \(now 95\)/);
    await waitUntil('lo reported stopped', () =>
      h.states.some((s) => s.workloads.some((w) => w.name === 'lo' && w.phase === 'stopped' && w.message.includes('rule mem'))),
    );

    memory = 85; // between the thresholds: hysteresis holds the eviction
    await new Promise((r) => setTimeout(r, 3000));
    expect((await one('lo'))[0]?.state).toBe('exited');
    expect(h.events('PolicyCleared')).toEqual([]);

    memory = 50;
    const back = await waitUntil('lo running again', inState('lo', 'running'), 20_000);
    expect(back.id).toBe(lo.id);
    await waitUntil('a Restored event', () => h.events('Restored').find((e) => e.workload === 'lo'));
    expect(h.events('PolicyCleared')[0]?.msg).toMatch(/rule mem cleared: memory_percent < 80 for 1s/);
    memory = undefined;
  });

  it('runWhen across a broker outage: online stops and the offline fallback runs, then back; the journal arrives after the link returns', async () => {
    await h.apply([workload('svc', { runWhen: 'online' }), workload('fallback', { runWhen: 'offline' })], quiet, 1000);
    const svc = await waitUntil('svc running', inState('svc', 'running'));
    await h.agent?.idle();
    expect(await one('fallback')).toEqual([]);

    // The link stays down until both offline checks have passed (not a fixed outage a loaded
    // machine might overrun before the agent reacts).
    let endOutage: () => void = () => undefined;
    const outage = h.restartBroker(new Promise<void>((r) => (endOutage = r)));
    let duringOutage: number;
    try {
      await waitUntil('fallback running while the link is down', inState('fallback', 'running'), 60_000);
      await waitUntil('svc stopped while the link is down', inState('svc', 'exited'), 60_000);
      duringOutage = received.length;
    } finally {
      endOutage();
    }
    await outage;

    await waitUntil('svc running again', inState('svc', 'running'), 30_000);
    expect((await one('svc'))[0]?.id).toBe(svc.id);
    await waitUntil('fallback stopped again', inState('fallback', 'exited'), 30_000);
    const journal = await waitUntil('the outage decisions at the broker', () => {
      const later = received.slice(duringOutage);
      const types = later.map((e) => `${e.type}:${e.workload}`);
      return ['RunWhenStopped:svc', 'ContainerStarted:fallback'].every((t) => types.includes(t)) ? later : undefined;
    });
    // Recorded while offline, delivered after: timestamps before the broker came back.
    const stopped = journal.find((e) => e.type === 'RunWhenStopped' && e.workload === 'svc');
    expect(stopped?.message).toMatch(/runWhen online: the link to the controller is down/);
    await waitUntil('RunWhenStarted at the broker', () => received.find((e) => e.type === 'RunWhenStarted' && e.workload === 'svc'));
  }, 300_000);

  it('an update lock written by a workload holds a new desired state until it is removed', async () => {
    const locks = join(h.dir, 'locks');
    const locker = workload('locker', {}, {
      command: ['sh', '-c', 'touch /locks/locker.lock; exec sleep 3600'],
      volumes: [{ name: '', hostPath: locks, mountPath: '/locks', readOnly: false }],
    });
    const first = await h.apply([locker], quiet, 1000);
    await waitUntil('locker running', inState('locker', 'running'));
    await waitUntil('the lock file', () => existsSync(join(locks, 'locker.lock')));

    const second = await h.apply([locker, workload('newbie')], quiet, 1000);
    const held = await waitUntil('a state report with UpdateHeld', () =>
      [...h.states].reverse().find((s) => s.conditions.some((c) => c.type === 'UpdateHeld' && c.status)),
    );
    expect(held.conditions.find((c) => c.type === 'UpdateHeld')).toMatchObject({ reason: 'LockHeld', message: expect.stringMatching(/update lock held by locker/) });
    expect(held.appliedGeneration).toBe(first.generation);
    await new Promise((r) => setTimeout(r, 2000));
    expect(await one('newbie')).toEqual([]);
    expect(h.agent?.held()?.generation).toBe(first.generation);
    expect(h.events('UpdateHeld')[0]?.msg).toMatch(new RegExp(`holding desired generation ${second.generation}: update lock held by locker`));

    rmSync(join(locks, 'locker.lock'));
    await waitUntil('newbie running after the lock is released', inState('newbie', 'running'), 15_000);
    expect(h.agent?.held()?.generation).toBe(second.generation);
    await waitUntil('UpdateReleased at the broker', () => received.find((e) => e.type === 'UpdateReleased'));
    await waitUntil('UpdateHeld cleared in the state report', () =>
      h.states.at(-1)?.conditions.some((c) => c.type === 'UpdateHeld' && !c.status && c.reason === 'NotHeld'),
    );
  });
});
