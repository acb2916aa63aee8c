// Conversion of the node policy (rules, update gate) between the generated protobuf objects and
// the domain types. Split from convert.ts, which it serves. Pure, no I/O.
//
// Absent structured parts stay absent in the domain (a rule without condition or action is
// inert on the agent); unknown enum numbers from a newer peer make the part absent, so a rule
// this agent cannot understand is ignored instead of misread.
import { edgefleet } from './gen/edgefleet.js';
import type * as T from './types.js';

import pb = edgefleet.v1;

const METRIC_TO_WIRE: Record<T.PolicyMetric, pb.PolicyMetric> = {
  memory_percent: pb.PolicyMetric.POLICY_METRIC_MEMORY_PERCENT,
  disk_percent: pb.PolicyMetric.POLICY_METRIC_DISK_PERCENT,
  cpu_percent: pb.PolicyMetric.POLICY_METRIC_CPU_PERCENT,
  temperature_c: pb.PolicyMetric.POLICY_METRIC_TEMPERATURE_C,
  link_offline_s: pb.PolicyMetric.POLICY_METRIC_LINK_OFFLINE_S,
};
const OP_TO_WIRE: Record<T.PolicyCondition['op'], pb.PolicyOp> = { gt: pb.PolicyOp.POLICY_OP_GT, lt: pb.PolicyOp.POLICY_OP_LT };
const ACTION_TO_WIRE: Record<T.PolicyAction['kind'], pb.PolicyActionKind> = {
  stop_below_priority: pb.PolicyActionKind.POLICY_ACTION_STOP_BELOW_PRIORITY,
  pause_below_priority: pb.PolicyActionKind.POLICY_ACTION_PAUSE_BELOW_PRIORITY,
  cap_cpu_below_priority: pb.PolicyActionKind.POLICY_ACTION_CAP_CPU_BELOW_PRIORITY,
  start_workload: pb.PolicyActionKind.POLICY_ACTION_START_WORKLOAD,
  refuse_pulls: pb.PolicyActionKind.POLICY_ACTION_REFUSE_PULLS,
  evict_lowest_priority: pb.PolicyActionKind.POLICY_ACTION_EVICT_LOWEST_PRIORITY,
};

function invert<K extends string>(m: Record<K, number>): Map<number, K> {
  return new Map(Object.entries(m).map(([k, v]) => [v as number, k as K]));
}
const METRIC_FROM_WIRE = invert(METRIC_TO_WIRE);
const OP_FROM_WIRE = invert(OP_TO_WIRE);
const ACTION_FROM_WIRE = invert(ACTION_TO_WIRE);

const n = (v: number | null | undefined): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
const s = (v: string | null | undefined): string => (typeof v === 'string' ? v : '');

function conditionToWire(c: T.PolicyCondition): pb.PolicyCondition.$Properties {
  return { metric: METRIC_TO_WIRE[c.metric], op: OP_TO_WIRE[c.op], value: c.value };
}

function conditionFromWire(m: pb.PolicyCondition.$Properties | null | undefined): T.PolicyCondition | undefined {
  const metric = METRIC_FROM_WIRE.get(n(m?.metric));
  const op = OP_FROM_WIRE.get(n(m?.op));
  return metric && op ? { metric, op, value: n(m?.value) } : undefined;
}

function actionToWire(a: T.PolicyAction): pb.PolicyAction.$Properties {
  const out: pb.PolicyAction.$Properties = { kind: ACTION_TO_WIRE[a.kind] };
  if ('priority' in a) out.priority = a.priority;
  if ('cpuMillis' in a) out.cpuMillis = a.cpuMillis;
  if ('workload' in a) out.workload = a.workload;
  return out;
}

function actionFromWire(m: pb.PolicyAction.$Properties | null | undefined): T.PolicyAction | undefined {
  const kind = ACTION_FROM_WIRE.get(n(m?.kind));
  const priority = n(m?.priority);
  switch (kind) {
    case undefined:
      return undefined;
    case 'stop_below_priority':
    case 'pause_below_priority':
      return { kind, priority };
    case 'cap_cpu_below_priority':
      return { kind, priority, cpuMillis: n(m?.cpuMillis) };
    case 'start_workload':
      return { kind, workload: s(m?.workload) };
    case 'refuse_pulls':
    case 'evict_lowest_priority':
      return { kind };
  }
}

export function ruleToWire(r: T.PolicyRule): pb.PolicyRule.$Properties {
  const out: pb.PolicyRule.$Properties = { name: r.name, when: r.when, forMs: r.forMs, then: r.then, until: r.until, clearForMs: r.clearForMs ?? 0 };
  if (r.condition) out.condition = conditionToWire(r.condition);
  if (r.action) out.action = actionToWire(r.action);
  if (r.clear) out.clear = conditionToWire(r.clear);
  return out;
}

export function ruleFromWire(m: pb.PolicyRule.$Properties, num: (v: unknown) => number): T.PolicyRule {
  const out: T.PolicyRule = { name: s(m.name), when: s(m.when), forMs: num(m.forMs), then: s(m.then), until: s(m.until) };
  const condition = conditionFromWire(m.condition);
  const action = actionFromWire(m.action);
  const clear = conditionFromWire(m.clear);
  if (condition) out.condition = condition;
  if (action) out.action = action;
  if (clear) out.clear = clear;
  const clearForMs = num(m.clearForMs);
  if (clearForMs > 0) out.clearForMs = clearForMs;
  return out;
}

export function policyToWire(p: T.NodePolicy): pb.NodePolicy.$Properties {
  return {
    evictMemoryPercent: p.evictMemoryPercent,
    evictDiskPercent: p.evictDiskPercent,
    restartBackoffMaxMs: p.restartBackoffMaxMs,
    rules: p.rules.map(ruleToWire),
    maintenanceWindow: p.maintenanceWindow ?? '',
  };
}

export function policyFromWire(m: pb.NodePolicy.$Properties | null | undefined, num: (v: unknown) => number): T.NodePolicy {
  const out: T.NodePolicy = {
    evictMemoryPercent: num(m?.evictMemoryPercent),
    evictDiskPercent: num(m?.evictDiskPercent),
    restartBackoffMaxMs: num(m?.restartBackoffMaxMs),
    rules: (m?.rules ?? []).map((r) => ruleFromWire(r, num)),
  };
  const window = s(m?.maintenanceWindow);
  if (window) out.maintenanceWindow = window;
  return out;
}
