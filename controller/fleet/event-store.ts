// Events from the agents, stored and queryable. One transaction per batch; dedupe by
// (node, boot, seq) through the table's key, so a QoS 1 redelivery never makes a second row.
import type Database from 'better-sqlite3';
import type { Logger } from 'pino';
import type { EventBatch, Severity } from '../../proto/types.js';
import type { StreamStats, StreamTracker } from './streams.js';

export interface StoredEvent {
  node: string;
  bootId: string;
  seq: number;
  tsMs: number;
  type: string;
  severity: Severity;
  workload: string;
  reason: string;
  message: string;
  attributes: Record<string, string>;
  receivedAtMs: number;
}

export interface EventQuery {
  node?: string;
  workload?: string;
  type?: string;
  sinceMs?: number;
  untilMs?: number;
  /** The newest `limit` matching events are returned, oldest first. */
  limit: number;
}

interface EventRow {
  node_id: string;
  boot_id: string;
  seq: number;
  ts_ms: number;
  type: string;
  severity: string;
  workload: string;
  reason: string;
  message: string;
  attributes: string;
  received_at_ms: number;
}

export const MAX_EVENT_LIMIT = 1000;

export class EventStore {
  private readonly insert: Database.Statement;
  readonly counters = { received: 0, duplicates: 0, writeFailed: 0 };

  constructor(
    private readonly db: Database.Database,
    private readonly streams: StreamTracker,
    private readonly retentionMs: number,
    private readonly now: () => number,
    private readonly log: Logger,
  ) {
    this.insert = db.prepare(
      `INSERT OR IGNORE INTO events (node_id, boot_id, seq, ts_ms, type, severity, workload, reason, message, attributes, received_at_ms)
       VALUES (@node, @bootId, @seq, @tsMs, @type, @severity, @workload, @reason, @message, @attributes, @receivedAtMs)`,
    );
  }

  ingest(b: EventBatch): { stored: number; duplicates: number } {
    const now = this.now();
    try {
      const stored = this.db.transaction(() => {
        let n = 0;
        for (const e of b.events) {
          const fresh = this.streams.accept('events', b.nodeId, b.bootId, e.seq, now);
          const row = { ...e, node: b.nodeId, bootId: b.bootId, attributes: JSON.stringify(e.attributes), receivedAtMs: now };
          if (fresh && this.insert.run(row).changes === 1) n++;
        }
        if (n > 0 || b.events.length === 0) this.streams.addDropped('events', b.nodeId, b.bootId, b.dropped, now);
        this.streams.save('events');
        return n;
      })();
      this.counters.received += stored;
      this.counters.duplicates += b.events.length - stored;
      return { stored, duplicates: b.events.length - stored };
    } catch (err) {
      this.counters.writeFailed += b.events.length;
      this.log.error({ err, code: 'EF_CTL_STORE_FAILED', node: b.nodeId, events: b.events.length }, `could not store ${b.events.length} events`);
      return { stored: 0, duplicates: 0 };
    }
  }

  query(q: EventQuery): StoredEvent[] {
    const where: string[] = [];
    const args: (string | number)[] = [];
    const add = (sql: string, v: string | number | undefined): void => {
      if (v === undefined || v === '') return;
      where.push(sql);
      args.push(v);
    };
    add('node_id = ?', q.node);
    add('workload = ?', q.workload);
    add('type = ?', q.type);
    add('ts_ms >= ?', q.sinceMs);
    add('ts_ms < ?', q.untilMs);
    const limit = Math.max(1, Math.min(MAX_EVENT_LIMIT, Math.floor(q.limit)));
    const rows = this.db
      .prepare(
        `SELECT * FROM events ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
         ORDER BY ts_ms DESC, node_id DESC, seq DESC LIMIT ?`,
      )
      .all(...args, limit) as EventRow[];
    return rows.reverse().map(toEvent);
  }

  /** Received, duplicate, missing (gaps) and dropped counts over the node's boots. */
  stats(nodeId: string): StreamStats {
    return this.streams.stats('events', nodeId);
  }

  prune(): number {
    return this.db.prepare('DELETE FROM events WHERE ts_ms < ?').run(this.now() - this.retentionMs).changes;
  }
}

function toEvent(r: EventRow): StoredEvent {
  let attributes: Record<string, string> = {};
  try {
    attributes = JSON.parse(r.attributes) as Record<string, string>;
  } catch {
    // written by us as JSON; an unreadable value shows as empty rather than failing the query
  }
  return {
    node: r.node_id,
    bootId: r.boot_id,
    seq: r.seq,
    tsMs: r.ts_ms,
    type: r.type,
    severity: r.severity as Severity,
    workload: r.workload,
    reason: r.reason,
    message: r.message,
    attributes,
    receivedAtMs: r.received_at_ms,
  };
}
