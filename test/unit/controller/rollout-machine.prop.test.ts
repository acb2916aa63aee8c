// Property tests of the rollout machine (fast-check): random fleets, random outages, agents that
// follow what they are given with random health, random time steps. Whatever happens: waves are
// never larger than allowed, a wave never starts over an updating one, an offline node is never
// admitted, a rollback leaves every node on the stable revision, and the machine is deterministic.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROLLOUT_DEFAULTS } from '../../../controller/manifest/rollout.js';
import type { RolloutSpec } from '../../../controller/manifest/types.js';
import { startRollout, step, waveSize, type NodeFacts, type RolloutState } from '../../../controller/rollout/machine.js';

const strategyArb: fc.Arbitrary<RolloutSpec> = fc.record({
  maxParallel: fc.oneof(fc.record({ count: fc.integer({ min: 1, max: 5 }) }), fc.record({ percent: fc.integer({ min: 1, max: 100 }) })),
  canary: fc.integer({ min: 0, max: 3 }),
  minHealthyTimeMs: fc.integer({ min: 0, max: 3000 }),
  healthyDeadlineMs: fc.integer({ min: 3001, max: 20_000 }),
  abortOnFailurePercent: fc.integer({ min: 0, max: 100 }),
  onFailure: fc.constantFrom('rollback' as const, 'pause' as const),
  strategy: fc.constant(ROLLOUT_DEFAULTS.strategy),
});

const chance = (percent: number): fc.Arbitrary<boolean> => fc.integer({ min: 0, max: 99 }).map((x) => x < percent);

/** One tick: which nodes are online, which ones' new containers are broken, how much time passes. */
const tickArb = (n: number) =>
  fc.record({
    online: fc.array(chance(80), { minLength: n, maxLength: n }),
    broken: fc.array(chance(5), { minLength: n, maxLength: n }),
    dtMs: fc.integer({ min: 0, max: 4000 }),
  });

const scenarioArb = fc.integer({ min: 1, max: 10 }).chain((n) =>
  fc.record({ n: fc.constant(n), strategy: strategyArb, ticks: fc.array(tickArb(n), { minLength: 1, maxLength: 40 }) }),
);

/** Agents run what they were given; a broken one reports the target unhealthy. */
function facts(s: RolloutState, ids: readonly string[], tick: { online: boolean[]; broken: boolean[] }, readyFor: Map<string, number>): NodeFacts[] {
  return ids.map((id, i) => {
    const given = s.nodes[id]?.given ?? s.stable ?? s.target;
    const broken = tick.broken[i] === true && given === s.target;
    return {
      id,
      online: tick.online[i] !== false,
      report: broken
        ? { revision: given, phase: 'running', health: 'unhealthy', ready: false, readyForMs: 0 }
        : { revision: given, phase: 'running', health: 'none', ready: true, readyForMs: readyFor.get(id) ?? 0 },
    };
  });
}

describe('rollout machine properties', () => {
  it('holds its invariants over random fleets, outages and failures', () => {
    fc.assert(
      fc.property(scenarioArb, ({ n, strategy, ticks }) => {
        const ids = Array.from({ length: n }, (_, i) => `node-${i}`);
        let t = 0;
        // Revision 1 everywhere first.
        let s = step(startRollout(null, 'w', 1, t), strategy, ids.map((id) => ({ id, online: true, report: null })), t).state;
        s = startRollout(s, 'w', 2, t);
        const readyFor = new Map<string, number>();
        let rolledBack = false;
        for (const tick of ticks) {
          t += tick.dtMs;
          for (const id of ids) readyFor.set(id, (readyFor.get(id) ?? 0) + tick.dtMs);
          const f = facts(s, ids, tick, readyFor);
          const before = s;
          const r = step(s, strategy, f, t);
          // Deterministic.
          expect(step(before, strategy, f, t)).toEqual(r);
          s = r.state;
          const admittedNow = Object.entries(s.nodes).filter(([id, nd]) => nd.given === 2 && before.nodes[id]?.given !== 2).map(([id]) => id);
          if (s.phase !== 'rolledBack' && admittedNow.length > 0) {
            // Only online nodes join, only as one new wave, never over an updating wave.
            for (const id of admittedNow) expect(f.find((x) => x.id === id)?.online).toBe(true);
            expect(s.waves.length).toBe(before.waves.length + 1);
            expect(admittedNow.sort()).toEqual([...(s.waves.at(-1) ?? [])].sort());
            const first = before.waves.length === 0 && strategy.canary > 0;
            expect(admittedNow.length).toBeLessThanOrEqual(first ? strategy.canary : waveSize(strategy.maxParallel, n));
            const last = before.waves.at(-1) ?? [];
            expect(last.some((id) => before.nodes[id]?.phase === 'updating' && s.nodes[id]?.phase === 'updating')).toBe(false);
          }
          // Every node is given one of the two revisions.
          for (const nd of Object.values(s.nodes)) expect([1, 2]).toContain(nd.given);
          if (r.rolledBack) rolledBack = true;
          if (rolledBack) {
            expect(s.phase).toBe('rolledBack');
            for (const nd of Object.values(s.nodes)) expect(nd.given).toBe(1);
          }
          if (s.phase === 'paused') expect(strategy.onFailure === 'pause' || before.phase === 'paused').toBe(true);
          // A node admitted at this step had not been given the target before.
          for (const id of admittedNow) expect(before.nodes[id]?.given).not.toBe(2);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('with every node online and healthy the rollout completes, every node on the target', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), strategyArb, (n, strategy) => {
        const ids = Array.from({ length: n }, (_, i) => `node-${String(i).padStart(2, '0')}`);
        let s = step(startRollout(null, 'w', 1, 0), strategy, ids.map((id) => ({ id, online: true, report: null })), 0).state;
        s = startRollout(s, 'w', 2, 0);
        let t = 0;
        for (let i = 0; i < 2 * n + 4 && s.phase !== 'complete'; i++) {
          t += strategy.minHealthyTimeMs + 1;
          const f = ids.map((id) => ({ id, online: true, report: { revision: s.nodes[id]?.given ?? 1, phase: 'running' as const, health: 'healthy' as const, ready: true, readyForMs: strategy.minHealthyTimeMs } }));
          s = step(s, strategy, f, t).state;
        }
        expect(s.phase).toBe('complete');
        expect(Object.values(s.nodes).every((nd) => nd.given === 2 && nd.phase === 'done')).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
