// SQLite store (better-sqlite3, WAL). Synchronous by design: every call is a short transaction
// on a local file, cheaper than the promise it would otherwise return.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Hello, NodeState } from '../../proto/types.js';
import type { Workload } from '../manifest/types.js';
import { upgradeStoredWorkload } from '../manifest/upgrade.js';
import { ControllerError } from '../errors.js';
import { MIGRATIONS } from './migrations.js';
import { pruneRevisions } from './rollout-store.js';
import { ensureSecretKey, secretBox, type SecretBox } from '../security/secret-box.js';
import type { ApplyOutcome, Placement, Store, StoredDesired, StoredNode, StoredWorkload } from './store.js';

interface WorkloadRow {
  name: string;
  spec_hash: string;
  revision: number;
  body: string;
  created_at_ms: number;
  updated_at_ms: number;
  /** From the current revision's row (WORKLOAD_SELECT). */
  config_version: number | null;
}
interface NodeRow {
  id: string;
  hello: string | null;
  state: string | null;
  online: number;
  first_seen_ms: number;
  last_seen_ms: number;
}
interface DesiredRow {
  node_id: string;
  generation: number;
  content_hash: string;
  payload: Buffer;
  updated_at_ms: number;
}

/** A workload with the configuration version of its current revision. */
const WORKLOAD_SELECT = `SELECT w.*, r.config_version FROM workloads w
  LEFT JOIN workload_revisions r ON r.workload = w.name AND r.revision = w.revision`;

export function openSqliteStore(dataDir: string, nowMs: number): SqliteStore {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  return new SqliteStore(join(dataDir, 'controller.db'), nowMs);
}

export class SqliteStore implements Store {
  private readonly db: Database.Database;
  private readonly epochValue: number;
  /** Prepared once: preparing on every call was the top self-time entry with 1,000 nodes reconnecting. */
  private readonly stmts = new Map<string, Database.Statement>();
  /** The placements table in memory, sorted as listPlacements returns it; null: read it again. */
  private placements: readonly Placement[] | null = null;
  /** Secret env values and desired payloads (which carry them) are sealed at rest (security/secret-box.ts). */
  private readonly box: SecretBox;

  constructor(file: string, nowMs: number) {
    this.box = secretBox(ensureSecretKey(dirname(file)));
    try {
      this.db = new Database(file);
    } catch (cause) {
      throw new ControllerError('EF_CTL_STORE_FAILED', `cannot open the store at ${file}: ${String(cause)}`, { cause });
    }
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    // Checkpoint every 4,000 WAL pages (16 MiB) instead of 1,000: under telemetry ingest the same
    // node pages are rewritten flush after flush, so a rarer checkpoint copies (and fsyncs) each
    // of them once for more flushes. Ingest and flush of 200,000 samples: 8.4 -> 7.7 ms of CPU
    // per 1,000 samples, and less time blocked in the checkpoint's fsync.
    this.db.pragma('wal_autocheckpoint = 4000');
    this.db.pragma('foreign_keys = ON');
    this.migrate();
    this.epochValue = this.ensureEpoch(nowMs);
  }

  private stmt(sql: string): Database.Statement {
    let st = this.stmts.get(sql);
    if (!st) this.stmts.set(sql, (st = this.db.prepare(sql)));
    return st;
  }

  private migrate(): void {
    const current = this.db.pragma('user_version', { simple: true }) as number;
    for (let v = current; v < MIGRATIONS.length; v++) {
      const sql = MIGRATIONS[v] as string;
      this.db.transaction(() => {
        this.db.exec(sql);
        this.db.pragma(`user_version = ${v + 1}`);
      })();
    }
  }

  private ensureEpoch(nowMs: number): number {
    const row = this.db.prepare('SELECT value FROM meta WHERE key = ?').get('epoch') as { value: string } | undefined;
    if (row) return Number(row.value);
    this.db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run('epoch', String(nowMs));
    return nowMs;
  }

  epoch(): number {
    return this.epochValue;
  }

  /** The open handle, for sibling stores (telemetry, events) that share this file. */
  get database(): Database.Database {
    return this.db;
  }

  applyWorkload(w: Workload, nowMs: number): { outcome: ApplyOutcome; revision: number } {
    return this.db.transaction(() => {
      const row = this.db.prepare('SELECT * FROM workloads WHERE name = ?').get(w.name) as WorkloadRow | undefined;
      const plain = JSON.stringify(w);
      // Sealed with a fresh IV each time: compare plaintexts, store the sealed form.
      const body = JSON.stringify(sealWorkload(w, this.box));
      if (!row) {
        this.db
          .prepare('INSERT INTO workloads (name, spec_hash, revision, body, created_at_ms, updated_at_ms) VALUES (?, ?, 1, ?, ?, ?)')
          .run(w.name, w.specHash, body, nowMs, nowMs);
        this.recordRevision(w.name, 1, w.specHash, body, nowMs);
        return { outcome: 'created' as const, revision: 1 };
      }
      if (JSON.stringify(this.openWorkload(row.body)) === plain) return { outcome: 'unchanged' as const, revision: row.revision };
      // The revision counts container-spec changes; a placement-only change keeps it. After an
      // undo the current revision is an old one: a change then gets the next number unused.
      const revision = row.spec_hash === w.specHash ? row.revision : this.lastRevision(w.name, row.revision) + 1;
      this.db
        .prepare('UPDATE workloads SET spec_hash = ?, revision = ?, body = ?, updated_at_ms = ? WHERE name = ?')
        .run(w.specHash, revision, body, nowMs, w.name);
      if (revision !== row.revision) this.recordRevision(w.name, revision, w.specHash, body, nowMs);
      return { outcome: 'configured' as const, revision };
    })();
  }

