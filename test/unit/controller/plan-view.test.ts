// What plan, drain and label answers say: per workload and per node, and the CLI's rendering.
import { describe, expect, it } from 'vitest';
import { planJson } from '../../../controller/api/views-plan.js';
import { parseLabelChanges, planText } from '../../../controller/cli/placement.js';
import type { NodeView } from '../../../controller/fleet/registry.js';
import { parseManifestObject } from '../../../controller/manifest/parse.js';
import { schedule } from '../../../controller/schedule/schedule.js';
import { toSchedWorkload } from '../../../controller/schedule/inputs.js';
import type { StoredWorkload } from '../../../controller/store/store.js';
import { manifest } from '../manifest/helpers.js';
import { node } from './sched-builders.js';

const view = (id: string): NodeView => ({
  id,
  status: 'Online',
  labels: {},
  operatorLabels: {},
  cordoned: false,
  draining: false,
  hello: null,
  state: null,
  firstSeenMs: 0,
  lastSeenMs: 0,
});
const stored = (name: string, placement: Record<string, unknown>, container: Record<string, unknown> = {}): StoredWorkload => ({
  workload: parseManifestObject(manifest(container, { placement }, { name })),
  revision: 1,
  createdAtMs: 0,
  updatedAtMs: 0,
});

describe('planJson', () => {
  it('says what each workload gains and loses, and what each node gets', () => {
    const web = stored('web', { replicas: 2 });
    const db = stored('db', { replicas: 1 });
    const current = [{ workload: 'db', nodeId: 'a' }];
    const nodes = [node('a', {}, true, { draining: true }), node('b'), node('c')];
    const result = schedule([web, db].map((w) => toSchedWorkload(w.workload)), nodes, current);
    const p = planJson([web.workload], [db], [web, db], current, result, ['a', 'b', 'c'].map(view));
    expect(p.workloads).toEqual([
      { name: 'web', outcome: 'created', recreate: false, mode: 'replicated', wanted: 2, nodes: ['b', 'c'], added: ['b', 'c'], removed: [], unplaced: null },
      { name: 'db', outcome: 'affected', recreate: false, mode: 'replicated', wanted: 1, nodes: ['b'], added: ['b'], removed: ['a'], unplaced: null },
    ]);
    expect(p.nodes).toEqual([
      { name: 'a', status: 'Online', added: [], kept: [], removed: ['db'] },
      { name: 'b', status: 'Online', added: ['db', 'web'], kept: [], removed: [] },
      { name: 'c', status: 'Online', added: ['web'], kept: [], removed: [] },
    ]);
    const text = planText(p, '');
    expect(text).toContain('web        created    replicated   2        2        +b +c');
    expect(text).toContain('db         affected   replicated   1        1        +b -a');
  });

  it('tells a container change from a placement-only change', () => {
    const before = stored('web', { replicas: 1 });
    const moreReplicas = stored('web', { replicas: 3 }).workload;
    const newImage = stored('web', { replicas: 1 }, { image: 'edgefleet/busybox:other' }).workload;
    const run = (w: typeof moreReplicas) =>
      planJson([w], [before], [{ ...before, workload: w }], [], schedule([toSchedWorkload(w)], [node('a')], []), [view('a')]).workloads[0];
    expect(run(before.workload)).toMatchObject({ outcome: 'unchanged', recreate: false });
    expect(run(moreReplicas)).toMatchObject({ outcome: 'configured', recreate: false, unplaced: '1/3 replicas placed; 1 node: 1 already runs this workload' });
    expect(run(newImage)).toMatchObject({ outcome: 'configured', recreate: true });
  });
});

describe('parseLabelChanges', () => {
  it('reads key=value as set and key- as remove', () => {
    expect(parseLabelChanges(['zone=a', 'rack=', 'old-'])).toEqual({ set: { zone: 'a', rack: '' }, remove: ['old'] });
    expect(() => parseLabelChanges(['zone'])).toThrow(/key=value to set a label, key- to remove one/);
    expect(() => parseLabelChanges([])).toThrow(/needs key=value or key-/);
  });
});
