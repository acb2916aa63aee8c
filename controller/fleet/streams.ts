// Bookkeeping per (kind, node, boot) stream: which seqs arrived (dedupe beyond the raw table's
// retention, and gaps), how many redeliveries were ignored, and how many items the agent said it
// dropped. Held in memory while in use, loaded lazily and saved by the owner's flush transaction.
import type Database from 'better-sqlite3';
import { addSeq, capRanges, gapList, missingCount, parseRanges, type SeqRanges } from './seq-ranges.js';

export type StreamKind = 'telemetry' | 'events';

interface Stream {
  kind: StreamKind;
  nodeId: string;
  bootId: string;
  ranges: SeqRanges;
  received: number;
  duplicates: number;
  dropped: number;
  forgotten: number;
  firstSeenMs: number;
  lastSeenMs: number;
  dirty: boolean;
}

interface StreamRow {
  kind: string;
  node_id: string;
  boot_id: string;
  ranges: string;
  received: number;
  duplicates: number;
  dropped: number;
  forgotten: number;
  first_seen_ms: number;
  last_seen_ms: number;
}

export interface StreamStats {
  /** Items stored, over every boot of the node still on record. */
  received: number;
  /** Redeliveries ignored. */
  duplicates: number;
  /** Seqs never received (holes below the highest received seq of each boot). */
  missing: number;
  /** Items the agent reported it had to drop before sending. */
  dropped: number;
  /** Holes given up on to bound the bookkeeping (counted in missing too). */
  forgotten: number;
  /** The boot seen last, its highest seq and its holes (oldest first, at most 20). */
  bootId: string | null;
  lastSeq: number;
  gaps: { from: number; to: number }[];
}

const key = (kind: StreamKind, nodeId: string, bootId: string): string => `${kind}\u0000${nodeId}\u0000${bootId}`;

export class StreamTracker {
  private readonly streams = new Map<string, Stream>();
  /** Changed since their last save: a save visits these, not every stream held (10,000 nodes hold 10,000+). */
  private readonly dirty = new Set<Stream>();
  private readonly stmts = new Map<string, Database.Statement>();

  constructor(
    private readonly db: Database.Database,
    private readonly maxRanges: number,
  ) {}

  private stmt(sql: string): Database.Statement {
    let st = this.stmts.get(sql);
    if (!st) this.stmts.set(sql, (st = this.db.prepare(sql)));
    return st;
  }

  /** The stream looked up last: a batch's items all belong to one (no key built per item). */
  private last: Stream | undefined;

  private load(kind: StreamKind, nodeId: string, bootId: string, nowMs: number): Stream {
    const l = this.last;
    if (l && l.nodeId === nodeId && l.bootId === bootId && l.kind === kind) return l;
    const k = key(kind, nodeId, bootId);
    const held = this.streams.get(k);
    if (held) return (this.last = held);
    const row = this.stmt('SELECT * FROM ingest_streams WHERE kind = ? AND node_id = ? AND boot_id = ?').get(kind, nodeId, bootId) as StreamRow | undefined;
    const s = row ? fromRow(row) : newStream(kind, nodeId, bootId, nowMs);
    this.streams.set(k, s);
    if (s.dirty) this.dirty.add(s);
    return (this.last = s);
  }

  /** Records seq; true when it is new, false for a redelivery. */
  accept(kind: StreamKind, nodeId: string, bootId: string, seq: number, nowMs: number): boolean {
    const s = this.load(kind, nodeId, bootId, nowMs);
    s.lastSeenMs = nowMs;
    this.markDirty(s);
    const next = addSeq(s.ranges, seq);
    if (!next) {
      s.duplicates++;
      return false;
    }
    const capped = capRanges(next, this.maxRanges);
    s.ranges = capped.ranges;
    s.forgotten += capped.forgotten;
    s.received++;
    return true;
  }

  addDropped(kind: StreamKind, nodeId: string, bootId: string, n: number, nowMs: number): void {
    if (n <= 0) return;
    const s = this.load(kind, nodeId, bootId, nowMs);
    s.dropped += n;
    s.lastSeenMs = nowMs;
    this.markDirty(s);
  }

