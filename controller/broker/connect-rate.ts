// A cap on accepted CONNECTs: after a controller restart the whole fleet reconnects at once, and
// every accepted connection costs a hello, a state, a retained desired and an outbox replay.
// Above the rate the broker answers CONNACK "server unavailable" (return code 3); the agent
// treats that like any failed try and backs off with full jitter (agent/link/reconnect.ts), so
// the refused ones spread out instead of hammering. Pure: the clock is an argument.
//
// Invariant: in every window (t - 1000 ms, t] at most `perSecond` CONNECTs are admitted. A token
// bucket would let twice the rate through one window (a full bucket plus its refill), so this
// keeps the admission times of the last `perSecond` connects in a ring and admits a new one only
// when the oldest of them has left the window.

export const DEFAULT_MAX_CONNECTS_PER_SECOND = 500;

export class ConnectRateLimiter {
  private readonly ring: number[];
  private next = 0;
  private admitted = 0;
  private refused = 0;

  /** `perSecond` 0 turns the limit off. */
  constructor(private readonly perSecond: number) {
    this.ring = new Array<number>(Math.max(0, perSecond)).fill(Number.NEGATIVE_INFINITY);
  }

  /** True when a CONNECT at nowMs is admitted. */
  take(nowMs: number): boolean {
    if (this.perSecond <= 0) {
      this.admitted++;
      return true;
    }
    const oldest = this.ring[this.next] ?? Number.NEGATIVE_INFINITY;
    if (oldest > nowMs - 1000) {
      this.refused++;
      return false;
    }
    this.ring[this.next] = nowMs;
    this.next = (this.next + 1) % this.ring.length;
    this.admitted++;
    return true;
  }

  stats(): { admitted: number; refused: number } {
    return { admitted: this.admitted, refused: this.refused };
  }
}
