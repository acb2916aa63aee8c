// Configuration entries (controller/nodeconfig) in the controller's SQLite file. The controller is
// the only writer, so the entries and their resolution index are kept in memory and rebuilt only
// when a change is written: every reconcile reads them, a change is rare.
//
// Versions: every change is a new configuration version holding the whole set of entries
// (migration 008). A workload revision records the version it was made with; rendering a node at
// that revision uses that version (so a wave not yet at a node, or a rollback, keeps or restores
// the old values). A version no revision refers to, other than the current one, is pruned on the
// next change, so the history is as long as the revisions kept (rollout-store.ts bounds those).
import type Database from 'better-sqlite3';
import type { ConfigEntry, ConfigScopeKind } from '../nodeconfig/entries.js';
import { ConfigIndex } from '../nodeconfig/resolve.js';

interface Row {
  scope: ConfigScopeKind;
  target: string;
  key: string;
  value: string;
  updated_at_ms: number;
}

export interface ConfigVersion {
  version: number;
  /** What made it, e.g. "config: LOG_LEVEL set at selector site=plant-a". */
  cause: string;
  createdAtMs: number;
}

export interface ConfigStore {
  list(): readonly ConfigEntry[];
  /** Resolution index of the current entries; the same object until the next write. */
  index(): ConfigIndex;
  /** The current configuration version. */
  version(): number;
  /** Resolution index of a version (cached); undefined when it does not exist (pruned, or never). */
  indexAt(version: number): ConfigIndex | undefined;
  /** Versions kept, oldest first. */
  versions(): ConfigVersion[];
  /**
   * Replaces the entries with `next` (planChange's answer) as a new version: one transaction, only
   * the difference written to the current entries. `alongside` runs inside the same transaction
   * with the new version (workload revisions made by the change). Returns the new version.
   */
  replace(next: readonly ConfigEntry[], opts?: { cause?: string; nowMs?: number; alongside?: (version: number) => void }): number;
}

const id = (e: { kind: string; target: string; key: string }): string => `${e.kind}\0${e.target}\0${e.key}`;

/** Indexes of older versions kept in memory: a rollout renders at most a few versions at once. */
const MAX_CACHED_VERSIONS = 16;

export class SqliteConfigStore implements ConfigStore {
  private entries: readonly ConfigEntry[];
  private idx: ConfigIndex;
  private current: number;
  private readonly older = new Map<number, ConfigIndex>();

  constructor(private readonly db: Database.Database) {
    this.entries = this.read();
    this.idx = new ConfigIndex(this.entries);
    this.current = this.latest();
  }

  private read(): ConfigEntry[] {
    const rows = this.db.prepare('SELECT scope, target, key, value, updated_at_ms FROM config_entries ORDER BY scope, target, key').all() as Row[];
    return rows.map((r) => ({ kind: r.scope, target: r.target, key: r.key, value: r.value, updatedAtMs: r.updated_at_ms }));
  }

  private latest(): number {
    const r = this.db.prepare('SELECT MAX(version) AS v FROM config_versions').get() as { v: number | null };
    return r.v ?? 1;
  }

  list(): readonly ConfigEntry[] {
    return this.entries;
  }

  index(): ConfigIndex {
    return this.idx;
  }

  version(): number {
    return this.current;
  }

  indexAt(version: number): ConfigIndex | undefined {
    if (version === this.current) return this.idx;
    const hit = this.older.get(version);
    if (hit) return hit;
    const row = this.db.prepare('SELECT entries FROM config_versions WHERE version = ?').get(version) as { entries: string } | undefined;
    if (!row) return undefined;
    const idx = new ConfigIndex(JSON.parse(row.entries) as ConfigEntry[]);
    if (this.older.size >= MAX_CACHED_VERSIONS) this.older.delete(this.older.keys().next().value as number);
    this.older.set(version, idx);
    return idx;
  }

  versions(): ConfigVersion[] {
    const rows = this.db.prepare('SELECT version, cause, created_at_ms FROM config_versions ORDER BY version').all() as { version: number; cause: string; created_at_ms: number }[];
    return rows.map((r) => ({ version: r.version, cause: r.cause, createdAtMs: r.created_at_ms }));
  }

  replace(next: readonly ConfigEntry[], opts: { cause?: string; nowMs?: number; alongside?: (version: number) => void } = {}): number {
    const before = new Map(this.entries.map((e) => [id(e), e]));
    const after = new Map(next.map((e) => [id(e), e]));
    const upsert = this.db.prepare(
      `INSERT INTO config_entries (scope, target, key, value, updated_at_ms) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT(scope, target, key) DO UPDATE SET value = excluded.value, updated_at_ms = excluded.updated_at_ms`,
    );
    const del = this.db.prepare('DELETE FROM config_entries WHERE scope = ? AND target = ? AND key = ?');
    const nowMs = opts.nowMs ?? Math.max(0, ...next.map((e) => e.updatedAtMs));
    const version = this.db.transaction(() => {
      for (const [k, e] of before) if (!after.has(k)) del.run(e.kind, e.target, e.key);
      for (const [k, e] of after) {
        const prev = before.get(k);
        if (!prev || prev.value !== e.value) upsert.run(e.kind, e.target, e.key, e.value, e.updatedAtMs);
      }
      const v = this.latest() + 1;
      const stored = this.read().map((e) => ({ kind: e.kind, target: e.target, key: e.key, value: e.value, updatedAtMs: e.updatedAtMs }));
      this.db.prepare('INSERT INTO config_versions (version, entries, cause, created_at_ms) VALUES (?, ?, ?, ?)').run(v, JSON.stringify(stored), opts.cause ?? 'config change', nowMs);
      opts.alongside?.(v);
      this.db.prepare('DELETE FROM config_versions WHERE version < ? AND version NOT IN (SELECT DISTINCT config_version FROM workload_revisions)').run(v);
      return v;
    })();
    this.entries = this.read();
    this.idx = new ConfigIndex(this.entries);
    this.current = version;
    for (const v of this.older.keys()) if (!this.db.prepare('SELECT 1 FROM config_versions WHERE version = ?').get(v)) this.older.delete(v);
    return version;
  }
}
