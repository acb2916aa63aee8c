// The telemetry sampler: reads the node's counters on a fixed grid and hands each sample (without
// a sequence number: the outbox assigns those) to onSample. It never touches the reconcile path;
// its only input from the rest of the agent is the containers() callback, called once a tick.
//
// INVARIANTS
// - Ticks sit on a grid: origin + k * interval. A slow read or a late timer never shifts later
//   ticks; the timestamp is taken when the tick fires, before any read starts.
// - At most one reading is in flight. A tick that finds one still running is skipped and counted
//   (`skipped`); the grid is unchanged.
// - The first sample has rates because start() takes a baseline reading of every counter.
// - A failing source leaves its fields at 0 (or empty) in that sample and is logged once when it
//   starts failing and once when it recovers; the sample is still emitted.
// - Every source call is bounded (sourceTimeoutMs, guard.ts): a hung source fails, it cannot
//   hold the reading in flight forever.
// - Timers are unref'd: the sampler never keeps the process alive.
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { composeSample, type Previous, type Readings, type SampleWithoutSeq, type Stamped, type WorkloadRef } from './compose.js';
import { CostStats, type CostSummary } from './costs.js';
import { SourceGuard } from './guard.js';
import { defaultSampleSources } from './default-sources.js';
import type { SampleSources } from './sources.js';

export type { SampleWithoutSeq, WorkloadRef } from './compose.js';

/** The subset of a pino logger the sampler uses. */
export interface SamplerLogger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export type SourceName = 'cpu' | 'load' | 'memory' | 'net' | 'uptime' | 'disks' | 'temperature' | 'workloads';
/** Per-source costs, plus `sample`: one whole reading (every source, one after the other). */
export type CostKey = SourceName | 'sample';

export const DEFAULT_INTERVAL_MS = 10_000;
export const MAX_INTERVAL_MS = 3_600_000;

export interface TelemetrySamplerOptions {
  intervalMs: number;
  /** Wall clock (ms since the epoch): grid and timestamps. */
  now: () => number;
  /** Monotonic clock (ms) for rates and costs. Default performance.now. */
  monotonic?: () => number;
  /** Default: /proc and cgroups on Linux, systeminformation elsewhere (mounts ['/']). */
  read?: SampleSources;
  containers: () => readonly WorkloadRef[];
  onSample: (s: SampleWithoutSeq) => void;
  logger: SamplerLogger;
  /** Floor for intervals, protecting the node from a desired state asking for 1 ms. Default 1000. */
  minIntervalMs?: number;
  /** A source call taking longer fails (its fields read 0). Default 30 s. */
  sourceTimeoutMs?: number;
}

export class TelemetrySampler {
  private readonly read: SampleSources;
  private readonly mono: () => number;
  private readonly log: SamplerLogger;
  private readonly minIntervalMs: number;
  private readonly costStats = new CostStats<CostKey>();
  private readonly guard: SourceGuard<SourceName>;
  private readonly failing = new Set<SourceName>();
  private intervalMs: number;
  private running = false;
  private epoch = 0;
  private origin = 0;
  private k = 0;
  private timer: NodeJS.Timeout | undefined;
  private inFlight: Promise<void> | undefined;
  private cores = availableParallelism();
  /** The counters the next rates are computed against. */
  private base: Previous = { workloads: new Map() };
  private skippedTicks = 0;
  private emittedSamples = 0;

  constructor(private readonly opts: TelemetrySamplerOptions) {
    this.read = opts.read ?? defaultSampleSources();
    this.mono = opts.monotonic ?? (() => performance.now());
    this.log = opts.logger;
    this.minIntervalMs = opts.minIntervalMs ?? 1000;
    this.guard = new SourceGuard(opts.sourceTimeoutMs ?? 30_000);
    this.intervalMs = this.normalise(opts.intervalMs);
  }

  /** Ticks that found the previous reading still running. */
  get skipped(): number {
    return this.skippedTicks;
  }

  get emitted(): number {
    return this.emittedSamples;
  }

  get interval(): number {
    return this.intervalMs;
  }

  costs(): Partial<Record<CostKey, CostSummary>> {
    return this.costStats.summary();
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.epoch++;
    this.regrid();
    // A reading still running from before a stop() advances the counters just the same.
    if (!this.inFlight) this.track(this.readCounters(this.safeContainers()).then(() => undefined));
  }

  /** Stops ticking; resolves once a reading in flight has finished (its sample is not emitted). */
  async stop(): Promise<void> {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.inFlight;
  }

  /** The controller's interval (0 or garbage means the default); the grid restarts from now. */
  setIntervalMs(ms: number): void {
    const next = this.normalise(ms);
    if (next === this.intervalMs) return;
    this.intervalMs = next;
    if (this.running) this.regrid();
  }