  private lastRevision(name: string, current: number): number {
    const r = this.stmt('SELECT MAX(revision) AS last FROM workload_revisions WHERE workload = ?').get(name) as { last: number | null };
    return Math.max(current, r.last ?? 0);
  }

  /** A revision made by an apply: pinned to the current configuration version. */
  private recordRevision(name: string, revision: number, specHash: string, body: string, nowMs: number): void {
    this.stmt(
      `INSERT INTO workload_revisions (workload, revision, spec_hash, body, cause, created_at_ms, config_version)
       VALUES (?, ?, ?, ?, 'apply', ?, COALESCE((SELECT MAX(version) FROM config_versions), 1))
       ON CONFLICT(workload, revision) DO UPDATE SET spec_hash = excluded.spec_hash, body = excluded.body, created_at_ms = excluded.created_at_ms,
         cause = excluded.cause, config_version = excluded.config_version`,
    ).run(name, revision, specHash, body, nowMs);
    pruneRevisions(this.db, name);
  }

  deleteWorkload(name: string): boolean {
    return this.db.transaction(() => {
      this.placements = null;
      this.db.prepare('DELETE FROM placements WHERE workload = ?').run(name);
      // A workload created again under this name starts from revision 1.
      this.db.prepare('DELETE FROM workload_revisions WHERE workload = ?').run(name);
      this.db.prepare('DELETE FROM rollouts WHERE workload = ?').run(name);
      return this.db.prepare('DELETE FROM workloads WHERE name = ?').run(name).changes > 0;
    })();
  }

  listWorkloads(): StoredWorkload[] {
    const rows = this.stmt(`${WORKLOAD_SELECT} ORDER BY w.name`).all() as WorkloadRow[];
    return rows.map((r) => this.toStoredWorkload(r));
  }

  getWorkload(name: string): StoredWorkload | undefined {
    const row = this.stmt(`${WORKLOAD_SELECT} WHERE w.name = ?`).get(name) as WorkloadRow | undefined;
    return row ? this.toStoredWorkload(row) : undefined;
  }

  /** A stored workload body (workloads, workload_revisions) with its secrets opened. */
  openWorkloadBody(body: string): Workload {
    return this.openWorkload(body);
  }

  private openWorkload(body: string): Workload {
    const w = JSON.parse(body) as Workload;
    // Bodies written before encryption hold plain values: opened only when sealed.
    const env = w.container.env.map((e) => (e.secret && this.box.isSealed(e.value) ? { ...e, value: this.box.open(e.value) } : e));
    return { ...w, container: { ...w.container, env } };
  }

  private toStoredWorkload(r: WorkloadRow): StoredWorkload {
    return {
      // Bodies stored by an older controller lack newer fields: filled with today's defaults.
      workload: upgradeStoredWorkload(this.openWorkload(r.body)),
      revision: r.revision,
      ...(r.config_version !== null ? { configVersion: r.config_version } : {}),
      createdAtMs: r.created_at_ms,
      updatedAtMs: r.updated_at_ms,
    };
  }

  private toStoredDesired(r: DesiredRow): StoredDesired {
    return {
      nodeId: r.node_id,
      generation: r.generation,
      contentHash: r.content_hash,
      payload: this.box.openBytes(new Uint8Array(r.payload)),
      updatedAtMs: r.updated_at_ms,
    };
  }

  upsertNode(n: StoredNode): void {
    this.nodeUpsert().run(n.id, this.helloJson(n.hello), n.state ? JSON.stringify(n.state) : null, n.online ? 1 : 0, n.firstSeenMs, n.lastSeenMs);
  }

  upsertNodes(nodes: readonly StoredNode[]): void {
    if (nodes.length === 0) return;
    const st = this.nodeUpsert();
    this.db.transaction(() => {
      for (const n of nodes) st.run(n.id, this.helloJson(n.hello), n.state ? JSON.stringify(n.state) : null, n.online ? 1 : 0, n.firstSeenMs, n.lastSeenMs);
    })();
  }

  private nodeUpsert(): Database.Statement {
    return this.stmt(
      `INSERT INTO nodes (id, hello, state, online, first_seen_ms, last_seen_ms) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT(id) DO UPDATE SET hello = excluded.hello, state = excluded.state, online = excluded.online, last_seen_ms = excluded.last_seen_ms`,
    );
  }

  /** A hello changes once per connect while its node's row is written on every change: encoded once per hello object. */
  private readonly helloJsonCache = new WeakMap<Hello, string>();