  private markDirty(s: Stream): void {
    if (s.dirty) return;
    s.dirty = true;
    this.dirty.add(s);
  }

  /**
   * Writes changed streams of one kind (all kinds without one); call inside the owner's
   * transaction. Per kind, so that events never record telemetry seqs whose rows are still
   * buffered: after a crash those must show as gaps, not as already received.
   */
  save(kind?: StreamKind): void {
    if (this.dirty.size === 0) return;
    const upsert = this.stmt(
      `INSERT INTO ingest_streams (kind, node_id, boot_id, ranges, received, duplicates, dropped, forgotten, first_seen_ms, last_seen_ms)
       VALUES (@kind, @nodeId, @bootId, @ranges, @received, @duplicates, @dropped, @forgotten, @firstSeenMs, @lastSeenMs)
       ON CONFLICT(kind, node_id, boot_id) DO UPDATE SET ranges = excluded.ranges, received = excluded.received,
         duplicates = excluded.duplicates, dropped = excluded.dropped, forgotten = excluded.forgotten, last_seen_ms = excluded.last_seen_ms`,
    );
    for (const s of this.dirty) {
      if (kind !== undefined && s.kind !== kind) continue;
      const { dirty: _dirty, ranges, ...rest } = s;
      upsert.run({ ...rest, ranges: JSON.stringify(ranges) });
      s.dirty = false;
      this.dirty.delete(s);
    }
  }

  stats(kind: StreamKind, nodeId: string): StreamStats {
    const rows = this.db.prepare('SELECT * FROM ingest_streams WHERE kind = ? AND node_id = ?').all(kind, nodeId) as StreamRow[];
    const byBoot = new Map(rows.map((r) => [r.boot_id, fromRow(r)]));
    for (const s of this.streams.values()) if (s.kind === kind && s.nodeId === nodeId) byBoot.set(s.bootId, s);
    const all = [...byBoot.values()];
    const latest = all.reduce<Stream | null>((a, s) => (!a || s.lastSeenMs > a.lastSeenMs || (s.lastSeenMs === a.lastSeenMs && s.firstSeenMs > a.firstSeenMs) ? s : a), null);
    const sum = (f: (s: Stream) => number): number => all.reduce((n, s) => n + f(s), 0);
    return {
      received: sum((s) => s.received),
      duplicates: sum((s) => s.duplicates),
      missing: sum((s) => missingCount(s.ranges) + s.forgotten),
      dropped: sum((s) => s.dropped),
      forgotten: sum((s) => s.forgotten),
      bootId: latest?.bootId ?? null,
      lastSeq: latest?.ranges[latest.ranges.length - 1]?.[1] ?? 0,
      gaps: latest ? gapList(latest.ranges).map(([from, to]) => ({ from, to })) : [],
    };
  }

  /** Forgets streams not heard from since beforeMs; idle ones also leave memory after idleMs. */
  prune(beforeMs: number, idleBeforeMs: number): number {
    this.last = undefined;
    for (const [k, s] of this.streams) {
      if (!s.dirty && s.lastSeenMs < idleBeforeMs) this.streams.delete(k);
    }
    return this.db.prepare('DELETE FROM ingest_streams WHERE last_seen_ms < ?').run(beforeMs).changes;
  }
}

function newStream(kind: StreamKind, nodeId: string, bootId: string, nowMs: number): Stream {
  return { kind, nodeId, bootId, ranges: [], received: 0, duplicates: 0, dropped: 0, forgotten: 0, firstSeenMs: nowMs, lastSeenMs: nowMs, dirty: true };
}

function fromRow(r: StreamRow): Stream {
  return {
    kind: r.kind as StreamKind,
    nodeId: r.node_id,
    bootId: r.boot_id,
    ranges: parseRanges(r.ranges),
    received: r.received,
    duplicates: r.duplicates,
    dropped: r.dropped,
    forgotten: r.forgotten,
    firstSeenMs: r.first_seen_ms,
    lastSeenMs: r.last_seen_ms,
    dirty: false,
  };
}
