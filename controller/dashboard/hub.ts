// Live updates for the dashboard: one timer for all open pages. Each tick computes the overview
// (counts only: O(nodes), no per-node output) and, when anything changed since the last tick,
// sends every page a `tick`; pages refetch only what they show (one page of nodes), so a fleet of
// 10,000 never travels to the browser whole. Events go out as they arrive, in small batches.
//
// Bounded: at most maxClients streams; a page that cannot keep up (its socket buffer past
// maxBufferedBytes) is disconnected and reconnects on its own, rather than holding memory here.
import type { ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { DashEvent, DashOverview, DashStreamEvents } from './types.js';

export interface HubOptions {
  tickMs: number;
  maxClients: number;
  maxBufferedBytes: number;
  /** A comment line this often keeps proxies from closing an idle stream. */
  heartbeatMs: number;
}

export const HUB_DEFAULTS: HubOptions = { tickMs: 2000, maxClients: 64, maxBufferedBytes: 1 << 20, heartbeatMs: 15_000 };

/** At most this many events per `events` message, and kept while waiting for the next flush. */
const MAX_PENDING_EVENTS = 200;

export class DashboardHub {
  private readonly clients = new Set<ServerResponse>();
  private timer: NodeJS.Timeout | null = null;
  private heartbeat: NodeJS.Timeout | null = null;
  private lastSignature = '';
  private seq = 0;
  private changes = 0;
  private pending: DashEvent[] = [];
  private readonly opts: HubOptions;

  constructor(
    private readonly overview: () => DashOverview,
    /** Anything that moves when the fleet changes (message counts, reconcile runs). */
    private readonly activity: () => number,
    private readonly logger: Logger,
    opts: Partial<HubOptions> = {},
  ) {
    this.opts = { ...HUB_DEFAULTS, ...opts };
  }

  get size(): number {
    return this.clients.size;
  }

  /** Something changed that the counters do not show (a node's labels, a cordon). */
  poke(): void {
    this.changes++;
  }

  /** Events as the agents reported them (already stored). */
  onEvents(items: readonly DashEvent[]): void {
    if (this.clients.size === 0) return;
    this.pending.push(...items);
    if (this.pending.length > MAX_PENDING_EVENTS) this.pending.splice(0, this.pending.length - MAX_PENDING_EVENTS);
  }

  /** Takes over a response as an event stream; false when the hub is full. */
  attach(res: ServerResponse): boolean {
    if (this.clients.size >= this.opts.maxClients) return false;
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    res.socket?.setNoDelay(true);
    this.clients.add(res);
    res.on('close', () => this.clients.delete(res));
    // The first tick at once: a page that just connected shows the fleet without waiting.
    this.write(res, 'tick', { seq: this.seq, overview: this.overview() });
    this.start();
    return true;
  }

  private start(): void {
    this.timer ??= setInterval(() => this.tick(), this.opts.tickMs);
    this.heartbeat ??= setInterval(() => {
      for (const c of this.clients) c.write(': keep-alive\n\n');
    }, this.opts.heartbeatMs);
  }

  private tick(): void {
    if (this.clients.size === 0) {
      this.stop();
      return;
    }
    if (this.pending.length > 0) {
      const items = this.pending;
      this.pending = [];
      this.broadcast('events', { items });
    }
    const overview = this.overview();
    const signature = `${this.activity()}:${this.changes}:${JSON.stringify({ ...overview, nowMs: 0 })}`;
    if (signature === this.lastSignature) return;
    this.lastSignature = signature;
    this.broadcast('tick', { seq: ++this.seq, overview });
  }

  private broadcast<K extends keyof DashStreamEvents>(name: K, data: DashStreamEvents[K]): void {
    for (const c of this.clients) this.write(c, name, data);
  }

  private write<K extends keyof DashStreamEvents>(res: ServerResponse, name: K, data: DashStreamEvents[K]): void {
    if (res.writableLength > this.opts.maxBufferedBytes) {
      this.logger.warn({ buffered: res.writableLength }, 'dashboard stream too slow; closed (the page reconnects)');
      this.clients.delete(res);
      res.destroy();
      return;
    }
    res.write(`event: ${name}\ndata: ${JSON.stringify(data)}\n\n`);
  }

  private stop(): void {
    if (this.timer) clearInterval(this.timer);
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.timer = null;
    this.heartbeat = null;
  }

  close(): void {
    this.stop();
    for (const c of this.clients) c.end();
    this.clients.clear();
  }
}
