// Executes one planned reduction on a stream's log: reads the segment's unacknowledged records,
// keeps the planned subset (records in a batch in flight are always kept), writes the result
// durably under a name that supersedes the old file, then removes the old file(s). A thinned
// segment is merged into its older neighbour when both fit in one segment, so thinning does not
// leave a trail of tiny files. Crash at any point: recover.ts resolves the overlap.
import { unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { keepsFree, viewsOf, type Reduction, type SegmentView } from './reduce-plan.js';
import { writeFileDurably } from './segment-file.js';
import { encodeSegment, segmentName, type Segment } from './segment.js';
import type { StreamLog } from './stream-log.js';
import type { OutboxRecord } from './types.js';

/** Returns how many unacknowledged records were given up. */
export function executeReduction(log: StreamLog, step: Reduction, segmentBytes: number): number {
  const seg = log.segments[step.index];
  if (!seg) throw new Error(`outbox: no segment ${step.index} in ${log.stream}`);
  if (log.isActive(seg)) log.seal();
  const recs = liveRecordsOf(log, seg);
  const isFree = (r: OutboxRecord): boolean => r.id > log.inflightUpTo;
  const keep = keepsFree(step.kind, recs.filter(isFree).length);
  let j = 0;
  const kept = recs.filter((r) => !isFree(r) || keep(j++));
  const given = recs.length - kept.length;

  let first = step.index;
  let nameId = seg.nameId;
  let level = seg.level + (step.kind === 'thin' ? 1 : 0);
  let encoded = encodeSegment(kept);
  let combined = kept;
  const prev = log.segments[step.index - 1];
  if (step.kind === 'thin' && prev) {
    const merged = [...liveRecordsOf(log, prev), ...kept];
    const mergedEnc = encodeSegment(merged);
    if (mergedEnc.bytes <= segmentBytes) {
      [combined, encoded, first, nameId] = [merged, mergedEnc, step.index - 1, prev.nameId];
      // Never lower: recovery prefers the higher level among files of the same name.
      level = Math.max(prev.level, level);
    }
  }
  const replaced = log.segments.slice(first, step.index + 1);
  const next: Segment[] = [];
  if (combined.length > 0) {
    const file = segmentName(nameId, level);
    const { chunks, bytes } = encoded;
    writeFileDurably(log.dir, join(log.dir, file), chunks);
    const last = combined[combined.length - 1]!;
    next.push({ file, nameId, level, firstId: combined[0]!.id, lastId: last.id, records: combined.length, live: combined.length, bytes, lastBoot: last.bootId });
  }
  for (const old of replaced) if (old.file !== next[0]?.file) unlinkSync(join(log.dir, old.file));
  log.segments.splice(first, replaced.length, ...next);
  log.resetCursor();
  return given;
}

function liveRecordsOf(log: StreamLog, seg: Segment): OutboxRecord[] {
  const out: OutboxRecord[] = [];
  for (const w of log.walk({ seg, offset: 0, bootId: '' })) {
    if (w.seg !== seg) break;
    out.push(w.rec);
  }
  return out;
}

/** What the reduction planner sees of a stream: records in the batch in flight are not free. */
export function viewsOfLog(log: StreamLog): SegmentView[] {
  return viewsOf(log.segments, (seg) => {
    if (seg.lastId <= log.inflightUpTo) return seg.live;
    if (seg.firstId > log.inflightUpTo) return 0;
    let n = 0;
    for (const w of log.walk({ seg, offset: 0, bootId: '' })) {
      if (w.seg !== seg || w.rec.id > log.inflightUpTo) break;
      n++;
    }
    return n;
  });
}
