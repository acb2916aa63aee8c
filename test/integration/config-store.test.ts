// Configuration entries in a real SQLite file: they survive reopening, a rewrite touches only what
// changed, and the resolution index follows every write.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { planChange } from '../../controller/nodeconfig/change.js';
import { parseManifestObject } from '../../controller/manifest/parse.js';
import { SqliteConfigStore } from '../../controller/store/config-store.js';
import { MIGRATIONS } from '../../controller/store/migrations.js';
import { MAX_REVISIONS, SqliteRolloutStore } from '../../controller/store/rollout-store.js';
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

describe('configuration versions and the revisions pinned to them (real SQLite)', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  const fleet = { kind: 'fleet' as const, target: '' };
  const web = (image = 'busybox') =>
    parseManifestObject({ apiVersion: 'edgefleet.io/v1', kind: 'Workload', metadata: { name: 'web' }, spec: { container: { image }, placement: { mode: 'perNode' } } });
  const setup = () => {
    const dir = mkdtempSync(join(tmpdir(), 'ef-cfgver-'));
    dirs.push(dir);
    const store = openSqliteStore(dir, 1);
    return { dir, store, config: new SqliteConfigStore(store.database), revs: new SqliteRolloutStore(store.database) };
  };
  type Setup = ReturnType<typeof setup>;
  /** One config change as the API makes it: the new version and, with it, the revisions. */
  const change = (s: Setup, kv: Record<string, string>, changed: string[], repinned: string[], t: number): Map<string, number> => {
    let made = new Map<string, number>();
    s.config.replace(planChange(s.config.list(), { scope: fleet, set: kv, unset: [] }, t).next, {
      cause: `config: ${Object.keys(kv).join(', ')} set at fleet`,
      nowMs: t,
      alongside: (v) => (made = s.revs.configRevisions(changed, repinned, v, `config: ${Object.keys(kv).join(', ')} set at fleet`, t)),
    });
    return made;
  };

  it('a change makes a version; a changed workload gets a revision pinned to it, an unchanged one moves forward in place; undo restores the old version', () => {
    const s = setup();
    expect(s.config.version()).toBe(1);
    s.store.applyWorkload(web(), 10);
    expect(s.store.getWorkload('web')?.configVersion).toBe(1);

    expect(change(s, { LOG_LEVEL: 'info' }, ['web'], [], 20)).toEqual(new Map([['web', 2]]));
    const w = s.store.getWorkload('web');
    expect([w?.revision, w?.configVersion, w?.workload.specHash]).toEqual([2, 2, web().specHash]);
    expect(s.revs.listRevisions('web').map((r) => `${r.revision} ${r.cause} v${r.configVersion}`)).toEqual(['1 apply v1', '2 config: LOG_LEVEL set at fleet v2']);

    // A change that reaches none of web's containers: its revision now carries version 3.
    change(s, { OTHER: 'x' }, [], ['web'], 30);
    expect(s.store.getWorkload('web')?.configVersion).toBe(3);
    expect(s.revs.revisionSpec('web', 10, 2)?.configVersion).toBe(3);
    // Version 2 is referred to by no revision any more: pruned. Version 1 (revision 1) stays.
    expect(s.config.versions().map((v) => v.version)).toEqual([1, 3]);
    expect(s.config.indexAt(2)).toBeUndefined();
    expect(s.config.indexAt(1)?.resolve('n', {}).env).toEqual([]);
    expect(s.config.indexAt(3)?.resolve('n', {}).env.map((e) => `${e.name}=${e.value}`)).toEqual(['LOG_LEVEL=info', 'OTHER=x']);

    // Undo to revision 1: the workload runs version 1 again.
    s.revs.restoreRevision('web', 1, 40);
    expect(s.store.getWorkload('web')?.configVersion).toBe(1);
    // The next apply that changes the spec pins the current version.
    s.store.applyWorkload(web('busybox:2'), 50);
    expect(s.store.getWorkload('web')).toMatchObject({ revision: 3, configVersion: 3 });
    s.store.close();
  });

  it(`keeps at most ${MAX_REVISIONS} revisions a workload, except those a rollout still sends, and prunes their versions`, () => {
    const s = setup();
    s.store.applyWorkload(web(), 1);
    // A rollout that still sends revision 1 to a node keeps it.
    s.revs.putRollout({ workload: 'web', target: 1, stable: null, phase: 'complete', reason: '', waves: [], nodes: { n1: { given: 1, phase: 'done', wave: 0, sinceMs: 0, reason: '' } }, startedAtMs: 0, updatedAtMs: 0 });
    for (let i = 0; i < 30; i++) change(s, { N: String(i) }, ['web'], [], 100 + i);
    const kept = s.revs.listRevisions('web').map((r) => r.revision);
    expect(kept.length).toBe(MAX_REVISIONS + 1);
    expect(kept[0]).toBe(1);
    expect(kept.at(-1)).toBe(31);
    expect(s.config.versions().map((v) => v.version)).toEqual([1, ...kept.slice(1).map((r) => r)]);
    s.store.close();
  });

  it('migration 008 makes the entries stored before version 1 and pins every existing revision to it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ef-cfgmig-'));
    dirs.push(dir);
    const db = new Database(join(dir, 'controller.db'));
    for (const [i, sql] of MIGRATIONS.slice(0, 7).entries()) {
      db.exec(sql);
      db.pragma(`user_version = ${i + 1}`);
    }
    db.prepare("INSERT INTO config_entries (scope, target, key, value, updated_at_ms) VALUES ('fleet', '', 'TZ', 'UTC', 5)").run();
    db.prepare("INSERT INTO workloads (name, spec_hash, revision, body, created_at_ms, updated_at_ms) VALUES ('web', 'h', 1, ?, 1, 1)").run(JSON.stringify(web()));
    db.prepare("INSERT INTO workload_revisions (workload, revision, spec_hash, body, cause, created_at_ms) VALUES ('web', 1, 'h', ?, 'apply', 1)").run(JSON.stringify(web()));
    db.close();
    const store = openSqliteStore(dir, 2);
    const config = new SqliteConfigStore(store.database);
    expect(config.version()).toBe(1);
    expect(config.indexAt(1)?.resolve('n', {}).env).toEqual([{ name: 'TZ', value: 'UTC' }]);
    expect(store.getWorkload('web')?.configVersion).toBe(1);
    store.close();
  });
});
