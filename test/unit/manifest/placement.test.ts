import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseManifestObject, parseManifests } from '../../../controller/manifest/parse.js';
import { toManifest } from '../../../controller/manifest/render.js';
import { upgradeStoredWorkload } from '../../../controller/manifest/upgrade.js';
import type { Workload } from '../../../controller/manifest/types.js';
import { manifest, manifestError, problemLines } from './helpers.js';

type Obj = Record<string, unknown>;
const withPlacement = (placement: Obj, spec: Obj = {}): Obj => manifest({}, { placement, ...spec });

const FULL = withPlacement({
  replicas: 3,
  nodeSelector: { sensors: 'true' },
  constraints: [
    { key: 'arch', operator: 'In', values: ['x64', 'arm64'] },
    { key: 'cpu.cores', operator: 'Gt', values: [1] },
    { key: 'memory.totalBytes', operator: 'Gt', values: ['1Gi'] },
    { key: 'docker.version', operator: 'Gt', values: ['20.10'] },
    { key: 'edgefleet.io/retired', operator: 'DoesNotExist' },
  ],
  preferences: [{ weight: 10, key: 'site', operator: 'In', values: ['north'] }],
  spread: { key: 'site' },
  autoscale: { min: 2, max: 6, metric: 'cpu', target: '70%', cooldown: '2m' },
});

describe('placement policy in the manifest', () => {
  it('parses every rule into the domain form, quantities normalised', () => {
    const w = parseManifestObject(FULL);
    expect(w.placement).toStrictEqual({
      mode: 'replicated',
      replicas: 3,
      nodeSelector: { sensors: 'true' },
      constraints: [
        { key: 'arch', operator: 'In', values: ['x64', 'arm64'] },
        { key: 'cpu.cores', operator: 'Gt', values: ['1'] },
        { key: 'memory.totalBytes', operator: 'Gt', values: [String(2 ** 30)] },
        { key: 'docker.version', operator: 'Gt', values: ['20.10'] },
        { key: 'edgefleet.io/retired', operator: 'DoesNotExist', values: [] },
      ],
      preferences: [{ key: 'site', operator: 'In', values: ['north'], weight: 10 }],
      spread: { key: 'site' },
      maxPerNode: 1,
      autoscale: { min: 2, max: 6, metric: 'cpu', target: 70, cooldownMs: 120_000 },
    });
  });

  it('starts an autoscaled workload at min when replicas is left out; memory targets are quantities', () => {
    const w = parseManifestObject(withPlacement({ autoscale: { min: 2, max: 4, metric: 'memory', target: '64Mi' } }));
    expect(w.placement.replicas).toBe(2);
    expect(w.placement.autoscale).toEqual({ min: 2, max: 4, metric: 'memory', target: 64 * 2 ** 20, cooldownMs: 60_000 });
  });

  it('round trips through toManifest and YAML', () => {
    const w = parseManifestObject(FULL);
    expect(parseManifestObject(toManifest(w))).toStrictEqual(w);
    expect(parseManifests(stringify(toManifest(w))).workloads[0]).toStrictEqual(w);
    const mem = parseManifestObject(withPlacement({ autoscale: { min: 1, max: 2, metric: 'memory', target: '1.5Gi' } }));
    expect(parseManifestObject(toManifest(mem))).toStrictEqual(mem);
  });

  it('leaves the spec hash alone when only placement changes', () => {
    const plain = parseManifestObject(manifest());
    expect(parseManifestObject(FULL).specHash).toBe(plain.specHash);
  });

  it('upgrades a workload stored before placement rules existed', () => {
    const w = parseManifestObject(manifest());
    const old = { ...w, placement: { mode: 'replicated', replicas: 1, nodeSelector: {} } } as unknown as Workload;
    expect(upgradeStoredWorkload(old)).toStrictEqual(w);
    expect(upgradeStoredWorkload(w)).toBe(w);
  });
});

