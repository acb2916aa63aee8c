// The operator's side of each node (labels on top of the agent's, cordon, drain), kept in the
// controller's SQLite file beside the main store. A port, so another store can implement it.
import type Database from 'better-sqlite3';

export type SchedulingState = 'cordoned' | 'draining';

export interface NodeAdmin {
  labels: Record<string, string>;
  scheduling: SchedulingState | null;
}

export interface NodeAdminStore {
  list(): Map<string, NodeAdmin>;
  /** Sets and removes operator labels in one transaction. */
  updateLabels(nodeId: string, set: Readonly<Record<string, string>>, remove: readonly string[], nowMs: number): void;
  setScheduling(nodeId: string, state: SchedulingState | null, nowMs: number): void;
  /** `node rm`: the operator's labels and scheduling state of the node go with it. */
  forget(nodeId: string): void;
}

export class SqliteNodeAdminStore implements NodeAdminStore {
  constructor(private readonly db: Database.Database) {}

  list(): Map<string, NodeAdmin> {
    const out = new Map<string, NodeAdmin>();
    const entry = (id: string): NodeAdmin => {
      const e = out.get(id) ?? { labels: {}, scheduling: null };
      out.set(id, e);
      return e;
    };
    const labels = this.db.prepare('SELECT node_id, key, value FROM node_labels ORDER BY node_id, key').all() as {
      node_id: string;
      key: string;
      value: string;
    }[];
    for (const r of labels) entry(r.node_id).labels[r.key] = r.value;
    const states = this.db.prepare('SELECT node_id, state FROM node_scheduling').all() as { node_id: string; state: SchedulingState }[];
    for (const r of states) entry(r.node_id).scheduling = r.state;
    return out;
  }

  updateLabels(nodeId: string, set: Readonly<Record<string, string>>, remove: readonly string[], nowMs: number): void {
    const upsert = this.db.prepare(
      `INSERT INTO node_labels (node_id, key, value, updated_at_ms) VALUES (?, ?, ?, ?)
       ON CONFLICT(node_id, key) DO UPDATE SET value = excluded.value, updated_at_ms = excluded.updated_at_ms`,
    );
    const del = this.db.prepare('DELETE FROM node_labels WHERE node_id = ? AND key = ?');
    this.db.transaction(() => {
      for (const k of remove) del.run(nodeId, k);
      for (const [k, v] of Object.entries(set)) upsert.run(nodeId, k, v, nowMs);
    })();
  }

  setScheduling(nodeId: string, state: SchedulingState | null, nowMs: number): void {
    if (state === null) {
      this.db.prepare('DELETE FROM node_scheduling WHERE node_id = ?').run(nodeId);
      return;
    }
    this.db
      .prepare(
        `INSERT INTO node_scheduling (node_id, state, updated_at_ms) VALUES (?, ?, ?)
         ON CONFLICT(node_id) DO UPDATE SET state = excluded.state, updated_at_ms = excluded.updated_at_ms`,
      )
      .run(nodeId, state, nowMs);
  }

  forget(nodeId: string): void {
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM node_labels WHERE node_id = ?').run(nodeId);
      this.db.prepare('DELETE FROM node_scheduling WHERE node_id = ?').run(nodeId);
    })();
  }
}

/** For a registry without persistence (tests of other parts). */
export class MemoryNodeAdminStore implements NodeAdminStore {
  private readonly data = new Map<string, NodeAdmin>();

  list(): Map<string, NodeAdmin> {
    return new Map([...this.data].map(([k, v]) => [k, { labels: { ...v.labels }, scheduling: v.scheduling }]));
  }

  updateLabels(nodeId: string, set: Readonly<Record<string, string>>, remove: readonly string[]): void {
    const e = this.data.get(nodeId) ?? { labels: {}, scheduling: null };
    for (const k of remove) delete e.labels[k];
    Object.assign(e.labels, set);
    this.data.set(nodeId, e);
  }

  setScheduling(nodeId: string, state: SchedulingState | null): void {
    const e = this.data.get(nodeId) ?? { labels: {}, scheduling: null };
    e.scheduling = state;
    this.data.set(nodeId, e);
  }

  forget(nodeId: string): void {
    this.data.delete(nodeId);
  }
}
