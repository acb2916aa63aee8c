// The desired snapshot's content hash must not change form: a stored hash computed by an older
// controller is compared with a new one, and any difference moves the generation of every node.
// hashOf writes its canonical JSON by hand (and memoises containers); it must equal
// JSON.stringify of the key-sorted copy, the form it always had.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDesired, hashOf, SnapshotBuilder } from '../../../controller/desired/build.js';
import { ConfigIndex, type ResolvedConfig } from '../../../controller/nodeconfig/resolve.js';
import { parseManifestObject } from '../../../controller/manifest/parse.js';
import { manifest } from '../manifest/helpers.js';

function sortedCopy(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortedCopy);
  if (v && typeof v === 'object') {
    return Object.fromEntries(
      Object.keys(v as Record<string, unknown>)
        .sort()
        .map((k) => [k, sortedCopy((v as Record<string, unknown>)[k])]),
    );
  }
  return v;
}
const reference = (v: unknown): string => createHash('sha256').update(JSON.stringify(sortedCopy(v))).digest('hex').slice(0, 32);

describe('desired content hash', () => {
  it('equals the reference form for any JSON-like value (undefined properties left out, as JSON does)', () => {
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.string(),
        fc.integer(),
        fc.double({ noNaN: true }),
        fc.boolean(),
        fc.constant(null),
        fc.constant(undefined),
        fc.array(tie('node'), { maxLength: 4 }),
        fc.dictionary(fc.string({ maxLength: 6 }), tie('node'), { maxKeys: 5 }),
        fc.record({ container: fc.dictionary(fc.string({ maxLength: 4 }), fc.string(), { maxKeys: 3 }) }),
      ),
    })).node;
    // A snapshot is always an object at the top.
    fc.assert(fc.property(fc.dictionary(fc.string({ maxLength: 6 }), value, { maxKeys: 6 }), (v) => hashOf(v) === reference(v)), { numRuns: 500 });
  });

  it('a memo shared between nodes gives the same hashes as none', () => {
    const placed = ['a', 'b'].map((name) => ({ workload: parseManifestObject(manifest({ env: { X: '1' } }, {}, { name })), revision: 1, createdAtMs: 0, updatedAtMs: 0 }));
    const idx = new ConfigIndex([{ kind: 'fleet', target: '', key: 'LOG', value: 'info', updatedAtMs: 0 }]);
    const memo = new WeakMap<object, string>();
    for (const id of ['n1', 'n2', 'n3']) {
      const withMemo = buildDesired(id, placed, { telemetryIntervalMs: 1000, config: idx.resolve(id, {}), memo });
      expect(withMemo.contentHash).toBe(reference(withMemo.content));
    }
  });

  it('SnapshotBuilder: nodes with the same inputs share one workload list, and every hash equals the reference and buildDesired', () => {
    const stored = (name: string, env: Record<string, string>, revision = 1) => ({ workload: parseManifestObject(manifest({ env }, {}, { name })), revision, createdAtMs: 0, updatedAtMs: 0 });
    const a = stored('a', { X: '1' });
    const b = stored('b', { Y: '2' }, 3);
    const idx = new ConfigIndex([
      { kind: 'fleet', target: '', key: 'LOG', value: 'info', updatedAtMs: 0 },
      { kind: 'node', target: 'n3', key: 'SERIAL', value: 'S3', updatedAtMs: 0 },
    ]);
    const policy = { evictMemoryPercent: 90, evictDiskPercent: 0, restartBackoffMaxMs: 0, rules: [] };
    const builder = new SnapshotBuilder({ telemetryIntervalMs: 5000 });
    const older = new ConfigIndex([{ kind: 'fleet', target: '', key: 'LOG', value: 'debug', updatedAtMs: 0 }]);
    type Case = { id: string; placed: (typeof a)[]; config?: ResolvedConfig; policy?: typeof policy; configFor?: (w: typeof a) => ResolvedConfig | undefined };
    const cases: Case[] = [
      { id: 'n1', placed: [a, b] },
      { id: 'n2', placed: [a, b] },
      { id: 'n3', placed: [a, b], config: idx.resolve('n3', {}) },
      { id: 'n4', placed: [b, a], config: idx.resolve('n4', {}) },
      { id: 'n5', placed: [a, b], config: idx.resolve('n5', {}), policy },
      { id: 'n6', placed: [] },
      { id: 'n7', placed: [b], policy },
      // Per workload: a at an older configuration version, b at the current one.
      { id: 'n8', placed: [a, b], configFor: (w) => (w === a ? older.resolve('n8', {}) : idx.resolve('n8', {})) },
      { id: 'n9', placed: [a, b], configFor: (w) => (w === a ? older.resolve('n9', {}) : idx.resolve('n9', {})) },
    ];
    const built = cases.map((c) => {
      const configFor = c.configFor ?? (() => c.config);
      const sb = builder.build(c.id, c.placed, c.policy, configFor);
      const got = { content: sb.content, contentHash: builder.hash(c.id, sb.parts) };
      const one = buildDesired(c.id, c.placed, { telemetryIntervalMs: 5000, ...(c.policy ? { policy: c.policy } : {}), configFor });
      expect(got.content).toEqual(one.content);
      expect(got.contentHash).toBe(one.contentHash);
      expect(got.contentHash).toBe(reference(got.content));
      return got;
    });
    expect(built[8]!.content.workloads).toBe(built[7]!.content.workloads);
    expect(built[7]!.content.workloads).not.toBe(built[4]!.content.workloads);
    expect(built[7]!.content.workloads[0]!.container.env).toContainEqual(expect.objectContaining({ name: 'LOG', value: 'debug' }));
    expect(built[1]!.content.workloads).toBe(built[0]!.content.workloads);
    expect(built[2]!.content.workloads).not.toBe(built[0]!.content.workloads);
    expect(new Set(built.map((x) => x.contentHash)).size).toBe(cases.length);
  });
});