const BAD: [string, Obj, string, RegExp][] = [
  ['unknown operator', withPlacement({ replicas: 1, constraints: [{ key: 'arch', operator: 'Is', values: ['x64'] }] }), 'spec.placement.constraints[0].operator', /"Is" is not one of In, NotIn, Exists, DoesNotExist, Gt, Lt/],
  ['In without values', withPlacement({ replicas: 1, constraints: [{ key: 'site', operator: 'In' }] }), 'spec.placement.constraints[0].values', /at least one value with In/],
  ['Exists with values', withPlacement({ replicas: 1, constraints: [{ key: 'gpu', operator: 'Exists', values: ['x'] }] }), 'spec.placement.constraints[0].values', /must be empty with Exists/],
  ['Gt with two values', withPlacement({ replicas: 1, constraints: [{ key: 'cpu.cores', operator: 'Gt', values: [1, 2] }] }), 'spec.placement.constraints[0].values', /exactly one value with Gt/],
  ['Gt not a number', withPlacement({ replicas: 1, constraints: [{ key: 'cpu.cores', operator: 'Lt', values: ['many'] }] }), 'spec.placement.constraints[0].values[0]', /"many" is not a number/],
  ['Gt not a version', withPlacement({ replicas: 1, constraints: [{ key: 'agent.version', operator: 'Gt', values: ['new'] }] }), 'spec.placement.constraints[0].values[0]', /not a version/],
  ['bad constraint key', withPlacement({ replicas: 1, constraints: [{ key: 'a b', operator: 'Exists' }] }), 'spec.placement.constraints[0].key', /not a valid label key/],
  ['typo in a rule', withPlacement({ replicas: 1, constraints: [{ key: 'a', operater: 'Exists' }] }), 'spec.placement.constraints[0].operater', /did you mean "operator"/],
  ['preference weight', withPlacement({ replicas: 1, preferences: [{ weight: 0, key: 'a', operator: 'Exists' }] }), 'spec.placement.preferences[0].weight', /at least 1/],
  ['preference without weight', withPlacement({ replicas: 1, preferences: [{ key: 'a', operator: 'Exists' }] }), 'spec.placement.preferences[0].weight', /is required/],
  ['spread without key', withPlacement({ replicas: 1, spread: {} }), 'spec.placement.spread.key', /is required/],
  ['spread with perNode', withPlacement({ mode: 'perNode', spread: { key: 'site' } }), 'spec.placement.spread', /not allowed with mode perNode/],
  ['maxPerNode above 1', withPlacement({ replicas: 1, maxPerNode: 2 }), 'spec.placement.maxPerNode', /must be 1 for now/],
  ['autoscale with perNode', withPlacement({ mode: 'perNode', autoscale: { min: 1, max: 2, metric: 'cpu', target: 50 } }), 'spec.placement.autoscale', /not allowed with mode perNode/],
  ['autoscale max below min', withPlacement({ autoscale: { min: 3, max: 2, metric: 'cpu', target: 50 } }), 'spec.placement.autoscale.max', /at least min \(3\)/],
  ['autoscale metric', withPlacement({ autoscale: { min: 1, max: 2, metric: 'disk', target: 50 } }), 'spec.placement.autoscale.metric', /not one of cpu, memory/],
  ['autoscale cpu target', withPlacement({ autoscale: { min: 1, max: 2, metric: 'cpu', target: '64Mi' } }), 'spec.placement.autoscale.target', /CPU percentage/],
  ['autoscale memory target', withPlacement({ autoscale: { min: 1, max: 2, metric: 'memory', target: 'lots' } }), 'spec.placement.autoscale.target', /not a quantity/],
  ['autoscale cooldown', withPlacement({ autoscale: { min: 1, max: 2, metric: 'cpu', target: 50, cooldown: '100ms' } }), 'spec.placement.autoscale.cooldown', /at least 1s/],
  ['replicas outside autoscale', withPlacement({ replicas: 9, autoscale: { min: 1, max: 2, metric: 'cpu', target: 50 } }), 'spec.placement.replicas', /within autoscale min 1 and max 2/],
];

describe('placement policy errors name the field', () => {
  it.each(BAD)('%s', (_what, input, path, message) => {
    const e = manifestError(() => parseManifestObject(input));
    const p = e.problems.find((x) => x.path === path);
    expect(p, problemLines(e).join('\n')).toBeDefined();
    expect(p?.message).toMatch(message);
  });

  it('reports every bad rule at once', () => {
    const e = manifestError(() =>
      parseManifestObject(
        withPlacement({
          replicas: 1,
          constraints: [{ key: 'a', operator: 'In' }, { key: 'b', operator: 'Gt', values: ['x'] }],
          preferences: [{ weight: 500, key: 'c', operator: 'Exists' }],
        }),
      ),
    );
    expect(e.problems.map((p) => p.path)).toEqual([
      'spec.placement.constraints[0].values',
      'spec.placement.constraints[1].values[0]',
      'spec.placement.preferences[0].weight',
    ]);
  });
});
