// One example per placement rule: constraints, preferences, spread, resources, pressure, cordon,
// drain and priority, each with the explanation an operator would read.
import { describe, expect, it } from 'vitest';
import { schedule } from '../../../controller/schedule/schedule.js';
import type { Constraint } from '../../../controller/manifest/types.js';
import { GiB, node, perNode, replicated, where, workload } from './sched-builders.js';

const rule = (key: string, operator: Constraint['operator'], ...values: string[]): Constraint => ({ key, operator, values });
const withRules = (name: string, replicas: number, ...constraints: Constraint[]) => workload(name, { replicas, constraints });
const mem = (gib: number, priority = 0) => ({ resources: { cpuMillis: 0, memoryBytes: gib * GiB }, priority });

describe('constraints over built-in properties and labels', () => {
  const arm = node('pi', {}, true, { properties: { arch: 'arm64', 'cpu.cores': '4', 'docker.version': '20.10.24' } });
  const x64 = node('nuc', { gpu: 'yes' }, true, { properties: { arch: 'x64', 'cpu.cores': '8', 'docker.version': '26.1.5+dfsg1' } });

  it('arch In [x64] places on x64 only; arm64 explains itself', () => {
    expect(where(schedule([withRules('w', 2, rule('arch', 'In', 'x64'))], [arm, x64], []))).toEqual({ w: ['nuc'] });
    const r = schedule([withRules('w', 1, rule('arch', 'In', 'arm64', 'riscv64'))], [x64], []);
    expect(r.unplaced[0]?.message).toBe('0/1 replicas placed; 1 node: 1 did not match constraint arch In [arm64, riscv64]');
  });

  it('Gt and Lt compare numbers and versions', () => {
    expect(where(schedule([withRules('w', 2, rule('cpu.cores', 'Gt', '4'))], [arm, x64], []))).toEqual({ w: ['nuc'] });
    expect(where(schedule([withRules('w', 2, rule('docker.version', 'Lt', '24'))], [arm, x64], []))).toEqual({ w: ['pi'] });
    expect(where(schedule([withRules('w', 2, rule('docker.version', 'Gt', '20.10.9'))], [arm, x64], []))).toEqual({ w: ['nuc', 'pi'] });
  });

  it('NotIn and DoesNotExist match nodes without the key; Exists needs it', () => {
    expect(where(schedule([withRules('w', 2, rule('gpu', 'NotIn', 'yes'))], [arm, x64], []))).toEqual({ w: ['pi'] });
    expect(where(schedule([withRules('w', 2, rule('gpu', 'DoesNotExist'))], [arm, x64], []))).toEqual({ w: ['pi'] });
    expect(where(schedule([withRules('w', 2, rule('gpu', 'Exists'))], [arm, x64], []))).toEqual({ w: ['nuc'] });
  });
});

describe('soft rules', () => {
  it('preferences pick the node with the highest matched weight', () => {
    const w = workload('w', { preferences: [{ weight: 10, ...rule('site', 'In', 'north') }, { weight: 50, ...rule('disk', 'In', 'ssd') }] });
    const nodes = [node('a', { site: 'north' }), node('b', { disk: 'ssd' }), node('c', {})];
    expect(where(schedule([w], nodes, []))).toEqual({ w: ['b'] });
  });

  it('spread puts one replica per site before a second anywhere', () => {
    const nodes = ['a', 'b', 'c'].flatMap((s) => [node(`${s}1`, { site: s }), node(`${s}2`, { site: s })]);
    const three = workload('w', { replicas: 3, spread: { key: 'site' } });
    expect(where(schedule([three], nodes, []))).toEqual({ w: ['a1', 'b1', 'c1'] });
    const five = workload('w', { replicas: 5, spread: { key: 'site' } });
    const placed = schedule([five], nodes, []).placements.map((p) => p.nodeId[0]);
    expect(placed.sort()).toEqual(['a', 'a', 'b', 'b', 'c']);
  });

  it('spread keeps the sites balanced when scaling down', () => {
    const nodes = ['a', 'b', 'c'].flatMap((s) => [node(`${s}1`, { site: s }), node(`${s}2`, { site: s })]);
    const current = nodes.map((n) => ({ workload: 'w', nodeId: n.id }));
    const r = schedule([workload('w', { replicas: 3, spread: { key: 'site' } })], nodes, current);
    expect(r.placements.map((p) => p.nodeId)).toEqual(['a1', 'b1', 'c1']);
  });
});

