// Telemetry ingest. The latest sample per node lives in memory (pressure flags and per-workload
// usage for the scheduler and autoscaler come from it); history goes to SQLite in batches: new
// samples are buffered and written every flushIntervalMs or flushMaxSamples, in one transaction.
// Dedupe by (node, boot, seq) happens twice: in the stream bookkeeping (which outlives raw
// retention, so a late redelivery never adds to the averages twice) and in the raw table's key.
import type Database from 'better-sqlite3';
import type { Logger } from 'pino';
import type { TelemetryBatch, TelemetrySample, WorkloadUsage } from '../../proto/types.js';
import { percent } from './downsample.js';
import type { FleetStateConfig } from './fleet-config.js';
import type { StreamStats, StreamTracker } from './streams.js';
import { pruneHistory, readHistory, writeSamples, type History, type HistoryQuery, type PendingBatch } from './telemetry-history.js';

export interface LatestTelemetry {
  nodeId: string;
  bootId: string;
  sample: TelemetrySample;
  receivedAtMs: number;
}

export interface Pressure {
  memory: boolean;
  disk: boolean;
}

export interface WorkloadUsageSummary {
  /** Averages over the instances reporting. */
  cpuPercent: number;
  memoryBytes: number;
  instances: number;
}

export interface TelemetryCounters {
  samplesReceived: number;
  samplesDuplicate: number;
  /** Samples written to history (one raw row per batch since migration 009). */
  rowsWritten: number;
  flushes: number;
  /** Samples lost because a write failed (logged). */
  writeFailed: number;
}

export class TelemetryStore {
  private readonly latestByNode = new Map<string, LatestTelemetry>();
  /** Accepted samples per received batch, written as one raw row each (migration 009). */
  private buffer: PendingBatch[] = [];
  private bufferedSamples = 0;
  private timer: NodeJS.Timeout | null = null;
  readonly counters: TelemetryCounters = { samplesReceived: 0, samplesDuplicate: 0, rowsWritten: 0, flushes: 0, writeFailed: 0 };

  constructor(
    private readonly db: Database.Database,
    private readonly streams: StreamTracker,
    private readonly cfg: FleetStateConfig,
    private readonly now: () => number,
    private readonly log: Logger,
  ) {}

  /** Takes one batch from a node (already decoded and validated). */
  ingest(b: TelemetryBatch): { accepted: number; duplicates: number } {
    const now = this.now();
    let accepted = 0;
    let newest: TelemetrySample | undefined;
    const fresh: TelemetrySample[] = [];
    for (const s of b.samples) {
      if (!this.streams.accept('telemetry', b.nodeId, b.bootId, s.seq, now)) continue;
      accepted++;
      fresh.push(s);
      if (!newest || s.tsMs >= newest.tsMs) newest = s;
    }
    if (fresh.length > 0) {
      this.buffer.push({ nodeId: b.nodeId, bootId: b.bootId, samples: fresh });
      this.bufferedSamples += fresh.length;
    }
    const duplicates = b.samples.length - accepted;
    // A batch that was all redelivery carries a drop count we already have.
    if (accepted > 0 || b.samples.length === 0) this.streams.addDropped('telemetry', b.nodeId, b.bootId, b.dropped, now);
    this.counters.samplesReceived += accepted;
    this.counters.samplesDuplicate += duplicates;

    const prev = this.latestByNode.get(b.nodeId);
    if (newest && (!prev || newest.tsMs >= prev.sample.tsMs)) {
      this.latestByNode.set(b.nodeId, { nodeId: b.nodeId, bootId: b.bootId, sample: newest, receivedAtMs: now });
    }
    if (this.bufferedSamples >= this.cfg.flushMaxSamples) this.flush();
    else if (this.buffer.length > 0 && !this.timer) {
      this.timer = setTimeout(() => {
        this.timer = null;
        this.flush();
      }, this.cfg.flushIntervalMs);
      this.timer.unref();
    }
    return { accepted, duplicates };
  }

  /** Writes everything buffered in one transaction. Never throws: a failed write is logged and counted. */
  flush(): number {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const items = this.buffer;
    const samples = this.bufferedSamples;
    this.buffer = [];
    this.bufferedSamples = 0;
    try {
      const written = this.db.transaction(() => {
        const n = items.length > 0 ? writeSamples(this.db, items, this.cfg) : 0;
        this.streams.save('telemetry');
        return n;
      })();
      if (items.length > 0) this.counters.flushes++;
      this.counters.rowsWritten += written;
      return written;
    } catch (err) {
      this.counters.writeFailed += samples;
      this.log.error({ err, code: 'EF_CTL_STORE_FAILED', samples }, `could not write ${samples} telemetry samples`);
      return 0;
    }
  }

  latest(nodeId: string): LatestTelemetry | undefined {
    return this.latestByNode.get(nodeId);
  }

  /** From the latest sample; a node that never sent one is not under pressure. */
  pressure(nodeId: string): Pressure {
    const s = this.latestByNode.get(nodeId)?.sample;
    if (!s) return { memory: false, disk: false };
    return {
      memory: percent(s.memoryUsedBytes, s.memoryTotalBytes) >= this.cfg.memoryPressurePercent,
      disk: s.disks.some((d) => percent(d.usedBytes, d.sizeBytes) >= this.cfg.diskPressurePercent),
    };
  }

  /** Latest per-workload usage on each node. */
  workloadsOn(nodeId: string): WorkloadUsage[] {
    return this.latestByNode.get(nodeId)?.sample.workloads ?? [];
  }

  /** The workload's usage averaged over its instances, from each node's latest fresh sample. */
  workloadUsage(name: string): WorkloadUsageSummary {
    const fresh = this.now() - this.cfg.usageStaleMs;
    let cpu = 0;
    let mem = 0;
    let instances = 0;
    for (const l of this.latestByNode.values()) {
      if (l.receivedAtMs < fresh) continue;
      for (const w of l.sample.workloads) {
        if (w.name !== name) continue;
        cpu += w.cpuPercent;
        mem += w.memoryBytes;
        instances++;
      }
    }
    return instances === 0 ? { cpuPercent: 0, memoryBytes: 0, instances: 0 } : { cpuPercent: cpu / instances, memoryBytes: mem / instances, instances };
  }

  /** History of one node; pending samples are written first, so a reader sees what was accepted. */
  history(nodeId: string, q: HistoryQuery): History {
    this.flush();
    return readHistory(this.db, nodeId, q, this.now(), this.cfg);
  }

  /** Received, duplicate, missing (gaps) and dropped counts over the node's boots. */
  stats(nodeId: string): StreamStats {
    return this.streams.stats('telemetry', nodeId);
  }

  prune(): number {
    this.flush();
    return pruneHistory(this.db, this.cfg, this.now());
  }

  close(): void {
    this.flush();
  }
}
