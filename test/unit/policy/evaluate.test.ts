// The pure policy evaluator: fire after `for`, clear after `clearFor`, hysteresis between the two
// thresholds never flaps, unknown metrics change nothing, escalation, determinism.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { effectiveRules } from '../../../agent/policy/defaults.js';
import { evaluatePolicies, type PolicyState, type Transition } from '../../../agent/policy/evaluate.js';
import type { PolicyMetrics } from '../../../agent/policy/metrics.js';
import type { PolicyRule } from '../../../proto/types.js';

const memRule = (over: Partial<PolicyRule> = {}): PolicyRule => ({
  name: 'mem',
  when: '',
  then: '',
  until: '',
  condition: { metric: 'memory_percent', op: 'gt', value: 90 },
  forMs: 30_000,
  action: { kind: 'stop_below_priority', priority: 10 },
  clear: { metric: 'memory_percent', op: 'lt', value: 80 },
  clearForMs: 60_000,
  ...over,
});

/** Runs readings (one per `stepMs`) through the evaluator; returns every transition with its time. */
function run(rules: PolicyRule[], readings: (number | undefined)[], stepMs = 1000, start: PolicyState = new Map()) {
  let state = start;
  const out: (Transition & { atMs: number })[] = [];
  let active = false;
  readings.forEach((v, i) => {
    const m: PolicyMetrics = v === undefined ? {} : { memory_percent: v };
    const ev = evaluatePolicies(rules, state, m, i * stepMs);
    state = ev.state;
    active = ev.active.length > 0;
    out.push(...ev.transitions.map((t) => ({ ...t, atMs: i * stepMs })));
  });
  return { transitions: out, state, active };
}