describe('resources', () => {
  it('a workload too big for every node stays unplaced with "insufficient memory"', () => {
    const r = schedule([replicated('big', 1, {}, mem(64))], [node('a'), node('b'), node('c')], []);
    expect(r.placements).toEqual([]);
    expect(r.unplaced[0]?.message).toBe('0/1 replicas placed; 3 nodes: 3 insufficient memory');
  });

  it('counts what is already placed: two 5 GiB workloads take two 8 GiB nodes', () => {
    const r = schedule([replicated('x', 1, {}, mem(5)), replicated('y', 1, {}, mem(5))], [node('a'), node('b')], []);
    expect(where(r)).toEqual({ x: ['a'], y: ['b'] });
    const cpu = schedule([replicated('c', 2, {}, { resources: { cpuMillis: 3000, memoryBytes: 0 } })], [node('a', {}, true, { capacity: { cpuMillis: 2000, memoryBytes: GiB } }), node('b')], []);
    expect(cpu.unplaced[0]?.message).toBe('1/2 replicas placed; 2 nodes: 1 already runs this workload, 1 insufficient cpu');
  });

  it('perNode reports the matching nodes it does not fit on', () => {
    const r = schedule([perNode('agentx', {}, mem(4))], [node('a'), node('b'), node('small', {}, true, { capacity: { cpuMillis: 1000, memoryBytes: GiB } })], []);
    expect(where(r)).toEqual({ agentx: ['a', 'b'] });
    expect(r.unplaced[0]?.message).toBe('on 2/3 eligible nodes; 3 nodes: 2 already runs this workload, 1 insufficient memory');
  });
});

describe('node state', () => {
  it('pressure, cordon and offline take no new placements but keep existing ones', () => {
    const nodes = [
      node('p', {}, true, { pressure: { memory: true, disk: false } }),
      node('d', {}, true, { pressure: { memory: false, disk: true } }),
      node('c', {}, true, { cordoned: true }),
      node('o', {}, false),
    ];
    const r = schedule([replicated('w', 4)], nodes, [{ workload: 'w', nodeId: 'c' }]);
    expect(where(r)).toEqual({ w: ['c'] });
    expect(r.unplaced[0]?.message).toBe('1/4 replicas placed; 4 nodes: 1 already runs this workload, 1 offline, 1 under disk pressure, 1 under memory pressure');
  });

  it('drain moves replicated workloads elsewhere (respecting their rules) and removes perNode ones', () => {
    const nodes = [node('a', { zone: 'x' }, true, { draining: true }), node('b', { zone: 'x' }), node('c', { zone: 'y' })];
    const current = [
      { workload: 'web', nodeId: 'a' },
      { workload: 'mon', nodeId: 'a' },
      { workload: 'mon', nodeId: 'b' },
    ];
    const r = schedule([replicated('web', 1, { zone: 'x' }), perNode('mon', { zone: 'x' })], nodes, current);
    expect(where(r)).toEqual({ mon: ['b'], web: ['b'] });
    const stuck = schedule([replicated('web', 1, { zone: 'x' })], [nodes[0]!, nodes[2]!], [{ workload: 'web', nodeId: 'a' }]);
    expect(stuck.unplaced[0]?.message).toBe('0/1 replicas placed; 2 nodes: 1 did not match nodeSelector, 1 draining');
  });
});

describe('priority', () => {
  it('when a node cannot fit both, the higher priority wins and the loser says why', () => {
    const nodes = [node('only')];
    const r = schedule([replicated('aaa-low', 1, {}, mem(5, 0)), replicated('zzz-high', 1, {}, mem(5, 10))], nodes, []);
    expect(where(r)).toEqual({ 'zzz-high': ['only'] });
    expect(r.unplaced.map((u) => u.message)).toEqual(['0/1 replicas placed; 1 node: 1 insufficient memory (held by higher priority)']);
  });

  it('preempts an existing lower-priority placement only when nothing else fits, and moves it if it can', () => {
    const nodes = [node('big'), node('small', {}, true, { capacity: { cpuMillis: 4000, memoryBytes: 2 * GiB } })];
    const low = replicated('low', 1, {}, mem(2, 0));
    const high = replicated('high', 1, {}, mem(7, 5));
    const r = schedule([low, high], nodes, [{ workload: 'low', nodeId: 'big' }]);
    expect(r.preempted).toEqual([{ workload: 'low', nodeId: 'big', by: 'high' }]);
    expect(where(r)).toEqual({ high: ['big'], low: ['small'] });
    expect(r.unplaced).toEqual([]);

    const alone = schedule([replicated('low', 1, {}, mem(4, 0)), high], [nodes[0]!], [{ workload: 'low', nodeId: 'big' }]);
    expect(where(alone)).toEqual({ high: ['big'] });
    expect(alone.unplaced[0]?.message).toBe(
      '0/1 replicas placed; 1 node: 1 insufficient memory (held by higher priority); preempted by higher-priority high',
    );
  });

  it('never preempts for equal priority, nor when another node fits', () => {
    const low = replicated('low', 1, {}, mem(5, 1));
    const same = replicated('same', 1, {}, mem(5, 1));
    const r = schedule([low, same], [node('a')], [{ workload: 'low', nodeId: 'a' }]);
    expect(where(r)).toEqual({ low: ['a'] });
    expect(r.preempted).toEqual([]);
    const roomy = schedule([low, replicated('high', 1, {}, mem(5, 9))], [node('a'), node('b')], [{ workload: 'low', nodeId: 'a' }]);
    expect(where(roomy)).toEqual({ high: ['b'], low: ['a'] });
  });
});
