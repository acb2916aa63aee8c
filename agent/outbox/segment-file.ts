// Reading segment files record by record, and the few durable file operations the log needs.
// Sync calls on purpose: records are small, and the outbox is driven off the reconcile path.
import { closeSync, fstatSync, fsyncSync, openSync, readSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { decodeAt, HEADER_BYTES, type Decoded, type DecodeStop } from './record.js';

const CHUNK = 64 * 1024;

export interface ReadItem {
  rec: Decoded;
  offset: number;
  /** Offset just past this record. */
  next: number;
}

/**
 * Yields the records of an open file from `start`. The generator's return value says how it
 * ended: `end` at a clean end of file, `short` at a partial record (torn tail), `bad` at bytes
 * that are not a record (a torn length or a checksum mismatch); `at` is where the valid prefix ends.
 */
export function* readRecords(fd: number, start = 0): Generator<ReadItem, { stop: 'end' | DecodeStop; at: number }> {
  const size = fstatSync(fd).size;
  let buf = Buffer.allocUnsafe(CHUNK);
  let bufStart = start; // file offset of buf[0]
  let bufLen = 0;
  let pos = start;
  for (;;) {
    const rel = pos - bufStart;
    const r = decodeAt(buf, rel, bufLen);
    if (r !== 'short') {
      if (r === 'bad') return { stop: 'bad', at: pos };
      const next = pos + r.size;
      yield { rec: r, offset: pos, next };
      pos = next;
      continue;
    }
    if (bufStart + bufLen >= size) return { stop: pos === size ? 'end' : 'short', at: pos };
    // Refill: keep the unread tail, grow when one record is larger than the buffer.
    const need = bufLen - rel >= HEADER_BYTES ? HEADER_BYTES + buf.readUInt32LE(rel) : CHUNK;
    const cap = Math.max(CHUNK, need);
    const next = cap > buf.length ? Buffer.allocUnsafe(cap) : buf;
    buf.copy(next, 0, rel, bufLen);
    buf = next;
    bufLen -= rel;
    bufStart = pos;
    const n = readSync(fd, buf, bufLen, buf.length - bufLen, bufStart + bufLen);
    if (n === 0) return { stop: pos === size ? 'end' : 'short', at: pos };
    bufLen += n;
  }
}

export function fsyncDir(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Writes `chunks` to `path` atomically: a temp file, fsync, rename, fsync of the directory. */
export function writeFileDurably(dir: string, path: string, chunks: readonly Uint8Array[]): void {
  const tmp = `${path}.tmp`;
  const fd = openSync(tmp, 'w', 0o600);
  try {
    for (const c of chunks) writeAll(fd, c, null);
    fsyncSync(fd);
  } catch (err) {
    closeSync(fd);
    unlinkSync(tmp); // a half-written temp file must not keep the disk full
    throw err;
  }
  closeSync(fd);
  renameSync(tmp, path);
  fsyncDir(dir);
}

/** writeSync until every byte is written; `position` null appends at the file offset. */
export function writeAll(fd: number, data: Uint8Array, position: number | null): void {
  let done = 0;
  while (done < data.length) {
    done += writeSync(fd, data, done, data.length - done, position === null ? null : position + done);
  }
}

export function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone, or it will be found and removed at the next open
  }
}
