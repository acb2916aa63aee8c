// spec.rollout: defaults, units, and every bad value reported with a message that says the fix.
import { describe, expect, it } from 'vitest';
import { parseManifestObject, parseManifests } from '../../../controller/manifest/parse.js';
import { toManifest } from '../../../controller/manifest/render.js';
import { stringify } from 'yaml';
import { manifest, manifestError, problemLines } from './helpers.js';

describe('spec.rollout', () => {
  it('parses counts, percentages and durations', () => {
    const w = parseManifestObject(manifest({}, { rollout: { maxParallel: 2, canary: 1, minHealthyTime: '2s', healthyDeadline: '1m', abortOnFailurePercent: 20, onFailure: 'rollback', strategy: 'startFirst' } }));
    expect(w.rollout).toEqual({ maxParallel: { count: 2 }, canary: 1, minHealthyTimeMs: 2000, healthyDeadlineMs: 60_000, abortOnFailurePercent: 20, onFailure: 'rollback', strategy: 'startFirst' });
    expect(parseManifestObject(manifest({}, { rollout: { maxParallel: '25%' } })).rollout?.maxParallel).toEqual({ percent: 25 });
  });

  it('is left out of the spec hash: changing how a workload rolls out recreates nothing', () => {
    const a = parseManifestObject(manifest({}, { rollout: { maxParallel: 1 } }));
    const b = parseManifestObject(manifest({}, { rollout: { maxParallel: 3, onFailure: 'rollback' } }));
    expect(a.specHash).toBe(b.specHash);
  });

  it('reports every bad value at once', () => {
    const e = manifestError(() =>
      parseManifestObject(manifest({}, { rollout: { maxParallel: '150%', canary: -1, minHealthyTime: 5, healthyDeadline: '0s', onFailure: 'retry', strategy: 'blueGreen', extra: 1 } })),
    );
    const lines = problemLines(e).join('\n');
    expect(lines).toContain('spec.rollout.maxParallel: "150%" is not a percentage from "1%" to "100%"');
    expect(lines).toContain('spec.rollout.canary');
    expect(lines).toContain('spec.rollout.minHealthyTime: 5 has no unit');
    expect(lines).toContain('spec.rollout.healthyDeadline: must be from 1s to 24h');
    expect(lines).toContain('spec.rollout.onFailure');
    expect(lines).toContain('spec.rollout.strategy');
    expect(lines).toContain('unknown field "extra"');
  });

  it('refuses a healthy deadline no longer than minHealthyTime, and startFirst with ports', () => {
    const e = manifestError(() =>
      parseManifestObject(manifest({ ports: [{ containerPort: 8080 }] }, { rollout: { minHealthyTime: '1m', healthyDeadline: '30s', strategy: 'startFirst' } })),
    );
    expect(problemLines(e)).toEqual([
      'spec.rollout.healthyDeadline: must be longer than minHealthyTime, or no node can ever count as done',
      'spec.rollout.strategy: startFirst cannot be used with ports: the new container cannot bind a host port the old one still holds; use stopFirst',
    ]);
  });

  it('renders back to a manifest that parses to the same rollout; defaults are left out', () => {
    const w = parseManifestObject(manifest({}, { rollout: { maxParallel: '50%', minHealthyTime: '2s', onFailure: 'rollback' } }));
    const again = parseManifests(stringify(toManifest(w))).workloads[0];
    expect(again?.rollout).toEqual(w.rollout);
    expect(toManifest(parseManifestObject(manifest())).spec).not.toHaveProperty('rollout');
  });
});
