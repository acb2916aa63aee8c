// Telemetry history in SQLite: raw samples for a short time, sums per step bucket for longer
// times (one table, one row per node, step and bucket). Writes happen inside the caller's
// transaction; reads pick the resolution with chooseSource and merge buckets with rebucket.
import type Database from 'better-sqlite3';
import type { TelemetrySample } from '../../proto/types.js';
import { bucketStart, chooseSource, emptySums, METRICS, rebucket, sampleMetrics, type Metric, type Point, type Sums, type Tier } from './downsample.js';
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

/** The accepted (new) samples of one received batch, buffered until the next flush. */
export interface PendingBatch {
  nodeId: string;
  bootId: string;
  samples: readonly TelemetrySample[];
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

/**
 * One raw sample in a batch row's body (migration 009): seq, tsMs, the METRICS in their order,
 * then the temperature or null.
 */
type RawEntry = (number | null)[];
const TEMP_AT = 2 + METRICS.length;

function rawEntry(sample: TelemetrySample): RawEntry {
  const m = sampleMetrics(sample);
  const e: RawEntry = [sample.seq, sample.tsMs];
  for (const k of METRICS) e.push(m[k]);
  e.push(sample.temperatureC ?? null);
  return e;
}

function sumsOfEntry(e: RawEntry): Sums {
  const s = emptySums();
  s.n = 1;
  METRICS.forEach((m, i) => (s.sum[m] = Number(e[2 + i] ?? 0)));
  const t = e[TEMP_AT];
  s.tempSum = t ?? 0;
  s.tempN = t === null || t === undefined ? 0 : 1;
  return s;
}

interface WriteStatements {
  insertBatch: Database.Statement;
  upsertRollup: Database.Statement;
}

/** Prepared once per database handle, not on every flush. */
const statements = new WeakMap<Database.Database, WriteStatements>();

function writeStatements(db: Database.Database): WriteStatements {
  let st = statements.get(db);
  if (st) return st;
  st = {
    insertBatch: db.prepare(
      `INSERT OR IGNORE INTO telemetry_raw_batches (node_id, boot_id, first_seq, samples, ts_min_ms, ts_max_ms, body) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
    upsertRollup: db.prepare(
      `INSERT INTO telemetry_rollup (node_id, step_ms, bucket_ms, samples, ${COLS.join(', ')}, temperature_sum, temperature_samples)
       VALUES (${Array.from({ length: 4 + COLS.length + 2 }, () => '?').join(', ')})
       ON CONFLICT(node_id, step_ms, bucket_ms) DO UPDATE SET samples = samples + excluded.samples,
         ${COLS.map((c) => `${c} = ${c} + excluded.${c}`).join(', ')},
         temperature_sum = temperature_sum + excluded.temperature_sum,
         temperature_samples = temperature_samples + excluded.temperature_samples`,
    ),
  };
  statements.set(db, st);
  return st;
}

interface RollupAcc {
  nodeId: string;
  stepMs: number;
  bucketMs: number;
  sums: Sums;
}

/** Adds one raw entry (a sample's metrics as stored) into a bucket's sums. */
function addEntry(acc: Sums, e: RawEntry): void {
  acc.n++;
  for (let i = 0; i < METRICS.length; i++) acc.sum[METRICS[i] as Metric] += e[2 + i] as number;
  const t = e[TEMP_AT];
  if (t !== null && t !== undefined) {
    acc.tempSum += t;
    acc.tempN++;
  }
}

/**
 * Inserts one raw row per batch (a batch already stored is ignored) and adds the samples of the
 * new ones into every tier. Returns the samples written. One node per batch, so consecutive
 * samples mostly fall in the bucket of the one before: looked up only when the bucket changes.
 */
export function writeSamples(db: Database.Database, batches: readonly PendingBatch[], cfg: FleetStateConfig): number {
  const st = writeStatements(db);
  const rollups = new Map<string, RollupAcc>();
  const tiers = cfg.tiers;
  const current: (RollupAcc | undefined)[] = new Array<RollupAcc | undefined>(tiers.length);
  const acc = (nodeId: string, stepMs: number, bucketMs: number): RollupAcc => {
    const k = `${nodeId}\u0000${stepMs}\u0000${bucketMs}`;
    let r = rollups.get(k);
    if (!r) rollups.set(k, (r = { nodeId, stepMs, bucketMs, sums: emptySums() }));
    return r;
  };
  let written = 0;
  for (const { nodeId, bootId, samples } of batches) {
    if (samples.length === 0) continue;
    const body: RawEntry[] = [];
    let firstSeq = Number.MAX_SAFE_INTEGER;
    let tsMin = Number.MAX_SAFE_INTEGER;
    let tsMax = Number.MIN_SAFE_INTEGER;
    for (const sample of samples) {
      body.push(rawEntry(sample));
      if (sample.seq < firstSeq) firstSeq = sample.seq;
      if (sample.tsMs < tsMin) tsMin = sample.tsMs;
      if (sample.tsMs > tsMax) tsMax = sample.tsMs;
    }
    const res = st.insertBatch.run(nodeId, bootId, firstSeq, samples.length, tsMin, tsMax, JSON.stringify(body));
    if (res.changes === 0) continue; // already stored: its sums are already in the tiers
    written += samples.length;
    current.fill(undefined);
    for (const e of body) {
      const ts = e[1] as number;
      for (let i = 0; i < tiers.length; i++) {
        const stepMs = (tiers[i] as Tier).stepMs;
        const bucketMs = bucketStart(ts, stepMs);
        let r = current[i];
        if (!r || r.bucketMs !== bucketMs) current[i] = r = acc(nodeId, stepMs, bucketMs);
        addEntry(r.sums, e);
      }
    }
  }
  for (const r of rollups.values()) {
    st.upsertRollup.run(r.nodeId, r.stepMs, r.bucketMs, r.sums.n, ...METRICS.map((m) => r.sums.sum[m]), r.sums.tempSum, r.sums.tempN);
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
    // Batches holding any sample in the range; their samples filtered, in time order, limited.
    const batches = db
      .prepare(`SELECT body FROM telemetry_raw_batches WHERE node_id = ? AND ts_max_ms >= ? AND ts_min_ms < ?`)
      .all(nodeId, q.sinceMs, q.untilMs) as { body: string }[];
    const entries: RawEntry[] = [];
    for (const b of batches) {
      for (const e of JSON.parse(b.body) as RawEntry[]) {
        const ts = e[1] as number;
        if (ts >= q.sinceMs && ts < q.untilMs) entries.push(e);
      }
    }
    entries.sort((x, y) => (x[1] as number) - (y[1] as number));
    const limit = stepMs > 0 ? 1_000_000 : cfg.maxHistoryPoints;
    rows = entries.slice(0, limit).map((e) => ({ tsMs: e[1] as number, sums: sumsOfEntry(e) }));
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

/**
 * Deletes raw samples and rollup buckets past their retention. Returns rows deleted. Raw samples
 * go by batch: a batch when its newest sample is past retention.
 */
export function pruneHistory(db: Database.Database, cfg: FleetStateConfig, nowMs: number): number {
  let n = db.prepare('DELETE FROM telemetry_raw_batches WHERE ts_max_ms < ?').run(nowMs - cfg.rawRetentionMs).changes;
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
