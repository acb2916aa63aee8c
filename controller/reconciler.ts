// Turns (workloads, nodes, current placements) into placements and per-node desired snapshots.
// Level-triggered: every run re-reads everything; runs never overlap; node changes are debounced
// so a burst of hellos after a restart costs one run, not one per node. Triggers: workload
// changes (runNow), node changes (poke), autoscale decisions; never telemetry samples.
import type { Logger } from 'pino';
import { policyForNode, type NamedNodePolicy } from './manifest/node-policy.js';
import { Autoscaler, DEFAULT_AUTOSCALE_INTERVAL_MS, type UsageSource } from './autoscaler.js';
import type { DesiredPublisher, SyncResult } from './desired/publisher.js';
import { DISCONNECT_DEFAULTS, DisconnectTracker, type DisconnectConfig } from './fleet/disconnect.js';
import type { FleetRegistry, NodeView } from './fleet/registry.js';
import type { Workload } from './manifest/types.js';
import { ConfigIndex, type ResolvedConfig } from './nodeconfig/resolve.js';
import { NO_PRESSURE, toSchedNode, toSchedWorkload, type Pressure } from './schedule/inputs.js';
import { IncrementalScheduler } from './schedule/incremental.js';
import { schedule, type ScheduleResult, type Unplaced } from './schedule/schedule.js';
import type { RolloutManager } from './rollout/manager.js';
import type { ConfigStore } from './store/config-store.js';
import { MemoryScaleStore, type ScaleStore } from './store/scale-store.js';
import type { Placement, Store, StoredWorkload } from './store/store.js';

export interface ReconcilerOptions {
  /** Memory and disk pressure of a node, from telemetry; default: never under pressure. */
  pressure?: (nodeId: string) => Pressure;
  /** Per-instance usage of a workload, for autoscaling; default: none (counts stay). */
  usage?: UsageSource;
  /** Where autoscaled counts are kept; default: memory. */
  scale?: ScaleStore;
  /** How often autoscaling is evaluated; 0 turns the timer off. */
  autoscaleIntervalMs?: number;
  now?: () => number;
  /** Silent nodes: replacement rate limit and the mass-disconnect share. */
  disconnect?: Partial<DisconnectConfig>;
  /** NodePolicy documents; each node's desired snapshot carries the ones matching its labels. */
  policies?: () => readonly NamedNodePolicy[];
  /** Durations in seconds, for metrics: the scheduler alone, and the whole run. */
  observe?: { schedule(seconds: number): void; run(seconds: number): void };
  /**
   * Configuration entries; each node's containers get the ones resolved for it (nodeconfig/), at
   * the configuration version of the revision the node is sent.
   */
  config?: Pick<ConfigStore, 'index' | 'indexAt'>;
  /** Rollouts: which revision each node is sent. Absent: every node gets the current one. */
  rollouts?: RolloutManager;
}

export interface RunOutcome {
  schedule: ScheduleResult;
  synced: SyncResult[];
}

/** What a schedule would do with some workloads replaced or added, changing nothing. */
export interface Preview {
  result: ScheduleResult;
  current: Placement[];
  /** Stored workloads with the previewed ones laid over them. */
  workloads: StoredWorkload[];
}

export class Reconciler {
  readonly autoscaler: Autoscaler;
  readonly disconnect: DisconnectTracker;
  private wakeTimer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> = Promise.resolve();
  private timer: NodeJS.Timeout | null = null;
  /** When the pending poke timer fires (performance.now() time). */
  private timerDue = 0;
  private lastUnplaced: Unplaced[] = [];
  private closed = false;
  /** Wall time of the last run (real clock, not the injected one): it widens the debounce window. */
  private lastRunMs = 0;
  private readonly now: () => number;
  private readonly pressure: (nodeId: string) => Pressure;
  private readonly policies: () => readonly NamedNodePolicy[];
  private readonly observe: NonNullable<ReconcilerOptions['observe']> | null;
  private readonly config: Pick<ConfigStore, 'index' | 'indexAt'>;
  private readonly rollouts: RolloutManager | undefined;
  /** Runs reuse the previous run's work when only a few nodes changed (same answer as schedule()). */
  private readonly incremental = new IncrementalScheduler();

