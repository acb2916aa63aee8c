// The controller's memory for silent nodes, between scheduler runs: since when each offline node
// has been silent, which replacements stand in for which lost instances, and how many were
// started in the last minute (the rate limit). The decisions themselves are pure
// (schedule/disconnect.ts); this only gathers facts and keeps outcomes.
//
// A node counts as silent from its last message, but never from before this controller started:
// a controller that was down itself cannot tell how long its nodes were quiet, and a restart must
// not look like the whole fleet went silent long ago. Replacements live in memory: after a
// controller restart the trim on return falls back to the scheduler's ordinary choice, which
// still leaves exactly the wanted number of instances.
import type { DisconnectFacts, DisconnectOutcome, Replacement } from '../schedule/disconnect.js';
import type { NodeView } from './registry.js';

export interface DisconnectConfig {
  /** New replacements started per rolling minute, fleet-wide. */
  maxReplacementsPerMinute: number;
  /** Above this share of the fleet offline nothing is replaced (a mass disconnect). */
  massFraction: number;
}

export const DISCONNECT_DEFAULTS: DisconnectConfig = Object.freeze({ maxReplacementsPerMinute: 10, massFraction: 0.5 });

const MINUTE_MS = 60_000;

export class DisconnectTracker {
  private replacements: Replacement[] = [];
  private startedAt: number[] = [];
  private mass = false;

  constructor(
    private readonly cfg: DisconnectConfig,
    private readonly controllerStartMs: number,
  ) {}

  facts(nodes: readonly Pick<NodeView, 'id' | 'status' | 'lastSeenMs'>[], nowMs: number): DisconnectFacts {
    this.startedAt = this.startedAt.filter((t) => t > nowMs - MINUTE_MS);
    const offlineSinceMs = new Map<string, number>();
    for (const n of nodes) if (n.status === 'Offline') offlineSinceMs.set(n.id, Math.max(n.lastSeenMs, this.controllerStartMs));
    return {
      offlineSinceMs,
      replacements: this.replacements,
      budget: Math.max(0, this.cfg.maxReplacementsPerMinute - this.startedAt.length),
      massFraction: this.cfg.massFraction,
    };
  }

  /**
   * Keeps a run's outcome. Returns when a run is due again for silent nodes (a node crossing
   * lostAfter, or rate-limit room for deferred replacements), or null.
   */
  record(o: DisconnectOutcome, nowMs: number): { nextRunAtMs: number | null; massChanged: boolean } {
    this.replacements = o.replacements;
    for (let i = 0; i < o.started.length; i++) this.startedAt.push(nowMs);
    let next = o.nextCheckAtMs;
    const oldest = this.startedAt[0];
    if (o.deferred > 0 && oldest !== undefined) next = Math.min(next ?? Infinity, oldest + MINUTE_MS);
    const massChanged = this.mass !== o.massDisconnect;
    this.mass = o.massDisconnect;
    return { nextRunAtMs: next, massChanged };
  }

  current(): readonly Replacement[] {
    return this.replacements;
  }
}
