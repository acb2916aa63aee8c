// The autoscaler's memory: the replica count it chose per workload and when, so a controller
// restart neither forgets the count nor restarts the cool-down. Keyed to the workload's creation
// time: a deleted and re-created workload starts from its manifest again.
import type Database from 'better-sqlite3';

export interface WorkloadScale {
  workload: string;
  workloadCreatedMs: number;
  replicas: number;
  changedAtMs: number;
  reason: string;
}

export interface ScaleStore {
  get(workload: string, workloadCreatedMs: number): WorkloadScale | undefined;
  put(s: WorkloadScale): void;
}

interface Row {
  workload: string;
  workload_created_ms: number;
  replicas: number;
  changed_at_ms: number;
  reason: string;
}

export class SqliteScaleStore implements ScaleStore {
  constructor(private readonly db: Database.Database) {}

  get(workload: string, workloadCreatedMs: number): WorkloadScale | undefined {
    const r = this.db.prepare('SELECT * FROM workload_scale WHERE workload = ?').get(workload) as Row | undefined;
    if (!r || r.workload_created_ms !== workloadCreatedMs) return undefined;
    return { workload, workloadCreatedMs, replicas: r.replicas, changedAtMs: r.changed_at_ms, reason: r.reason };
  }

  put(s: WorkloadScale): void {
    this.db
      .prepare(
        `INSERT INTO workload_scale (workload, workload_created_ms, replicas, changed_at_ms, reason) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT(workload) DO UPDATE SET workload_created_ms = excluded.workload_created_ms, replicas = excluded.replicas,
           changed_at_ms = excluded.changed_at_ms, reason = excluded.reason`,
      )
      .run(s.workload, s.workloadCreatedMs, s.replicas, s.changedAtMs, s.reason);
  }
}

export class MemoryScaleStore implements ScaleStore {
  private readonly data = new Map<string, WorkloadScale>();

  get(workload: string, workloadCreatedMs: number): WorkloadScale | undefined {
    const s = this.data.get(workload);
    return s && s.workloadCreatedMs === workloadCreatedMs ? s : undefined;
  }

  put(s: WorkloadScale): void {
    this.data.set(s.workload, { ...s });
  }
}
