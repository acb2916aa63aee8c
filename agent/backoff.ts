// Per-key capped exponential backoff with full jitter. The clock and the random source are
// arguments, so tests can drive it.
export interface BackoffOptions {
  baseMs: number;
  maxMs: number;
  random?: () => number;
}

export class Backoff {
  private readonly state = new Map<string, { attempts: number; untilMs: number }>();

  constructor(private readonly opts: BackoffOptions) {}

  /** Records a failure; returns how long the key is blocked. */
  failed(key: string, nowMs: number): number {
    const attempts = (this.state.get(key)?.attempts ?? 0) + 1;
    const ceiling = Math.min(this.opts.maxMs, this.opts.baseMs * 2 ** (attempts - 1));
    // Full jitter, but never less than half the ceiling: a retry storm needs spreading, and a
    // near-zero wait would be a hot loop.
    const waitMs = Math.round(ceiling / 2 + (ceiling / 2) * (this.opts.random ?? Math.random)());
    this.state.set(key, { attempts, untilMs: nowMs + waitMs });
    return waitMs;
  }

  succeeded(key: string): void {
    this.state.delete(key);
  }

  isBlocked(key: string, nowMs: number): boolean {
    const s = this.state.get(key);
    return s !== undefined && s.untilMs > nowMs;
  }

  blocked(nowMs: number): Set<string> {
    return new Set([...this.state].filter(([, s]) => s.untilMs > nowMs).map(([k]) => k));
  }

  /** The earliest time a blocked key becomes free, for scheduling the next pass. */
  nextRetryMs(nowMs: number): number | null {
    let min: number | null = null;
    for (const s of this.state.values()) if (s.untilMs > nowMs && (min === null || s.untilMs < min)) min = s.untilMs;
    return min;
  }
}
