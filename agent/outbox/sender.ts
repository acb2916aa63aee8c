// Drains the outbox in order: peek a batch, publish it (QoS 1; the promise settles on PUBACK),
// then ack it in the outbox. Per stream one batch in flight, so order holds; a failure stops
// that stream and retries after a capped, jittered backoff (agent/backoff.ts); batches are spaced
// to at most `maxBatchesPerSecond` across streams, so a replay after a long outage does not
// crowd out live traffic on the link. kick() only starts a drain; nothing here loops forever.
//
// Delivery is at least once: a crash or a failed ack after a PUBACK re-sends that batch, with
// the same ids. The controller keeps, per node and boot id, the highest seq it has accepted.
import { Backoff } from '../backoff.js';
import type { Outbox } from './outbox.js';
import { silentLogger, STREAMS, type OutboxLogger, type OutboxRecord, type Stream } from './types.js';

export type PublishBatch = (stream: Stream, records: OutboxRecord[], dropped: number) => Promise<void>;

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realTimers: Timers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout),
};

export interface SenderOptions {
  outbox: Pick<Outbox, 'peek' | 'ack' | 'pendingDropped'>;
  /** Encodes and publishes one batch; all its records share one boot id. */
  publish: PublishBatch;
  streams?: readonly Stream[];
  maxBatchRecords?: number;
  maxBatchBytes?: number;
  /** Across all streams. Default 20. */
  maxBatchesPerSecond?: number;
  backoff?: { baseMs: number; maxMs: number };
  random?: () => number;
  now?: () => number;
  timers?: Timers;
  logger?: OutboxLogger;
}

interface StreamState {
  /** Set and cleared synchronously, so a kick right after a drain found nothing is not lost. */
  active: boolean;
  running: Promise<void> | null;
  retry: unknown;
  failures: number;
}

export class OutboxSender {
  private readonly state = new Map<Stream, StreamState>();
  private readonly backoff: Backoff;
  private readonly now: () => number;
  private readonly timers: Timers;
  private readonly log: OutboxLogger;
  private readonly intervalMs: number;
  private nextSlotAt = 0;
  private stopped = false;
  private readonly sleepers = new Set<{ handle: unknown; wake: () => void }>();

  constructor(private readonly opts: SenderOptions) {
    this.backoff = new Backoff({ baseMs: opts.backoff?.baseMs ?? 1_000, maxMs: opts.backoff?.maxMs ?? 60_000, random: opts.random });
    this.now = opts.now ?? Date.now;
    this.timers = opts.timers ?? realTimers;
    this.log = opts.logger ?? silentLogger;
    this.intervalMs = 1000 / (opts.maxBatchesPerSecond ?? 20);
    for (const s of opts.streams ?? STREAMS) this.state.set(s, { active: false, running: null, retry: null, failures: 0 });
  }

  /**
   * Starts draining every stream that is not already draining or waiting out a backoff.
   * `resetBackoff` (on reconnect) retries at once instead of waiting.
   */
  kick(opts: { resetBackoff?: boolean } = {}): void {
    if (this.stopped) return;
    for (const [stream, st] of this.state) {
      if (opts.resetBackoff && st.retry !== null) {
        this.timers.clearTimeout(st.retry);
        st.retry = null;
        this.backoff.succeeded(stream);
      }
      if (!st.active && st.retry === null) this.start(stream, st);
    }
  }

  /** Resolves when no stream is draining (a backoff may still be pending). */
  async idle(): Promise<void> {
    for (;;) {
      const running = [...this.state.values()].map((s) => s.running).filter((p) => p !== null);
      if (running.length === 0) return;
      await Promise.all(running);
    }
  }

  /** Stops draining; a batch in flight is awaited (and acked if it was delivered). */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const st of this.state.values()) {
      if (st.retry !== null) this.timers.clearTimeout(st.retry);
      st.retry = null;
    }
    for (const s of [...this.sleepers]) {
      this.timers.clearTimeout(s.handle);
      s.wake();
    }
    await this.idle();
  }

  private start(stream: Stream, st: StreamState): void {
    st.active = true;
    const run: Promise<void> = this.drain(stream, st).finally(() => {
      if (st.running === run) st.running = null;
    });
    st.running = run;
  }

  private async drain(stream: Stream, st: StreamState): Promise<void> {
    // try/finally in this same function: `active` drops in the step that returns, not a tick later.
    try {
      const { outbox } = this.opts;
      while (!this.stopped) {
        let sentUpTo = 0;
        try {
          let batch = this.nextBatch(stream);
          if (batch.length === 0) return;
          const wait = this.reserveSlot();
          if (wait > 0) {
            await this.sleep(wait);
            if (this.stopped) return;
            batch = this.nextBatch(stream); // fresh after the wait: more may have come, or been thinned
            if (batch.length === 0) return;
          }
          const last = batch[batch.length - 1]!.id;
          await this.opts.publish(stream, batch, outbox.pendingDropped(stream, last));
          sentUpTo = last;
          outbox.ack(stream, last);
        } catch (err) {
          this.failed(stream, st, err, sentUpTo);
          return;
        }
        if (st.failures > 0) this.log.info({ stream, failures: st.failures }, 'outbox: sending again');
        st.failures = 0;
        this.backoff.succeeded(stream);
      }
    } finally {
      st.active = false;
    }
  }

  private nextBatch(stream: Stream): OutboxRecord[] {
    const batch = this.opts.outbox.peek(stream, this.opts.maxBatchRecords ?? 200, this.opts.maxBatchBytes ?? 64 * 1024);
    // One boot id per wire batch: cut where it changes.
    const cut = batch.findIndex((r) => r.bootId !== batch[0]!.bootId);
    return cut > 0 ? batch.slice(0, cut) : batch;
  }

  private failed(stream: Stream, st: StreamState, err: unknown, deliveredUpTo: number): void {
    st.failures++;
    const waitMs = this.backoff.failed(stream, this.now());
    const fields = { stream, failures: st.failures, retryInMs: waitMs, err: err instanceof Error ? err.message : String(err) };
    // Delivered but not acknowledged here: the batch goes again, and the controller drops it by seq.
    if (deliveredUpTo > 0) this.log.error({ ...fields, deliveredUpTo, code: 'EF_AGENT_OUTBOX_ACK_FAILED' }, 'outbox: ack after delivery failed');
    else if (st.failures === 1) this.log.warn(fields, 'outbox: publish failed; retrying with backoff');
    if (this.stopped) return;
    st.retry = this.timers.setTimeout(() => {
      st.retry = null;
      if (!this.stopped && !st.active) this.start(stream, st);
    }, waitMs);
  }

  /** Books the next send slot; returns how long to wait for it. */
  private reserveSlot(): number {
    const t = this.now();
    const at = Math.max(t, this.nextSlotAt);
    this.nextSlotAt = at + this.intervalMs;
    return at - t;
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const s = {
        handle: null as unknown,
        wake: () => {
          this.sleepers.delete(s);
          resolve();
        },
      };
      s.handle = this.timers.setTimeout(s.wake, ms);
      this.sleepers.add(s);
    });
  }
}
