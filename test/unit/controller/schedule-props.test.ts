// Property tests: the scheduler's promises for arbitrary fleets, workloads and current placements.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hardMismatch, newPlacementBlock } from '../../../controller/schedule/eligibility.js';
import { schedule, type SchedNode, type SchedWorkload } from '../../../controller/schedule/schedule.js';
import type { Constraint } from '../../../controller/manifest/types.js';
import type { Placement } from '../../../controller/store/store.js';
import { GiB, node, workload } from './sched-builders.js';

const zone = fc.constantFrom('a', 'b', 'c');
const labelsArb = fc.record({ zone, site: fc.constantFrom('n', 's') }, { requiredKeys: [] });

const nodeArb: fc.Arbitrary<SchedNode> = fc
  .record({
    id: fc.stringMatching(/^n[0-9]{1,3}$/),
    labels: labelsArb,
    arch: fc.constantFrom('x64', 'arm64'),
    online: fc.boolean(),
    cordoned: fc.integer({ min: 0, max: 5 }).map((x) => x === 0),
    draining: fc.integer({ min: 0, max: 5 }).map((x) => x === 0),
    cpu: fc.integer({ min: 0, max: 4000 }),
    mem: fc.integer({ min: 0, max: 4 * GiB }),
    memoryPressure: fc.boolean(),
    diskPressure: fc.boolean(),
  })
  .map((r) =>
    node(r.id, r.labels, r.online, {
      properties: { arch: r.arch, 'cpu.cores': String(r.cpu / 1000) },
      cordoned: r.cordoned,
      draining: r.draining && !r.cordoned,
      capacity: { cpuMillis: r.cpu, memoryBytes: r.mem },
      pressure: { memory: r.memoryPressure && r.cpu % 5 === 0, disk: r.diskPressure && r.cpu % 7 === 0 },
    }),
  );
const nodesArb = fc.uniqueArray(nodeArb, { selector: (n) => n.id, maxLength: 25 });

const RULES: Constraint[] = [
  { key: 'arch', operator: 'In', values: ['x64'] },
  { key: 'zone', operator: 'NotIn', values: ['c'] },
  { key: 'site', operator: 'Exists', values: [] },
  { key: 'cpu.cores', operator: 'Gt', values: ['1'] },
];

const workloadArb: fc.Arbitrary<SchedWorkload> = fc
  .record({
    name: fc.stringMatching(/^w[0-9]{1,2}$/),
    mode: fc.constantFrom('replicated' as const, 'perNode' as const),
    replicas: fc.integer({ min: 0, max: 6 }),
    nodeSelector: fc.record({ zone }, { requiredKeys: [] }),
    constraints: fc.subarray(RULES, { maxLength: 2 }),
    preferences: fc.subarray(RULES, { maxLength: 2 }).map((rs) => rs.map((r, i) => ({ ...r, weight: 10 * (i + 1) }))),
    spread: fc.option(fc.constant({ key: 'site' }), { nil: null }),
    priority: fc.integer({ min: -2, max: 2 }),
    cpu: fc.constantFrom(0, 0, 250, 1000, 2000),
    mem: fc.constantFrom(0, 0, GiB / 2, GiB, 2 * GiB),
  })
  .map((r) =>
    workload(
      r.name,
      {
        mode: r.mode,
        replicas: r.mode === 'perNode' ? 0 : r.replicas,
        nodeSelector: r.nodeSelector,
        constraints: r.constraints,
        preferences: r.preferences,
        spread: r.mode === 'perNode' ? null : r.spread,
      },
      { priority: r.priority, resources: { cpuMillis: r.cpu, memoryBytes: r.mem } },
    ),
  );
const workloadsArb = fc.uniqueArray(workloadArb, { selector: (w) => w.name, maxLength: 10 });

/** Workloads, nodes, and an arbitrary "current" drawn from their pairs (maybe invalid ones). */
const fleetArb = fc
  .tuple(workloadsArb, nodesArb)
  .chain(([workloads, nodes]) => {
    const pairs = workloads.flatMap((w) => nodes.map((n) => ({ workload: w.name, nodeId: n.id })));
    return fc.tuple(fc.constant(workloads), fc.constant(nodes), fc.subarray(pairs));
  });

