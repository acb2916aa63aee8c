// The outbox's small durable state: per stream, the highest acknowledged id and the drops already
// reported; both change together at ack time, in one write.
//
// Two fixed 512-byte slots written in place, alternately, each [u32 length][u32 crc32][JSON with
// a sequence number]; open() takes the valid slot with the higher sequence. A torn write spoils
// only the slot being written, so the state falls back one ack (a re-send, never a loss), and no
// write ever needs a new disk block: acks, which free space, still work on a full disk, where a
// temp-file-and-rename would fail with ENOSPC.
import { closeSync, fdatasyncSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from './crc32.js';
import { fsyncDir, writeAll } from './segment-file.js';
import { STREAMS, type Stream } from './types.js';

export const STATE_FILE = 'outbox.state';
const SLOT = 512;

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

export class StateFile {
  private constructor(
    private readonly fd: number,
    private seq: number,
  ) {}

  /**
   * Opens (creating) the state file. `state` is null when nothing was ever saved; `corrupt` says
   * the file exists but neither slot is readable.
   */
  static open(dir: string): { file: StateFile; state: OutboxState | null; corrupt: boolean } {
    const path = join(dir, STATE_FILE);
    let fd: number;
    try {
      fd = openSync(path, 'wx+', 0o600);
      writeAll(fd, Buffer.alloc(2 * SLOT), 0);
      fdatasyncSync(fd);
      fsyncDir(dir);
      return { file: new StateFile(fd, 0), state: null, corrupt: false };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    fd = openSync(path, 'r+');
    const buf = Buffer.alloc(2 * SLOT);
    readSync(fd, buf, 0, buf.length, 0);
    const slots = [readSlot(buf.subarray(0, SLOT)), readSlot(buf.subarray(SLOT))].filter((s) => s !== null);
    const best = slots.sort((a, b) => b.seq - a.seq)[0];
    if (best) return { file: new StateFile(fd, best.seq), state: best.state, corrupt: false };
    return { file: new StateFile(fd, 0), state: null, corrupt: buf.some((b) => b !== 0) };
  }

  save(state: OutboxState): void {
    const seq = this.seq + 1;
    const body = Buffer.from(JSON.stringify({ v: 1, seq, streams: state }), 'utf8');
    const slot = Buffer.alloc(SLOT);
    slot.writeUInt32LE(body.length, 0);
    slot.writeUInt32LE(crc32(body), 4);
    body.copy(slot, 8);
    writeAll(this.fd, slot, (seq % 2) * SLOT);
    fdatasyncSync(this.fd);
    this.seq = seq;
  }

  close(): void {
    closeSync(this.fd);
  }
}

function readSlot(b: Buffer): { seq: number; state: OutboxState } | null {
  const len = b.readUInt32LE(0);
  if (len === 0 || len > SLOT - 8) return null;
  const body = b.subarray(8, 8 + len);
  if (crc32(body) !== b.readUInt32LE(4)) return null;
  try {
    const raw = JSON.parse(body.toString('utf8')) as { v?: unknown; seq?: unknown; streams?: Partial<Record<Stream, Partial<StreamState>>> };
    if (raw.v !== 1 || !isCount(raw.seq) || typeof raw.streams !== 'object' || raw.streams === null) return null;
    const state = emptyState();
    for (const s of STREAMS) {
      const st = raw.streams[s];
      if (!st || !isCount(st.acked) || !isCount(st.reportedDropped)) return null;
      state[s] = { acked: st.acked, reportedDropped: st.reportedDropped };
    }
    return { seq: raw.seq, state };
  } catch {
    return null;
  }
}
