// Update gates, evaluated on the node: a new desired state waits while an update lock is held
// or while the node is outside its maintenance window. The agent keeps running the desired
// state in force, keeps the new one on disk, and applies it once both gates are open. Pure.
//
// - The gates of the desired state in force decide (not those of the one waiting): a new
//   snapshot cannot open its own gate.
// - A lock wins over the window in the reason reported (both are checked).
// - Nothing in force yet (first desired state): nothing to protect, never held.
import { insideWindows, parseMaintenanceWindow } from '../../proto/policy.js';

export type GateDecision = { hold: false } | { hold: true; reason: 'LockHeld' | 'OutsideWindow'; message: string };

export interface GateFacts {
  /** The maintenance window of the desired state in force ('' = any time). */
  window: string;
  /** Minutes after midnight, node local time. */
  minuteOfDay: number;
  /** Update locks held now (workload names, from <stateDir>/locks/<name>.lock). */
  locks: readonly string[];
}

export function updateGate(f: GateFacts): GateDecision {
  if (f.locks.length > 0) {
    const names = [...f.locks].sort().join(', ');
    return { hold: true, reason: 'LockHeld', message: `update lock held by ${names}` };
  }
  const windows = parseMaintenanceWindow(f.window);
  // A window the codec let through always parses; an unparsable one must not hold updates forever.
  if (typeof windows !== 'string' && !insideWindows(windows, f.minuteOfDay)) {
    return { hold: true, reason: 'OutsideWindow', message: `outside the maintenance window ${f.window} (node local time)` };
  }
  return { hold: false };
}

export function localMinuteOfDay(nowMs: number): number {
  const d = new Date(nowMs);
  return d.getHours() * 60 + d.getMinutes();
}
