// The incremental scheduler against the full one: after any chain of single-node changes (labels,
// offline, cordon, drain, capacity, pressure), its answer equals schedule() on the same inputs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Constraint } from '../../../controller/manifest/types.js';
import { IncrementalScheduler } from '../../../controller/schedule/incremental.js';
import { schedule, type SchedNode, type SchedWorkload } from '../../../controller/schedule/schedule.js';
import type { DisconnectFacts } from '../../../controller/schedule/disconnect.js';
import type { Placement } from '../../../controller/store/store.js';
import { GiB, node, workload } from './sched-builders.js';

const zone = fc.constantFrom('a', 'b', 'c');
const site = fc.constantFrom('n', 's');
const labelsArb = fc.record({ zone, site, role: fc.constantFrom('edge', 'gw') }, { requiredKeys: [] });

const nodeArb = (id: string): fc.Arbitrary<SchedNode> =>
  fc
    .record({
      labels: labelsArb,
      online: fc.integer({ min: 0, max: 9 }).map((x) => x > 0),
      cordoned: fc.integer({ min: 0, max: 9 }).map((x) => x === 0),
      cpu: fc.constantFrom(0, 1000, 2000, 4000),
      mem: fc.constantFrom(GiB, 2 * GiB, 4 * GiB),
      pressure: fc.integer({ min: 0, max: 9 }),
    })
    .map((r) =>
      node(id, r.labels, r.online, {
        properties: { arch: r.cpu > 1000 ? 'x64' : 'arm64', 'cpu.cores': String(r.cpu / 1000) },
        cordoned: r.cordoned,
        capacity: { cpuMillis: r.cpu, memoryBytes: r.mem },
        pressure: { memory: r.pressure === 0, disk: r.pressure === 1 },
      }),
    );

const RULES: Constraint[] = [
  { key: 'arch', operator: 'In', values: ['x64'] },
  { key: 'zone', operator: 'NotIn', values: ['c'] },
  { key: 'site', operator: 'Exists', values: [] },
  { key: 'cpu.cores', operator: 'Gt', values: ['1'] },
];

const withDisconnect = (w: SchedWorkload, lostAfterMs: number | undefined): SchedWorkload =>
  lostAfterMs === undefined || w.placement.mode === 'perNode'
    ? w
    : { ...w, placement: { ...w.placement, disconnect: { lostAfterMs, replace: true, reconcile: 'keepOriginal' } } };

const workloadArb = (name: string): fc.Arbitrary<SchedWorkload> =>
  fc
    .record({
      perNode: fc.integer({ min: 0, max: 4 }).map((x) => x === 0),
      replicas: fc.integer({ min: 0, max: 6 }),
      role: fc.option(fc.constantFrom('edge', 'gw'), { nil: undefined }),
      constraints: fc.subarray(RULES, { maxLength: 2 }),
      preferences: fc.subarray(RULES, { maxLength: 2 }).map((rs) => rs.map((r, i) => ({ ...r, weight: 10 * (i + 1) }))),
      spread: fc.option(fc.constantFrom({ key: 'site' }, { key: 'zone' }), { nil: null }),
      priority: fc.integer({ min: -1, max: 2 }),
      cpu: fc.constantFrom(0, 250, 500, 1000, 2000),
      mem: fc.constantFrom(0, GiB / 4, GiB / 2, GiB),
      // Silent nodes (offline since 0, runs at 1,000): lost after 500 ms (replaced), or not yet.
      lostAfterMs: fc.option(fc.constantFrom(500, 5_000), { nil: undefined, freq: 3 }),
    })
    .map((r) =>
      withDisconnect(workload(
        name,
        {
          mode: r.perNode ? 'perNode' : 'replicated',
          replicas: r.perNode ? 0 : r.replicas,
          nodeSelector: r.role ? { role: r.role } : {},
          constraints: r.constraints,
          preferences: r.preferences,
          spread: r.perNode ? null : r.spread,
        },
        { priority: r.priority, resources: { cpuMillis: r.cpu, memoryBytes: r.mem } },
      ), r.lostAfterMs),
    );

