// One stream's append-only log: a list of segment files (oldest first), appends buffered in
// memory until flush() writes and fsyncs them, reads from a cursor at the first unacknowledged
// record. Invariants: ids strictly increase along the list; records <= acked are never returned;
// only the newest segment is ever appended to; the newest durable id (`durableId`) never goes down.
import { closeSync, fsyncSync, ftruncateSync, openSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { encodeData } from './record.js';
import { recoverStream } from './recover.js';
import { fsyncDir, readRecords, writeAll } from './segment-file.js';
import { viewsOf, type SegmentView } from './reduce-plan.js';
import { packAppends, segmentName, type Cursor, type Pending, type Segment } from './segment.js';
import type { OutboxLogger, OutboxRecord, Stream } from './types.js';

interface Walked {
  seg: Segment;
  rec: OutboxRecord;
  offset: number;
  next: number;
}

export interface AckPlan {
  upTo: number;
  /** Unacknowledged records with id <= upTo still in the log; the rest of the ids were dropped. */
  counted: number;
  perSegment: Map<Segment, number>;
  cursor: Cursor | null;
}

export class StreamLog {
  segments: Segment[] = [];
  private active: { seg: Segment; fd: number } | null = null;
  private pending: Pending[] = [];
  pendingBytes = 0;
  nextId = 1;
  /** Highest id written and fsynced (or acknowledged): the floor for ids after a restart. */
  durableId = 0;
  acked = 0;
  /** Last id of the latest read(): records up to it may be in a batch in flight, so reductions keep them. */
  inflightUpTo = 0;
  private cursor: Cursor | null = null;

  constructor(
    readonly dir: string,
    readonly stream: Stream,
    private readonly segmentBytes: number,
    private readonly log: OutboxLogger,
  ) {}

  recover(acked: number): void {
    this.acked = acked;
    this.segments = recoverStream(this.dir, this.stream, acked, this.log);
    const last = this.segments[this.segments.length - 1];
    this.durableId = Math.max(last?.lastId ?? 0, acked);
    this.nextId = this.durableId + 1;
    // Keep filling a small unthinned last segment, so a crash loop does not leave a file per run.
    if (last && last.level === 0 && last.bytes < this.segmentBytes / 2) {
      this.active = { seg: last, fd: openSync(this.path(last), 'r+') };
    }
  }

  append(bootId: string, payload: Uint8Array): number {
    const id = this.nextId++;
    const data = encodeData(id, payload);
    this.pending.push({ id, bootId, data });
    this.pendingBytes += data.length;
    return id;
  }

  get pendingCount(): number {
    return this.pending.length;
  }

  /** Gives up the oldest buffered append (the disk refuses writes); it shows later as a gap. */
  dropOldestPending(): boolean {
    const p = this.pending.shift();
    if (p) this.pendingBytes -= p.data.length;
    return p !== undefined;
  }

  /** Writes and fsyncs buffered appends. Returns false (keeping them buffered) on an I/O error. */
  flush(): boolean {
    let created = false;
    try {
      while (this.pending.length > 0) {
        const first = this.pending[0]!;
        if (!this.active || (this.active.seg.records > 0 && this.active.seg.bytes + first.data.length > this.segmentBytes)) {
          this.rotate(first.id);
          created = true;
        }
        this.writeSome(this.active!);
      }
      if (created) fsyncDir(this.dir);
      return true;
    } catch (err) {
      this.log.error({ err, code: 'EF_AGENT_OUTBOX_WRITE_FAILED', stream: this.stream, buffered: this.pending.length }, 'outbox: write failed; records stay buffered');
      return false;
    }
  }

  private writeSome(a: { seg: Segment; fd: number }): void {
    const seg = a.seg;
    const { chunks, n, bytes, boot } = packAppends(seg, this.pending, this.segmentBytes);
    try {
      writeAll(a.fd, Buffer.concat(chunks), seg.bytes);
      fsyncSync(a.fd);
    } catch (err) {
      // Never leave half a batch on disk in front of later appends.
      try {
        ftruncateSync(a.fd, seg.bytes);
      } catch {
        // recovery cuts it at the next open
      }
      throw err;
    }
    const written = this.pending.splice(0, n);
    if (seg.records === 0) seg.firstId = written[0]!.id;
    seg.lastId = written[n - 1]!.id;
    seg.records += n;
    seg.live += n;
    seg.bytes = bytes;
    seg.lastBoot = boot;
    this.durableId = seg.lastId;
    for (const p of written) this.pendingBytes -= p.data.length;
  }

  private rotate(firstId: number): void {
    this.seal();
    this.dropAckedSegments();
    const seg: Segment = { file: segmentName(firstId, 0), nameId: firstId, level: 0, firstId: 0, lastId: 0, records: 0, live: 0, bytes: 0, lastBoot: '' };
    const fd = openSync(this.path(seg), 'wx+', 0o600);
    this.segments.push(seg);
    this.active = { seg, fd };
  }

  /** Stops appending to the newest segment (before it is rewritten, or at close). */
  seal(): void {
    if (!this.active) return;
    const { seg, fd } = this.active;
    closeSync(fd);
    this.active = null;
    // An empty file (a write failed right after rotation) must not count as the newest segment.
    if (seg.records === 0) {
      this.segments = this.segments.filter((s) => s !== seg);
      unlinkSync(this.path(seg));
    }
  }

  isActive(seg: Segment): boolean {
    return this.active?.seg === seg;
  }

  path(seg: Segment): string {
    return join(this.dir, seg.file);
  }

  /** Unacknowledged records in id order, from `from` (or the start), across segments. */
  *walk(from: Cursor | null = this.cursor): Generator<Walked> {
    const start = from ? this.segments.indexOf(from.seg) : 0;
    const resume = start >= 0 ? from : null;
    for (let i = Math.max(0, start); i < this.segments.length; i++) {
      const seg = this.segments[i]!;
      const fromHere = resume !== null && i === start;
      let bootId = fromHere ? resume.bootId : '';
      const fd = this.active?.seg === seg ? this.active.fd : openSync(this.path(seg), 'r');
      try {
        const it = readRecords(fd, fromHere ? resume.offset : 0);
        for (let r = it.next(); !r.done; r = it.next()) {
          const { rec, offset, next } = r.value;
          if (rec.kind === 'boot') bootId = rec.bootId;
          else if (rec.id > this.acked) yield { seg, rec: { id: rec.id, bootId, payload: rec.payload }, offset, next };
        }
      } finally {
        if (this.active?.seg !== seg) closeSync(fd);
      }
    }
  }

  read(maxRecords: number, maxBytes: number): OutboxRecord[] {
    const out: OutboxRecord[] = [];
    let bytes = 0;
    for (const { rec } of this.walk()) {
      // The first record always goes, however large, or one big record would block the stream.
      if (out.length >= maxRecords || (out.length > 0 && bytes + rec.payload.length > maxBytes)) break;
      out.push(rec);
      bytes += rec.payload.length;
    }
    const last = out[out.length - 1];
    // The latest read replaces the previous one: one batch in flight per stream, from the head.
    this.inflightUpTo = last?.id ?? 0;
    return out;
  }

  /** Counts what acknowledging up to `upTo` covers, without changing anything. */
  measureAck(upTo: number): AckPlan {
    const plan: AckPlan = { upTo, counted: 0, perSegment: new Map(), cursor: this.cursor };
    for (const w of this.walk()) {
      if (w.rec.id > upTo) {
        plan.cursor = { seg: w.seg, offset: w.offset, bootId: w.rec.bootId };
        break;
      }
      plan.counted++;
      plan.perSegment.set(w.seg, (plan.perSegment.get(w.seg) ?? 0) + 1);
      plan.cursor = { seg: w.seg, offset: w.next, bootId: w.rec.bootId };
    }
    return plan;
  }

  applyAck(plan: AckPlan): void {
    this.acked = plan.upTo;
    for (const [seg, n] of plan.perSegment) seg.live -= n;
    this.cursor = plan.cursor;
    this.dropAckedSegments();
  }

  /** Removes fully acknowledged segments from the head, except the one still being appended to. */
  private dropAckedSegments(): void {
    while (this.segments.length > 0) {
      const seg = this.segments[0]!;
      if (this.isActive(seg) || seg.lastId > this.acked) break;
      this.segments.shift();
      if (this.cursor?.seg === seg) this.cursor = null;
      unlinkSync(this.path(seg));
    }
  }

  /** Called after a segment was rewritten: offsets changed, so the cursor is found again. */
  resetCursor(): void {
    this.cursor = null;
  }

  /** What the reduction planner sees (see viewsOf). */
  views(): SegmentView[] {
    return viewsOf(this.segments, (seg) => {
      if (seg.lastId <= this.inflightUpTo) return seg.live;
      if (seg.firstId > this.inflightUpTo) return 0;
      let n = 0;
      for (const w of this.walk({ seg, offset: 0, bootId: '' })) {
        if (w.seg !== seg || w.rec.id > this.inflightUpTo) break;
        n++;
      }
      return n;
    });
  }

  liveRecords(): number {
    return this.segments.reduce((n, s) => n + s.live, 0);
  }

  diskBytes(): number {
    return this.segments.reduce((n, s) => n + s.bytes, 0);
  }

  close(): void {
    this.seal();
  }
}
