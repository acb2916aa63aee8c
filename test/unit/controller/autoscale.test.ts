import { describe, expect, it } from 'vitest';
import { desiredReplicas, instanceUsage } from '../../../controller/schedule/autoscale.js';
import type { Autoscale } from '../../../controller/manifest/types.js';
import type { TelemetrySample } from '../../../proto/types.js';

const cpu: Autoscale = { min: 1, max: 5, metric: 'cpu', target: 50, cooldownMs: 60_000 };
const usage = (...cpus: number[]) => cpus.map((c) => ({ cpuPercent: c, memoryBytes: 0 }));
const LONG_AGO = 0;
const NOW = 1_000_000;

describe('desiredReplicas', () => {
  it('grows with the average above target: ceil(current * average / target)', () => {
    expect(desiredReplicas(2, usage(90, 110), cpu, LONG_AGO, NOW)).toEqual({
      replicas: 4,
      reason: 'cpu 100% average over 2 instances, target 50%: 2 -> 4',
    });
  });

  it('shrinks with the average below target, never under min nor over max', () => {
    expect(desiredReplicas(4, usage(10, 10, 10, 10), cpu, LONG_AGO, NOW).replicas).toBe(1);
    expect(desiredReplicas(4, usage(500), cpu, LONG_AGO, NOW).replicas).toBe(5);
    expect(desiredReplicas(5, usage(500), cpu, LONG_AGO, NOW).reason).toMatch(/already at max/);
  });

  it('stays within the tolerance band', () => {
    expect(desiredReplicas(3, usage(54, 52, 50), cpu, LONG_AGO, NOW)).toEqual({
      replicas: 3,
      reason: 'cpu 52% average over 3 instances, target 50%: within tolerance',
    });
  });

  it('waits out the cool-down after a change, in both directions', () => {
    const changed = NOW - 20_000;
    expect(desiredReplicas(2, usage(100, 100), cpu, changed, NOW)).toEqual({
      replicas: 2,
      reason: 'cpu 100% average over 2 instances, target 50%: would scale to 4, cooling down for 40s',
    });
    expect(desiredReplicas(2, usage(1, 1), cpu, changed, NOW).replicas).toBe(2);
    expect(desiredReplicas(2, usage(100, 100), cpu, changed, changed + 60_000).replicas).toBe(4);
  });

  it('does not flap: a steady load settles and stays', () => {
    // Each instance's load is the total divided by the count: the total stays 240% of a core.
    let replicas = 1;
    let changedAt = 0;
    const seen: number[] = [];
    for (let t = 60_000; t <= 600_000; t += 15_000) {
      const d = desiredReplicas(replicas, usage(...Array<number>(replicas).fill(240 / replicas)), cpu, changedAt, t);
      if (d.replicas !== replicas) changedAt = t;
      replicas = d.replicas;
      seen.push(replicas);
    }
    expect(seen.at(-1)).toBe(5);
    expect(new Set(seen.slice(seen.indexOf(5))).size).toBe(1);
  });

  it('keeps the count without samples, but always clamps into min and max', () => {
    expect(desiredReplicas(3, [], cpu, LONG_AGO, NOW)).toEqual({ replicas: 3, reason: 'no usage samples yet' });
    expect(desiredReplicas(9, [], cpu, NOW, NOW)).toEqual({ replicas: 5, reason: '9 is outside min 1 and max 5' });
  });

  it('scales on memory per instance', () => {
    const memory: Autoscale = { min: 1, max: 10, metric: 'memory', target: 100 * 2 ** 20, cooldownMs: 1000 };
    const d = desiredReplicas(2, [{ cpuPercent: 0, memoryBytes: 300 * 2 ** 20 }, { cpuPercent: 0, memoryBytes: 100 * 2 ** 20 }], memory, LONG_AGO, NOW);
    expect(d).toEqual({ replicas: 4, reason: 'memory 200Mi average over 2 instances, target 100Mi: 2 -> 4' });
  });
});

describe('instanceUsage', () => {
  it('reads the workload from the latest sample of each node it is placed on', () => {
    const sample = (workloads: TelemetrySample['workloads']) => ({ workloads }) as TelemetrySample;
    const latest = new Map([
      ['a', sample([{ name: 'web', cpuPercent: 40, memoryBytes: 5 }])],
      ['b', sample([{ name: 'db', cpuPercent: 90, memoryBytes: 7 }])],
    ]);
    expect(instanceUsage('web', ['a', 'b', 'c'], (id) => latest.get(id))).toEqual([{ cpuPercent: 40, memoryBytes: 5 }]);
  });
});
