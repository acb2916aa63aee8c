// The manifest parser against generated hostile input: mutated real manifests (text), arbitrary
// JSON values with prototype keys (the API's parsed bodies), alias bombs of random shape, deep
// nesting of random depth, and __proto__ anywhere. Every outcome is workloads or a ManifestError;
// nothing else escapes, Object.prototype is never touched, and the heap stays bounded. Inputs
// tried, crashes and peak heap are printed and written (test/helpers/fuzz-stats.ts).
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isManifestError, parseManifestObject, parseManifests } from '../../../controller/manifest/parse.js';
import { FuzzStats } from '../../helpers/fuzz-stats.js';

const stats = new FuzzStats('manifest');
afterAll(() => {
  const r = stats.report();
  expect(Object.values(r.targets).reduce((n, t) => n + t.crashes, 0)).toBe(0);
  expect(r.peakHeapMb).toBeLessThan(r.baselineHeapMb + 400);
});

function pristine(): void {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  expect(Object.keys(Object.prototype)).toEqual([]);
}

/** Parses; a ManifestError is an expected outcome, anything else thrown is a crash. */
function neverEscapes(target: string, input: string | unknown): void {
  stats.tried(target, typeof input === 'string' && input.length > 64 * 1024);
  try {
    if (typeof input === 'string') parseManifests(input, { source: 'fuzz.yaml' });
    else parseManifestObject(input);
  } catch (e) {
    if (!isManifestError(e)) {
      stats.crashed(target, typeof input === 'string' ? input : JSON.stringify(input) ?? String(input));
      throw e;
    }
  }
  pristine();
}

const examplesDir = join(import.meta.dirname, '../../../deploy/examples');
const examples = readdirSync(examplesDir).map((f) => readFileSync(join(examplesDir, f), 'utf8'));
const FULL = `apiVersion: edgefleet.io/v1
kind: Workload
metadata: {name: full, labels: {app: full}}
spec:
  container:
    image: 127.0.0.1:5000/full@sha256:${'a'.repeat(64)}
    command: [sh, -c, "sleep 1"]
    env: {A: "1"}
    secretEnv: {T: s3cret}
    ports: [{containerPort: 80}]
    volumes: [{hostPath: /srv/x, mountPath: /x, readOnly: true}, {name: data, mountPath: /data}]
    devices: [{hostPath: /dev/video0, permissions: rw}]
    capAdd: [NET_ADMIN]
    privileged: false
    healthCheck: {http: {port: 80}, interval: 5s}
    resources: {cpus: 0.5, memory: 64Mi}
  priority: 3
  placement: {mode: replicated, replicas: 2, nodeSelector: {zone: a}, spread: {key: site}}
`;
const seeds = [...examples, FULL];
const YAML_BITS = [':', '-', ' ', '\n', '&a', '*a', '!!', '{', '}', '[', ']', '"', "'", '#', '---', '<<', '__proto__', '?', '|', '>', '%YAML 1.1', '\t', '\u0000', '\uffff'];

describe('manifest parser fuzz', () => {
  it('mutated real manifests (text): workloads or a ManifestError', () => {
    const edit = fc.record({ at: fc.nat(), cut: fc.integer({ min: 0, max: 12 }), put: fc.oneof(fc.constantFrom(...YAML_BITS), fc.string({ maxLength: 8 })) });
    fc.assert(
      fc.property(fc.constantFrom(...seeds), fc.array(edit, { minLength: 1, maxLength: 6 }), (seed, edits) => {
        const text = edits.reduce((t, e) => {
          const at = e.at % (t.length + 1);
          return t.slice(0, at) + e.put + t.slice(at + e.cut);
        }, seed);
        neverEscapes('yaml: mutated manifests', text);
      }),
      { numRuns: 1000 },
    );
  });

  it('arbitrary JSON values, with prototype keys anywhere (API bodies)', () => {
    const key = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('__proto__', 'constructor', 'prototype', 'apiVersion', 'kind', 'spec', 'container', 'env'));
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, fc.jsonValue({ maxDepth: 2 }), fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(key, tie('node'), { maxKeys: 5 })),
    })).node;
    const base = JSON.parse(JSON.stringify({ apiVersion: 'edgefleet.io/v1', kind: 'Workload', metadata: { name: 'x' }, spec: { container: { image: 'busybox' }, placement: { mode: 'perNode' } } })) as Record<string, unknown>;
    fc.assert(
      fc.property(value, fc.constantFrom('top', 'spec', 'container'), (v, where) => {
        neverEscapes('json: arbitrary values', v);
        // The same value grafted into a valid manifest, and a __proto__ key made with JSON.parse
        // (an own property, as the HTTP body parser would make it).
        const grafted = JSON.parse(JSON.stringify(base)) as { spec: { container: Record<string, unknown> } } & Record<string, unknown>;
        const target: Record<string, unknown> = where === 'top' ? grafted : where === 'spec' ? grafted.spec : grafted.spec.container;
        Object.assign(target, JSON.parse(`{"__proto__": {"polluted": 1}, "extra": ${JSON.stringify(v ?? null)}}`));
        neverEscapes('json: grafted into a manifest', grafted);
      }),
      { numRuns: 1000 },
    );
  });

  it('alias bombs of random width and depth (billion laughs): refused, bounded', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 12 }), fc.integer({ min: 2, max: 12 }), (width, depth) => {
        const lines = ['a0: &a0 [lol]'];
        for (let d = 1; d <= depth; d++) lines.push(`a${d}: &a${d} [${Array.from({ length: width }, () => `*a${d - 1}`).join(', ')}]`);
        lines.push(`apiVersion: edgefleet.io/v1\nkind: Workload\nmetadata: {name: lol}\nspec: {container: {image: busybox, args: *a${depth}}, placement: {mode: perNode}}`);
        neverEscapes('yaml: alias bombs', lines.join('\n'));
      }),
      { numRuns: 200 },
    );
  });

  it('deep nesting of random depth and kind, up to the size limit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 200_000 }), fc.constantFrom('[', '{a: ', '- ', '{"a":'), (depth, open) => {
        const text = open === '- ' ? Array.from({ length: Math.min(depth, 5000) }, (_, i) => `${' '.repeat(i)}- `).join('\n') : open.repeat(depth);
        if (Buffer.byteLength(text) > 1024 * 1024) return;
        neverEscapes('yaml: deep nesting', text);
      }),
      { numRuns: 100 },
    );
  });

  it('__proto__ and constructor keys at random places in valid manifests (text)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...seeds), fc.nat(), fc.constantFrom('__proto__', 'constructor', 'prototype'), (seed, line, key) => {
        const lines = seed.split('\n');
        const at = line % lines.length;
        const indent = /^\s*/.exec(lines[at] ?? '')?.[0] ?? '';
        lines.splice(at + 1, 0, `${indent}${key}: {polluted: yes}`);
        neverEscapes('yaml: prototype keys', lines.join('\n'));
      }),
      { numRuns: 500 },
    );
  });
});
