// Which workloads a config change reaches (nodeconfig/impact.ts): only those whose containers
// would receive a different environment on a node they are placed on; and the cause recorded on
// the revisions it makes.
import { describe, expect, it } from 'vitest';
import type { ContainerSpec } from '../../../proto/types.js';
import { planChange } from '../../../controller/nodeconfig/change.js';
import type { ConfigEntry, ConfigScope } from '../../../controller/nodeconfig/entries.js';
import { changeCause, configImpact, type ImpactInput } from '../../../controller/nodeconfig/impact.js';
import { ConfigIndex } from '../../../controller/nodeconfig/resolve.js';

const fleet: ConfigScope = { kind: 'fleet', target: '' };
const plantA: ConfigScope = { kind: 'selector', target: 'site=plant-a' };
const container = (env: Record<string, string> = {}): ContainerSpec =>
  ({ image: 'busybox', env: Object.entries(env).map(([name, value]) => ({ name, value, secret: false })) }) as unknown as ContainerSpec;
const nodes = [
  { id: 'a1', labels: { site: 'plant-a' } },
  { id: 'a2', labels: { site: 'plant-a' } },
  { id: 'b1', labels: { site: 'plant-b' } },
];
const set = (entries: readonly ConfigEntry[], scope: ConfigScope, kv: Record<string, string>): ConfigEntry[] => planChange(entries, { scope, set: kv, unset: [] }, 1).next;

describe('configImpact', () => {
  const v1 = set([], fleet, { TZ: 'UTC' });
  const before = new ConfigIndex(v1);
  const w = (name: string, placed: typeof nodes, env: Record<string, string> = {}): ImpactInput => ({ name, spec: { specHash: `h-${name}`, container: container(env) }, before, nodes: placed });

  it('a selector value changes the workloads placed on matching nodes, on those nodes only', () => {
    const after = new ConfigIndex(set(v1, plantA, { LOG_LEVEL: 'debug' }));
    const r = configImpact([w('web', nodes), w('edge', [nodes[2] as (typeof nodes)[number]]), w('idle', [])], after);
    expect(r.changed).toEqual([{ workload: 'web', nodes: ['a1', 'a2'] }]);
    expect(r.unchanged).toEqual(['edge', 'idle']);
  });

  it('a key the workload sets in its own env changes nothing for it', () => {
    const after = new ConfigIndex(set(v1, fleet, { LOG_LEVEL: 'debug' }));
    const r = configImpact([w('own', nodes, { LOG_LEVEL: 'mine' }), w('web', nodes)], after);
    expect(r.changed.map((c) => c.workload)).toEqual(['web']);
    expect(r.unchanged).toEqual(['own']);
  });

  it('compares with the version the revision was made with: an old pinned version differs from today', () => {
    // After a rollback the workload runs v1 (TZ=UTC); setting an unrelated key still moves it forward.
    const v2 = set(v1, fleet, { TZ: 'CET' });
    const v3 = set(v2, fleet, { OTHER: '1' });
    const pinned = { ...w('web', nodes), before: new ConfigIndex(v1) };
    const current = { ...w('api', nodes), before: new ConfigIndex(v2) };
    const r = configImpact([pinned, current], new ConfigIndex(v3));
    expect(r.changed.map((c) => c.workload)).toEqual(['api', 'web']);
    // Setting back what the pinned version had: nothing changes for it.
    const back = configImpact([pinned], new ConfigIndex(set(v1, fleet, { TZ: 'UTC' })));
    expect(back.changed).toEqual([]);
  });
});

describe('changeCause', () => {
  it('names the keys, what happened to them and the scope', () => {
    expect(changeCause(plantA, [{ key: 'LOG_LEVEL', outcome: 'created' }])).toBe('config: LOG_LEVEL set at selector site=plant-a');
    expect(changeCause(fleet, [{ key: 'A', outcome: 'configured' }, { key: 'B', outcome: 'unchanged' }, { key: 'C', outcome: 'removed' }])).toBe('config: A set, C unset at fleet');
    const many = ['K1', 'K2', 'K3', 'K4', 'K5', 'K6'].map((key) => ({ key, outcome: 'created' as const }));
    expect(changeCause({ kind: 'node', target: 'n1' }, many)).toBe('config: K1, K2, K3, K4 and 2 more set at node n1');
  });
});