  private helloJson(h: Hello | null): string | null {
    if (!h) return null;
    let json = this.helloJsonCache.get(h);
    if (json === undefined) this.helloJsonCache.set(h, (json = JSON.stringify(h)));
    return json;
  }

  deleteNode(nodeId: string): boolean {
    return this.db.transaction(() => {
      this.placements = null;
      this.db.prepare('DELETE FROM placements WHERE node_id = ?').run(nodeId);
      return this.db.prepare('DELETE FROM nodes WHERE id = ?').run(nodeId).changes === 1;
    })();
  }

  listNodes(): StoredNode[] {
    const rows = this.db.prepare('SELECT * FROM nodes ORDER BY id').all() as NodeRow[];
    return rows.map((r) => ({
      id: r.id,
      hello: r.hello ? (JSON.parse(r.hello) as Hello) : null,
      state: r.state ? (JSON.parse(r.state) as NodeState) : null,
      online: r.online === 1,
      firstSeenMs: r.first_seen_ms,
      lastSeenMs: r.last_seen_ms,
    }));
  }

  /**
   * Writes only the difference from the stored set: every reconcile run calls this, and
   * rewriting all 10,000 rows of a fleet-wide workload on each run (most change nothing) was a
   * large share of a run.
   */
  replacePlacements(placements: readonly Placement[]): void {
    const next = sortedPlacements(placements);
    const prev = this.placementsNow();
    if (next.length === prev.length && next.every((p, i) => p.workload === prev[i]?.workload && p.nodeId === prev[i]?.nodeId)) return;
    const key = (p: Placement): string => `${p.workload}\0${p.nodeId}`;
    const had = new Set(prev.map(key));
    const keep = new Set(next.map(key));
    const added = next.filter((p) => !had.has(key(p)));
    const removed = prev.filter((p) => !keep.has(key(p)));
    if (added.length > 0 || removed.length > 0) {
      this.db.transaction(() => {
        const del = this.stmt('DELETE FROM placements WHERE workload = ? AND node_id = ?');
        for (const p of removed) del.run(p.workload, p.nodeId);
        const ins = this.stmt('INSERT INTO placements (workload, node_id) VALUES (?, ?)');
        for (const p of added) ins.run(p.workload, p.nodeId);
      })();
    }
    this.placements = next;
  }

  listPlacements(): Placement[] {
    return this.placementsNow().map((p) => ({ ...p }));
  }

  /** The table, read once and then kept: this class is its only writer (placements, deleteWorkload, deleteNode). */
  private placementsNow(): readonly Placement[] {
    if (this.placements) return this.placements;
    const rows = this.db.prepare('SELECT workload, node_id FROM placements ORDER BY workload, node_id').all() as {
      workload: string;
      node_id: string;
    }[];
    this.placements = rows.map((r) => ({ workload: r.workload, nodeId: r.node_id }));
    return this.placements;
  }

  getDesired(nodeId: string): StoredDesired | undefined {
    const row = this.stmt('SELECT * FROM desired WHERE node_id = ?').get(nodeId) as DesiredRow | undefined;
    return row ? this.toStoredDesired(row) : undefined;
  }

  putDesired(d: StoredDesired): void {
    this.putDesiredRow(d);
  }

  putDesiredMany(rows: readonly StoredDesired[]): void {
    if (rows.length === 0) return;
    this.db.transaction(() => {
      for (const d of rows) this.putDesiredRow(d);
    })();
  }

  private putDesiredRow(d: StoredDesired): void {
    this.stmt(
        `INSERT INTO desired (node_id, generation, content_hash, payload, updated_at_ms) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT(node_id) DO UPDATE SET generation = excluded.generation, content_hash = excluded.content_hash,
           payload = excluded.payload, updated_at_ms = excluded.updated_at_ms`,
      )
      .run(d.nodeId, d.generation, d.contentHash, Buffer.from(this.box.sealBytes(d.payload)), d.updatedAtMs);
  }

  listDesired(): StoredDesired[] {
    return (this.db.prepare('SELECT * FROM desired ORDER BY node_id').all() as DesiredRow[]).map((r) => this.toStoredDesired(r));
  }

  close(): void {
    this.db.close();
  }
}

/** The workload as stored: every secret env value sealed. */
function sealWorkload(w: Workload, box: SecretBox): Workload {
  if (!w.container.env.some((e) => e.secret)) return w;
  const env = w.container.env.map((e) => (e.secret ? { ...e, value: box.seal(e.value) } : e));
  return { ...w, container: { ...w.container, env } };
}

/**
 * Ordered by workload, then node, as `ORDER BY workload, node_id` returns them: names and node
 * ids are ASCII (NAME_RE, NODE_ID_PATTERN), where JavaScript's order is SQLite's BINARY order.
 */
function sortedPlacements(placements: readonly Placement[]): Placement[] {
  return placements
    .map((p) => ({ workload: p.workload, nodeId: p.nodeId }))
    .sort((a, b) => (a.workload < b.workload ? -1 : a.workload > b.workload ? 1 : a.nodeId < b.nodeId ? -1 : a.nodeId > b.nodeId ? 1 : 0));
}
