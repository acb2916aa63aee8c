// Container lifecycle on the real Docker engine, with the agent in this process and a real
// embedded broker: dependsOn ordering (from Docker's own start times), crash-loop backoff with
// exit code and last output, unhealthy restarts, and drift detected, reported and corrected.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeContainers } from '../helpers/docker.js';
import { harness, workload, type Harness } from '../helpers/agent-harness.js';
import { waitUntil } from '../helpers/wait.js';

describe('agent lifecycle on real Docker', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await harness('lifecycle');
    await h.start({ crashLoop: { threshold: 3, windowMs: 60_000, baseHoldMs: 3_000, maxHoldMs: 10_000, healthyResetMs: 60_000 } });
  });

  afterAll(async () => {
    await h?.close();
  });

  const inspect = (id: string) => h.docker.getContainer(id).inspect();
  const byWorkload = async (name: string) => (await nodeContainers(h.docker, h.nodeId)).filter((c) => c.workload === name);

  it('dependsOn: the dependent starts only after its dependency is healthy (Docker start times)', async () => {
    const db = workload(
      'db',
      {},
      {
        command: ['sh', '-c', 'sleep 2; touch /tmp/ready; exec sleep 3600'],
        healthCheck: { probe: { kind: 'exec', command: ['test', '-f', '/tmp/ready'] }, intervalMs: 300, timeoutMs: 1000, retries: 3, startPeriodMs: 10_000 },
      },
    );
    const app = workload('app', { dependsOn: ['db'] });
    await h.apply([db, app]);
    const [appC] = await waitUntil('app running', async () => {
      const l = (await byWorkload('app')).filter((c) => c.state === 'running');
      return l.length === 1 ? l : undefined;
    }, 30_000);
    const [dbC] = await byWorkload('db');
    const dbInfo = await inspect(dbC?.id ?? '');
    const appInfo = await inspect(appC?.id ?? '');
    const dbStarted = Date.parse(dbInfo.State.StartedAt);
    const appStarted = Date.parse(appInfo.State.StartedAt);
    // db cannot be healthy before /tmp/ready exists, 2 s after it started.
    expect(appStarted - dbStarted).toBeGreaterThanOrEqual(2000);
    expect(dbInfo.State.Health?.Status).toBe('healthy');
    expect(appInfo.Config.Labels[`io.edgefleet.dep.db`]).toBe(dbInfo.Id);
  });

  it('dependsOn: the dependent is recreated when its dependency is replaced', async () => {
    const [before] = await byWorkload('app');
    const db2 = workload(
      'db',
      {},
      {
        command: ['sh', '-c', 'sleep 1; touch /tmp/ready; exec sleep 3601'],
        healthCheck: { probe: { kind: 'exec', command: ['test', '-f', '/tmp/ready'] }, intervalMs: 300, timeoutMs: 1000, retries: 3, startPeriodMs: 10_000 },
      },
    );
    await h.apply([db2, workload('app', { dependsOn: ['db'] })]);
    const [after] = await waitUntil('a new app container', async () => {
      const l = (await byWorkload('app')).filter((c) => c.state === 'running' && c.id !== before?.id);
      return l.length === 1 ? l : undefined;
    }, 30_000);
    const [db] = await byWorkload('db');
    expect((await inspect(after?.id ?? '')).Config.Labels['io.edgefleet.dep.db']).toBe(db?.id);
    await waitUntil('the replacement event', () => h.logs.lines.find((l) => String(l.msg).includes('dependency db was replaced')));
  });

  it('a crash loop is held with backoff and reported with the exit code and last output', async () => {
    await h.apply([workload('crasher', {}, { command: ['sh', '-c', 'echo boom-$$; exit 3'] })]);
    const ev = await waitUntil('a CrashLoopBackOff event', () => h.events('CrashLoopBackOff')[0], 45_000);
    expect(ev.msg).toMatch(/died \(exit code 3\)/);
    expect(ev.msg).toMatch(/crash loop: 3 deaths within 60s/);
    expect(ev.msg).toMatch(/last output:\nboom-/);
    // Held: the agent stopped it, Docker is not restarting it.
    const [c] = await waitUntil('the crasher stopped', async () => {
      const l = (await byWorkload('crasher')).filter((x) => x.state === 'exited');
      return l.length === 1 ? l : undefined;
    });
    const restartsWhileHeld = (await inspect(c?.id ?? '')).RestartCount;
    await new Promise((r) => setTimeout(r, 1000));
    expect((await inspect(c?.id ?? '')).RestartCount).toBe(restartsWhileHeld);
    const state = await waitUntil('a state report in backoff', () =>
      [...h.states].reverse().find((s) => s.workloads.some((w) => w.name === 'crasher' && w.phase === 'backoff')),
    );
    expect(state.workloads.find((w) => w.name === 'crasher')?.restartCount).toBeGreaterThanOrEqual(3);
    // After the hold (3 s) the agent starts it again.
    await waitUntil('started again after the hold', () => h.logs.lines.find((l) => String(l.msg).includes('crash-loop backoff ended')), 15_000);
  });

  it('an unhealthy container is restarted by the agent (Docker would not)', async () => {
    await h.apply([
      workload('sick', {}, {
        command: ['sleep', '3600'],
        healthCheck: { probe: { kind: 'exec', command: ['false'] }, intervalMs: 300, timeoutMs: 1000, retries: 2, startPeriodMs: 0 },
      }),
    ]);
    const ev = await waitUntil('a restart for health', () => h.events('ContainerRestarted')[0], 30_000);
    expect(ev.msg).toMatch(/: unhealthy$/);
  });

  it('drift: stopped, updated or removed by hand is reported and corrected', async () => {
    await h.apply([workload('steady')]);
    const [c] = await waitUntil('steady running', async () => {
      const l = (await byWorkload('steady')).filter((x) => x.state === 'running');
      return l.length === 1 ? l : undefined;
    });
    const id = c?.id ?? '';

    await h.docker.getContainer(id).stop({ t: 0 });
    await waitUntil('restarted after a manual stop', async () => (await inspect(id)).State.Running);
    await waitUntil('a Drift event for the manual stop', () => h.events('Drift').some((e) => String(e.msg).includes('was stopped outside edgefleet')));

    await h.docker.getContainer(id).update({ RestartPolicy: { Name: 'no' } });
    // `docker update` emits no container event; a kill's die event triggers the pass that sees it.
    await h.docker.getContainer(id).kill().catch(() => undefined);
    const [replaced] = await waitUntil('replaced after a manual update', async () => {
      const l = (await byWorkload('steady')).filter((x) => x.state === 'running' && x.id !== id);
      return l.length === 1 ? l : undefined;
    });
    await waitUntil('a Drift event for the manual update', () => h.events('Drift').some((e) => String(e.msg).includes('restart policy changed outside edgefleet')));

    await h.docker.getContainer(replaced?.id ?? '').remove({ force: true });
    await waitUntil('recreated after a manual removal', async () => {
      const l = (await byWorkload('steady')).filter((x) => x.state === 'running');
      return l.length === 1 && l[0]?.id !== replaced?.id;
    });
    await waitUntil('a Drift event for the manual removal', () => h.events('Drift').some((e) => String(e.msg).includes('was removed outside edgefleet')));
  });
});