  private normalise(ms: number): number {
    if (!Number.isFinite(ms) || ms <= 0) return DEFAULT_INTERVAL_MS;
    const n = Math.min(MAX_INTERVAL_MS, Math.max(this.minIntervalMs, Math.round(ms)));
    if (n !== ms) this.log.warn({ requestedMs: ms, intervalMs: n }, 'telemetry interval out of range; clamped');
    return n;
  }

  private regrid(): void {
    if (this.timer) clearTimeout(this.timer);
    this.origin = this.opts.now();
    this.k = 0;
    this.schedule();
  }

  private schedule(): void {
    const now = this.opts.now();
    let k = Math.max(this.k + 1, Math.floor((now - this.origin) / this.intervalMs) + 1);
    let at = this.origin + k * this.intervalMs;
    if (at - now > 2 * this.intervalMs) {
      // The wall clock stepped back (NTP at boot): a fresh grid from now, not an hour's silence.
      this.origin = now;
      k = 1;
      at = now + this.intervalMs;
    }
    this.k = k;
    this.timer = setTimeout(() => this.tick(), at - now);
    this.timer.unref();
  }

  private tick(): void {
    this.timer = undefined;
    if (!this.running) return;
    const tsMs = this.opts.now();
    this.schedule();
    if (this.inFlight) {
      this.skippedTicks++;
      const level = this.skippedTicks === 1 || this.skippedTicks % 100 === 0 ? 'warn' : 'debug';
      this.log[level]({ skipped: this.skippedTicks, intervalMs: this.intervalMs }, 'telemetry tick skipped: previous reading still running');
      return;
    }
    const epoch = this.epoch;
    this.track(this.sample(tsMs, epoch));
  }

  private track(p: Promise<void>): void {
    const tracked: Promise<void> = p
      .catch((err: unknown) => this.log.error({ err }, 'telemetry reading failed'))
      .finally(() => {
        if (this.inFlight === tracked) this.inFlight = undefined;
      });
    this.inFlight = tracked;
  }

  private safeContainers(): readonly WorkloadRef[] {
    try {
      return this.opts.containers();
    } catch (err) {
      this.log.warn({ err }, 'telemetry containers() threw; sampling without workloads');
      return [];
    }
  }

  private async timed<T>(source: SourceName, fn: () => Promise<T>): Promise<Stamped<T> | undefined> {
    const t0 = this.mono();
    try {
      const value = await this.guard.call(source, fn);
      const atMs = this.mono();
      this.costStats.record(source, atMs - t0);
      if (this.failing.delete(source)) this.log.info({ source }, 'telemetry source recovered');
      return { value, atMs };
    } catch (err) {
      this.costStats.record(source, this.mono() - t0, true);
      if (!this.failing.has(source)) this.log.warn({ source, err }, 'telemetry source failing; its fields read 0 until it recovers');
      this.failing.add(source);
      return undefined;
    }
  }

  /** Reads the counters and makes them the base of the next rates; returns the previous base. */
  private async readCounters(refs: readonly WorkloadRef[]): Promise<{ prev: Previous; got: Readings }> {
    const ids = [...new Set(refs.map((r) => r.containerId))];
    // One after the other, so each cost is that source's own (the /proc reads are synchronous
    // inside, see kernfs.ts, and would otherwise be billed to whichever promise resolves last).
    const cpu = await this.timed('cpu', () => this.read.cpu());
    const net = await this.timed('net', () => this.read.net());
    const workloads = await this.timed('workloads', () => this.read.workloads(ids));
    const prev = this.base;
    this.base = {
      cpu: cpu?.value ?? prev.cpu,
      net: net ?? prev.net,
      // Containers absent from this reading (stopped, removed) drop out of the base too.
      workloads: workloads ? new Map([...workloads.value].map(([id, value]) => [id, { value, atMs: workloads.atMs }])) : prev.workloads,
    };
    if (cpu) this.cores = cpu.value.cores;
    return { prev, got: { cpu, net, workloads } };
  }

  private async sample(tsMs: number, epoch: number): Promise<void> {
    const refs = this.safeContainers();
    const t0 = this.mono();
    const counters = await this.readCounters(refs);
    const load = await this.timed('load', () => this.read.load());
    const memory = await this.timed('memory', () => this.read.memory());
    const uptime = await this.timed('uptime', () => this.read.uptime());
    const disks = await this.timed('disks', () => this.read.disks());
    const temperature = await this.timed('temperature', () => this.read.temperature());
    this.costStats.record('sample', this.mono() - t0);
    const readings: Readings = { ...counters.got, load, memory, uptime, disks, temperature };
    const s = composeSample(tsMs, readings, counters.prev, refs, this.cores);
    if (!this.running || epoch !== this.epoch) return;
    this.emittedSamples++;
    try {
      this.opts.onSample(s);
    } catch (err) {
      this.log.error({ err }, 'telemetry onSample threw');
    }
  }
}
