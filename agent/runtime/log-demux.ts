// Docker's log stream as lines, incrementally and with bounded memory (pure, unit-tested).
// A non-TTY container's stream is a sequence of frames [stream(0|1|2), 0, 0, 0, size uint32 BE]
// + payload; a TTY container's is raw text. Frames and lines may be cut anywhere across chunks.
// stdout and stderr keep their own partial line, so a line split over frames is never mixed
// with the other stream's output.
import { StringDecoder } from 'node:string_decoder';

const HEADER = 8;
/** A line longer than this is cut and marked: a process printing without newlines must not grow the agent. */
export const DEFAULT_MAX_LINE_BYTES = 16 * 1024;

/** Splits one stream's text into lines, keeping at most maxLineBytes (UTF-16 units, about bytes) of a partial line. */
class BoundedLines {
  private readonly decoder = new StringDecoder('utf8');
  private rest = '';
  private cut = 0;

  constructor(private readonly maxLine: number) {}

  push(bytes: Buffer, out: string[]): void {
    const text = this.decoder.write(bytes);
    let start = 0;
    for (;;) {
      const nl = text.indexOf('\n', start);
      const piece = text.slice(start, nl < 0 ? undefined : nl);
      this.append(piece);
      if (nl < 0) break;
      out.push(this.take());
      start = nl + 1;
    }
  }

  end(out: string[]): void {
    this.append(this.decoder.end());
    if (this.rest !== '' || this.cut > 0) out.push(this.take());
  }

  private append(piece: string): void {
    const room = this.maxLine - this.rest.length;
    if (piece.length <= room) this.rest += piece;
    else {
      this.rest += piece.slice(0, Math.max(0, room));
      this.cut += piece.length - Math.max(0, room);
    }
  }

  private take(): string {
    let line = this.rest.endsWith('\r') ? this.rest.slice(0, -1) : this.rest;
    if (this.cut > 0) line += ` [... ${this.cut} more characters cut by edgefleet]`;
    this.rest = '';
    this.cut = 0;
    return line;
  }
}

export class LogDemuxer {
  private readonly streams = new Map<number, BoundedLines>();
  /** Undecided until 8 bytes arrived; then framed (multiplexed) or raw (TTY). */
  private framed: boolean | undefined;
  private pending: Buffer = Buffer.alloc(0);
  /** Payload bytes still to come for the current frame, and its stream. */
  private left = 0;
  private current = 1;

  constructor(private readonly maxLineBytes = DEFAULT_MAX_LINE_BYTES) {}

  private lines(stream: number): BoundedLines {
    let s = this.streams.get(stream);
    if (!s) {
      s = new BoundedLines(this.maxLineBytes);
      this.streams.set(stream, s);
    }
    return s;
  }

  /** Complete lines in this chunk (and what earlier chunks left). */
  push(chunk: Buffer): string[] {
    const out: string[] = [];
    let buf = this.pending.length > 0 ? Buffer.concat([this.pending, chunk]) : chunk;
    this.pending = Buffer.alloc(0);
    if (this.framed === undefined) {
      if (buf.length < HEADER) {
        this.pending = buf;
        return out;
      }
      this.framed = buf.readUInt8(0) <= 2 && buf.readUInt8(1) === 0 && buf.readUInt8(2) === 0 && buf.readUInt8(3) === 0;
    }
    if (!this.framed) {
      this.lines(1).push(buf, out);
      return out;
    }
    while (buf.length > 0) {
      if (this.left > 0) {
        const n = Math.min(this.left, buf.length);
        this.lines(this.current).push(buf.subarray(0, n), out);
        this.left -= n;
        buf = buf.subarray(n);
        continue;
      }
      if (buf.length < HEADER) {
        // Only a header fragment (under 8 bytes) is ever kept across chunks.
        this.pending = Buffer.from(buf);
        break;
      }
      this.current = buf.readUInt8(0);
      this.left = buf.readUInt32BE(4);
      buf = buf.subarray(HEADER);
    }
    return out;
  }

  /** The last partial line of each stream, when the log did not end with a newline. */
  end(): string[] {
    const out: string[] = [];
    if (this.framed === undefined && this.pending.length > 0) this.lines(1).push(this.pending, out);
    for (const s of this.streams.values()) s.end(out);
    this.streams.clear();
    return out;
  }
}
