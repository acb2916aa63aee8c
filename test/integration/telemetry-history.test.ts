// Telemetry history on a real SQLite file with an injected clock: batched writes, dedupe that
// survives raw retention and a restart, gaps and drops, downsampled answers, retention.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openFleetState, type FleetState } from '../../controller/fleet/fleet-state.js';
import Database from 'better-sqlite3';
import { MIGRATIONS } from '../../controller/store/migrations.js';
import { TELEMETRY_RAW_BATCHES } from '../../controller/store/migrations/009-telemetry-raw-batches.js';
import { openSqliteStore, type SqliteStore } from '../../controller/store/sqlite.js';
import type { TelemetryBatch, TelemetrySample } from '../../proto/types.js';

const MIN = 60_000;
const HOUR = 60 * MIN;
const T0 = Date.UTC(2030, 0, 1); // on a 10-minute boundary
const NODE = 'hist-1';

const sample = (seq: number, tsMs: number, cpu: number, over: Partial<TelemetrySample> = {}): TelemetrySample => ({
  seq,
  tsMs,
  cpuPercent: cpu,
  load1: 0.5,
  memoryUsedBytes: 400,
  memoryTotalBytes: 1000,
  swapUsedBytes: 0,
  swapTotalBytes: 0,
  disks: [{ mount: '/', usedBytes: 50, sizeBytes: 100 }],
  netRxBytesPerS: 1,
  netTxBytesPerS: 2,
  uptimeS: seq,
  workloads: [],
  ...over,
});

/** 3 h of samples every 10 s from T0 (seq 1..1080); cpu = the minute's index, so minute averages are exact. */
const SAMPLES = Array.from({ length: 1080 }, (_, i) => sample(i + 1, T0 + i * 10_000, Math.floor(i / 6)));
const batch = (samples: TelemetrySample[], dropped = 0, bootId = 'boot-a'): TelemetryBatch => ({ nodeId: NODE, bootId, samples, dropped });