  constructor(
    private readonly store: Store,
    private readonly fleet: FleetRegistry,
    private readonly desired: DesiredPublisher,
    private readonly logger: Logger,
    private readonly debounceMs: number,
    opts: ReconcilerOptions = {},
  ) {
    this.now = opts.now ?? Date.now;
    this.pressure = opts.pressure ?? (() => NO_PRESSURE);
    this.policies = opts.policies ?? (() => []);
    this.observe = opts.observe ?? null;
    const noConfig = new ConfigIndex([]);
    this.config = opts.config ?? { index: () => noConfig, indexAt: () => noConfig };
    this.rollouts = opts.rollouts;
    this.disconnect = new DisconnectTracker({ ...DISCONNECT_DEFAULTS, ...opts.disconnect }, this.now());
    this.autoscaler = new Autoscaler({
      store,
      scale: opts.scale ?? new MemoryScaleStore(),
      usage: opts.usage ?? (() => []),
      now: this.now,
      logger,
      onChange: () => void this.runNow().catch((err: unknown) => this.logger.error({ err }, 'reconcile failed')),
    });
    this.autoscaler.start(opts.autoscaleIntervalMs ?? DEFAULT_AUTOSCALE_INTERVAL_MS);
  }

  unplaced(): Unplaced[] {
    return this.lastUnplaced;
  }

