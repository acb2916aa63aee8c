// One `logs` command: a container's output read as a stream and sent back in chunks of bounded
// size, flow-controlled by the controller's acks.
//
// Invariants:
// - At most `window` chunks are unacknowledged; while the window is full the session stops
//   pulling lines, so Docker's stream (and its TCP socket) pauses instead of the agent buffering.
// - A chunk holds at most chunkLines lines and chunkBytes characters; a longer line was already
//   cut by the demuxer (agent/runtime/log-demux.ts).
// - Chunks are numbered from 1, each published only after the previous one's PUBACK (in order).
//   The last one carries done = true (ok, or the error that ended the stream).
// - Seq 0 replies are heartbeats (one at the start, then every heartbeatMs while a follow is
//   quiet): never acked, outside the window.
// - A follow ends when the container stops, on cancel, when the link drops, or when the
//   controller has been silent (no ack, no heartbeat) for silenceMs.
import type { Logger } from 'pino';
import type { LogsRequest, Reply } from '../../proto/types.js';
import type { LogReadOptions } from '../runtime/port.js';
import type { CommandLimits } from './limits.js';

export interface LogsSessionDeps {
  commandId: string;
  request: LogsRequest;
  containerId: string;
  limits: CommandLimits;
  read: (id: string, opts: LogReadOptions, signal: AbortSignal) => AsyncIterable<string>;
  send: (r: Reply) => Promise<void>;
  now: () => number;
  logger: Logger;
}

const reply = (commandId: string, fields: Partial<Reply>): Reply => ({
  commandId,
  ok: true,
  error: '',
  done: false,
  seq: 0,
  lines: [],
  code: '',
  containerId: '',
  startedAtMs: 0,
  ...fields,
});

export class LogsSession {
  private readonly ac = new AbortController();
  private readonly window: number;
  private readonly chunkBytes: number;
  private batch: string[] = [];
  private batchBytes = 0;
  private sent = 0;
  private acked = 0;
  private lastHeardMs: number;
  private lastSentMs: number;
  private waiters: (() => void)[] = [];
  private lingerTimer: NodeJS.Timeout | null = null;
  private readonly ticker: NodeJS.Timeout;
  /** Publishes in order: each chunk (and heartbeat) after the previous one's PUBACK. */
  private sending: Promise<void> = Promise.resolve();
  /** Lines sent so far, for the log line at the end. */
  private lineCount = 0;
  readonly done: Promise<void>;

  constructor(private readonly d: LogsSessionDeps) {
    const { limits, request } = d;
    this.window = Math.max(1, Math.min(limits.window, request.window || limits.window));
    this.chunkBytes = Math.max(1024, Math.min(limits.chunkBytes, request.maxChunkBytes || limits.chunkBytes));
    this.lastHeardMs = this.lastSentMs = d.now();
    const tick = Math.min(1000, limits.heartbeatMs, limits.silenceMs);
    this.ticker = setInterval(() => this.tick(), tick);
    this.done = this.run().finally(() => {
      clearInterval(this.ticker);
      if (this.lingerTimer) clearTimeout(this.lingerTimer);
    });
  }

  /** The controller delivered every chunk up to seq (a repeated seq is a heartbeat). */
  ack(seq: number): void {
    this.lastHeardMs = this.d.now();
    if (seq > this.acked && seq <= this.sent) this.acked = seq;
    if (this.hasRoom()) this.wake();
  }

  cancel(reason: string): void {
    if (this.ac.signal.aborted) return;
    this.d.logger.info({ command: this.d.commandId, reason }, 'logs stream cancelled');
    this.ac.abort(new Error(reason));
    this.wake();
  }

  /** Chunks in flight now: never more than the window. */
  get unacknowledged(): number {
    return this.sent - this.acked;
  }

  private hasRoom(): boolean {
    return this.sent - this.acked < this.window;
  }

  private wake(): void {
    const ws = this.waiters;
    this.waiters = [];
    for (const w of ws) w();
  }

  private tick(): void {
    const now = this.d.now();
    if (now - this.lastHeardMs > this.d.limits.silenceMs) {
      this.cancel(`no ack or heartbeat from the controller for ${Math.round((now - this.lastHeardMs) / 1000)} s`);
      return;
    }
    if (this.d.request.follow && now - this.lastSentMs >= this.d.limits.heartbeatMs) {
      this.lastSentMs = now;
      this.enqueue(reply(this.d.commandId, {}));
    }
  }

  private enqueue(r: Reply): Promise<void> {
    const p = this.sending.then(() => this.d.send(r));
    // A failed publish (link down) ends the session; later sends are skipped by the abort.
    this.sending = p.catch((err: unknown) => this.cancel(`reply not delivered: ${err instanceof Error ? err.message : String(err)}`));
    return this.sending;
  }

  private async run(): Promise<void> {
    const { request, commandId, logger } = this.d;
    const signal = this.ac.signal;
    let error: { code: string; message: string } | null = null;
    // An empty reply at once: the controller knows the stream started before any line exists.
    void this.enqueue(reply(commandId, {}));
    try {
      const opts: LogReadOptions = { tail: request.tail, sinceMs: request.sinceMs, follow: request.follow };
      for await (const line of this.d.read(this.d.containerId, opts, signal)) {
        if (this.batchBytes + line.length > this.chunkBytes && this.batch.length > 0) await this.flush();
        this.batch.push(line);
        this.batchBytes += line.length;
        if (this.batch.length >= this.d.limits.chunkLines || this.batchBytes >= this.chunkBytes) await this.flush();
        else this.lingerTimer ??= setTimeout(() => void this.flushSoon(), this.d.limits.lingerMs);
      }
    } catch (err) {
      if (!signal.aborted) error = { code: 'EF_AGENT_RUNTIME_FAILED', message: err instanceof Error ? err.message : String(err) };
    }
    if (signal.aborted) {
      await this.sending;
      return;
    }
    // The last chunk says done, with whatever lines are left.
    try {
      await this.waitForRoom();
    } catch {
      return; // cancelled while waiting
    }
    const lines = this.takeBatch();
    await this.enqueue(reply(commandId, { seq: ++this.sent, lines, done: true, ...(error ? { ok: false, code: error.code, error: error.message } : {}) }));
    logger.info({ command: commandId, lines: this.lineCount, chunks: this.sent, error: error?.message }, 'logs stream ended');
  }

  private async flushSoon(): Promise<void> {
    this.lingerTimer = null;
    await this.flush().catch(() => undefined); // rejects only when cancelled
  }

  /**
   * Sends the batch as one chunk once the window has room. The reader and the linger timer may
   * both be waiting here; whoever wakes first takes the batch, the other finds it empty.
   */
  private async flush(): Promise<void> {
    if (this.lingerTimer) clearTimeout(this.lingerTimer);
    this.lingerTimer = null;
    await this.waitForRoom();
    if (this.batch.length === 0) return;
    const lines = this.takeBatch();
    this.lastSentMs = this.d.now();
    await this.enqueue(reply(this.d.commandId, { seq: ++this.sent, lines }));
  }

  private takeBatch(): string[] {
    const lines = this.batch;
    this.lineCount += lines.length;
    this.batch = [];
    this.batchBytes = 0;
    return lines;
  }

  private async waitForRoom(): Promise<void> {
    while (!this.hasRoom()) {
      this.ac.signal.throwIfAborted();
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
    this.ac.signal.throwIfAborted();
  }
}