describe('evaluatePolicies', () => {
  it('fires once the condition has held for `for`, not before', () => {
    const readings = Array.from({ length: 40 }, () => 95);
    const { transitions, active } = run([memRule()], readings);
    expect(transitions.map((t) => [t.kind, t.atMs])).toEqual([['fired', 30_000]]);
    expect(transitions[0]?.message).toMatch(/memory_percent > 90 for 30s \(now 95\)/);
    expect(active).toBe(true);
  });

  it('a dip below the threshold restarts the `for` timer', () => {
    const readings = [...Array.from({ length: 20 }, () => 95), 85, ...Array.from({ length: 29 }, () => 95)];
    expect(run([memRule()], readings).transitions).toEqual([]);
  });

  it('clears only after the clear condition held for `clearFor`', () => {
    const readings = [...Array.from({ length: 31 }, () => 95), ...Array.from({ length: 61 }, () => 70)];
    const { transitions, active } = run([memRule()], readings);
    expect(transitions.map((t) => [t.kind, t.atMs])).toEqual([
      ['fired', 30_000],
      ['cleared', 91_000],
    ]);
    expect(active).toBe(false);
  });

  it('without a clear condition it clears when the condition stops holding for clearFor', () => {
    const rule = memRule({ clear: undefined, clearForMs: 2000 });
    const readings = [...Array.from({ length: 31 }, () => 95), 89, 89, 89];
    expect(run([rule], readings).transitions.map((t) => [t.kind, t.atMs])).toEqual([
      ['fired', 30_000],
      ['cleared', 33_000],
    ]);
  });

  it('hysteresis: once fired, readings between the thresholds never clear it, whatever the noise', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 80, max: 90, noNaN: true }), { minLength: 1, maxLength: 300 }), (noise) => {
        const fired = run([memRule()], Array.from({ length: 31 }, () => 95));
        expect(fired.active).toBe(true);
        const after = run([memRule()], noise, 1000, fired.state);
        expect(after.transitions).toEqual([]);
        expect(after.active).toBe(true);
      }),
    );
  });

  it('hysteresis: idle, readings between the thresholds never fire it', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 80, max: 90, noNaN: true }), { maxLength: 300 }), fc.integer({ min: 1, max: 60_000 }), (noise, step) => {
        expect(run([memRule()], noise, step).transitions).toEqual([]);
      }),
    );
  });

  it('transitions alternate fired/cleared and are separated by at least for / clearFor (any readings)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.double({ min: 0, max: 100, noNaN: true }), fc.constant(undefined)), { maxLength: 400 }), (readings) => {
        const { transitions } = run([memRule({ forMs: 5000, clearForMs: 7000 })], readings);
        transitions.forEach((t, i) => {
          expect(t.kind).toBe(i % 2 === 0 ? 'fired' : 'cleared');
          const prev = transitions[i - 1];
          if (prev) expect(t.atMs - prev.atMs).toBeGreaterThanOrEqual(t.kind === 'fired' ? 5000 : 7000);
        });
      }),
    );
  });

  it('is deterministic: the same inputs give the same outputs', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { maxLength: 200 }), (readings) => {
        expect(run([memRule()], readings)).toEqual(run([memRule()], readings));
      }),
    );
  });

  it('an unknown metric neither fires nor clears', () => {
    const fired = run([memRule()], Array.from({ length: 31 }, () => 95));
    const after = run([memRule()], Array.from({ length: 200 }, () => undefined), 1000, fired.state);
    expect(after.transitions).toEqual([]);
    expect(after.active).toBe(true);
  });

  it('evict_lowest_priority escalates one level per `for` while the condition holds, up to maxLevel', () => {
    const rule = memRule({ action: { kind: 'evict_lowest_priority' }, forMs: 1000 });
    let state: PolicyState = new Map();
    const levels: number[] = [];
    for (let t = 0; t <= 6000; t += 500) {
      const ev = evaluatePolicies([rule], state, { memory_percent: 95 }, t, { maxLevel: 3 });
      state = ev.state;
      levels.push(ev.active[0]?.level ?? 0);
    }
    expect(levels).toEqual([0, 0, 1, 1, 2, 2, 3, 3, 3, 3, 3, 3, 3]);
  });

  it('a rule removed while active is reported cleared; rules without condition or action are inert', () => {
    const fired = run([memRule()], Array.from({ length: 31 }, () => 95));
    const inert: PolicyRule = { name: 'old', when: 'offline', forMs: 0, then: 'stop:x', until: 'online' };
    const ev = evaluatePolicies([inert], fired.state, { memory_percent: 95 }, 40_000);
    expect(ev.transitions.map((t) => [t.rule, t.kind, t.message])).toEqual([['mem', 'cleared', 'rule mem cleared: no longer in the node policy']]);
    expect(ev.active).toEqual([]);
  });

  it('a clock stepping back does not make a timer elapse early', () => {
    let state: PolicyState = evaluatePolicies([memRule()], new Map(), { memory_percent: 95 }, 100_000).state;
    state = evaluatePolicies([memRule()], state, { memory_percent: 95 }, 50_000).state;
    expect(evaluatePolicies([memRule()], state, { memory_percent: 95 }, 79_999).transitions).toEqual([]);
    expect(evaluatePolicies([memRule()], state, { memory_percent: 95 }, 80_000).transitions.map((t) => t.kind)).toEqual(['fired']);
  });

  it('built-in defaults: memory and disk pressure at 90 % (or the policy threshold) with 10 points of hysteresis', () => {
    const none = effectiveRules({ evictMemoryPercent: 0, evictDiskPercent: 85, restartBackoffMaxMs: 0, rules: [] });
    expect(none.map((r) => [r.name, r.condition, r.clear, r.action?.kind])).toEqual([
      ['builtin-memory-pressure', { metric: 'memory_percent', op: 'gt', value: 90 }, { metric: 'memory_percent', op: 'lt', value: 80 }, 'evict_lowest_priority'],
      ['builtin-disk-pressure', { metric: 'disk_percent', op: 'gt', value: 85 }, { metric: 'disk_percent', op: 'lt', value: 75 }, 'evict_lowest_priority'],
    ]);
    const own = effectiveRules({ evictMemoryPercent: 0, evictDiskPercent: 0, restartBackoffMaxMs: 0, rules: [memRule()] });
    expect(own.map((r) => r.name)).toEqual(['mem']);
  });
});
