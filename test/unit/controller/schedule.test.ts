import { describe, expect, it } from 'vitest';
import { schedule } from '../../../controller/schedule/schedule.js';
import { node, perNode, replicated } from './sched-builders.js';

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
