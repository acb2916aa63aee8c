// NodePolicy documents, beside the workloads in the controller's SQLite file.
import type Database from 'better-sqlite3';
import type { NamedNodePolicy } from '../manifest/node-policy.js';
import type { ApplyOutcome } from './store.js';

export class SqlitePolicyStore {
  constructor(private readonly db: Database.Database) {}

  apply(p: NamedNodePolicy, nowMs: number): ApplyOutcome {
    const body = JSON.stringify(p);
    const row = this.db.prepare('SELECT body FROM node_policies WHERE name = ?').get(p.name) as { body: string } | undefined;
    if (row?.body === body) return 'unchanged';
    this.db
      .prepare(
        `INSERT INTO node_policies (name, body, created_at_ms, updated_at_ms) VALUES (?, ?, ?, ?)
         ON CONFLICT(name) DO UPDATE SET body = excluded.body, updated_at_ms = excluded.updated_at_ms`,
      )
      .run(p.name, body, nowMs, nowMs);
    return row ? 'configured' : 'created';
  }

  delete(name: string): boolean {
    return this.db.prepare('DELETE FROM node_policies WHERE name = ?').run(name).changes > 0;
  }

  list(): NamedNodePolicy[] {
    const rows = this.db.prepare('SELECT body FROM node_policies ORDER BY name').all() as { body: string }[];
    return rows.map((r) => JSON.parse(r.body) as NamedNodePolicy);
  }
}
