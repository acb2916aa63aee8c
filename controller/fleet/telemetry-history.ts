// Telemetry history in SQLite: raw samples for a short time, sums per step bucket for longer
// times (one table, one row per node, step and bucket). Writes happen inside the caller's
// transaction; reads pick the resolution with chooseSource and merge buckets with rebucket.
import type Database from 'better-sqlite3';
import type { TelemetrySample } from '../../proto/types.js';
import { addSums, bucketStart, chooseSource, emptySums, METRICS, rebucket, sampleSums, type Metric, type Point, type Sums } from './downsample.js';
import type { FleetStateConfig } from './fleet-config.js';

const COLUMN: Record<Metric, string> = {
  cpuPercent: 'cpu_percent',
  load1: 'load1',
  memoryUsedBytes: 'memory_used_bytes',
  memoryTotalBytes: 'memory_total_bytes',
  diskUsedBytes: 'disk_used_bytes',
  diskTotalBytes: 'disk_total_bytes',
  diskMaxPercent: 'disk_max_percent',
  netRxBytesPerS: 'net_rx_bytes_per_s',
  netTxBytesPerS: 'net_tx_bytes_per_s',
};
const COLS = METRICS.map((m) => COLUMN[m]);
const PARAMS = METRICS.map((m) => `@${m}`);

export interface PendingSample {
  nodeId: string;
  bootId: string;
  sample: TelemetrySample;
}

type Row = Record<string, number | null>;

function sumsOfRow(r: Row, n: number, tempSum: number, tempN: number): Sums {
  const s = emptySums();
  s.n = n;
  for (const m of METRICS) s.sum[m] = Number(r[COLUMN[m]] ?? 0);
  s.tempSum = tempSum;
  s.tempN = tempN;
  return s;
}

/** Inserts raw samples (duplicates ignored) and adds the new ones into every tier. Returns rows written. */
export function writeSamples(db: Database.Database, items: readonly PendingSample[], cfg: FleetStateConfig): number {
  const insertRaw = db.prepare(
    `INSERT OR IGNORE INTO telemetry_raw (node_id, boot_id, seq, ts_ms, ${COLS.join(', ')}, temperature_c)
     VALUES (@nodeId, @bootId, @seq, @tsMs, ${PARAMS.join(', ')}, @temperatureC)`,
  );
  const rollups = new Map<string, { nodeId: string; stepMs: number; bucketMs: number; sums: Sums }>();
  let written = 0;
  for (const { nodeId, bootId, sample } of items) {
    const sums = sampleSums(sample);
    const res = insertRaw.run({ nodeId, bootId, seq: sample.seq, tsMs: sample.tsMs, ...sums.sum, temperatureC: sample.temperatureC ?? null });
    if (res.changes === 0) continue; // already stored: its sums are already in the tiers
    written++;
    for (const t of cfg.tiers) {
      const bucketMs = bucketStart(sample.tsMs, t.stepMs);
      const k = `${nodeId}\u0000${t.stepMs}\u0000${bucketMs}`;
      const acc = rollups.get(k);
      if (acc) addSums(acc.sums, sums);
      else rollups.set(k, { nodeId, stepMs: t.stepMs, bucketMs, sums: addSums(emptySums(), sums) });
    }
  }
  const upsert = db.prepare(
    `INSERT INTO telemetry_rollup (node_id, step_ms, bucket_ms, samples, ${COLS.join(', ')}, temperature_sum, temperature_samples)
     VALUES (@nodeId, @stepMs, @bucketMs, @n, ${PARAMS.join(', ')}, @tempSum, @tempN)
     ON CONFLICT(node_id, step_ms, bucket_ms) DO UPDATE SET samples = samples + excluded.samples,
       ${COLS.map((c) => `${c} = ${c} + excluded.${c}`).join(', ')},
       temperature_sum = temperature_sum + excluded.temperature_sum,
       temperature_samples = temperature_samples + excluded.temperature_samples`,
  );
  for (const r of rollups.values()) {
    upsert.run({ nodeId: r.nodeId, stepMs: r.stepMs, bucketMs: r.bucketMs, n: r.sums.n, ...r.sums.sum, tempSum: r.sums.tempSum, tempN: r.sums.tempN });
  }
  return written;
}

