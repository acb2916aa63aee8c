// Workload revisions and rollout state, beside the workloads in the controller's SQLite file.
// SqliteStore.applyWorkload records a revision for every change of the container spec; this
// store reads them back (history, undo, the spec of an older revision for nodes a rollout has
// not reached) and keeps each workload's rollout state (controller/rollout/machine.ts).
import type Database from 'better-sqlite3';
import { ControllerError } from '../errors.js';
import type { Workload } from '../manifest/types.js';
import { upgradeStoredWorkload } from '../manifest/upgrade.js';
import type { RolloutState } from '../rollout/machine.js';

export interface Revision {
  workload: string;
  revision: number;
  specHash: string;
  /** The workload as applied when this revision was made. */
  body: Workload;
  /** What made it: 'apply', or the config change, e.g. "config: LOG_LEVEL set at fleet". */
  cause: string;
  /** The configuration version its nodes are rendered with (config-store.ts). */
  configVersion: number;
  createdAtMs: number;
}

interface RevisionRow {
  workload: string;
  revision: number;
  spec_hash: string;
  body: string;
  cause: string;
  config_version: number;
  created_at_ms: number;
}

/** The parts of a workload a revision stands for: what its spec hash covers, and its configuration. */
export type RevisionSpec = Pick<Workload, 'container' | 'dependsOn' | 'runWhen' | 'specHash'> & { configVersion: number };

/**
 * Revisions kept per workload. Older ones go, except the current one and any an unfinished
 * rollout still sends to some node (its target, stable and given revisions). Bounds the history
 * and, through it, the configuration versions kept (a version goes when no revision refers to it).
 */
export const MAX_REVISIONS = 20;

/** Drops a workload's revisions beyond the newest MAX_REVISIONS that nothing refers to any more. */
export function pruneRevisions(db: Database.Database, workload: string): void {
  const revs = db.prepare('SELECT revision FROM workload_revisions WHERE workload = ? ORDER BY revision DESC').all(workload) as { revision: number }[];
  if (revs.length <= MAX_REVISIONS) return;
  const keep = new Set<number>();
  const cur = db.prepare('SELECT revision FROM workloads WHERE name = ?').get(workload) as { revision: number } | undefined;
  if (cur) keep.add(cur.revision);
  const st = db.prepare('SELECT state FROM rollouts WHERE workload = ?').get(workload) as { state: string } | undefined;
  if (st) {
    const s = JSON.parse(st.state) as RolloutState;
    keep.add(s.target);
    if (s.stable !== null) keep.add(s.stable);
    for (const n of Object.values(s.nodes)) keep.add(n.given);
  }
  const del = db.prepare('DELETE FROM workload_revisions WHERE workload = ? AND revision = ?');
  for (const r of revs.slice(MAX_REVISIONS)) if (!keep.has(r.revision)) del.run(workload, r.revision);
}

export class SqliteRolloutStore {
  /**
   * Revision specs by workload, its creation time and revision number. A revision never changes
   * once made, and a workload deleted and created again has a new creation time, so entries never
   * go stale; reconcile runs read the specs of older revisions for every node of a rollout.
   */
  private readonly specs = new Map<string, RevisionSpec>();

  /**
   * `open` turns a stored body into a Workload with its secret env values opened (bodies are
   * stored sealed, SqliteStore.openWorkloadBody); the default parses plain JSON.
   */
  constructor(
    private readonly db: Database.Database,
    private readonly open: (body: string) => Workload = (body) => JSON.parse(body) as Workload,
  ) {}

  listRevisions(workload: string): Revision[] {
    const rows = this.db.prepare('SELECT * FROM workload_revisions WHERE workload = ? ORDER BY revision').all(workload) as RevisionRow[];
    return rows.map((r) => this.toRevision(r));
  }

  getRevision(workload: string, revision: number): Revision | undefined {
    const row = this.rawRevision(workload, revision);
    return row ? this.toRevision(row) : undefined;
  }

  private rawRevision(workload: string, revision: number): RevisionRow | undefined {
    return this.db.prepare('SELECT * FROM workload_revisions WHERE workload = ? AND revision = ?').get(workload, revision) as RevisionRow | undefined;
  }

  private toRevision(r: RevisionRow): Revision {
    return {
      workload: r.workload,
      revision: r.revision,
      specHash: r.spec_hash,
      body: upgradeStoredWorkload(this.open(r.body)),
      cause: r.cause,
      configVersion: r.config_version,
      createdAtMs: r.created_at_ms,
    };
  }

  /**
   * The spec of one revision, cached; undefined when the revision does not exist. The cache is
   * keyed by the configuration version too: the current revision's version moves forward in
   * place when a config change leaves what it renders unchanged (configRevisions).
   */
  revisionSpec(workload: string, workloadCreatedMs: number, revision: number): RevisionSpec | undefined {
    const key = `${workload}\0${workloadCreatedMs}\0${revision}`;
    const hit = this.specs.get(key);
    if (hit) return hit;
    const r = this.getRevision(workload, revision);
    if (!r) return undefined;
    const spec: RevisionSpec = { container: r.body.container, dependsOn: r.body.dependsOn, runWhen: r.body.runWhen, specHash: r.specHash, configVersion: r.configVersion };
    this.specs.set(key, spec);
    return spec;
  }

