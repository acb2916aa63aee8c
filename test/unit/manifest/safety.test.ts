import { describe, expect, it } from 'vitest';
import { parseManifestObject, parseManifests } from '../../../controller/manifest/parse.js';
import { MAX_DEPTH, MAX_MANIFEST_BYTES } from '../../../controller/manifest/safety.js';
import { manifest, manifestError } from './helpers.js';

const VALID = JSON.stringify(manifest());

function timed<T>(fn: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = fn();
  return { result, ms: performance.now() - start };
}

describe('size limit', () => {
  it('refuses text over the limit before parsing it', () => {
    expect(MAX_MANIFEST_BYTES).toBe(1024 * 1024);
    const e = manifestError(() => parseManifests(`${VALID}\n#${'x'.repeat(MAX_MANIFEST_BYTES)}`, { source: 'big.yaml' }));
    expect(e.code).toBe('EF_MANIFEST_TOO_LARGE');
    expect(e.message).toMatch(/^big\.yaml: manifest is at least \d+ bytes, over the 1048576 byte limit$/);
  });

  it('counts UTF-8 bytes, not characters, and honours maxBytes', () => {
    const text = `${VALID}\n# ${'é'.repeat(600)}`; // 1200 bytes of comment, 600 characters
    expect(parseManifests(text, { maxBytes: text.length + 700 }).workloads).toHaveLength(1);
    expect(manifestError(() => parseManifests(text, { maxBytes: text.length + 100 })).code).toBe('EF_MANIFEST_TOO_LARGE');
  });
});

describe('hostile YAML', () => {
  // The times below are printed, not bounded (speed lives in `npm run bench`); what each test
  // proves is that the hostile input is refused by the limit named in the message.
  it('refuses "billion laughs" by its alias expansion limit', () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++) {
      const [name, prev] = [String.fromCharCode(97 + i), String.fromCharCode(96 + i)];
      lines.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const { result: e, ms } = timed(() => manifestError(() => parseManifests(lines.join('\n'))));
    expect(e.code).toBe('EF_MANIFEST_INVALID');
    expect(e.message).toMatch(/too many alias expansions \(limit 100\)/);
    console.info(`billion laughs refused in ${ms.toFixed(1)} ms`);
  });

  it('still allows ordinary aliases', () => {
    const text = toYaml('a', 'edgefleet/busybox:local').replace('{name: a}', '{name: a, labels: {version: &v v1}}') + '\n  runWhen: always';
    const withAlias = text.replace('{image: edgefleet/busybox:local}', '{image: edgefleet/busybox:local, env: {VERSION: *v}}');
    expect(parseManifests(withAlias).workloads[0]?.container.env).toEqual([{ name: 'VERSION', value: 'v1', secret: false }]);
  });

  it('refuses deep nesting while parsing, before it can exhaust the stack or memory', () => {
    // 1 MiB of "[" used to drive the YAML composer into recursion that ended in a fatal
    // out-of-memory crash of the process; it must be refused early instead.
    for (const text of ['['.repeat(MAX_MANIFEST_BYTES - 1), '{a: '.repeat(200_000), '- '.repeat(200_000)]) {
      const { result: e, ms } = timed(() => manifestError(() => parseManifests(text)));
      expect(e.message).toMatch(/line 1, column \d+: nesting is deeper than 64 levels/);
      console.info(`${text.slice(0, 4)}... (${text.length} chars) refused in ${ms.toFixed(1)} ms`);
    }
  });

  it('refuses block nesting past the depth limit', () => {
    const deep = Array.from({ length: 100 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n') + ' x';
    expect(manifestError(() => parseManifests(deep)).message).toMatch(/nesting is deeper than 64 levels/);
    const ok = Array.from({ length: 20 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n') + ' x';
    expect(manifestError(() => parseManifests(ok)).message).not.toMatch(/nesting/);
  });

  it('reports duplicate keys with their line, in YAML and in JSON', () => {
    const yaml = 'apiVersion: edgefleet.io/v1\nkind: Workload\nkind: Workload\n';
    expect(manifestError(() => parseManifests(yaml)).problems).toEqual([{ doc: 1, path: '', message: 'line 3, column 1: duplicate key "kind"' }]);
    const json = '{"apiVersion": "edgefleet.io/v1",\n "apiVersion": "x"}';
    expect(manifestError(() => parseManifests(json)).problems[0]?.message).toBe('line 2, column 2: duplicate key "apiVersion"');
  });

  it('finds a duplicate among 45,000 keys (with its own check: yaml\'s is quadratic)', () => {
    const text = Array.from({ length: 45_000 }, (_, i) => `k${i}: 1`).join('\n') + '\nk0: 2';
    const { result: e, ms } = timed(() => manifestError(() => parseManifests(text)));
    // Found once, by edgefleet's own linear check (yaml's quadratic uniqueKeys is off: it would
    // report the key a second time, in its own words).
    expect(e.problems).toEqual([{ doc: 1, path: '', message: 'line 45001, column 1: duplicate key "k0"' }]);
    console.info(`duplicate key among 45,000 found in ${ms.toFixed(1)} ms`);
  });

  it('refuses tags outside the core schema and non-string keys', () => {
    expect(manifestError(() => parseManifests('a: !!binary aGk=')).message).toMatch(/line 1, column 4: .*binary/);
    expect(manifestError(() => parseManifests('a: !js/function "x"')).message).toMatch(/Unresolved tag/);
    expect(manifestError(() => parseManifests('? [a, b]\n: c')).message).toMatch(/mapping keys must be plain strings/);
  });
});

describe('prototype pollution', () => {
  const hostile = [
    ['YAML', '__proto__: {polluted: yes}\napiVersion: edgefleet.io/v1'],
    ['JSON', '{"spec": {"container": {"__proto__": {"polluted": "yes"}}}}'],
    ['nested constructor', '{"metadata": {"labels": {"constructor": {"prototype": {"polluted": "yes"}}}}}'],
  ] as const;

  it.each(hostile)('refuses %s with __proto__ or constructor keys and pollutes nothing', (_what, text) => {
    const e = manifestError(() => parseManifests(text));
    expect(e.message).toMatch(/field name "(__proto__|constructor)" is not allowed/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('refuses the key on objects from an already-parsed JSON body', () => {
    const body: unknown = JSON.parse(`{"apiVersion": "edgefleet.io/v1", "__proto__": {"polluted": "yes"}}`);
    const e = manifestError(() => parseManifestObject(body));
    expect(e.problems).toEqual([{ path: '__proto__', message: 'field name "__proto__" is not allowed' }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('depth limit on objects', () => {
  it('refuses deep and cyclic objects without recursing into them', () => {
    let deep: Record<string, unknown> = {};
    const root = deep;
    for (let i = 0; i < MAX_DEPTH + 10; i++) deep = (deep.a = {}) as Record<string, unknown>;
    expect(manifestError(() => parseManifestObject(root)).message).toMatch(/nesting is deeper than 64 levels/);
    const cyclic: Record<string, unknown> = { apiVersion: 'edgefleet.io/v1' };
    cyclic.self = cyclic;
    expect(manifestError(() => parseManifestObject(cyclic)).message).toMatch(/nesting is deeper than 64 levels/);
  });
});

function toYaml(name: string, image: string): string {
  return `apiVersion: edgefleet.io/v1\nkind: Workload\nmetadata: {name: ${name}}\nspec:\n  container: {image: ${image}}\n  placement: {replicas: 1}`;
}