const ids = (prefix: string, n: number): string[] => Array.from({ length: n }, (_, i) => `${prefix}${String(i).padStart(2, '0')}`);

const fleetArb = fc
  .record({ nodes: fc.integer({ min: 1, max: 30 }), workloads: fc.integer({ min: 1, max: 12 }) })
  .chain(({ nodes, workloads }) =>
    fc.tuple(fc.tuple(...ids('n', nodes).map(nodeArb)), fc.tuple(...ids('w', workloads).map(workloadArb))),
  );

type Change = (n: SchedNode) => SchedNode;
const changeArb: fc.Arbitrary<Change> = fc.oneof(
  labelsArb.map((labels): Change => (n) => ({ ...n, labels })),
  fc.constant<Change>((n) => ({ ...n, online: !n.online })),
  fc.constant<Change>((n) => ({ ...n, cordoned: !n.cordoned })),
  fc.constant<Change>((n) => ({ ...n, draining: !n.draining })),
  fc
    .record({ cpu: fc.constantFrom(0, 500, 1000, 4000, 8000), mem: fc.constantFrom(GiB / 2, GiB, 4 * GiB, 8 * GiB) })
    .map((c): Change => (n) => ({ ...n, capacity: { cpuMillis: c.cpu, memoryBytes: c.mem } })),
  fc.record({ memory: fc.boolean(), disk: fc.boolean() }).map((pressure): Change => (n) => ({ ...n, pressure })),
);
const changesArb = fc.array(fc.tuple(fc.nat(), changeArb), { minLength: 1, maxLength: 6 });

/** Silent-node facts: offline nodes silent since 0; nothing replaces (no workload asks to). */
const factsOf = (nodes: readonly SchedNode[]): DisconnectFacts => ({
  offlineSinceMs: new Map(nodes.filter((n) => !n.online).map((n) => [n.id, 0])),
  replacements: [],
  budget: 2,
});

describe('incremental scheduling', () => {
  it('gives the full schedule after every single-node change (labels, offline, cordon, drain, capacity, pressure)', () => {
    let incremental = 0;
    let steps = 0;
    fc.assert(
      fc.property(fleetArb, changesArb, fc.boolean(), ([nodes0, workloads], changes, withFacts) => {
        const inc = new IncrementalScheduler(1);
        let nodes: SchedNode[] = [...nodes0];
        const facts = (): DisconnectFacts | undefined => (withFacts ? factsOf(nodes) : undefined);
        let current: Placement[] = inc.schedule(workloads, nodes, [], 1_000, facts()).placements;
        expect(inc.lastPath).toBe('full');
        for (const [pick, change] of changes) {
          const i = pick % nodes.length;
          nodes = nodes.map((n, j) => (j === i ? change(n) : n));
          const want = schedule(workloads, nodes, current, 1_000, facts());
          const got = inc.schedule(workloads, nodes, current, 1_000, facts());
          expect(got).toEqual(want);
          steps++;
          if (inc.lastPath === 'incremental') incremental++;
          current = got.placements;
        }
      }),
      { numRuns: 400 },
    );
    // Most steps must really take the incremental path (a full run after a preemption is allowed).
    expect(incremental).toBeGreaterThan(steps * 0.6);
  });

  it('takes the full path when the current placements or a workload differ from its last answer', () => {
    const nodes = ids('n', 4).map((id) => node(id, { zone: 'a' }));
    const w = workload('w', { replicas: 2 });
    const inc = new IncrementalScheduler();
    const first = inc.schedule([w], nodes, []);
    inc.schedule([w], nodes, first.placements);
    expect(inc.lastPath).toBe('incremental');
    inc.schedule([w], nodes, first.placements.slice(1));
    expect(inc.lastPath).toBe('full');
    const three = workload('w', { replicas: 3 });
    const r = inc.schedule([three], nodes, first.placements);
    expect(inc.lastPath).toBe('full');
    expect(r).toEqual(schedule([three], nodes, first.placements));
  });
});
