// Since when each container has been ready (running, and healthy if it has a health check)
// without a break, by this agent's clock. Rollouts count minHealthyTime from it, so it must
// restart from zero whenever the container stops being ready. Fed after every pass.
import { isReady } from './plan.js';
import type { ActualContainer } from './runtime/port.js';

export class ReadyClock {
  private readonly since = new Map<string, number>();

  /** Records what a pass saw; containers that are gone or not ready are forgotten. */
  observe(actual: readonly ActualContainer[], nowMs: number): void {
    const seen = new Set<string>();
    for (const c of actual) {
      if (!isReady(c)) continue;
      seen.add(c.id);
      if (this.since.has(c.id)) continue;
      // Without a health check it is ready from its start (also true across an agent restart);
      // with one, from the first pass that sees it healthy (Docker keeps no time for that).
      const from = c.health === 'none' && c.startedAtMs > 0 ? Math.min(c.startedAtMs, nowMs) : nowMs;
      this.since.set(c.id, from);
    }
    for (const id of [...this.since.keys()]) if (!seen.has(id)) this.since.delete(id);
  }

  /** 0 when not ready. */
  of(containerId: string): number {
    return this.since.get(containerId) ?? 0;
  }
}