  /**
   * Schedules a run after the debounce window (node changes). The window is at least twice the
   * last run's duration: a run is O(fleet), and during a connect storm every hello pokes, so
   * with a fixed 200 ms window a 10,000-node controller spent nearly all its time reconciling and
   * accepted a few connections a second. This caps reconciling at about a third of the time.
   *
   * `progress` (rollout reports and deadlines): nothing is placed differently, a rollout only
   * moves on, so the window is five runs long, a sixth of the time. After a fleet-wide apply
   * every one of 10,000 reports pokes, and runs two windows apart took a third of the
   * controller while it was taking those reports in. A node change still runs at its own window.
   */
  poke(progress = false): void {
    if (this.closed) return;
    const delay = Math.max(this.debounceMs, Math.round(this.lastRunMs * (progress ? 5 : 2)));
    const due = performance.now() + delay;
    if (this.timer) {
      if (this.timerDue <= due) return;
      clearTimeout(this.timer);
    }
    this.timerDue = due;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.runNow().catch((err: unknown) => this.logger.error({ err }, 'reconcile failed'));
    }, delay);
  }

  /** Runs now (after any run in progress) and resolves with its outcome (workload changes). */
  runNow(): Promise<RunOutcome> {
    const next = this.running.then(() => this.once());
    this.running = next.catch(() => undefined);
    return next;
  }

  /** The pure scheduler on a copy: stored workloads with `overrides` laid over them. */
  preview(overrides: readonly Workload[]): Preview {
    const byName = new Map(this.store.listWorkloads().map((w) => [w.workload.name, w]));
    const t = this.now();
    for (const w of overrides) {
      const prev = byName.get(w.name);
      byName.set(w.name, prev ? { ...prev, workload: w } : { workload: w, revision: 1, createdAtMs: t, updatedAtMs: t });
    }
    const workloads = [...byName.values()];
    const current = this.store.listPlacements();
    return { result: this.scheduleOf(workloads, current, schedule), current, workloads };
  }

  /** `run`: the pure schedule for previews; the runs that apply go through the incremental one. */
  private scheduleOf(workloads: readonly StoredWorkload[], current: readonly Placement[], run: typeof schedule, views: readonly NodeView[] = this.fleet.list()): ScheduleResult {
    const nodes = views.map((n) => toSchedNode(n, this.pressure(n.id)));
    const sched = workloads.map((w) => toSchedWorkload(w.workload, this.autoscaler.replicas(w)));
    const now = this.now();
    return run(sched, nodes, current, now, this.disconnect.facts(views, now));
  }

  private async once(): Promise<RunOutcome> {
    const t0 = performance.now();
    try {
      return await this.onceTimed();
    } finally {
      this.lastRunMs = performance.now() - t0;
      this.observe?.run(this.lastRunMs / 1000);
    }
  }

  private async onceTimed(): Promise<RunOutcome> {
    const workloads = this.store.listWorkloads();
    const nodes = this.fleet.list();
    const t0 = performance.now();
    const result = this.scheduleOf(workloads, this.store.listPlacements(), (...args) => this.incremental.schedule(...args), nodes);
    this.observe?.schedule((performance.now() - t0) / 1000);
    this.store.replacePlacements(result.placements);
    this.lastUnplaced = result.unplaced;
    for (const p of result.preempted) this.logger.info({ workload: p.workload, node: p.nodeId, by: p.by }, `preempted ${p.workload} on ${p.nodeId} for ${p.by}`);
    for (const u of result.unplaced) this.logger.info({ workload: u.workload, reasons: u.reasons }, `unplaced: ${u.message}`);
    if (result.disconnect) this.afterDisconnect(result.disconnect, nodes.length);

    const byName = new Map(workloads.map((w) => [w.workload.name, w]));
    const perNode = new Map<string, StoredWorkload[]>();
    for (const p of result.placements) {
      const w = byName.get(p.workload);
      if (!w) continue;
      const list = perNode.get(p.nodeId) ?? [];
      list.push(w);
      perNode.set(p.nodeId, list);
    }
    const policies = this.policies();
    const config = this.config.index();
    const memo: { node: string | null; labels: Readonly<Record<string, string>>; byIndex: Map<ConfigIndex, ResolvedConfig> } = { node: null, labels: {}, byIndex: new Map() };
    // One view per node for the whole run (the same as fleet.get: nothing changes until sync returns).
    const byId = new Map(nodes.map((n) => [n.id, n]));
    const labelsOf = (id: string): Readonly<Record<string, string>> => byId.get(id)?.labels ?? {};
    const rollout = this.rollouts?.run(workloads, result.placements, byId);
    const none: StoredWorkload[] = [];
    const synced = await this.desired.sync(
      nodes.map((n) => n.id),
      rollout ? (id) => (perNode.get(id) ?? none).map((w) => rollout.specFor(id, w)) : (id) => perNode.get(id) ?? none,
      policies.length === 0 ? undefined : (id) => policyForNode(policies, labelsOf(id)),
      (id, version) => {
        // A version no revision refers to any more is pruned; none is sent (the current one is used).
        const idx = version === undefined ? config : (this.config.indexAt(version) ?? config);
        if (idx.empty) return undefined;
        // Asked once per workload on the node, for the node's workloads in a row: resolve once per
        // node and index (each resolve matches the node against every selector).
        if (memo.node !== id) {
          memo.node = id;
          memo.labels = labelsOf(id);
          memo.byIndex.clear();
        }
        let r = memo.byIndex.get(idx);
        if (!r) memo.byIndex.set(idx, (r = idx.resolve(id, memo.labels)));
        return r;
      },
    );
    return { schedule: result, synced };
  }

  /** Logs silent-node decisions and wakes the next run when a node crosses lostAfter. */
  private afterDisconnect(o: NonNullable<ScheduleResult['disconnect']>, fleetSize: number): void {
    const now = this.now();
    const { nextRunAtMs, massChanged } = this.disconnect.record(o, now);
    for (const r of o.started) this.logger.warn({ workload: r.workload, node: r.nodeId, replaces: r.replaces }, `node ${r.replaces} lost: replacement of ${r.workload} started on ${r.nodeId}`);
    if (massChanged && o.massDisconnect) this.logger.warn({ fleetSize, lost: o.lost.length }, 'mass disconnect: most of the fleet is offline; nothing is rescheduled');
    if (o.deferred > 0) this.logger.warn({ deferred: o.deferred }, 'replacement rate limit reached; lost instances wait');
    if (this.wakeTimer) clearTimeout(this.wakeTimer);
    this.wakeTimer = null;
    if (nextRunAtMs !== null && !this.closed) this.wakeTimer = setTimeout(() => this.poke(), Math.max(0, nextRunAtMs - now) + 50);
  }

  async close(): Promise<void> {
    this.closed = true;
    this.rollouts?.close();
    if (this.wakeTimer) clearTimeout(this.wakeTimer);
    this.autoscaler.close();
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
    await this.desired.published();
  }
}