const key = (p: Placement): string => `${p.workload}@${p.nodeId}`;
const RUNS = { numRuns: 300 };

describe('schedule properties', () => {
  it('never places on an ineligible node; new placements only where new placements may go', () => {
    fc.assert(
      fc.property(fleetArb, ([workloads, nodes, current]) => {
        const { placements } = schedule(workloads, nodes, current);
        const before = new Set(current.map(key));
        for (const p of placements) {
          const w = workloads.find((x) => x.name === p.workload);
          const n = nodes.find((x) => x.id === p.nodeId);
          if (!w || !n) throw new Error(`placement ${key(p)} names nothing known`);
          expect(hardMismatch(w, n)).toBeNull();
          expect(n.draining).toBe(false);
          if (!before.has(key(p))) expect(newPlacementBlock(n)).toBeNull();
        }
      }),
      RUNS,
    );
  });

  it('never over capacity, never twice per node, never over the replica count', () => {
    fc.assert(
      fc.property(fleetArb, ([workloads, nodes, current]) => {
        const { placements } = schedule(workloads, nodes, current);
        expect(new Set(placements.map(key)).size).toBe(placements.length);
        for (const n of nodes) {
          const on = placements.filter((p) => p.nodeId === n.id).map((p) => workloads.find((w) => w.name === p.workload));
          const cpu = on.reduce((s, w) => s + (w?.resources.cpuMillis ?? 0), 0);
          const mem = on.reduce((s, w) => s + (w?.resources.memoryBytes ?? 0), 0);
          expect(cpu).toBeLessThanOrEqual(n.capacity.cpuMillis);
          expect(mem).toBeLessThanOrEqual(n.capacity.memoryBytes);
        }
        for (const w of workloads) {
          if (w.placement.mode !== 'replicated') continue;
          expect(placements.filter((p) => p.workload === w.name).length).toBeLessThanOrEqual(w.placement.replicas);
        }
      }),
      RUNS,
    );
  });

  it('same input, same output, whatever the input order', () => {
    fc.assert(
      fc.property(fleetArb, ([workloads, nodes, current]) => {
        const a = schedule(workloads, nodes, current);
        const b = schedule([...workloads].reverse(), [...nodes].reverse(), [...current].reverse());
        expect(b).toEqual(a);
      }),
      RUNS,
    );
  });

  it('is stable: re-scheduling its own output changes nothing', () => {
    fc.assert(
      fc.property(fleetArb, ([workloads, nodes, current]) => {
        const first = schedule(workloads, nodes, current);
        const second = schedule(workloads, nodes, first.placements);
        expect(second.placements).toEqual(first.placements);
        expect(second.preempted).toEqual([]);
      }),
      RUNS,
    );
  });

  it('is stable under unrelated changes: a new node or a new lowest-priority workload moves nothing', () => {
    fc.assert(
      fc.property(fleetArb, workloadArb, ([workloads, nodes, current], extra) => {
        const first = schedule(workloads, nodes, current);
        const grown = [...nodes, node('zz-new', { zone: 'a', site: 'n' })];
        const withNode = schedule(workloads, grown, first.placements);
        for (const p of first.placements) expect(withNode.placements).toContainEqual(p);

        const lowest = Math.min(0, ...workloads.map((w) => w.priority)) - 1;
        const unrelated = { ...extra, name: 'zz-extra', priority: lowest };
        const withWorkload = schedule([...workloads, unrelated], nodes, first.placements);
        for (const p of first.placements) expect(withWorkload.placements).toContainEqual(p);
      }),
      RUNS,
    );
  });

  it('explains every unplaced workload with every node counted exactly once', () => {
    fc.assert(
      fc.property(fleetArb, ([workloads, nodes, current]) => {
        const r = schedule(workloads, nodes, current);
        for (const u of r.unplaced) {
          const counted = Object.values(u.reasons).reduce((a, b) => a + b, 0);
          expect(counted).toBe(nodes.length);
          expect(u.placed).toBe(r.placements.filter((p) => p.workload === u.workload).length);
          expect(u.message).toContain(`${nodes.length} node`);
        }
      }),
      RUNS,
    );
  });
});
