// Turns (workloads, nodes, current placements) into placements and per-node desired snapshots.
// Level-triggered: every run re-reads everything; runs never overlap; node changes are debounced
// so a burst of hellos after a restart costs one run, not one per node.
import type { Logger } from 'pino';
import type { DesiredPublisher, SyncResult } from './desired/publisher.js';
import type { FleetRegistry } from './fleet/registry.js';
import { schedule, type ScheduleResult, type Unplaced } from './schedule/schedule.js';
import type { Store, StoredWorkload } from './store/store.js';

export class Reconciler {
  private running: Promise<unknown> = Promise.resolve();
  private timer: NodeJS.Timeout | null = null;
  private lastUnplaced: Unplaced[] = [];
  private closed = false;

  constructor(
    private readonly store: Store,
    private readonly fleet: FleetRegistry,
    private readonly desired: DesiredPublisher,
    private readonly logger: Logger,
    private readonly debounceMs: number,
  ) {}

  unplaced(): Unplaced[] {
    return this.lastUnplaced;
  }

  /** Schedules a run after the debounce window (node changes). */
  poke(): void {
    if (this.closed || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.runNow().catch((err: unknown) => this.logger.error({ err }, 'reconcile failed'));
    }, this.debounceMs);
  }

  /** Runs now (after any run in progress) and resolves with its outcome (workload changes). */
  runNow(): Promise<{ schedule: ScheduleResult; synced: SyncResult[] }> {
    const next = this.running.then(() => this.once());
    this.running = next.catch(() => undefined);
    return next;
  }

  private async once(): Promise<{ schedule: ScheduleResult; synced: SyncResult[] }> {
    const workloads = this.store.listWorkloads();
    const nodes = this.fleet.list();
    const result = schedule(
      workloads.map((w) => w.workload),
      nodes.map((n) => ({ id: n.id, labels: n.labels, online: n.status === 'Online' })),
      this.store.listPlacements(),
    );
    this.store.replacePlacements(result.placements);
    this.lastUnplaced = result.unplaced;
    for (const u of result.unplaced) this.logger.info({ workload: u.workload, reasons: u.reasons }, `unplaced: ${u.message}`);

    const byName = new Map(workloads.map((w) => [w.workload.name, w]));
    const perNode = new Map<string, StoredWorkload[]>();
    for (const p of result.placements) {
      const w = byName.get(p.workload);
      if (!w) continue;
      const list = perNode.get(p.nodeId) ?? [];
      list.push(w);
      perNode.set(p.nodeId, list);
    }
    const synced = await this.desired.sync(
      nodes.map((n) => n.id),
      (id) => perNode.get(id) ?? [],
    );
    return { schedule: result, synced };
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }
}
