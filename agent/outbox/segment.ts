// A segment: one file of a stream's log, named `<first id at creation, 16 digits>.<level>.seg`.
// The level counts thinning passes. Rewrites write a new file and remove the old ones only after
// it is durable, so after a crash two files may cover the same ids; recovery keeps the one with
// the lower name and, for the same name, the higher level (the newer rewrite), see recover.ts.
import { encodeBoot, encodeData } from './record.js';
import type { OutboxRecord } from './types.js';

export interface Segment {
  file: string;
  nameId: number;
  level: number;
  /** Ids of the first and last data record in the file (0 while it has none). */
  firstId: number;
  lastId: number;
  /** Data records in the file, and how many of them are not yet acknowledged. */
  records: number;
  live: number;
  bytes: number;
  /** Boot id in effect at the end of the file, for appends. */
  lastBoot: string;
}

/** A read position: a segment, an offset in it, and the boot id in effect there. */
export interface Cursor {
  seg: Segment;
  offset: number;
  bootId: string;
}

/** A record met while walking the log, with where it sits. */
export interface Walked {
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

const NAME = /^(\d{16})\.(\d{1,3})\.seg$/;

export function segmentName(nameId: number, level: number): string {
  return `${String(nameId).padStart(16, '0')}.${level}.seg`;
}

export function parseSegmentName(file: string): { nameId: number; level: number } | null {
  const m = NAME.exec(file);
  return m ? { nameId: Number(m[1]), level: Number(m[2]) } : null;
}

/** Encodes records as one self-contained segment body: a boot record wherever the boot id changes. */
export function encodeSegment(records: readonly OutboxRecord[]): { chunks: Buffer[]; bytes: number } {
  const chunks: Buffer[] = [];
  let bytes = 0;
  let boot: string | null = null;
  for (const r of records) {
    if (r.bootId !== boot) {
      const b = encodeBoot(r.bootId);
      chunks.push(b);
      bytes += b.length;
      boot = r.bootId;
    }
    const d = encodeData(r.id, r.payload);
    chunks.push(d);
    bytes += d.length;
  }
  return { chunks, bytes };
}

/** An append buffered in memory: its id, boot id and encoded data record. */
export interface Pending {
  id: number;
  bootId: string;
  data: Buffer;
}

/**
 * The longest prefix of `pending` that fits in `seg` (at least one record when the segment is
 * empty), framed with a boot record wherever the boot id changes.
 */
export function packAppends(seg: Segment, pending: readonly Pending[], segmentBytes: number): { chunks: Buffer[]; n: number; bytes: number; boot: string } {
  const chunks: Buffer[] = [];
  let bytes = seg.bytes;
  let boot = seg.lastBoot;
  let n = 0;
  for (const p of pending) {
    const bootRec = p.bootId !== boot ? encodeBoot(p.bootId) : null;
    const add = p.data.length + (bootRec?.length ?? 0);
    if ((seg.records > 0 || n > 0) && bytes + add > segmentBytes) break;
    if (bootRec) chunks.push(bootRec);
    chunks.push(p.data);
    bytes += add;
    boot = p.bootId;
    n++;
  }
  return { chunks, n, bytes, boot };
}
