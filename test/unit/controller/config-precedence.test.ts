// Configuration precedence (fleet < selectors, less specific first < node < the workload's own env)
// and how it reaches the desired snapshot: the rendered spec hash moves on exactly the nodes whose
// containers see a different environment.
import { describe, expect, it } from 'vitest';
import { buildDesired } from '../../../controller/desired/build.js';
import { parseManifestObject } from '../../../controller/manifest/parse.js';
import { ConfigChangeError, effectiveProblems, overriddenAt, planChange } from '../../../controller/nodeconfig/change.js';
import { canonicalSelector, CONFIG_LIMITS, parseScopeSelector, type ConfigEntry, type ConfigScope } from '../../../controller/nodeconfig/entries.js';
import { RenderCache, renderWorkload } from '../../../controller/nodeconfig/render.js';
import { ConfigIndex, EMPTY_CONFIG } from '../../../controller/nodeconfig/resolve.js';
import { workloadConfigJson } from '../../../controller/nodeconfig/views.js';
import type { StoredWorkload } from '../../../controller/store/store.js';
import { MAX_ITEMS } from '../../../proto/codec.js';
import { manifest } from '../manifest/helpers.js';

const FLEET: ConfigScope = { kind: 'fleet', target: '' };
const sel = (text: string): ConfigScope => ({ kind: 'selector', target: parseScopeSelector(text).canonical });
const node = (id: string): ConfigScope => ({ kind: 'node', target: id });
const entry = (scope: ConfigScope, key: string, value: string): ConfigEntry => ({ ...scope, key, value, updatedAtMs: 0 });

const stored = (name: string, env: Record<string, string> = {}): StoredWorkload => ({
  workload: parseManifestObject(manifest({ env }, {}, { name })),
  revision: 1,
  createdAtMs: 0,
  updatedAtMs: 0,
});

const envOf = (idx: ConfigIndex, id: string, labels: Record<string, string>): Record<string, string> =>
  Object.fromEntries(idx.resolve(id, labels).env.map((e) => [e.name, e.value]));

describe('precedence', () => {
  const idx = new ConfigIndex([
    entry(FLEET, 'LOG', 'info'),
    entry(FLEET, 'SITE', 'unknown'),
    entry(sel('site=plant-a'), 'SITE', 'a'),
    entry(sel('site=plant-a'), 'LOG', 'debug'),
    entry(sel('role=camera'), 'LOG', 'warn'),
    entry(sel('role=camera,site=plant-a'), 'FPS', '30'),
    entry(sel('site=plant-a,role=camera'), 'LOG', 'trace'),
    entry(node('n9'), 'LOG', 'error'),
  ]);

  it('fleet applies everywhere; a matching selector overrides it', () => {
    expect(envOf(idx, 'n1', {})).toEqual({ LOG: 'info', SITE: 'unknown' });
    expect(envOf(idx, 'n2', { site: 'plant-a' })).toEqual({ LOG: 'debug', SITE: 'a' });
    expect(envOf(idx, 'n3', { site: 'plant-b' })).toEqual({ LOG: 'info', SITE: 'unknown' });
  });

  it('among matching selectors the more specific wins, then the one whose text sorts last', () => {
    // role=camera and site=plant-a both have one requirement: "site=plant-a" sorts after "role=camera".
    expect(envOf(idx, 'n4', { site: 'plant-a', role: 'dome' })).toMatchObject({ LOG: 'debug' });
    expect(envOf(idx, 'n5', { role: 'camera' })).toMatchObject({ LOG: 'warn' });
    // Two requirements beat one, whichever order they were written in (one canonical scope).
    expect(envOf(idx, 'n6', { site: 'plant-a', role: 'camera' })).toEqual({ LOG: 'trace', SITE: 'a', FPS: '30' });
  });

  it('the node wins over every selector', () => {
    expect(envOf(idx, 'n9', { site: 'plant-a', role: 'camera' })).toMatchObject({ LOG: 'error', FPS: '30' });
  });

  it('says where each value came from and what it overrides', () => {
    const v = idx.resolve('n9', { site: 'plant-a', role: 'camera' }).values.find((x) => x.key === 'LOG');
    expect(v?.source).toEqual(node('n9'));
    expect(v?.overrides.map((o) => [o.source.target, o.value])).toEqual([
      ['role=camera,site=plant-a', 'trace'],
      ['site=plant-a', 'debug'],
      ['role=camera', 'warn'],
      ['', 'info'],
    ]);
  });

  it('does not depend on the order entries are listed in (deterministic)', () => {
    const entries = [
      entry(sel('zone=z1'), 'K', 'zone'),
      entry(sel('rack=r1'), 'K', 'rack'),
      entry(sel('gpu'), 'K', 'gpu'),
      entry(FLEET, 'K', 'fleet'),
    ];
    const labels = { zone: 'z1', rack: 'r1', gpu: 'yes' };
    const want = envOf(new ConfigIndex(entries), 'n', labels);
    expect(want).toEqual({ K: 'zone' }); // "zone=z1" sorts last of the three one-requirement selectors
    for (const perm of [[...entries].reverse(), [entries[2], entries[0], entries[3], entries[1]] as ConfigEntry[]]) {
      expect(envOf(new ConfigIndex(perm), 'n', labels)).toEqual(want);
    }
  });

  it('caches one resolution per distinct set of matching scopes', () => {
    const a = idx.resolve('x1', { site: 'plant-a' });
    const b = idx.resolve('x2', { site: 'plant-a', other: 'label' });
    expect(a).toBe(b);
    expect(idx.resolve('x3', {})).not.toBe(a);
    expect(new ConfigIndex([]).resolve('x', { site: 'a' })).toBe(EMPTY_CONFIG);
  });

  it('canonical selectors: one text per meaning', () => {
    expect(canonicalSelector(parseScopeSelector('site==a, role=cam').selector)).toBe('role=cam,site=a');
    expect(parseScopeSelector('zone in (b,a),!old').canonical).toBe('!old,zone in (a,b)');
    expect(() => parseScopeSelector('')).toThrow(/empty/);
    expect(() => parseScopeSelector('site=(')).toThrow(/invalid selector/);
  });
});

