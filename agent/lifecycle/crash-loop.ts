// Crash-loop detection and backoff, on top of Docker's own restart policy. Fed with what each
// pass observes (restart counters, finish times) and with the agent's own restarts (unhealthy);
// answers which workloads are held and until when. Clock values are arguments: no timers here.
//
// - A death is a container whose restart counter or finish time moved since the last look.
// - `threshold` deaths within `windowMs` is a crash loop: the workload is held for a capped,
//   exponentially growing time (base * 2^(holds-1), at most maxMs), then started again.
// - Running (and healthy, if checked) for `healthyResetMs` resets the hold count.
import type { ActualContainer } from '../runtime/port.js';

export interface CrashLoopOptions {
  threshold: number;
  windowMs: number;
  baseHoldMs: number;
  maxHoldMs: number;
  healthyResetMs: number;
}

export const CRASH_LOOP_DEFAULTS: CrashLoopOptions = Object.freeze({
  threshold: 3,
  windowMs: 60_000,
  baseHoldMs: 10_000,
  maxHoldMs: 300_000,
  healthyResetMs: 120_000,
});

export interface Death {
  workload: string;
  containerId: string;
  exitCode?: number;
  reason: 'exited' | 'unhealthy';
}

interface Seen {
  restartCount: number;
  finishedAtMs: number;
}

interface WorkloadHistory {
  deaths: number[];
  holds: number;
  holdUntilMs: number;
  total: number;
}

export class CrashLoopTracker {
  private readonly seen = new Map<string, Seen>();
  private readonly history = new Map<string, WorkloadHistory>();

  constructor(private readonly opts: CrashLoopOptions = CRASH_LOOP_DEFAULTS) {}

  private hist(workload: string): WorkloadHistory {
    let h = this.history.get(workload);
    if (!h) {
      h = { deaths: [], holds: 0, holdUntilMs: 0, total: 0 };
      this.history.set(workload, h);
    }
    return h;
  }

  /**
   * Compares this pass's containers with the last pass's; returns the deaths since then and
   * starts a hold for any workload that is now crash-looping. The first look at a container
   * (agent start, adoption) only records it: its past is not counted again.
   */
  observe(actual: readonly ActualContainer[], nowMs: number, stoppedByAgent: ReadonlySet<string>): Death[] {
    const deaths: Death[] = [];
    const live = new Set<string>();
    for (const c of actual) {
      live.add(c.id);
      const prev = this.seen.get(c.id);
      this.seen.set(c.id, { restartCount: c.restartCount, finishedAtMs: c.finishedAtMs });
      if (!prev || stoppedByAgent.has(c.id)) continue;
      const died = c.restartCount > prev.restartCount || (c.finishedAtMs > prev.finishedAtMs && c.state !== 'running');
      if (died) {
        const d: Death = { workload: c.workload, containerId: c.id, reason: 'exited' };
        if (c.exitCode !== undefined) d.exitCode = c.exitCode;
        deaths.push(d);
        this.recordDeath(c.workload, nowMs);
      }
      const h = this.history.get(c.workload);
      if (h && h.holds > 0 && c.state === 'running' && c.health !== 'unhealthy' && nowMs - c.startedAtMs >= this.opts.healthyResetMs) {
        h.holds = 0;
        h.deaths = [];
      }
    }
    for (const id of this.seen.keys()) if (!live.has(id)) this.seen.delete(id);
    return deaths;
  }

  /** The agent restarted a container itself (unhealthy): that counts as a death too. */
  recordDeath(workload: string, nowMs: number): void {
    const h = this.hist(workload);
    h.total++;
    h.deaths = [...h.deaths.filter((t) => nowMs - t < this.opts.windowMs), nowMs];
    if (h.deaths.length >= this.opts.threshold && h.holdUntilMs <= nowMs) {
      h.holds++;
      h.holdUntilMs = nowMs + Math.min(this.opts.maxHoldMs, this.opts.baseHoldMs * 2 ** (h.holds - 1));
      h.deaths = [];
    }
  }

  /** Workloads held now, with a reason an operator can read. */
  held(nowMs: number): Map<string, string> {
    const out = new Map<string, string>();
    for (const [w, h] of this.history) {
      if (h.holdUntilMs > nowMs) {
        out.set(w, `crash loop: ${this.opts.threshold} deaths within ${this.opts.windowMs / 1000}s; next start in ${Math.ceil((h.holdUntilMs - nowMs) / 1000)}s`);
      }
    }
    return out;
  }

  holdUntil(workload: string): number {
    return this.history.get(workload)?.holdUntilMs ?? 0;
  }

  /** Deaths the agent has seen for a workload since it started (its restart count). */
  restarts(workload: string): number {
    return this.history.get(workload)?.total ?? 0;
  }

  /** When the earliest hold ends, for scheduling the next pass. */
  nextReleaseMs(nowMs: number): number | null {
    let min: number | null = null;
    for (const h of this.history.values()) if (h.holdUntilMs > nowMs && (min === null || h.holdUntilMs < min)) min = h.holdUntilMs;
    return min;
  }

  forget(workload: string): void {
    this.history.delete(workload);
  }
}
