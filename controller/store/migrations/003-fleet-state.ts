// Migration 3: fleet state. Telemetry history as raw samples plus per-step sums (downsampled with
// age), events, and per-(node, boot) stream bookkeeping (received seq ranges, drops).
// The primary keys on (node, boot, seq) are what make QoS 1 redelivery harmless: every insert is
// INSERT OR IGNORE against them.
const METRIC_COLUMNS = `
    cpu_percent REAL NOT NULL,
    load1 REAL NOT NULL,
    memory_used_bytes REAL NOT NULL,
    memory_total_bytes REAL NOT NULL,
    disk_used_bytes REAL NOT NULL,
    disk_total_bytes REAL NOT NULL,
    disk_max_percent REAL NOT NULL,
    net_rx_bytes_per_s REAL NOT NULL,
    net_tx_bytes_per_s REAL NOT NULL`;

export const FLEET_STATE = `
  CREATE TABLE telemetry_raw (
    node_id TEXT NOT NULL,
    boot_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    ts_ms INTEGER NOT NULL,${METRIC_COLUMNS},
    temperature_c REAL,
    PRIMARY KEY (node_id, boot_id, seq)
  ) WITHOUT ROWID;
  CREATE INDEX telemetry_raw_by_time ON telemetry_raw (node_id, ts_ms);
  CREATE INDEX telemetry_raw_by_age ON telemetry_raw (ts_ms);

  -- Sums (not averages) per bucket, so late samples and coarser queries merge exactly.
  CREATE TABLE telemetry_rollup (
    node_id TEXT NOT NULL,
    step_ms INTEGER NOT NULL,
    bucket_ms INTEGER NOT NULL,
    samples INTEGER NOT NULL,${METRIC_COLUMNS},
    temperature_sum REAL NOT NULL,
    temperature_samples INTEGER NOT NULL,
    PRIMARY KEY (node_id, step_ms, bucket_ms)
  ) WITHOUT ROWID;
  CREATE INDEX telemetry_rollup_by_age ON telemetry_rollup (step_ms, bucket_ms);

  CREATE TABLE events (
    node_id TEXT NOT NULL,
    boot_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    ts_ms INTEGER NOT NULL,
    type TEXT NOT NULL,
    severity TEXT NOT NULL,
    workload TEXT NOT NULL,
    reason TEXT NOT NULL,
    message TEXT NOT NULL,
    attributes TEXT NOT NULL,
    received_at_ms INTEGER NOT NULL,
    PRIMARY KEY (node_id, boot_id, seq)
  );
  CREATE INDEX events_by_time ON events (ts_ms);
  CREATE INDEX events_by_node ON events (node_id, ts_ms);
  CREATE INDEX events_by_workload ON events (workload, ts_ms);

  CREATE TABLE ingest_streams (
    kind TEXT NOT NULL,
    node_id TEXT NOT NULL,
    boot_id TEXT NOT NULL,
    ranges TEXT NOT NULL,
    received INTEGER NOT NULL,
    duplicates INTEGER NOT NULL,
    dropped INTEGER NOT NULL,
    forgotten INTEGER NOT NULL,
    first_seen_ms INTEGER NOT NULL,
    last_seen_ms INTEGER NOT NULL,
    PRIMARY KEY (kind, node_id, boot_id)
  );
`;