describe('rendering into containers', () => {
  const idx = new ConfigIndex([entry(FLEET, 'LOG', 'info'), entry(sel('site=a'), 'LOG', 'debug'), entry(FLEET, 'GREETING', 'hello')]);

  it('adds every key as env; the workload env wins for its own keys', () => {
    const w = stored('web', { GREETING: 'hi' }).workload;
    const r = renderWorkload(w, idx.resolve('n1', { site: 'a' }));
    expect(r.container.env).toEqual([
      { name: 'GREETING', value: 'hi', secret: false },
      { name: 'LOG', value: 'debug', secret: false },
    ]);
    expect(r.applied).toEqual(['LOG']);
    expect(r.shadowed).toEqual(['GREETING']);
    expect(r.specHash).not.toBe(w.specHash);
  });

  it('without configuration the spec hash is the workload own (nothing recreated)', () => {
    const w = stored('web').workload;
    expect(renderWorkload(w, EMPTY_CONFIG).specHash).toBe(w.specHash);
    // Only shadowed keys: the container is unchanged, so is its hash.
    const shadowedOnly = new ConfigIndex([entry(FLEET, 'GREETING', 'x')]);
    const v = stored('v', { GREETING: 'hi' }).workload;
    expect(renderWorkload(v, shadowedOnly.resolve('n', {})).specHash).toBe(v.specHash);
  });

  it('a selector change moves the desired snapshot of exactly the matching nodes', () => {
    const placed = [stored('web'), stored('db', { LOG: 'own' })];
    const nodes = [
      { id: 'a1', labels: { site: 'a' } },
      { id: 'a2', labels: { site: 'a' } },
      { id: 'b1', labels: { site: 'b' } },
    ];
    const build = (i: ConfigIndex): Map<string, string> =>
      new Map(nodes.map((n) => [n.id, buildDesired(n.id, placed, { telemetryIntervalMs: 1000, config: i.resolve(n.id, n.labels), render: new RenderCache() }).contentHash]));
    const before = build(idx);
    const after = build(new ConfigIndex([entry(FLEET, 'LOG', 'info'), entry(sel('site=a'), 'LOG', 'trace'), entry(FLEET, 'GREETING', 'hello')]));
    expect(nodes.filter((n) => before.get(n.id) !== after.get(n.id)).map((n) => n.id)).toEqual(['a1', 'a2']);
  });

  it('a renderer cache hit is the same as a fresh rendering', () => {
    const cache = new RenderCache();
    const w = stored('web').workload;
    const cfg = idx.resolve('n1', { site: 'a' });
    const first = cache.render(w, cfg);
    expect(cache.render(w, idx.resolve('n2', { site: 'a' }))).toBe(first);
    expect(first).toEqual(renderWorkload(w, cfg));
  });

  it('never gives a container more variables than the wire allows; extra keys are reported dropped', () => {
    const many: Record<string, string> = {};
    for (let i = 0; i < MAX_ITEMS.envPerContainer - 1; i++) many[`V${i}`] = 'x';
    const w = stored('full', many).workload;
    const r = renderWorkload(w, new ConfigIndex([entry(FLEET, 'A', '1'), entry(FLEET, 'B', '2')]).resolve('n', {}));
    expect(r.container.env).toHaveLength(MAX_ITEMS.envPerContainer);
    expect(r.applied).toEqual(['A']);
    expect(r.dropped).toEqual(['B']);
  });

  it('describe workload groups nodes by key, value and source', () => {
    const rows = workloadConfigJson(stored('web', { GREETING: 'hi' }).workload, [
      { id: 'a1', labels: { site: 'a' } },
      { id: 'b1', labels: { site: 'b' } },
      { id: 'a2', labels: { site: 'a' } },
    ], idx);
    expect(rows.map((r) => [r.key, r.value, r.source.kind, r.state, r.nodes.join(',')])).toEqual([
      ['GREETING', 'hello', 'fleet', 'workload env wins', 'a1,a2,b1'],
      ['LOG', 'debug', 'selector', 'applied', 'a1,a2'],
      ['LOG', 'info', 'fleet', 'applied', 'b1'],
    ]);
  });
});

