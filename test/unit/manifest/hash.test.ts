import { describe, expect, it } from 'vitest';
import { canonicalJson, specHash } from '../../../controller/manifest/hash.js';
import { parseManifestObject, parseManifests } from '../../../controller/manifest/parse.js';
import { manifest } from './helpers.js';

const hashOf = (...args: Parameters<typeof manifest>): string => parseManifestObject(manifest(...args)).specHash;

describe('canonicalJson', () => {
  it('sorts keys at every level and leaves out empty properties', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, 0, ''], c: '' }, e: [], f: {}, g: false, h: 0, i: undefined, j: null })).toBe(
      '{"a":{"d":[3,0,""]},"b":1}',
    );
  });
});

describe('specHash', () => {
  const base = { env: { A: '1', B: '2' }, ports: [{ containerPort: 80 }], resources: { cpus: 0.5, memory: '64Mi' } };

  it('does not depend on key order in the manifest', () => {
    const a = `apiVersion: edgefleet.io/v1
kind: Workload
metadata: {name: w}
spec:
  container: {image: edgefleet/busybox:local, command: [sleep, "1"], network: host, resources: {cpus: 1, memory: 1Gi}}
  runWhen: online
  placement: {replicas: 1}`;
    const b = `spec:
  placement: {replicas: 1}
  runWhen: online
  container: {resources: {memory: 1Gi, cpus: 1}, network: host, command: [sleep, "1"], image: edgefleet/busybox:local}
metadata: {name: w}
kind: Workload
apiVersion: edgefleet.io/v1`;
    expect(parseManifests(a).workloads[0]?.specHash).toBe(parseManifests(b).workloads[0]?.specHash);
  });

  it('does not depend on env order or form, nor on how a default or quantity is written', () => {
    const h = hashOf(base);
    expect(hashOf({ ...base, env: { B: '2', A: '1' } })).toBe(h);
    expect(hashOf({ ...base, env: [{ name: 'B', value: '2' }, { name: 'A', value: '1' }] })).toBe(h);
    expect(hashOf({ ...base, resources: { cpus: '500m', memory: 64 * 2 ** 20 } })).toBe(h);
    expect(hashOf({ ...base, ports: [{ containerPort: 80, hostPort: 80, protocol: 'tcp' }], restartPolicy: 'unless-stopped', stopTimeout: '10s' })).toBe(h);
  });

  it('ignores placement, priority and labels: they do not need a new container', () => {
    const h = hashOf(base);
    expect(hashOf(base, { placement: { replicas: 5 } })).toBe(h);
    expect(hashOf(base, { placement: { mode: 'perNode', nodeSelector: { zone: 'a' } } })).toBe(h);
    expect(hashOf(base, { priority: 100 })).toBe(h);
    expect(hashOf(base, {}, { labels: { team: 'x' } })).toBe(h);
  });

  it('changes with anything the container is made from, and with dependsOn and runWhen', () => {
    const h = hashOf(base);
    const changed = [
      hashOf({ ...base, env: { A: '1', B: '3' } }),
      hashOf({ ...base, secretEnv: { C: 'x' } }),
      hashOf({ ...base, image: 'edgefleet/busybox:other' }),
      hashOf({ ...base, resources: { cpus: 1, memory: '64Mi' } }),
      hashOf({ ...base, stopTimeout: '11s' }),
      hashOf({ ...base, healthCheck: { tcp: { port: 80 } } }),
      hashOf(base, { runWhen: 'offline' }),
      hashOf(base, { dependsOn: ['db'] }),
    ];
    expect(new Set([h, ...changed]).size).toBe(changed.length + 1);
  });

  it('a secret value change changes the hash (the container must get the new value)', () => {
    expect(hashOf({ secretEnv: { T: 'a' } })).not.toBe(hashOf({ secretEnv: { T: 'b' } }));
  });

  it('sorts env and dependsOn itself, for Workloads built outside the parser', () => {
    const w = parseManifestObject(manifest(base, { dependsOn: ['a', 'b'] }));
    const shuffled = { ...w, container: { ...w.container, env: [...w.container.env].reverse() }, dependsOn: ['b', 'a'] };
    expect(specHash(shuffled)).toBe(w.specHash);
  });

  it('is pinned: changing the hash recreates every container on upgrade, so change it only on purpose', () => {
    expect(hashOf(base)).toBe(PINNED);
  });
});

const PINNED = 'ab48f6a452e6ecb4';
