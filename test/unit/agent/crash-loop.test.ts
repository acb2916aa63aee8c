import { describe, expect, it } from 'vitest';
import { CrashLoopTracker } from '../../../agent/lifecycle/crash-loop.js';
import type { ActualContainer } from '../../../agent/runtime/port.js';

const c = (over: Partial<ActualContainer> = {}): ActualContainer => ({
  id: 'c1',
  name: 'n',
  nodeId: 'n1',
  workload: 'w',
  specHash: 'h',
  dependencies: {},
  live: { restartPolicy: 'unless-stopped', memoryBytes: 0, cpuMillis: 0 },
  image: 'i',
  state: 'running',
  health: 'none',
  restartCount: 0,
  startedAtMs: 0,
  finishedAtMs: 0,
  createdAtMs: 0,
  ...over,
});
const opts = { threshold: 3, windowMs: 60_000, baseHoldMs: 10_000, maxHoldMs: 40_000, healthyResetMs: 120_000 };
const none = new Set<string>();

describe('CrashLoopTracker', () => {
  it('the first look only records: an adopted container with a past is not a death', () => {
    const t = new CrashLoopTracker(opts);
    expect(t.observe([c({ restartCount: 7, finishedAtMs: 5 })], 1000, none)).toEqual([]);
  });

  it('counts Docker restarts as deaths, with the exit code, and holds after the threshold', () => {
    const t = new CrashLoopTracker(opts);
    t.observe([c()], 0, none);
    expect(t.observe([c({ restartCount: 1, exitCode: 3, state: 'restarting' })], 1000, none)).toEqual([
      { workload: 'w', containerId: 'c1', exitCode: 3, reason: 'exited' },
    ]);
    t.observe([c({ restartCount: 2 })], 2000, none);
    expect(t.held(2000).size).toBe(0);
    t.observe([c({ restartCount: 3 })], 3000, none);
    expect(t.held(3000).get('w')).toBe('crash loop: 3 deaths within 60s; next start in 10s');
    expect(t.nextReleaseMs(3000)).toBe(13_000);
    expect(t.held(13_000).size).toBe(0);
    expect(t.restarts('w')).toBe(3);
  });

  it('holds grow exponentially up to the cap', () => {
    const t = new CrashLoopTracker(opts);
    const holds: number[] = [];
    let now = 0;
    for (let round = 0; round < 4; round++) {
      for (let i = 0; i < 3; i++) t.recordDeath('w', now++);
      holds.push(t.holdUntil('w') - (now - 1));
      now = t.holdUntil('w');
    }
    expect(holds).toEqual([10_000, 20_000, 40_000, 40_000]);
  });

  it('deaths spread wider than the window are no loop', () => {
    const t = new CrashLoopTracker(opts);
    for (let i = 0; i < 10; i++) t.recordDeath('w', i * 31_000);
    expect(t.held(10 * 31_000).size).toBe(0);
  });

  it('a container stopped by the agent itself is no death; running healthy long enough resets', () => {
    const t = new CrashLoopTracker(opts);
    t.observe([c()], 0, none);
    expect(t.observe([c({ state: 'exited', finishedAtMs: 10 })], 100, new Set(['c1']))).toEqual([]);
    for (let i = 0; i < 3; i++) t.recordDeath('w', 1000 + i);
    t.observe([c({ startedAtMs: 20_000, state: 'running' })], 20_000 + 120_000, none);
    for (let i = 0; i < 3; i++) t.recordDeath('w', 200_000 + i);
    // the hold count was reset: the next hold is the base again, not doubled
    expect(t.holdUntil('w') - 200_002).toBe(10_000);
  });
});
