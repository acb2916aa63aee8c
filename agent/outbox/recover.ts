// Opening a stream's directory after any kind of stop: leftover temp files removed, each segment
// checked record by record (length, checksum, increasing ids) and cut at the first invalid
// record (a torn tail after a crash mid-write), files superseded by a finished rewrite removed,
// fully acknowledged files removed. Never throws on bad data: it logs what it cut.
import { closeSync, fsyncSync, ftruncateSync, mkdirSync, openSync, readdirSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { readRecords } from './segment-file.js';
import { parseSegmentName, type Segment } from './segment.js';
import type { OutboxLogger, Stream } from './types.js';

export function recoverStream(dir: string, stream: Stream, acked: number, log: OutboxLogger): Segment[] {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const named: { file: string; nameId: number; level: number }[] = [];
  for (const file of readdirSync(dir)) {
    if (file.endsWith('.tmp')) {
      unlinkSync(join(dir, file));
      continue;
    }
    const n = parseSegmentName(file);
    if (n) named.push({ file, ...n });
    else log.warn({ stream, file }, 'outbox: unexpected file in the log directory left alone');
  }
  named.sort((a, b) => a.nameId - b.nameId || b.level - a.level);

  const out: Segment[] = [];
  let prevLast = 0;
  for (const { file, nameId, level } of named) {
    const seg = checkFile(dir, file, stream, acked, log);
    const drop =
      seg.records === 0 ? 'empty' : seg.firstId <= prevLast ? 'superseded by a rewrite' : seg.lastId <= acked ? 'acknowledged' : null;
    if (drop !== null) {
      if (drop !== 'acknowledged' && drop !== 'empty') log.info({ stream, file }, `outbox: removed segment ${drop}`);
      unlinkSync(join(dir, file));
      continue;
    }
    out.push({ ...seg, file, nameId, level });
    prevLast = seg.lastId;
  }
  return out;
}

interface Checked {
  firstId: number;
  lastId: number;
  records: number;
  live: number;
  bytes: number;
  lastBoot: string;
}

function checkFile(dir: string, file: string, stream: Stream, acked: number, log: OutboxLogger): Checked {
  const fd = openSync(join(dir, file), 'r+');
  try {
    const c: Checked = { firstId: 0, lastId: 0, records: 0, live: 0, bytes: 0, lastBoot: '' };
    let seenBoot = false;
    let cut: { at: number; why: string } | null = null;
    const it = readRecords(fd);
    for (let r = it.next(); ; r = it.next()) {
      if (r.done) {
        if (r.value.stop !== 'end') cut = { at: r.value.at, why: r.value.stop === 'short' ? 'partial record' : 'bad length or checksum' };
        c.bytes = r.value.at;
        break;
      }
      const { rec, offset, next } = r.value;
      // A data record needs a boot record before it, and ids only ever go up within a file.
      if (rec.kind === 'data' && (!seenBoot || rec.id <= c.lastId)) {
        cut = { at: offset, why: 'record out of order' };
        c.bytes = offset;
        break;
      }
      if (rec.kind === 'boot') {
        seenBoot = true;
        c.lastBoot = rec.bootId;
      } else {
        if (c.records === 0) c.firstId = rec.id;
        c.lastId = rec.id;
        c.records++;
        if (rec.id > acked) c.live++;
      }
      c.bytes = next;
    }
    if (cut) {
      log.warn({ stream, file, at: cut.at, reason: cut.why }, 'outbox: log cut at the first invalid record (torn tail)');
      ftruncateSync(fd, cut.at);
      fsyncSync(fd);
    }
    return c;
  } finally {
    closeSync(fd);
  }
}