describe('telemetry history (real SQLite file)', () => {
  let dir: string;
  let store: SqliteStore;
  let fs: FleetState;
  let now = T0 + 3 * HOUR;
  const open = (): void => {
    store = openSqliteStore(dir, now);
    fs = openFleetState(store.database, { flushIntervalMs: 60_000, flushMaxSamples: 500, pruneIntervalMs: HOUR }, () => now, pino({ level: 'silent' }));
  };
  const close = (): void => {
    fs.close();
    store.close();
  };
  /** Raw samples stored (one row per received batch, migration 009). */
  const rawRows = (): number => (store.database.prepare('SELECT coalesce(sum(samples), 0) AS n FROM telemetry_raw_batches').get() as { n: number }).n;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ef-hist-'));
    now = T0 + 3 * HOUR;
    open();
    for (let i = 0; i < SAMPLES.length; i += 60) fs.telemetry.ingest(batch(SAMPLES.slice(i, i + 60)));
  });

  afterEach(() => {
    close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes in batched transactions, not one per message', () => {
    fs.telemetry.flush();
    expect(rawRows()).toBe(1080);
    // 18 messages of 60 samples: one write each time 500 or more samples are buffered.
    expect(fs.telemetry.counters.flushes).toBe(2);
  });

  it('a redelivered batch adds no row and no weight to the averages', () => {
    fs.telemetry.ingest(batch(SAMPLES.slice(0, 60)));
    expect(fs.telemetry.ingest(batch(SAMPLES.slice(0, 60)))).toEqual({ accepted: 0, duplicates: 60 });
    fs.telemetry.flush();
    expect(rawRows()).toBe(1080);
    const h = fs.telemetry.history(NODE, { sinceMs: T0, untilMs: T0 + 10 * MIN, stepMs: 0 });
    expect(h.points.every((p) => p.samples === 6)).toBe(true);
    expect(fs.telemetry.stats(NODE)).toMatchObject({ received: 1080, duplicates: 120, missing: 0 });
  });

  it('answers recent queries from raw samples and older ones from minute averages', () => {
    const raw = fs.telemetry.history(NODE, { sinceMs: now - 30 * MIN, untilMs: now, stepMs: 0 });
    expect(raw).toMatchObject({ source: 'raw', stepMs: 0 });
    expect(raw.points).toHaveLength(180);

    const minutes = fs.telemetry.history(NODE, { sinceMs: now - 6 * HOUR, untilMs: now, stepMs: 0 });
    expect(minutes).toMatchObject({ source: '1m', stepMs: MIN });
    expect(minutes.points).toHaveLength(180);
    expect(minutes.points[5]).toMatchObject({ tsMs: T0 + 5 * MIN, samples: 6, cpuPercent: 5, memoryPercent: 40, diskMaxPercent: 50 });

    const tens = fs.telemetry.history(NODE, { sinceMs: now - 6 * HOUR, untilMs: now, stepMs: 10 * MIN });
    expect(tens.points).toHaveLength(18);
    expect(tens.points[0]).toMatchObject({ tsMs: T0, samples: 60, cpuPercent: 4.5 }); // mean of minutes 0..9

    const week = fs.telemetry.history(NODE, { sinceMs: now - 7 * 24 * HOUR, untilMs: now, stepMs: 0 });
    expect(week).toMatchObject({ source: '10m', stepMs: 10 * MIN });
    expect(week.points[1]).toMatchObject({ tsMs: T0 + 10 * MIN, samples: 60, cpuPercent: 14.5 });
  });

  it('retention deletes raw samples after an hour and minute averages after a day; 10-minute ones stay', () => {
    now = T0 + 3 * HOUR + 30 * MIN;
    fs.prune();
    expect(rawRows()).toBe(1080 - 900); // samples older than 1 h before now are gone
    now = T0 + 2 * 24 * HOUR;
    fs.prune();
    expect(rawRows()).toBe(0);
    expect((store.database.prepare('SELECT count(*) AS n FROM telemetry_rollup WHERE step_ms = ?').get(MIN) as { n: number }).n).toBe(0);
    // Even a 1-minute step can only be answered from the 10-minute averages now.
    const h = fs.telemetry.history(NODE, { sinceMs: T0, untilMs: now, stepMs: MIN });
    expect(h).toMatchObject({ source: '10m', stepMs: 10 * MIN });
    expect(h.points).toHaveLength(18);
  });

  it('a redelivery after raw retention, or after a restart, is still recognised', () => {
    now = T0 + 5 * HOUR;
    fs.prune();
    expect(rawRows()).toBe(0);
    expect(fs.telemetry.ingest(batch(SAMPLES.slice(0, 60))).accepted).toBe(0);
    close();
    open();
    expect(fs.telemetry.ingest(batch(SAMPLES.slice(60, 120))).accepted).toBe(0);
    const h = fs.telemetry.history(NODE, { sinceMs: T0, untilMs: T0 + 20 * MIN, stepMs: 0 });
    expect(h.points.every((p) => p.samples === 6)).toBe(true);
  });

  it('a batch that is partly redelivery stores only its new samples, in one row', () => {
    const next = [1081, 1082, 1083].map((seq) => sample(seq, T0 + seq * 10_000, 7));
    fs.telemetry.ingest(batch(next.slice(0, 2)));
    expect(fs.telemetry.ingest(batch(next))).toEqual({ accepted: 1, duplicates: 2 });
    fs.telemetry.flush();
    expect(rawRows()).toBe(1083);
    const rows = store.database.prepare('SELECT first_seq, samples FROM telemetry_raw_batches WHERE first_seq > 1080 ORDER BY first_seq').all();
    expect(rows).toEqual([{ first_seq: 1081, samples: 2 }, { first_seq: 1083, samples: 1 }]);
    const h = fs.telemetry.history(NODE, { sinceMs: T0 + 1079 * 10_000, untilMs: T0 + 1084 * 10_000, stepMs: 0 });
    expect(h.source).toBe('raw');
    expect(h.points.map((p) => [p.tsMs, p.cpuPercent, p.samples])).toEqual([
      [T0 + 1079 * 10_000, 179, 1],
      [T0 + 1081 * 10_000, 7, 1],
      [T0 + 1082 * 10_000, 7, 1],
      [T0 + 1083 * 10_000, 7, 1],
    ]);
  });

  it('reports gaps and the agent\'s drop count, each counted once', () => {
    const next = [1081, 1082, 1090].map((seq) => sample(seq, T0 + seq * 10_000, 1));
    fs.telemetry.ingest(batch(next, 7));
    fs.telemetry.ingest(batch(next, 7)); // redelivered: its drop count is not new either
    expect(fs.telemetry.stats(NODE)).toMatchObject({ missing: 7, dropped: 7, lastSeq: 1090, gaps: [{ from: 1083, to: 1089 }], bootId: 'boot-a' });
    // A new boot starts its own numbering.
    now += 1000;
    fs.telemetry.ingest(batch([sample(1, now, 1), sample(3, now + 1, 1)], 0, 'boot-b'));
    expect(fs.telemetry.stats(NODE)).toMatchObject({ missing: 8, bootId: 'boot-b', gaps: [{ from: 2, to: 2 }] });
  });

  it('latest sample, pressure flags and per-workload usage come from memory', () => {
    now = T0 + 4 * HOUR;
    fs.telemetry.ingest(
      batch([
        sample(2000, now, 80, {
          memoryUsedBytes: 950,
          workloads: [
            { name: 'web', cpuPercent: 30, memoryBytes: 100 },
            { name: 'db', cpuPercent: 5, memoryBytes: 900 },
          ],
        }),
      ]),
    );
    fs.telemetry.ingest({
      nodeId: 'hist-2',
      bootId: 'x',
      dropped: 0,
      samples: [sample(1, now, 1, { disks: [{ mount: '/', usedBytes: 95, sizeBytes: 100 }], workloads: [{ name: 'web', cpuPercent: 10, memoryBytes: 300 }] })],
    });
    expect(fs.telemetry.latest(NODE)?.sample.seq).toBe(2000);
    expect(fs.telemetry.pressure(NODE)).toEqual({ memory: true, disk: false });
    expect(fs.telemetry.pressure('hist-2')).toEqual({ memory: false, disk: true });
    expect(fs.telemetry.pressure('never-seen')).toEqual({ memory: false, disk: false });
    expect(fs.telemetry.workloadUsage('web')).toEqual({ cpuPercent: 20, memoryBytes: 200, instances: 2 });
    // An older sample arriving late does not replace the latest one.
    fs.telemetry.ingest(batch([sample(1500, now - HOUR, 1)]));
    expect(fs.telemetry.latest(NODE)?.sample.seq).toBe(2000);
    // Usage goes stale with its sample.
    now += 10 * MIN;
    expect(fs.telemetry.workloadUsage('web')).toEqual({ cpuPercent: 0, memoryBytes: 0, instances: 0 });
  });
});

