// Migration 9: raw telemetry stored one row per received batch instead of one row per sample.
// A row per sample cost three b-tree inserts keyed by node and boot id (the table and two
// indexes) and dominated the controller's CPU at 20,000 samples/s; a batch row holds the samples
// of one message (10 as the agent sends them) as a JSON array of
// [seq, tsMs, cpu, load1, memUsed, memTotal, diskUsed, diskTotal, diskMaxPercent, netRx, netTx, temperature|null]
// (controller/fleet/telemetry-history.ts). Dedupe by seq stays in the stream bookkeeping, which
// is written in the same transaction. Existing samples move over as batches of one.
export const TELEMETRY_RAW_BATCHES = `
CREATE TABLE telemetry_raw_batches (
  node_id TEXT NOT NULL,
  boot_id TEXT NOT NULL,
  first_seq INTEGER NOT NULL,
  samples INTEGER NOT NULL,
  ts_min_ms INTEGER NOT NULL,
  ts_max_ms INTEGER NOT NULL,
  body TEXT NOT NULL,
  PRIMARY KEY (node_id, boot_id, first_seq)
) WITHOUT ROWID;
CREATE INDEX telemetry_raw_batches_by_time ON telemetry_raw_batches (node_id, ts_max_ms);
CREATE INDEX telemetry_raw_batches_by_age ON telemetry_raw_batches (ts_max_ms);
INSERT INTO telemetry_raw_batches (node_id, boot_id, first_seq, samples, ts_min_ms, ts_max_ms, body)
  SELECT node_id, boot_id, seq, 1, ts_ms, ts_ms,
    json_array(json_array(seq, ts_ms, cpu_percent, load1, memory_used_bytes, memory_total_bytes, disk_used_bytes,
      disk_total_bytes, disk_max_percent, net_rx_bytes_per_s, net_tx_bytes_per_s, temperature_c))
  FROM telemetry_raw;
DROP TABLE telemetry_raw;
`;
