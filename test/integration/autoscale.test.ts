// Autoscaling with a real controller and three real agents on the real Docker engine. The usage
// source is injected in-process (a number the test sets) so the decisions are deterministic; the
// periodic evaluation, the cool-down, the scheduling and the containers are all real.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sleeper, startFleet, type TestFleet } from '../helpers/fleet.js';
import { waitUntil } from '../helpers/wait.js';

describe('autoscale: real controller, three real agents, real Docker', () => {
  let f: TestFleet;
  let cpuPercent: number | null = null;

  beforeAll(async () => {
    f = await startFleet(
      'scale',
      { a: { site: 'a' }, b: { site: 'b' }, c: { site: 'c' } },
      {
        workloadUsage: (name) => (name === 'scaled' && cpuPercent !== null ? [{ cpuPercent, memoryBytes: 0 }] : []),
        autoscaleIntervalMs: 200,
      },
    );
  });
  afterAll(async () => {
    await f?.close();
  });

  it('grows then shrinks the replica count with injected usage, waiting out the cool-down', async () => {
    const all = [f.node('a'), f.node('b'), f.node('c')];
    await f.apply(sleeper('scaled', '{autoscale: {min: 1, max: 3, metric: cpu, target: 50, cooldown: 1s}, spread: {key: site}}'));
    expect(await f.placed('scaled')).toHaveLength(1);

    // Without samples nothing moves.
    await new Promise((r) => setTimeout(r, 600));
    expect(await f.placed('scaled')).toHaveLength(1);

    // 100 % against a 50 % target: 1 -> 2, then (after the cool-down) 2 -> 4, capped at max 3.
    const start = Date.now();
    cpuPercent = 100;
    await waitUntil('two replicas', async () => (await f.placed('scaled')).length === 2, 30_000, 50);
    await waitUntil('three replicas', async () => (await f.placed('scaled')).length === 3, 30_000, 50);
    // A lower bound (the 1 s cool-down was waited out), which load can only make hold more easily.
    expect(Date.now() - start).toBeGreaterThanOrEqual(1_000);
    await f.waitRunning('scaled', all);
    const grew = f.logs.lines.filter((l) => typeof l.msg === 'string' && l.msg.startsWith('autoscaled scaled'));
    expect(grew.map((l) => l.msg)).toEqual(['autoscaled scaled 1 -> 2', 'autoscaled scaled 2 -> 3']);

    // 10 %: ceil(3 * 10 / 50) = 1.
    cpuPercent = 10;
    await waitUntil('one replica', async () => (await f.placed('scaled')).length === 1, 5_000, 50);
    const [left] = await f.placed('scaled');
    await f.waitRunning('scaled', [left ?? '']);

    // Steady load within tolerance: it stays.
    cpuPercent = 52;
    await new Promise((r) => setTimeout(r, 1_500));
    expect(await f.placed('scaled')).toEqual([left]);
    expect(f.controller.autoscaleNow()).toEqual([]);
  });
});