  /**
   * What a config change does to revisions, inside the config store's transaction: each workload in
   * `changed` gets a new revision (its current spec, the new configuration `version`, `cause`)
   * that becomes current and rolls out like any change; the current revision of each workload in
   * `repinned` (one whose containers receive the same on every node it is placed on) moves to the
   * new version in place, so nodes it is placed on later get the configuration of now.
   * Returns the new revision of each changed workload.
   */
  configRevisions(changed: readonly string[], repinned: readonly string[], version: number, cause: string, nowMs: number): Map<string, number> {
    const made = new Map<string, number>();
    const row = this.db.prepare('SELECT spec_hash, revision, body FROM workloads WHERE name = ?');
    const last = this.db.prepare('SELECT MAX(revision) AS last FROM workload_revisions WHERE workload = ?');
    const ins = this.db.prepare(
      `INSERT INTO workload_revisions (workload, revision, spec_hash, body, cause, created_at_ms, config_version) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    const upd = this.db.prepare('UPDATE workloads SET revision = ?, updated_at_ms = ? WHERE name = ?');
    const pin = this.db.prepare('UPDATE workload_revisions SET config_version = ? WHERE workload = ? AND revision = (SELECT revision FROM workloads WHERE name = ?)');
    for (const name of changed) {
      const w = row.get(name) as { spec_hash: string; revision: number; body: string } | undefined;
      if (!w) continue;
      const revision = Math.max(w.revision, (last.get(name) as { last: number | null }).last ?? 0) + 1;
      // The body as stored (secrets sealed): the same spec as the current revision.
      ins.run(name, revision, w.spec_hash, w.body, cause, nowMs, version);
      upd.run(revision, nowMs, name);
      pruneRevisions(this.db, name);
      made.set(name, revision);
    }
    for (const name of repinned) pin.run(version, name, name);
    // Cached specs carry the version; a re-pinned revision must be read again.
    if (repinned.length > 0) this.specs.clear();
    return made;
  }

  /**
   * Makes an earlier revision current again (undo): its container spec, dependsOn and runWhen
   * over the workload as it is now (placement, priority and rollout settings stay). No new
   * revision is made; the next change of the spec gets the next unused number.
   */
  restoreRevision(workload: string, revision: number, nowMs: number): Workload {
    return this.db.transaction(() => {
      const row = this.db.prepare('SELECT body FROM workloads WHERE name = ?').get(workload) as { body: string } | undefined;
      if (!row) throw new ControllerError('EF_CTL_NOT_FOUND', `workload ${workload} does not exist`);
      const r = this.rawRevision(workload, revision);
      if (!r) {
        const known = this.listRevisions(workload).map((x) => x.revision);
        throw new ControllerError('EF_CTL_NOT_FOUND', `workload ${workload} has no revision ${revision} (it has ${known.join(', ') || 'none'})`);
      }
      // Both bodies as stored (secrets sealed), so the restored row stays sealed too.
      const current = upgradeStoredWorkload(JSON.parse(row.body) as Workload);
      const old = upgradeStoredWorkload(JSON.parse(r.body) as Workload);
      // The revision keeps its configuration version: a rollback restores the old values too.
      const restored: Workload = { ...current, container: old.container, dependsOn: old.dependsOn, runWhen: old.runWhen, specHash: r.spec_hash };
      this.db
        .prepare('UPDATE workloads SET spec_hash = ?, revision = ?, body = ?, updated_at_ms = ? WHERE name = ?')
        .run(r.spec_hash, revision, JSON.stringify(restored), nowMs, workload);
      return this.open(JSON.stringify(restored));
    })();
  }

  getRollout(workload: string): RolloutState | undefined {
    const row = this.db.prepare('SELECT state FROM rollouts WHERE workload = ?').get(workload) as { state: string } | undefined;
    return row ? (JSON.parse(row.state) as RolloutState) : undefined;
  }

  listRollouts(): RolloutState[] {
    const rows = this.db.prepare('SELECT state FROM rollouts ORDER BY workload').all() as { state: string }[];
    return rows.map((r) => JSON.parse(r.state) as RolloutState);
  }

  putRollout(s: RolloutState): void {
    this.db
      .prepare(
        `INSERT INTO rollouts (workload, state, updated_at_ms) VALUES (?, ?, ?)
         ON CONFLICT(workload) DO UPDATE SET state = excluded.state, updated_at_ms = excluded.updated_at_ms`,
      )
      .run(s.workload, JSON.stringify(s), s.updatedAtMs);
  }

  deleteRollout(workload: string): void {
    this.db.prepare('DELETE FROM rollouts WHERE workload = ?').run(workload);
  }
}
