// Configuration entries (controller/nodeconfig) in the controller's SQLite file. The controller is
// the only writer, so the entries and their resolution index are kept in memory and rebuilt only
// when a change is written: every reconcile reads them, a change is rare.
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

export interface ConfigStore {
  list(): readonly ConfigEntry[];
  /** Resolution index of the current entries; the same object until the next write. */
  index(): ConfigIndex;
  /** Replaces the entries with `next` (planChange's answer): one transaction, only the difference written. */
  replace(next: readonly ConfigEntry[]): void;
}

const id = (e: { kind: string; target: string; key: string }): string => `${e.kind}\0${e.target}\0${e.key}`;

export class SqliteConfigStore implements ConfigStore {
  private entries: readonly ConfigEntry[];
  private idx: ConfigIndex;

  constructor(private readonly db: Database.Database) {
    this.entries = this.read();
    this.idx = new ConfigIndex(this.entries);
  }

  private read(): ConfigEntry[] {
    const rows = this.db.prepare('SELECT scope, target, key, value, updated_at_ms FROM config_entries ORDER BY scope, target, key').all() as Row[];
    return rows.map((r) => ({ kind: r.scope, target: r.target, key: r.key, value: r.value, updatedAtMs: r.updated_at_ms }));
  }

  list(): readonly ConfigEntry[] {
    return this.entries;
  }

  index(): ConfigIndex {
    return this.idx;
  }

  replace(next: readonly ConfigEntry[]): void {
    const before = new Map(this.entries.map((e) => [id(e), e]));
    const after = new Map(next.map((e) => [id(e), e]));
    const upsert = this.db.prepare(
      `INSERT INTO config_entries (scope, target, key, value, updated_at_ms) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT(scope, target, key) DO UPDATE SET value = excluded.value, updated_at_ms = excluded.updated_at_ms`,
    );
    const del = this.db.prepare('DELETE FROM config_entries WHERE scope = ? AND target = ? AND key = ?');
    this.db.transaction(() => {
      for (const [k, e] of before) if (!after.has(k)) del.run(e.kind, e.target, e.key);
      for (const [k, e] of after) {
        const prev = before.get(k);
        if (!prev || prev.value !== e.value) upsert.run(e.kind, e.target, e.key, e.value, e.updatedAtMs);
      }
    })();
    this.entries = this.read();
    this.idx = new ConfigIndex(this.entries);
  }
}

/** For tests of other parts, and a reconciler without persistence. */
export class MemoryConfigStore implements ConfigStore {
  private entries: readonly ConfigEntry[] = [];
  private idx = new ConfigIndex([]);

  list(): readonly ConfigEntry[] {
    return this.entries;
  }

  index(): ConfigIndex {
    return this.idx;
  }

  replace(next: readonly ConfigEntry[]): void {
    this.entries = [...next];
    this.idx = new ConfigIndex(this.entries);
  }
}
