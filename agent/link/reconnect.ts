// Reconnects with capped exponential backoff and full jitter, one schedule per agent.
// mqtt.js reconnects on a fixed period (every agent of a fleet at the same beat after a
// controller restart); the link creates its client with reconnectPeriod 0 and this drives it.
//
// Full jitter (delay uniform in [0, min(max, base * 2^attempt)]) spreads a fleet's retries over
// the whole window, so a refused CONNECT (the broker's connect-rate limit answers "server
// unavailable" once its queue of held CONNECTs is full) pushes that agent further out instead of
// into the next crowd; such a refusal comes from a controller that is up and admitting at its
// rate, so its window stops growing at busyMaxMs rather than maxMs.
// Invariants: at most one reconnect timer at a time; no timer after stop(); the attempt count
// only resets once a connection stayed up for stableMs, so a link that drops right after its
// CONNACK (flapping, or refused by the broker) keeps backing off.

export interface BackoffOptions {
  /** Ceiling of the first retry window. */
  baseMs: number;
  /** The window never grows past this. */
  maxMs: number;
  /**
   * The window after a rate refusal (CONNACK 3) never grows past this: the controller answered and
   * admits at its rate; it held the CONNECTs it could admit within its wait bound (20 s by default),
   * so a retry within about that long finds room, while 30-60 s windows left a restarted fleet's
   * tail asleep long after the controller had room (docs/benchmarks.md).
   */
  busyMaxMs: number;
}

export const BACKOFF_DEFAULTS: BackoffOptions = Object.freeze({ baseMs: 2_000, maxMs: 60_000, busyMaxMs: 20_000 });

/** Why a link went down: the broker refused over its connect rate (busy), nothing listened (unreachable), or anything else. */
export type DisconnectReason = 'failed' | 'unreachable' | 'busy';

/** The window of retry number `attempt` (0 first): min(max, base * 2^attempt). */
export function backoffCeilingMs(attempt: number, o: Pick<BackoffOptions, 'baseMs' | 'maxMs'>): number {
  const exp = Math.min(Math.max(0, Math.floor(attempt)), 30); // 2^30 * base is past any max
  return Math.min(o.maxMs, o.baseMs * 2 ** exp);
}

/** Full jitter: a uniform draw in [0, ceiling]; `random` returns [0, 1). */
export function backoffDelayMs(attempt: number, o: Pick<BackoffOptions, 'baseMs' | 'maxMs'>, random: () => number): number {
  const r = Math.min(Math.max(random(), 0), 1);
  return Math.floor(r * backoffCeilingMs(attempt, o));
}

/**
 * The window for a retry after `why`: unreachable keeps the first window, busy grows up to
 * min(busyMaxMs, maxMs), anything else up to maxMs.
 */
export function retryWindow(attempt: number, why: DisconnectReason, o: BackoffOptions): Pick<BackoffOptions, 'baseMs' | 'maxMs'> & { attempt: number } {
  if (why === 'unreachable') return { attempt: 0, baseMs: o.baseMs, maxMs: o.maxMs };
  if (why === 'busy') return { attempt, baseMs: o.baseMs, maxMs: Math.min(o.maxMs, o.busyMaxMs) };
  return { attempt, baseMs: o.baseMs, maxMs: o.maxMs };
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
    this.o = { baseMs: opts.baseMs ?? BACKOFF_DEFAULTS.baseMs, maxMs: opts.maxMs ?? BACKOFF_DEFAULTS.maxMs, busyMaxMs: opts.busyMaxMs ?? BACKOFF_DEFAULTS.busyMaxMs };
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
   * listened again. Once it listens, its connect-rate refusals (`busy`, CONNACK 3) widen the
   * windows, up to busyMaxMs.
   */
  disconnected(why: DisconnectReason = 'failed'): void {
    if (this.stopped || this.timer !== null) return;
    if (this.connectedAtMs !== null && this.timers.now() - this.connectedAtMs >= this.stableMs) this.attempt = 0;
    this.connectedAtMs = null;
    const w = retryWindow(this.attempt, why, this.o);
    const delay = backoffDelayMs(w.attempt, w, this.random);
    this.opts.onSchedule?.(delay, w.attempt);
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

/** CONNACK return code 3, "server unavailable": the broker's connect-rate refusal. */
const CONNACK_SERVER_UNAVAILABLE = 3;

/** Drives an mqtt.js client created with reconnectPeriod 0. Returns the reconnector (stop() it before end()). */
export function driveReconnects(client: ReconnectableClient, opts: Omit<ReconnectorOptions, 'reconnect'>): Reconnector {
  const r = new Reconnector({ ...opts, reconnect: () => client.reconnect() });
  let why: DisconnectReason = 'failed';
  client.on('error', (err) => {
    if (err.code === 'ECONNREFUSED') why = 'unreachable';
    else if (err.code === CONNACK_SERVER_UNAVAILABLE) why = 'busy';
  });
  client.on('connect', () => r.connected());
  client.on('close', () => {
    r.disconnected(why);
    why = 'failed';
  });
  return r;
}
