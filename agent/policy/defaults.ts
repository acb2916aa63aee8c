// Built-in rules, used when the node policy has no rules of its own: under memory or disk
// pressure evict the lowest-priority workload, one more every 30 s while the pressure holds,
// and bring them all back once usage has stayed 10 points below the threshold for 60 s.
// A threshold of 0 means the default (90 %); an operator who wants no eviction sets it to 100.
import type { NodePolicy, PolicyMetric, PolicyRule } from '../../proto/types.js';

export const DEFAULT_EVICT_PERCENT = 90;
export const HYSTERESIS_POINTS = 10;
export const DEFAULT_FOR_MS = 30_000;
export const DEFAULT_CLEAR_FOR_MS = 60_000;

function pressureRule(name: string, metric: PolicyMetric, percent: number): PolicyRule {
  const threshold = percent > 0 ? percent : DEFAULT_EVICT_PERCENT;
  return {
    name,
    when: '',
    then: '',
    until: '',
    condition: { metric, op: 'gt', value: threshold },
    forMs: DEFAULT_FOR_MS,
    action: { kind: 'evict_lowest_priority' },
    clear: { metric, op: 'lt', value: Math.max(0, threshold - HYSTERESIS_POINTS) },
    clearForMs: DEFAULT_CLEAR_FOR_MS,
  };
}

/** The rules the agent evaluates for a node policy. */
export function effectiveRules(policy: NodePolicy | undefined): PolicyRule[] {
  if (policy && policy.rules.length > 0) return policy.rules;
  return [
    pressureRule('builtin-memory-pressure', 'memory_percent', policy?.evictMemoryPercent ?? 0),
    pressureRule('builtin-disk-pressure', 'disk_percent', policy?.evictDiskPercent ?? 0),
  ];
}
