// The policy evaluator: pure and synchronous. Rules x the state carried from the last tick x
// this tick's metrics x now -> the new state, the actions in force and what changed. No clock,
// no I/O: the caller keeps the state between ticks and passes the time in.
//
// INVARIANTS
// - A rule fires once its condition has held continuously for forMs (on every tick in between).
// - A fired rule clears once its clear condition (default: its condition no longer holding) has
//   held continuously for clearForMs. With a clear condition apart from the fire condition
//   (fire memory > 90, clear memory < 80), readings between the two never change anything:
//   that is the hysteresis that keeps a noisy metric from flapping.
// - An unknown metric (absent from the tick) neither fires nor clears: pending timers restart.
// - evict_lowest_priority escalates: one level more every forMs while its condition still holds,
//   up to `maxLevel`.
// - A wall clock stepping back never makes a timer elapse early: a `since` in the future is
//   moved to now.
// - Same inputs, same outputs.
import type { PolicyAction, PolicyCondition, PolicyRule } from '../../proto/types.js';
import type { PolicyMetrics } from './metrics.js';

export interface RuleState {
  active: boolean;
  /** Inactive: since when the condition has held (null: it does not). */
  holdSinceMs: number | null;
  /** Active: since when the clear condition has held (null: it does not). */
  clearSinceMs: number | null;
  firedAtMs: number;
  level: number;
  levelAtMs: number;
  /** The action in force, for reporting a rule removed from the policy while active. */
  action: PolicyAction | null;
}

export type PolicyState = ReadonlyMap<string, RuleState>;

export interface ActiveAction {
  rule: string;
  action: PolicyAction;
  sinceMs: number;
  level: number;
}

export interface Transition {
  rule: string;
  kind: 'fired' | 'escalated' | 'cleared';
  action: PolicyAction;
  level: number;
  message: string;
}

export interface Evaluation {
  state: PolicyState;
  active: ActiveAction[];
  transitions: Transition[];
  /** When a pending timer elapses if nothing changes: evaluate again then. */
  nextCheckMs: number | null;
}

const IDLE: RuleState = Object.freeze({ active: false, holdSinceMs: null, clearSinceMs: null, firedAtMs: 0, level: 0, levelAtMs: 0, action: null });

/** true / false, or null when the metric is unknown. */
export function holds(c: PolicyCondition, m: PolicyMetrics): boolean | null {
  const v = m[c.metric];
  if (v === undefined || !Number.isFinite(v)) return null;
  return c.op === 'gt' ? v > c.value : v < c.value;
}

export function describeCondition(c: PolicyCondition): string {
  return `${c.metric} ${c.op === 'gt' ? '>' : '<'} ${c.value}`;
}

export function describeAction(a: PolicyAction): string {
  switch (a.kind) {
    case 'stop_below_priority':
    case 'pause_below_priority':
      return `${a.kind.split('_')[0] ?? a.kind} workloads below priority ${a.priority}`;
    case 'cap_cpu_below_priority':
      return `cap CPU to ${a.cpuMillis}m below priority ${a.priority}`;
    case 'start_workload':
      return `start ${a.workload}`;
    case 'refuse_pulls':
      return 'refuse image pulls';
    case 'evict_lowest_priority':
      return 'evict the lowest-priority workload';
  }
}

function since(prev: number | null, nowMs: number): number {
  return prev === null ? nowMs : Math.min(prev, nowMs);
}

const fmt = (v: number | undefined): string => (v === undefined ? 'unknown' : String(Math.round(v * 10) / 10));

export function evaluatePolicies(
  rules: readonly PolicyRule[],
  prev: PolicyState,
  metrics: PolicyMetrics,
  nowMs: number,
  opts: { maxLevel?: number } = {},
): Evaluation {
  const maxLevel = opts.maxLevel ?? Number.POSITIVE_INFINITY;
  const state = new Map<string, RuleState>();
  const active: ActiveAction[] = [];
  const transitions: Transition[] = [];
  let next: number | null = null;
  const wake = (t: number): void => {
    if (next === null || t < next) next = t;
  };
  const seen = new Set<string>();
  for (const r of rules) {
    const { condition, action } = r;
    if (!condition || !action || seen.has(r.name)) continue;
    seen.add(r.name);
    let s: RuleState = { ...(prev.get(r.name) ?? IDLE) };
    const firing = holds(condition, metrics);
    const clearForMs = r.clearForMs ?? 0;
    if (!s.active) {
      s.holdSinceMs = firing === true ? since(s.holdSinceMs, nowMs) : null;
      if (s.holdSinceMs !== null && nowMs - s.holdSinceMs >= r.forMs) {
        s = { active: true, holdSinceMs: null, clearSinceMs: null, firedAtMs: nowMs, level: 1, levelAtMs: nowMs, action };
        const why = `${describeCondition(condition)} for ${r.forMs / 1000}s (now ${fmt(metrics[condition.metric])})`;
        transitions.push({ rule: r.name, kind: 'fired', action, level: 1, message: `rule ${r.name} fired: ${why}; ${describeAction(action)}` });
      } else if (s.holdSinceMs !== null) wake(s.holdSinceMs + r.forMs);
    } else {
      s.action = action;
      const clearing = r.clear ? holds(r.clear, metrics) === true : firing === false;
      s.clearSinceMs = clearing ? since(s.clearSinceMs, nowMs) : null;
      if (s.clearSinceMs !== null && nowMs - s.clearSinceMs >= clearForMs) {
        const c = r.clear ?? condition;
        const why = r.clear ? `${describeCondition(c)} for ${clearForMs / 1000}s` : `${describeCondition(c)} no longer holds`;
        transitions.push({ rule: r.name, kind: 'cleared', action, level: s.level, message: `rule ${r.name} cleared: ${why} (now ${fmt(metrics[c.metric])})` });
        s = { ...IDLE };
      } else {
        if (s.clearSinceMs !== null) wake(s.clearSinceMs + clearForMs);
        if (action.kind === 'evict_lowest_priority' && firing === true && s.level < maxLevel) {
          s.levelAtMs = Math.min(s.levelAtMs, nowMs);
          if (nowMs - s.levelAtMs >= r.forMs) {
            s.level++;
            s.levelAtMs = nowMs;
            const msg = `rule ${r.name} escalated to level ${s.level}: ${describeCondition(condition)} still holds (now ${fmt(metrics[condition.metric])})`;
            transitions.push({ rule: r.name, kind: 'escalated', action, level: s.level, message: msg });
          }
          if (s.level < maxLevel) wake(s.levelAtMs + r.forMs);
        }
      }
    }
    if (s.active) active.push({ rule: r.name, action, sinceMs: s.firedAtMs, level: s.level });
    if (s.active || s.holdSinceMs !== null) state.set(r.name, s);
  }
  // A rule taken out of the policy (or made inert) while active stops acting: say so.
  for (const [name, s] of prev) {
    if (s.active && s.action && !state.has(name) && !rules.some((r) => r.name === name && r.condition && r.action)) {
      transitions.push({ rule: name, kind: 'cleared', action: s.action, level: s.level, message: `rule ${name} cleared: no longer in the node policy` });
    }
  }
  return { state, active, transitions, nextCheckMs: next };
}