export interface HistoryQuery {
  sinceMs: number;
  untilMs: number;
  /** 0: the source's own resolution. */
  stepMs: number;
}

export interface History {
  node: string;
  sinceMs: number;
  untilMs: number;
  /** The bucket width of the points; 0 for raw samples. */
  stepMs: number;
  /** Where the points come from: "raw", or the rollup step ("1m", "10m"). */
  source: string;
  points: Point[];
}

export function readHistory(db: Database.Database, nodeId: string, q: HistoryQuery, nowMs: number, cfg: FleetStateConfig): History {
  const { source, stepMs } = chooseSource({ ...q, nowMs }, cfg.rawRetentionMs, cfg.tiers, cfg.maxHistoryPoints);
  let rows: { tsMs: number; sums: Sums }[];
  if (source.kind === 'raw') {
    const raw = db
      .prepare(
        `SELECT ts_ms, ${COLS.join(', ')}, temperature_c FROM telemetry_raw
         WHERE node_id = ? AND ts_ms >= ? AND ts_ms < ? ORDER BY ts_ms LIMIT ?`,
      )
      .all(nodeId, q.sinceMs, q.untilMs, stepMs > 0 ? 1_000_000 : cfg.maxHistoryPoints) as Row[];
    rows = raw.map((r) => {
      const t = r.temperature_c;
      return { tsMs: Number(r.ts_ms), sums: sumsOfRow(r, 1, t ?? 0, t === null || t === undefined ? 0 : 1) };
    });
  } else {
    const from = bucketStart(q.sinceMs, source.stepMs);
    const agg = db
      .prepare(
        `SELECT bucket_ms, samples, ${COLS.join(', ')}, temperature_sum, temperature_samples FROM telemetry_rollup
         WHERE node_id = ? AND step_ms = ? AND bucket_ms >= ? AND bucket_ms < ? ORDER BY bucket_ms`,
      )
      .all(nodeId, source.stepMs, from, q.untilMs) as Row[];
    rows = agg.map((r) => ({
      tsMs: Number(r.bucket_ms),
      sums: sumsOfRow(r, Number(r.samples), Number(r.temperature_sum), Number(r.temperature_samples)),
    }));
  }
  return {
    node: nodeId,
    sinceMs: q.sinceMs,
    untilMs: q.untilMs,
    stepMs,
    source: source.kind === 'raw' ? 'raw' : stepName(source.stepMs),
    points: rebucket(rows, stepMs),
  };
}

/** Deletes raw samples and rollup buckets past their retention. Returns rows deleted. */
export function pruneHistory(db: Database.Database, cfg: FleetStateConfig, nowMs: number): number {
  let n = db.prepare('DELETE FROM telemetry_raw WHERE ts_ms < ?').run(nowMs - cfg.rawRetentionMs).changes;
  const del = db.prepare('DELETE FROM telemetry_rollup WHERE step_ms = ? AND bucket_ms < ?');
  for (const t of cfg.tiers) n += del.run(t.stepMs, nowMs - t.retentionMs).changes;
  // Tiers removed from the configuration leave nothing behind.
  const steps = cfg.tiers.map((t) => t.stepMs);
  n += db.prepare(`DELETE FROM telemetry_rollup WHERE step_ms NOT IN (${steps.map(() => '?').join(', ')})`).run(...steps).changes;
  return n;
}

export function stepName(ms: number): string {
  if (ms % 86_400_000 === 0) return `${ms / 86_400_000}d`;
  if (ms % 3_600_000 === 0) return `${ms / 3_600_000}h`;
  if (ms % 60_000 === 0) return `${ms / 60_000}m`;
  if (ms % 1000 === 0) return `${ms / 1000}s`;
  return `${ms}ms`;
}
