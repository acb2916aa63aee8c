// Configuration entries in a real SQLite file: they survive reopening, a rewrite touches only what
// changed, and the resolution index follows every write.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { planChange } from '../../controller/nodeconfig/change.js';
import { SqliteConfigStore } from '../../controller/store/config-store.js';
import { openSqliteStore, type SqliteStore } from '../../controller/store/sqlite.js';

describe('SqliteConfigStore', () => {
  const dirs: string[] = [];
  const stores: SqliteStore[] = [];
  const open = (dir: string): SqliteConfigStore => {
    const s = openSqliteStore(dir, 1);
    stores.push(s);
    return new SqliteConfigStore(s.database);
  };
  afterEach(() => {
    for (const s of stores.splice(0)) s.close();
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('keeps entries across reopening, rewrites only what changed, and re-indexes on write', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ef-cfgstore-'));
    dirs.push(dir);
    const a = open(dir);
    const fleet = { kind: 'fleet' as const, target: '' };
    const site = { kind: 'selector' as const, target: 'site=a' };
    a.replace(planChange(a.list(), { scope: fleet, set: { LOG: 'info', TZ: 'UTC' }, unset: [] }, 100).next);
    a.replace(planChange(a.list(), { scope: site, set: { LOG: 'debug' }, unset: [] }, 200).next);
    const idx = a.index();
    expect(idx.resolve('n', { site: 'a' }).env).toEqual([
      { name: 'LOG', value: 'debug' },
      { name: 'TZ', value: 'UTC' },
    ]);
    a.replace(planChange(a.list(), { scope: fleet, set: { LOG: 'warn', TZ: 'UTC' }, unset: [] }, 300).next);
    expect(a.index()).not.toBe(idx);
    expect(a.index().resolve('n', {}).env[0]).toEqual({ name: 'LOG', value: 'warn' });
    stores.pop()?.close();

    const b = open(dir);
    expect(b.list().map((e) => `${e.kind}|${e.target}|${e.key}=${e.value}@${e.updatedAtMs}`)).toEqual([
      'fleet||LOG=warn@300',
      'fleet||TZ=UTC@100', // unchanged value: not rewritten
      'selector|site=a|LOG=debug@200',
    ]);
    b.replace(planChange(b.list(), { scope: site, set: {}, unset: ['LOG'] }, 400).next);
    expect(b.list().some((e) => e.kind === 'selector')).toBe(false);
  });
});
