// The node policy's shared rules: the maintenance-window syntax and the validation of a node
// policy, used by the codec (every desired state the agent decodes) and by the controller's
// manifests. Pure.
//
// Maintenance window: one or more daily windows "HH:MM-HH:MM" separated by commas, in the node's
// local time. A window may span midnight ("22:00-04:00"); start == end means the whole day.
// The start minute is inside the window, the end minute is not.
import type { NodePolicy, PolicyCondition } from './types.js';

export const MAX_POLICY_RULES = 64;
/** Longest for/clearFor a rule may ask for: a week. */
export const MAX_RULE_DURATION_MS = 7 * 24 * 3_600_000;

export interface DailyWindow {
  /** Minutes after local midnight. */
  startMin: number;
  endMin: number;
}

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;

function minutes(text: string): number | null {
  const m = HHMM.exec(text.trim());
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/** Parses "HH:MM-HH:MM[,...]"; '' is no window (any time). Returns a message on bad input. */
export function parseMaintenanceWindow(text: string): DailyWindow[] | string {
  if (text.trim() === '') return [];
  const out: DailyWindow[] = [];
  for (const part of text.split(',')) {
    const [a, b, extra] = part.split('-');
    const startMin = minutes(a ?? '');
    const endMin = minutes(b ?? '');
    if (startMin === null || endMin === null || extra !== undefined) {
      return `maintenance window ${JSON.stringify(part.trim())} is not HH:MM-HH:MM (24-hour, local time)`;
    }
    out.push({ startMin, endMin });
  }
  return out;
}

/** Is `minuteOfDay` (0..1439, local time) inside any of the windows? No windows: always. */
export function insideWindows(windows: readonly DailyWindow[], minuteOfDay: number): boolean {
  if (windows.length === 0) return true;
  return windows.some(({ startMin, endMin }) => {
    if (startMin === endMin) return true;
    return startMin < endMin ? minuteOfDay >= startMin && minuteOfDay < endMin : minuteOfDay >= startMin || minuteOfDay < endMin;
  });
}

function badCondition(at: string, c: PolicyCondition | undefined): string | null {
  if (!c) return null;
  return Number.isFinite(c.value) ? null : `${at}.value must be a finite number`;
}

function badDuration(at: string, ms: number | undefined): string | null {
  return ms === undefined || (Number.isInteger(ms) && ms >= 0 && ms <= MAX_RULE_DURATION_MS) ? null : `${at} must be 0..${MAX_RULE_DURATION_MS} ms`;
}

/** The first problem of a node policy, or null. Rules without condition or action are allowed (inert). */
export function validatePolicy(p: NodePolicy, at = 'policy'): string | null {
  if (p.rules.length > MAX_POLICY_RULES) return `${at}.rules: ${p.rules.length} items exceed the limit of ${MAX_POLICY_RULES}`;
  for (const [key, v] of [['evictMemoryPercent', p.evictMemoryPercent], ['evictDiskPercent', p.evictDiskPercent]] as const) {
    if (!Number.isFinite(v) || v < 0 || v > 100) return `${at}.${key} must be 0..100 (0 = default)`;
  }
  const window = parseMaintenanceWindow(p.maintenanceWindow ?? '');
  if (typeof window === 'string') return `${at}.maintenanceWindow: ${window}`;
  const names = new Set<string>();
  for (const [i, r] of p.rules.entries()) {
    const ra = `${at}.rules[${i}]`;
    if (!r.name) return `${ra}.name is empty`;
    if (names.has(r.name)) return `${ra}.name ${JSON.stringify(r.name)} appears twice`;
    names.add(r.name);
    const problem =
      badCondition(`${ra}.condition`, r.condition) ??
      badCondition(`${ra}.clear`, r.clear) ??
      badDuration(`${ra}.forMs`, r.forMs) ??
      badDuration(`${ra}.clearForMs`, r.clearForMs);
    if (problem) return problem;
    const a = r.action;
    if (a?.kind === 'start_workload' && !a.workload) return `${ra}.action.workload is empty`;
    if (a?.kind === 'cap_cpu_below_priority' && !(a.cpuMillis > 0)) return `${ra}.action.cpuMillis must be > 0`;
  }
  return null;
}
