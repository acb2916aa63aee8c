import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { schedule, type SchedNode, type SchedWorkload } from '../../../controller/schedule/schedule.js';

const node = (id: string, labels: Record<string, string> = {}, online = true): SchedNode => ({ id, labels, online });
const replicated = (name: string, replicas: number, nodeSelector: Record<string, string> = {}): SchedWorkload => ({
  name,
  placement: { mode: 'replicated', replicas, nodeSelector },
});
const perNode = (name: string, nodeSelector: Record<string, string> = {}): SchedWorkload => ({
  name,
  placement: { mode: 'perNode', replicas: 0, nodeSelector },
});

describe('schedule', () => {
  it('places replicas only on nodes matching the selector', () => {
    const r = schedule([replicated('web', 2, { zone: 'a' })], [node('n1', { zone: 'a' }), node('n2', { zone: 'b' }), node('n3', { zone: 'a' })], []);
    expect(r.placements).toEqual([
      { workload: 'web', nodeId: 'n1' },
      { workload: 'web', nodeId: 'n3' },
    ]);
    expect(r.unplaced).toEqual([]);
  });

  it('explains unplaced replicas, counted by reason', () => {
    const r = schedule(
      [replicated('web', 3, { zone: 'a' })],
      [node('n1', { zone: 'a' }), node('n2', { zone: 'b' }), node('n3', { zone: 'b' }), node('n4', { zone: 'a' }, false)],
      [],
    );
    expect(r.placements).toEqual([{ workload: 'web', nodeId: 'n1' }]);
    expect(r.unplaced).toHaveLength(1);
    expect(r.unplaced[0]?.reasons).toEqual({ 'did not match nodeSelector': 2, offline: 1, 'already runs this workload': 1 });
    expect(r.unplaced[0]?.message).toBe('1/3 replicas placed; 4 nodes: 2 did not match nodeSelector, 1 already runs this workload, 1 offline');
  });

  it('perNode places on every eligible online node', () => {
    const r = schedule([perNode('agent-sidecar', { role: 'edge' })], [node('a', { role: 'edge' }), node('b'), node('c', { role: 'edge' })], []);
    expect(r.placements.map((p) => p.nodeId)).toEqual(['a', 'c']);
  });

  it('keeps an existing placement on an offline node (stability) but places nothing new there', () => {
    const nodes = [node('n1', {}, false), node('n2')];
    const r = schedule([replicated('db', 1)], nodes, [{ workload: 'db', nodeId: 'n1' }]);
    expect(r.placements).toEqual([{ workload: 'db', nodeId: 'n1' }]);
  });

  it('moves a placement whose node no longer matches', () => {
    const r = schedule([replicated('db', 1, { zone: 'a' })], [node('n1', { zone: 'b' }), node('n2', { zone: 'a' })], [{ workload: 'db', nodeId: 'n1' }]);
    expect(r.placements).toEqual([{ workload: 'db', nodeId: 'n2' }]);
  });

  it('scales down by dropping the last placements in node order, keeping the rest', () => {
    const nodes = [node('n1'), node('n2'), node('n3')];
    const current = nodes.map((n) => ({ workload: 'w', nodeId: n.id }));
    expect(schedule([replicated('w', 2)], nodes, current).placements.map((p) => p.nodeId)).toEqual(['n1', 'n2']);
  });

  it('spreads replicas of different workloads by load', () => {
    const r = schedule([replicated('a', 1), replicated('b', 1)], [node('n1'), node('n2')], []);
    expect(r.placements).toEqual([
      { workload: 'a', nodeId: 'n1' },
      { workload: 'b', nodeId: 'n2' },
    ]);
  });
});

// Property tests: the scheduler's promises for arbitrary fleets.
const labelsArb = fc.record({ zone: fc.constantFrom('a', 'b', 'c') }, { requiredKeys: [] });
const nodesArb = fc.uniqueArray(
  fc.record({ id: fc.stringMatching(/^n[0-9]{1,3}$/), labels: labelsArb, online: fc.boolean() }),
  { selector: (n) => n.id, maxLength: 30 },
);
const workloadsArb = fc.uniqueArray(
  fc.record({
    name: fc.stringMatching(/^w[0-9]{1,2}$/),
    placement: fc.record({
      mode: fc.constantFrom('replicated' as const, 'perNode' as const),
      replicas: fc.integer({ min: 0, max: 8 }),
      nodeSelector: labelsArb,
    }),
  }),
  { selector: (w) => w.name, maxLength: 10 },
);

describe('schedule properties', () => {
  it('never places on an ineligible node, never twice per node, never over the replica count', () => {
    fc.assert(
      fc.property(workloadsArb, nodesArb, (workloads, nodes) => {
        const { placements } = schedule(workloads, nodes, []);
        const seen = new Set<string>();
        for (const p of placements) {
          const w = workloads.find((x) => x.name === p.workload);
          const n = nodes.find((x) => x.id === p.nodeId);
          expect(w && n).toBeDefined();
          expect(n?.online).toBe(true);
          for (const [k, v] of Object.entries(w?.placement.nodeSelector ?? {})) expect(n?.labels[k as 'zone']).toBe(v);
          const key = `${p.workload}@${p.nodeId}`;
          expect(seen.has(key)).toBe(false);
          seen.add(key);
        }
        for (const w of workloads) {
          const count = placements.filter((p) => p.workload === w.name).length;
          if (w.placement.mode === 'replicated') expect(count).toBeLessThanOrEqual(w.placement.replicas);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('same input, same output, whatever the input order', () => {
    fc.assert(
      fc.property(workloadsArb, nodesArb, (workloads, nodes) => {
        const a = schedule(workloads, nodes, []);
        const b = schedule([...workloads].reverse(), [...nodes].reverse(), []);
        expect(b).toEqual(a);
      }),
      { numRuns: 200 },
    );
  });

  it('is stable: re-scheduling its own output changes nothing', () => {
    fc.assert(
      fc.property(workloadsArb, nodesArb, (workloads, nodes) => {
        const first = schedule(workloads, nodes, []);
        const second = schedule(workloads, nodes, first.placements);
        expect(second.placements).toEqual(first.placements);
      }),
      { numRuns: 200 },
    );
  });

  it('is stable under an unrelated new node: no existing placement moves', () => {
    fc.assert(
      fc.property(workloadsArb, nodesArb, (workloads, nodes) => {
        const first = schedule(workloads, nodes, []);
        const grown = [...nodes, { id: 'zz-new', labels: { zone: 'a' as const }, online: true }];
        const second = schedule(workloads, grown, first.placements);
        for (const p of first.placements) expect(second.placements).toContainEqual(p);
      }),
      { numRuns: 200 },
    );
  });
});
