// Byte-level framing of Docker's streams, pure and unit-tested: newline-delimited JSON (events,
// pull progress) arriving in arbitrary chunks, and the multiplexed stdout/stderr log format.
import { StringDecoder } from 'node:string_decoder';
import type { PullProgress } from './port.js';

const stripCR = (s: string): string => (s.endsWith('\r') ? s.slice(0, -1) : s);

/**
 * Splits text arriving in chunks into complete lines. A chunk may end mid-line or even in the
 * middle of a multi-byte UTF-8 character; both are carried over to the next push.
 */
export class LineSplitter {
  private readonly decoder = new StringDecoder('utf8');
  private rest = '';

  push(chunk: Buffer | string): string[] {
    this.rest += typeof chunk === 'string' ? chunk : this.decoder.write(chunk);
    const parts = this.rest.split('\n');
    this.rest = parts.pop() ?? '';
    return parts.map(stripCR);
  }

  /** The final line when the input did not end with a newline. */
  end(): string[] {
    const last = this.rest + this.decoder.end();
    this.rest = '';
    return last === '' ? [] : [stripCR(last)];
  }
}

// A non-TTY container's log is a sequence of frames: [stream(0|1|2), 0, 0, 0, size uint32 BE],
// then `size` bytes of payload. A TTY container's log is raw text.
const HEADER = 8;

function isMultiplexed(buf: Buffer): boolean {
  return buf.length >= HEADER && buf.readUInt8(0) <= 2 && buf.readUInt8(1) === 0 && buf.readUInt8(2) === 0 && buf.readUInt8(3) === 0;
}

/**
 * Lines of a (non-follow) `docker logs` body, stdout and stderr interleaved in frame order. Each
 * stream keeps its own partial line, so a line split over frames is not mixed with the other
 * stream's output.
 */
export function demuxLogLines(buf: Buffer): string[] {
  if (!isMultiplexed(buf)) {
    const s = new LineSplitter();
    return [...s.push(buf), ...s.end()];
  }
  const splitters = new Map<number, LineSplitter>();
  const lines: string[] = [];
  let off = 0;
  while (off + HEADER <= buf.length) {
    const stream = buf.readUInt8(off);
    const size = buf.readUInt32BE(off + 4);
    const payload = buf.subarray(off + HEADER, off + HEADER + size);
    off += HEADER + size;
    let splitter = splitters.get(stream);
    if (!splitter) {
      splitter = new LineSplitter();
      splitters.set(stream, splitter);
    }
    lines.push(...splitter.push(payload));
  }
  for (const s of splitters.values()) lines.push(...s.end());
  return lines;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** One pull progress message: progress, or the error Docker reports inside a 200 stream. */
export function fromPullMessage(msg: unknown): { progress: PullProgress } | { error: string } | null {
  if (!isRecord(msg)) return null;
  if (typeof msg.error === 'string') return { error: msg.error };
  if (isRecord(msg.errorDetail) && typeof msg.errorDetail.message === 'string') return { error: msg.errorDetail.message };
  if (typeof msg.status !== 'string') return null;
  const progress: PullProgress = { status: typeof msg.id === 'string' ? `${msg.id}: ${msg.status}` : msg.status };
  if (typeof msg.id === 'string') progress.id = msg.id;
  const detail = msg.progressDetail;
  if (isRecord(detail)) {
    if (typeof detail.current === 'number') progress.current = detail.current;
    if (typeof detail.total === 'number') progress.total = detail.total;
  }
  return { progress };
}