describe('validating a change', () => {
  it('reports every problem at once, with the key', () => {
    try {
      planChange([], { scope: FLEET, set: { '1BAD': 'x', EDGEFLEET_NODE: 'y', OK: 'a\0b', BIG: 'x'.repeat(CONFIG_LIMITS.valueBytes + 1) }, unset: ['MISSING'] }, 0);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigChangeError);
      const p = (err as ConfigChangeError).problems.join('\n');
      expect(p).toMatch(/"1BAD" is not a valid environment variable name/);
      expect(p).toMatch(/EDGEFLEET_ are reserved/);
      expect(p).toMatch(/OK: the value contains a NUL/);
      expect(p).toMatch(/BIG: the value is 4097 bytes/);
      expect(p).toMatch(/MISSING is not set at fleet/);
    }
  });

  it('says which keys were created, changed, unchanged or removed', () => {
    const cur = [entry(FLEET, 'A', '1'), entry(FLEET, 'B', '2'), entry(sel('site=a'), 'A', '3')];
    const p = planChange(cur, { scope: FLEET, set: { A: '1', B: '5', C: '6' }, unset: [] }, 7);
    expect(p.outcomes).toEqual([
      { key: 'A', outcome: 'unchanged' },
      { key: 'B', outcome: 'configured' },
      { key: 'C', outcome: 'created' },
    ]);
    expect(p.next).toHaveLength(4);
    const u = planChange(p.next, { scope: sel('site=a'), set: {}, unset: ['A'] }, 8);
    expect(u.next.filter((e) => e.kind === 'selector')).toEqual([]);
    expect(planChange(cur, { scope: FLEET, set: { A: '1' }, unset: [] }, 9).changed).toBe(false);
  });

  it('says where a value just set is overridden by a scope of higher precedence, and on how many nodes', () => {
    const idx = new ConfigIndex([entry(FLEET, 'LOG', 'info'), entry(sel('site=a'), 'LOG', 'debug'), entry(node('a2'), 'LOG', 'trace'), entry(FLEET, 'TZ', 'UTC')]);
    const nodes: { id: string; labels: Record<string, string> }[] = [
      { id: 'a1', labels: { site: 'a' } },
      { id: 'a2', labels: { site: 'a' } },
      { id: 'b1', labels: { site: 'b' } },
    ];
    expect(overriddenAt(idx, FLEET, ['LOG', 'TZ'], nodes)).toEqual([
      { key: 'LOG', by: sel('site=a'), nodes: 1 },
      { key: 'LOG', by: node('a2'), nodes: 1 },
    ]);
    expect(overriddenAt(idx, sel('site=a'), ['LOG'], nodes)).toEqual([{ key: 'LOG', by: node('a2'), nodes: 1 }]);
    expect(overriddenAt(idx, node('a2'), ['LOG'], nodes)).toEqual([]);
  });

  it('limits keys per scope', () => {
    const set = Object.fromEntries(Array.from({ length: CONFIG_LIMITS.keysPerScope }, (_, i) => [`K${i}`, 'v']));
    const full = planChange([], { scope: FLEET, set, unset: [] }, 0).next;
    expect(() => planChange(full, { scope: FLEET, set: { ONE_MORE: 'v' }, unset: [] }, 0)).toThrow(/would hold 129 keys; the limit is 128/);
  });

  it('refuses a change that gives some node more than a node may receive, but never an unset', () => {
    const big = 'x'.repeat(CONFIG_LIMITS.valueBytes);
    const set = (scope: ConfigScope, prefix: string): ConfigEntry[] => Array.from({ length: 5 }, (_, i) => entry(scope, `${prefix}${i}`, big));
    const prev = [...set(FLEET, 'F'), ...set(sel('site=a'), 'S')];
    const next = [...prev, ...set(node('n1'), 'N')];
    const nodes: { id: string; labels: Record<string, string> }[] = [{ id: 'n1', labels: { site: 'a' } }, { id: 'n2', labels: {} }];
    expect(effectiveProblems(next, prev, nodes).join()).toMatch(/1 node\(s\) would receive more configuration.*n1/);
    expect(effectiveProblems(prev, next, nodes)).toEqual([]);
  });
});
