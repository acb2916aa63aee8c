// The controller's side of one `logs` command: chunks from the agent, in order, to one HTTP
// client, with bounded buffering.
//
// Invariants:
// - A chunk is acknowledged to the agent only after the consumer wrote it out and the HTTP
//   socket drained (ack()), so the agent never has more than `window` chunks in flight and this
//   queue never holds more than that. An agent sending past the window is cut off.
// - Chunks are handed out in seq order; duplicates (QoS 1 redelivery) are dropped.
// - The stream ends exactly once: done from the agent, cancel, the node going offline or
//   silent, no answer at all, or the controller shutting down.
import type { CommandKind, LogsRequest, Reply } from '../../proto/types.js';

export type LogsEvent =
  | { kind: 'started' }
  | { kind: 'lines'; seq: number; lines: string[] }
  | { kind: 'end'; ok: boolean; code: string; error: string };

export interface LogsStreamLimits {
  /** Unacknowledged chunks the agent may send. */
  window: number;
  maxChunkBytes: number;
  /** No reply at all within this: the node did not answer. */
  firstReplyMs: number;
  /** No reply (chunk or heartbeat) for this long once started: the node went silent. */
  silenceMs: number;
  /** The controller repeats its last ack this often, so the agent knows it is still wanted. */
  heartbeatMs: number;
  tickMs: number;
}

export const LOGS_STREAM_LIMITS: Readonly<LogsStreamLimits> = Object.freeze({
  window: 4,
  maxChunkBytes: 32 * 1024,
  firstReplyMs: 10_000,
  silenceMs: 35_000,
  heartbeatMs: 10_000,
  tickMs: 1_000,
});

export interface LogsStreamDeps {
  id: string;
  nodeId: string;
  request: LogsRequest;
  limits: LogsStreamLimits;
  now: () => number;
  /** Publishes a command to the node (acks, cancel); failures are only logged by the relay. */
  publish: (action: CommandKind) => void;
  isOnline: () => boolean;
  /** Called once when the stream ends (the relay forgets it). */
  onEnd: () => void;
  /** Buffer accounting across streams (relay stats). */
  account: (deltaBytes: number, deltaChunks: number) => void;
}

const bytesOf = (lines: readonly string[]): number => lines.reduce((n, l) => n + l.length, 0);

export class LogsStream {
  private readonly queue: LogsEvent[] = [];
  private readonly early = new Map<number, Reply>();
  private waiter: ((e: LogsEvent) => void) | null = null;
  private expected = 1;
  private acked = 0;
  private started = false;
  private isOver = false;
  private lastReplyMs: number;
  private lastAckMs: number;
  private readonly openedMs: number;
  private readonly timer: NodeJS.Timeout;
  private markCancelled: () => void = () => undefined;
  /** Resolves when the stream is cancelled here (client gone, node offline or silent, shutdown). */
  readonly cancelled: Promise<void> = new Promise((resolve) => (this.markCancelled = resolve));

  constructor(private readonly d: LogsStreamDeps) {
    this.openedMs = this.lastReplyMs = this.lastAckMs = d.now();
    this.timer = setInterval(() => this.tick(), d.limits.tickMs);
  }

  get id(): string {
    return this.d.id;
  }

  get isEnded(): boolean {
    return this.isOver;
  }

  /** The next event; an ended stream keeps answering its end. */
  next(): Promise<LogsEvent> {
    const e = this.queue.shift();
    if (e) {
      if (e.kind === 'lines') this.unaccount(e.lines);
      return Promise.resolve(e);
    }
    return new Promise((resolve) => (this.waiter = resolve));
  }

  /** The consumer has written every chunk up to seq and its socket drained. */
  ack(seq: number): void {
    if (this.isOver || seq <= this.acked) return;
    this.acked = seq;
    this.lastAckMs = this.d.now();
    this.d.publish({ kind: 'logsAck', commandId: this.d.id, seq });
  }

  /** The HTTP client went away (or the controller stops): tell the agent, end here. */
  cancel(reason: string, code = 'EF_CTL_CANCELLED'): void {
    if (this.isOver) return;
    this.d.publish({ kind: 'cancel', commandId: this.d.id, reason });
    this.finish({ kind: 'end', ok: false, code, error: reason });
    this.markCancelled();
  }

  onReply(r: Reply): void {
    if (this.isOver) return;
    this.lastReplyMs = this.d.now();
    // A refusal (ok = false before anything was sent) ends the stream without starting it, so the
    // HTTP side can still answer with an error status.
    if (!this.started && (r.ok || r.seq === 0)) {
      this.started = true;
      this.push({ kind: 'started' });
    }
    if (r.seq === 0) {
      if (r.done) this.finish(endOf(r)); // a refusal before any chunk
      return;
    }
    if (r.seq < this.expected) return; // a duplicate
    this.early.set(r.seq, r);
    if (this.early.size > this.d.limits.window + 1) {
      this.cancel(`node ${this.d.nodeId} sent more than ${this.d.limits.window} unacknowledged chunks`, 'EF_CTL_AGENT_OVERRAN');
      return;
    }
    for (let next = this.early.get(this.expected); next; next = this.early.get(this.expected)) {
      this.early.delete(this.expected);
      this.expected++;
      if (next.lines.length > 0) this.push({ kind: 'lines', seq: next.seq, lines: next.lines });
      if (next.done) {
        this.finish(endOf(next));
        return;
      }
    }
  }

  private tick(): void {
    const now = this.d.now();
    const { limits, nodeId } = this.d;
    if (!this.d.isOnline()) return this.cancel(`node ${nodeId} went offline`, 'EF_CTL_NODE_OFFLINE');
    if (!this.started && now - this.openedMs > limits.firstReplyMs) {
      return this.cancel(`node ${nodeId} did not answer within ${limits.firstReplyMs / 1000} s (is its agent new enough for logs, and connected?)`, 'EF_CTL_NODE_NO_ANSWER');
    }
    if (this.started && now - this.lastReplyMs > limits.silenceMs) {
      return this.cancel(`node ${nodeId} sent nothing for ${Math.round((now - this.lastReplyMs) / 1000)} s`, 'EF_CTL_NODE_SILENT');
    }
    if (this.started && now - this.lastAckMs >= limits.heartbeatMs) {
      this.lastAckMs = now;
      this.d.publish({ kind: 'logsAck', commandId: this.d.id, seq: this.acked });
    }
  }

  private push(e: LogsEvent): void {
    const w = this.waiter;
    if (w) {
      this.waiter = null;
      w(e);
      return;
    }
    if (e.kind === 'lines') {
      this.d.account(bytesOf(e.lines), 1);
    }
    this.queue.push(e);
  }

  private unaccount(lines: readonly string[]): void {
    this.d.account(-bytesOf(lines), -1);
  }

  private finish(end: LogsEvent & { kind: 'end' }): void {
    if (this.isOver) return;
    this.isOver = true;
    clearInterval(this.timer);
    this.push(end);
    this.d.onEnd();
  }

  /** Drops whatever is still queued (the consumer is gone). */
  discard(): void {
    for (const e of this.queue.splice(0)) if (e.kind === 'lines') this.unaccount(e.lines);
  }
}

function endOf(r: Reply): LogsEvent & { kind: 'end' } {
  return { kind: 'end', ok: r.ok, code: r.code, error: r.error };
}
