// A cap on accepted CONNECTs: after a controller restart the whole fleet reconnects at once, and
// every accepted connection costs a hello, a state, a retained desired and an outbox replay.
// Over the rate the broker holds a CONNECT (its CONNACK waits) in a FIFO queue until a slot frees
// up, so a storm is admitted at exactly the rate and no node has to back off. The queue is bounded
// by the wait it implies (rate x maxWaitMs); beyond that the broker answers CONNACK "server
// unavailable" (return code 3), and the agent backs off with full jitter (agent/link/reconnect.ts).
// Pure: the clock is an argument.
//
// Invariant (ConnectRateLimiter, and so ConnectQueue, which admits only through it): in every
// window (t - 1000 ms, t] at most `perSecond` CONNECTs are admitted, t being the admission time.
// A token bucket would let twice the rate through one window (a full bucket plus its refill), so
// this keeps the admission times of the last `perSecond` connects in a ring and admits a new one
// only when the oldest of them has left the window.

export const DEFAULT_MAX_CONNECTS_PER_SECOND = 500;
/**
 * How long a CONNECT may be held for a free slot. Agents and the simulator wait 30 s for their
 * CONNACK (AGENT_CONNACK_TIMEOUT_MS in agent/link/link.ts), so a held client is still there when
 * its turn comes; at the default rate this holds 10,000 CONNECTs, a whole 10,000-node restart.
 */
export const DEFAULT_MAX_CONNECT_WAIT_MS = 20_000;

export class ConnectRateLimiter {
  private readonly ring: number[];
  private next = 0;
  private admitted = 0;
  private refused = 0;
  /** Admission times inside the last second, oldest first (for the measured peak, not the decision). */
  private recent: number[] = [];
  private recentHead = 0;
  private peak = 0;

  /** `perSecond` 0 turns the limit off. */
  constructor(private readonly perSecond: number) {
    this.ring = new Array<number>(Math.max(0, perSecond)).fill(Number.NEGATIVE_INFINITY);
  }

  /** True when a CONNECT at nowMs is admitted (and counted against the window). */
  take(nowMs: number): boolean {
    if (this.perSecond <= 0) {
      this.admitted++;
      this.count(nowMs);
      return true;
    }
    if (this.nextFreeAtMs() > nowMs) {
      this.refused++;
      return false;
    }
    this.ring[this.next] = nowMs;
    this.next = (this.next + 1) % this.ring.length;
    this.admitted++;
    this.count(nowMs);
    return true;
  }

  /**
   * The most admissions in any window (t - 1000 ms, t], counted independently of the ring that
   * decides, so a benchmark can report the broker's own figure (the nodes see their CONNACKs later,
   * bunched by a loaded machine).
   */
  private count(nowMs: number): void {
    this.recent.push(nowMs);
    while ((this.recent[this.recentHead] as number) <= nowMs - 1000) this.recentHead++;
    this.peak = Math.max(this.peak, this.recent.length - this.recentHead);
    if (this.recentHead >= 1024 && this.recentHead * 2 >= this.recent.length) {
      this.recent = this.recent.slice(this.recentHead);
      this.recentHead = 0;
    }
  }

  /** The earliest time take() can succeed: when the oldest admission leaves the window. */
  nextFreeAtMs(): number {
    if (this.perSecond <= 0) return Number.NEGATIVE_INFINITY;
    return (this.ring[this.next] ?? Number.NEGATIVE_INFINITY) + 1000;
  }

  stats(): { admitted: number; refused: number; peakPerSecond: number } {
    return { admitted: this.admitted, refused: this.refused, peakPerSecond: this.peak };
  }
}

export type ArrivalDecision = 'admit' | 'hold' | 'refuse';

export interface ConnectQueueStats {
  admitted: number;
  /** Of the admitted, how many waited in the queue first. */
  held: number;
  refused: number;
  /** Held entries dropped because their client had gone when their turn came. */
  abandoned: number;
  /** Waiting now. */
  waiting: number;
  /** The longest any admitted CONNECT waited, ms. */
  maxWaitedMs: number;
  /** The most CONNECTs admitted in any 1 s window, by the broker's own clock. */
  peakPerSecond: number;
}

/**
 * The FIFO in front of the limiter. `arrive` decides at once (admit now, hold, or refuse when the
 * queue already holds `maxWaitMs` worth of CONNECTs at the rate); `drain` admits held entries in
 * arrival order as the limiter frees slots, skipping entries whose client has gone (they take no
 * slot), and says when to call it again. Nothing is admitted ahead of an older held entry.
 */
export class ConnectQueue<T> {
  private readonly limiter: ConnectRateLimiter;
  private readonly maxWaiting: number;
  private items: { item: T; atMs: number }[] = [];
  private head = 0;
  private s = { admitted: 0, held: 0, refused: 0, abandoned: 0, maxWaitedMs: 0 };

  constructor(
    private readonly perSecond: number,
    maxWaitMs: number,
  ) {
    this.limiter = new ConnectRateLimiter(perSecond);
    this.maxWaiting = perSecond > 0 ? Math.max(0, Math.floor((perSecond * maxWaitMs) / 1000)) : 0;
  }

  get waiting(): number {
    return this.items.length - this.head;
  }

  /** A CONNECT arrived at nowMs: 'admit' (now), 'hold' (queued: drain() admits it later) or 'refuse'. */
  arrive(item: T, nowMs: number): ArrivalDecision {
    if (this.waiting === 0 && this.limiter.take(nowMs)) {
      this.s.admitted++;
      return 'admit';
    }
    if (this.waiting >= this.maxWaiting) {
      this.s.refused++;
      return 'refuse';
    }
    this.items.push({ item, atMs: nowMs });
    return 'hold';
  }

  /**
   * Admits held entries at nowMs, oldest first, while the limiter has slots; `alive` false drops an
   * entry without using a slot. Returns the admitted ones and when the next one can go (null: none held).
   */
  drain(nowMs: number, alive: (item: T) => boolean = () => true): { admitted: T[]; nextAtMs: number | null } {
    const admitted: T[] = [];
    while (this.head < this.items.length) {
      const e = this.items[this.head]!;
      if (!alive(e.item)) {
        this.pop();
        this.s.abandoned++;
        continue;
      }
      if (!this.limiter.take(nowMs)) break;
      this.pop();
      this.s.admitted++;
      this.s.held++;
      this.s.maxWaitedMs = Math.max(this.s.maxWaitedMs, nowMs - e.atMs);
      admitted.push(e.item);
    }
    return { admitted, nextAtMs: this.nextAtMs() };
  }

  /** When drain() can next admit a held entry; null when none is held. */
  nextAtMs(): number | null {
    return this.waiting > 0 ? this.limiter.nextFreeAtMs() : null;
  }

  /** Every held entry, removed (broker shutdown). */
  clear(): T[] {
    const left = this.items.slice(this.head).map((e) => e.item);
    this.items = [];
    this.head = 0;
    return left;
  }

  stats(): ConnectQueueStats {
    return { ...this.s, waiting: this.waiting, peakPerSecond: this.limiter.stats().peakPerSecond };
  }

  private pop(): void {
    this.head++;
    // Compact now and then so the array does not grow with every CONNECT ever held.
    if (this.head >= 1024 && this.head * 2 >= this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
  }
}
