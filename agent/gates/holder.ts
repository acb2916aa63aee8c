// Holds a new desired state while an update gate is closed (update-gate.ts): keeps it on disk
// (<stateDir>/pending/desired.pb) so a reboot still applies it later, re-checks the gates on
// every tick, and hands it over once they open. Every hold and release goes to the journal.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { isNewer, type Condition, type DesiredState } from '../../proto/types.js';
import { DesiredStore, DESIRED_FILE } from '../state/desired-store.js';
import { ensureLocksDir, heldLocks } from './locks.js';
import { localMinuteOfDay, updateGate, type GateDecision } from './update-gate.js';

export interface UpdateHolderDeps {
  stateDir: string;
  now: () => number;
  emit: (type: string, workload: string, message: string, severity?: 'info' | 'warning' | 'error') => void;
  /** Minutes after local midnight; default the process's local time. */
  minuteOfDay?: (nowMs: number) => number;
}

interface Pending {
  desired: DesiredState;
  decision: Extract<GateDecision, { hold: true }>;
  sinceMs: number;
}

const ver = (d: DesiredState): { epoch: number; generation: number } => ({ epoch: d.controllerEpoch, generation: d.generation });

export class UpdateHolder {
  private readonly store: DesiredStore;
  private readonly dir: string;
  private pending: Pending | null = null;
  private releasedAtMs = 0;

  constructor(private readonly deps: UpdateHolderDeps) {
    ensureLocksDir(deps.stateDir);
    this.dir = join(deps.stateDir, 'pending');
    this.store = new DesiredStore(this.dir);
  }

  private decide(current: DesiredState): GateDecision {
    const minute = (this.deps.minuteOfDay ?? localMinuteOfDay)(this.deps.now());
    return updateGate({ window: current.policy.maintenanceWindow ?? '', minuteOfDay: minute, locks: heldLocks(this.deps.stateDir) });
  }

  /** After a restart: a held snapshot newer than the one in force is offered again; an older one is dropped. */
  resume(current: DesiredState | null): DesiredState | null {
    let saved: DesiredState | null;
    try {
      saved = this.store.load();
    } catch {
      saved = null;
    }
    if (!saved || (current && !isNewer(ver(saved), ver(current)))) {
      this.forget();
      return null;
    }
    return this.offer(current, saved) ? saved : null;
  }

  /**
   * A newer desired state arrived while `current` is in force. True: apply it now. False: it is
   * held (on disk) and comes back from check() when the gates open.
   */
  offer(current: DesiredState | null, next: DesiredState): boolean {
    if (this.pending && !isNewer(ver(next), ver(this.pending.desired)) && next !== this.pending.desired) return false;
    const decision = current ? this.decide(current) : ({ hold: false } as const);
    if (!decision.hold) {
      if (this.pending) this.release(next);
      return true;
    }
    const changed = !this.pending || this.pending.decision.reason !== decision.reason || this.pending.desired.generation !== next.generation;
    if (this.pending?.desired !== next) this.store.save(next);
    this.pending = { desired: next, decision, sinceMs: this.pending?.sinceMs ?? this.deps.now() };
    if (changed) this.deps.emit('UpdateHeld', '', `holding desired generation ${next.generation}: ${decision.message}`, 'warning');
    return false;
  }

  /** Re-evaluates the gates for a held snapshot; returns it once they are open. */
  check(current: DesiredState | null): DesiredState | null {
    if (!this.pending) return null;
    const next = this.pending.desired;
    return this.offer(current, next) ? next : null;
  }

  private release(next: DesiredState): void {
    const held = this.pending;
    this.pending = null;
    this.releasedAtMs = this.deps.now();
    this.forget();
    const secs = held ? Math.round((this.releasedAtMs - held.sinceMs) / 1000) : 0;
    this.deps.emit('UpdateReleased', '', `applying desired generation ${next.generation} after holding it ${secs}s (${held?.decision.message ?? 'gate open'})`);
  }

  private forget(): void {
    rmSync(join(this.dir, DESIRED_FILE), { force: true });
  }

  holding(): DesiredState | null {
    return this.pending?.desired ?? null;
  }

  condition(): Condition {
    const p = this.pending;
    if (!p) return { type: 'UpdateHeld', status: false, reason: 'NotHeld', message: '', sinceMs: this.releasedAtMs };
    return { type: 'UpdateHeld', status: true, reason: p.decision.reason, message: `generation ${p.desired.generation} waits: ${p.decision.message}`, sinceMs: p.sinceMs };
  }
}
