// The outbox's small durable state: per stream, the highest acknowledged id and the drops already
// reported. Both change together at ack time in one atomic replace (temp, fsync, rename), so a
// crash never leaves an ack without its drop count or the other way round.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileDurably } from './segment-file.js';
import { STREAMS, type Stream } from './types.js';

export const STATE_FILE = 'outbox-state.json';

export interface StreamState {
  /** Every record with an id <= acked is acknowledged and never offered again. */
  acked: number;
  /** Drops below `acked`: reported to the controller in acknowledged batches. */
  reportedDropped: number;
}

export type OutboxState = Record<Stream, StreamState>;

export function emptyState(): OutboxState {
  return { telemetry: { acked: 0, reportedDropped: 0 }, events: { acked: 0, reportedDropped: 0 } };
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

/** The stored state; `null` when there is none yet. Throws when it exists but is unreadable. */
export function loadState(dir: string): OutboxState | null {
  let text: string;
  try {
    text = readFileSync(join(dir, STATE_FILE), 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  const raw = JSON.parse(text) as { v?: unknown; streams?: Partial<Record<Stream, Partial<StreamState>>> };
  if (raw.v !== 1 || typeof raw.streams !== 'object' || raw.streams === null) throw new Error(`${STATE_FILE}: unknown format`);
  const out = emptyState();
  for (const s of STREAMS) {
    const st = raw.streams[s];
    if (!st || !isCount(st.acked) || !isCount(st.reportedDropped)) throw new Error(`${STATE_FILE}: stream ${s} is malformed`);
    out[s] = { acked: st.acked, reportedDropped: st.reportedDropped };
  }
  return out;
}

export function saveState(dir: string, state: OutboxState): void {
  const text = JSON.stringify({ v: 1, streams: state });
  writeFileDurably(dir, join(dir, STATE_FILE), [Buffer.from(text, 'utf8')]);
}
