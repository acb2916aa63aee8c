// Silent nodes in the pure scheduler: one replacement after lostAfter, exactly one instance after
// the node returns (keepOriginal / keepReplacement), no reschedule with replace: false, none for a
// mass disconnect, and at most the budget of replacements per run. Each outcome is fed back into
// the next run the way the reconciler does.
import { describe, expect, it } from 'vitest';
import type { DisconnectFacts, Replacement } from '../../../controller/schedule/disconnect.js';
import { schedule, type SchedNode, type SchedWorkload } from '../../../controller/schedule/schedule.js';
import type { Placement } from '../../../controller/store/store.js';
import { node, where, workload } from './sched-builders.js';

const LOST_AFTER = 5_000;
const w = (name: string, replace: boolean, reconcile: 'keepOriginal' | 'keepReplacement' = 'keepOriginal', replicas = 1): SchedWorkload =>
  workload(name, { replicas, disconnect: { lostAfterMs: LOST_AFTER, replace, reconcile } });

/** Runs the scheduler like the reconciler: placements and replacements carried from run to run. */
function runner(workloads: SchedWorkload[], budget = 10) {
  let current: Placement[] = [];
  let replacements: Replacement[] = [];
  return (nodes: SchedNode[], offline: Record<string, number>, now: number) => {
    const facts: DisconnectFacts = { offlineSinceMs: new Map(Object.entries(offline)), replacements, budget };
    const r = schedule(workloads, nodes, current, now, facts);
    current = r.placements;
    replacements = r.disconnect?.replacements ?? [];
    return r;
  };
}

const fleet = (down: string[] = []): SchedNode[] => ['a', 'b', 'c'].map((id) => node(id, {}, !down.includes(id)));

describe('scheduler: silent nodes', () => {
  it('replace + keepOriginal: keeps the placement until lostAfter, then one replacement, then the replacement goes', () => {
    const run = runner([w('app', true)]);
    expect(where(run(fleet(), {}, 0))).toEqual({ app: ['a'] });
    expect(where(run(fleet(['a']), { a: 1000 }, 5_999))).toEqual({ app: ['a'] }); // not lost yet
    const lost = run(fleet(['a']), { a: 1000 }, 6_000);
    expect(where(lost)).toEqual({ app: ['a', 'b'] }); // original held, one replacement
    expect(lost.disconnect?.started).toEqual([{ workload: 'app', nodeId: 'b', replaces: 'a' }]);
    // Later runs while still silent: no second replacement.
    for (const t of [7_000, 60_000, 600_000]) {
      const again = run(fleet(['a']), { a: 1000 }, t);
      expect(where(again)).toEqual({ app: ['a', 'b'] });
      expect(again.disconnect?.started).toEqual([]);
    }
    const back = run(fleet(), {}, 700_000);
    expect(where(back)).toEqual({ app: ['a'] });
    expect(back.disconnect?.replacements).toEqual([]);
  });

  it('replace + keepReplacement: the lost placement moves, the returning node gets none', () => {
    const run = runner([w('app', true, 'keepReplacement')]);
    run(fleet(), {}, 0);
    expect(where(run(fleet(['a']), { a: 0 }, 5_000))).toEqual({ app: ['b'] });
    expect(where(run(fleet(['a']), { a: 0 }, 9_000))).toEqual({ app: ['b'] });
    expect(where(run(fleet(), {}, 10_000))).toEqual({ app: ['b'] });
  });

  it('replace: false never reschedules', () => {
    const run = runner([w('app', false)]);
    run(fleet(), {}, 0);
    const r = run(fleet(['a']), { a: 0 }, 10_000_000);
    expect(where(r)).toEqual({ app: ['a'] });
    expect(r.disconnect?.started).toEqual([]);
  });

  it('a mass disconnect (more than half the fleet offline) replaces nothing, and reports it', () => {
    const run = runner([w('x', true), w('y', true)]);
    const nodes = ['a', 'b', 'c', 'd'].map((id) => node(id));
    expect(where(run(nodes, {}, 0))).toEqual({ x: ['a'], y: ['b'] });
    const down = nodes.map((n) => (n.id === 'd' ? n : { ...n, online: false }));
    const r = run(down, { a: 0, b: 0, c: 0 }, 60_000);
    expect(where(r)).toEqual({ x: ['a'], y: ['b'] });
    expect(r.disconnect?.massDisconnect).toBe(true);
    expect(r.disconnect?.lost).toHaveLength(2);
  });

  it('starts at most the budget of replacements in one run and defers the rest', () => {
    const names = ['w1', 'w2', 'w3'];
    const nodes = ['a', 'b', 'c', 'd', 'e'].map((id) => node(id, { role: id === 'a' ? 'first' : 'other' }));
    // Everything starts on a: prefer it.
    const ws = names.map((n) => ({ ...w(n, true), placement: { ...w(n, true).placement, preferences: [{ key: 'role', operator: 'In' as const, values: ['first'], weight: 100 }] } }));
    const run2 = runner(ws, 1);
    expect(where(run2(nodes, {}, 0))).toEqual({ w1: ['a'], w2: ['a'], w3: ['a'] });
    const down = nodes.map((n) => (n.id === 'a' ? { ...n, online: false } : n));
    const r = run2(down, { a: 0 }, 5_000);
    expect(r.disconnect?.started).toHaveLength(1);
    expect(r.disconnect?.deferred).toBe(2);
  });

  it('reports when the next silent node crosses lostAfter', () => {
    const run = runner([w('app', true)]);
    run(fleet(), {}, 0);
    expect(run(fleet(['a']), { a: 2_000 }, 3_000).disconnect?.nextCheckAtMs).toBe(7_000);
  });
});