describe('telemetry history stored before migration 009 (one row per sample)', () => {
  it('moves over as batches of one and reads back the same points', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ef-hist-old-'));
    try {
      // A store as a controller before migration 009 left it.
      const old = new Database(join(dir, 'controller.db'));
      for (const [v, sql] of MIGRATIONS.slice(0, MIGRATIONS.indexOf(TELEMETRY_RAW_BATCHES)).entries()) {
        old.exec(sql);
        old.pragma(`user_version = ${v + 1}`);
      }
      const ins = old.prepare(
        `INSERT INTO telemetry_raw (node_id, boot_id, seq, ts_ms, cpu_percent, load1, memory_used_bytes, memory_total_bytes, disk_used_bytes,
           disk_total_bytes, disk_max_percent, net_rx_bytes_per_s, net_tx_bytes_per_s, temperature_c) VALUES (?, 'b', ?, ?, ?, 0.5, 400, 1000, 50, 100, 50, 1, 2, ?)`,
      );
      for (let seq = 1; seq <= 3; seq++) ins.run(NODE, seq, T0 + seq * 1000, seq * 1.5, seq === 2 ? null : 40 + seq);
      old.close();

      const store = openSqliteStore(dir, T0);
      const fs = openFleetState(store.database, {}, () => T0 + 10 * MIN, pino({ level: 'silent' }));
      const h = fs.telemetry.history(NODE, { sinceMs: T0, untilMs: T0 + MIN, stepMs: 0 });
      expect(h.source).toBe('raw');
      expect(h.points.map((p) => [p.tsMs, p.cpuPercent, p.memoryPercent, p.diskMaxPercent, p.netTxBytesPerS, p.temperatureC])).toEqual([
        [T0 + 1000, 1.5, 40, 50, 2, 41],
        [T0 + 2000, 3, 40, 50, 2, null],
        [T0 + 3000, 4.5, 40, 50, 2, 43],
      ]);
      expect(store.database.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'telemetry_raw'").get()).toEqual({ n: 0 });
      fs.close();
      store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
