// Reconnects with capped exponential backoff and full jitter, one schedule per agent.
// mqtt.js reconnects on a fixed period (every agent of a fleet at the same beat after a
// controller restart); the link creates its client with reconnectPeriod 0 and this drives it.
//
// Full jitter (delay uniform in [0, min(max, base * 2^attempt)]) spreads a fleet's retries over
// the whole window, so a refused CONNECT (the broker's connect-rate limit answers "server
// unavailable") pushes that agent further out instead of into the next crowd.
// Invariants: at most one reconnect timer at a time; no timer after stop(); the attempt count
// only resets once a connection stayed up for stableMs, so a link that drops right after its
// CONNACK (flapping, or refused by the broker) keeps backing off.

export interface BackoffOptions {
  /** Ceiling of the first retry window. */
  baseMs: number;
  /** The window never grows past this. */
  maxMs: number;
}

export const BACKOFF_DEFAULTS: BackoffOptions = Object.freeze({ baseMs: 2_000, maxMs: 60_000 });

/** The window of retry number `attempt` (0 first): min(max, base * 2^attempt). */
export function backoffCeilingMs(attempt: number, o: BackoffOptions): number {
  const exp = Math.min(Math.max(0, Math.floor(attempt)), 30); // 2^30 * base is past any max
  return Math.min(o.maxMs, o.baseMs * 2 ** exp);
}

/** Full jitter: a uniform draw in [0, ceiling]; `random` returns [0, 1). */
export function backoffDelayMs(attempt: number, o: BackoffOptions, random: () => number): number {
  const r = Math.min(Math.max(random(), 0), 1);
  return Math.floor(r * backoffCeilingMs(attempt, o));
}

export interface Timers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
  now(): number;
}

const realTimers: Timers = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (h) => clearTimeout(h as NodeJS.Timeout),
  now: () => Date.now(),
};

export interface ReconnectorOptions extends Partial<BackoffOptions> {
  /** Starts one connection attempt (mqtt.js client.reconnect()). */
  reconnect: () => void;
  random?: () => number;
  timers?: Timers;
  /** A connection must last this long before the backoff starts again from the first window. */
  stableMs?: number;
  /** Called whenever a retry is scheduled (logging, tests). */
  onSchedule?: (delayMs: number, attempt: number) => void;
}

export class Reconnector {
  private readonly o: BackoffOptions;
  private readonly random: () => number;
  private readonly timers: Timers;
  private readonly stableMs: number;
  private attempt = 0;
  private timer: unknown = null;
  private connectedAtMs: number | null = null;
  private stopped = false;

  constructor(private readonly opts: ReconnectorOptions) {
    this.o = { baseMs: opts.baseMs ?? BACKOFF_DEFAULTS.baseMs, maxMs: opts.maxMs ?? BACKOFF_DEFAULTS.maxMs };
    this.random = opts.random ?? Math.random;
    this.timers = opts.timers ?? realTimers;
    this.stableMs = opts.stableMs ?? this.o.baseMs * 5;
  }

  get attempts(): number {
    return this.attempt;
  }

  /** The link is up (CONNACK accepted). */
  connected(): void {
    this.connectedAtMs = this.timers.now();
  }

  /**
   * The link is down (closed, refused, or never came up): schedule the next try. `unreachable`
   * (TCP connection refused: nothing listens, typically the controller restarting) retries within
   * the first window and does not widen it: a refused SYN costs the server nothing, while doubling
   * on each refused try left a fleet spread over 30-60 s windows by the time a restarted controller
   * listened again. Once it listens, its connect-rate refusals (CONNACK 3) widen the windows.
   */
  disconnected(why: 'failed' | 'unreachable' = 'failed'): void {
    if (this.stopped || this.timer !== null) return;
    if (this.connectedAtMs !== null && this.timers.now() - this.connectedAtMs >= this.stableMs) this.attempt = 0;
    this.connectedAtMs = null;
    const attempt = why === 'unreachable' ? 0 : this.attempt;
    const delay = backoffDelayMs(attempt, this.o, this.random);
    this.opts.onSchedule?.(delay, attempt);
    if (why !== 'unreachable') this.attempt++;
    this.timer = this.timers.set(() => {
      this.timer = null;
      if (!this.stopped) this.opts.reconnect();
    }, delay);
  }

  stop(): void {
    this.stopped = true;
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = null;
  }
}

/** The mqtt.js events a Reconnector listens to; MqttClient satisfies it. */
export interface ReconnectableClient {
  on(event: 'connect' | 'close', cb: () => void): unknown;
  on(event: 'error', cb: (err: Error & { code?: unknown }) => void): unknown;
  reconnect(): unknown;
}

/** Drives an mqtt.js client created with reconnectPeriod 0. Returns the reconnector (stop() it before end()). */
export function driveReconnects(client: ReconnectableClient, opts: Omit<ReconnectorOptions, 'reconnect'>): Reconnector {
  const r = new Reconnector({ ...opts, reconnect: () => client.reconnect() });
  let refused = false;
  client.on('error', (err) => {
    if (err.code === 'ECONNREFUSED') refused = true;
  });
  client.on('connect', () => r.connected());
  client.on('close', () => {
    r.disconnected(refused ? 'unreachable' : 'failed');
    refused = false;
  });
  return r;
}
