// One stream's append-only log: a list of segment files (oldest first), appends buffered in
// memory until flush() writes and fsyncs them, reads from a cursor at the first unacknowledged
// record. Invariants: ids strictly increase along the list; records <= acked are never returned;
// only the newest segment is ever appended to; the newest durable id (`durableId`) never goes down.
import { closeSync, fsyncSync, ftruncateSync, openSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { encodeData } from './record.js';
import { recoverStream } from './recover.js';
import { fsyncDir, readRecords, unlinkQuietly, writeAll } from './segment-file.js';
import { packAppends, segmentName, type AckPlan, type Cursor, type Pending, type Segment, type Walked } from './segment.js';
import type { OutboxLogger, OutboxRecord, Stream } from './types.js';

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
  private failing = false;

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
    if (this.pending.length === 0) return true; // nothing written: says nothing about the disk
    let created = false;
    try {
      while (this.pending.length > 0) {
        const pack = this.active && packAppends(this.active.seg, this.pending, this.segmentBytes);
        if (!this.active || !pack || pack.n === 0) {
          // Full (an empty segment always takes at least one record).
          this.rotate(this.pending[0]!.id);
          created = true;
          continue;
        }
        this.write(this.active, pack);
      }
      if (created) fsyncDir(this.dir);
      if (this.failing) this.log.info({ stream: this.stream }, 'outbox: writes work again');
      this.failing = false;
      return true;
    } catch (err) {
      // Once per streak: a full disk would otherwise log on every append and every peek.
      if (!this.failing) this.log.error({ err, code: 'EF_AGENT_OUTBOX_WRITE_FAILED', stream: this.stream, buffered: this.pending.length }, 'outbox: write failed; records stay buffered');
      this.failing = true;
      return false;
    }
  }

  private write(a: { seg: Segment; fd: number }, { chunks, n, bytes, boot }: ReturnType<typeof packAppends>): void {
    const seg = a.seg;
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
      unlinkQuietly(this.path(seg)); // recovery removes empty files anyway
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

  /**
   * Removes fully acknowledged segments from the head. The one still being appended to is
   * emptied in place instead (no file churn per batch when online, and space comes back on a
   * full disk); the ack pointer is durable already, so an empty file is all a crash can leave.
   */
  private dropAckedSegments(): void {
    while (this.segments.length > 0) {
      const seg = this.segments[0]!;
      if (seg.lastId > this.acked) break;
      if (this.cursor?.seg === seg) this.cursor = null;
      if (this.active?.seg === seg) {
        if (seg.records > 0) ftruncateSync(this.active.fd, 0);
        Object.assign(seg, { firstId: 0, lastId: 0, records: 0, live: 0, bytes: 0, lastBoot: '' });
        break;
      }
      this.segments.shift();
      unlinkSync(this.path(seg));
    }
  }

  /** Called after a segment was rewritten: offsets changed, so the cursor is found again. */
  resetCursor(): void {
    this.cursor = null;
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
