// The autoscaler's loop: every intervalMs, for each workload with `autoscale`, ask the pure
// desiredReplicas() for a count from the usage of its instances, keep the count (and when it
// last changed) in the scale store, and ask for a schedule run only when a count changed.
// Telemetry itself never triggers anything: this timer is the only way usage reaches placement.
import type { Logger } from 'pino';
import { desiredReplicas, type UsageSample } from './schedule/autoscale.js';
import type { ScaleStore } from './store/scale-store.js';
import type { Store, StoredWorkload } from './store/store.js';

export type UsageSource = (workload: string) => readonly UsageSample[];

export interface ScaleChange {
  workload: string;
  from: number;
  to: number;
  reason: string;
}

export interface AutoscalerDeps {
  store: Store;
  scale: ScaleStore;
  usage: UsageSource;
  now: () => number;
  logger: Logger;
  /** Called once per evaluation that changed any count. */
  onChange: (changes: ScaleChange[]) => void;
}

export const DEFAULT_AUTOSCALE_INTERVAL_MS = 15_000;

export class Autoscaler {
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly deps: AutoscalerDeps) {}

  /** The replica count to schedule: the autoscaler's choice within min..max, else the manifest's. */
  replicas(w: StoredWorkload): number {
    const a = w.workload.placement.autoscale;
    if (!a) return w.workload.placement.replicas;
    const chosen = this.deps.scale.get(w.workload.name, w.createdAtMs)?.replicas ?? w.workload.placement.replicas;
    return Math.min(a.max, Math.max(a.min, chosen));
  }

  evaluate(): ScaleChange[] {
    const { store, scale, usage, now, logger } = this.deps;
    const changes: ScaleChange[] = [];
    for (const w of store.listWorkloads()) {
      const policy = w.workload.placement.autoscale;
      if (!policy || w.workload.placement.mode !== 'replicated') continue;
      const from = this.replicas(w);
      const last = scale.get(w.workload.name, w.createdAtMs);
      const t = now();
      const d = desiredReplicas(from, usage(w.workload.name), policy, last?.changedAtMs ?? 0, t);
      logger.debug({ workload: w.workload.name, replicas: from, decision: d }, 'autoscale evaluated');
      if (d.replicas === from) continue;
      scale.put({ workload: w.workload.name, workloadCreatedMs: w.createdAtMs, replicas: d.replicas, changedAtMs: t, reason: d.reason });
      logger.info({ workload: w.workload.name, from, to: d.replicas, reason: d.reason }, `autoscaled ${w.workload.name} ${from} -> ${d.replicas}`);
      changes.push({ workload: w.workload.name, from, to: d.replicas, reason: d.reason });
    }
    if (changes.length > 0) this.deps.onChange(changes);
    return changes;
  }

  start(intervalMs: number): void {
    if (intervalMs <= 0 || this.timer) return;
    this.timer = setInterval(() => {
      try {
        this.evaluate();
      } catch (err) {
        this.deps.logger.error({ err }, 'autoscale evaluation failed');
      }
    }, intervalMs);
    this.timer.unref();
  }

  close(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
