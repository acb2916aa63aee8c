// The NodePolicy manifest kind: local rules, eviction thresholds and the maintenance window for
// the nodes whose labels match `selector`. The controller merges the policies matching a node
// into that node's desired snapshot (policyForNode), where the agent evaluates them offline.
//
//   apiVersion: edgefleet.io/v1
//   kind: NodePolicy
//   metadata: { name: plant-heat }
//   spec:
//     selector: { site: plant-1 }           # every label must match; {} = every node
//     evictMemoryPercent: 85                # built-in eviction thresholds (0 = 90 %)
//     maintenanceWindow: "02:00-04:00"      # node local time; "" = any time
//     rules:
//       - name: hot
//         when: { metric: temperature_c, op: gt, value: 80 }
//         for: 30s
//         then: { action: cap_cpu_below_priority, priority: 5, cpus: 0.5 }
//         until: { metric: temperature_c, op: lt, value: 70 }   # hysteresis
//         untilFor: 60s
//
// `edgefleet apply` stores NodePolicy documents (controller/store/policy-store.ts); the reconciler
// passes policyForNode(...) for each node into its desired snapshot.
import { z } from 'zod';
import { validatePolicy } from '../../proto/policy.js';
import { POLICY_METRICS, type Labels, type NodePolicy, type PolicyAction, type PolicyRule } from '../../proto/types.js';
import { cpuSchema, durationSchema, labelsSchema, nameSchema } from './fields.js';
import { strictObject } from './strict.js';
import { API_VERSION } from './types.js';

export const NODE_POLICY_KIND = 'NodePolicy';

const conditionSchema = strictObject({ metric: z.enum(POLICY_METRICS), op: z.enum(['gt', 'lt']), value: z.number() });

const actionSchema = z.discriminatedUnion('action', [
  strictObject({ action: z.literal('stop_below_priority'), priority: z.int() }),
  strictObject({ action: z.literal('pause_below_priority'), priority: z.int() }),
  strictObject({ action: z.literal('cap_cpu_below_priority'), priority: z.int(), cpus: cpuSchema }),
  strictObject({ action: z.literal('start_workload'), workload: nameSchema }),
  strictObject({ action: z.literal('refuse_pulls') }),
  strictObject({ action: z.literal('evict_lowest_priority') }),
]);

const ruleSchema = strictObject({
  name: nameSchema,
  when: conditionSchema,
  for: durationSchema.default(0),
  then: actionSchema,
  until: conditionSchema.optional(),
  untilFor: durationSchema.default(0),
});

export const nodePolicyManifestSchema = strictObject({
  apiVersion: z.literal(API_VERSION),
  kind: z.literal(NODE_POLICY_KIND),
  metadata: strictObject({ name: nameSchema }),
  spec: strictObject({
    selector: labelsSchema.default({}),
    evictMemoryPercent: z.number().min(0).max(100).default(0),
    evictDiskPercent: z.number().min(0).max(100).default(0),
    maintenanceWindow: z.string().max(256).default(''),
    rules: z.array(ruleSchema).max(64).default([]),
  }),
});

export interface NamedNodePolicy {
  name: string;
  selector: Labels;
  policy: NodePolicy;
}

function toAction(a: z.output<typeof actionSchema>): PolicyAction {
  switch (a.action) {
    case 'stop_below_priority':
    case 'pause_below_priority':
      return { kind: a.action, priority: a.priority };
    case 'cap_cpu_below_priority':
      return { kind: a.action, priority: a.priority, cpuMillis: a.cpus };
    case 'start_workload':
      return { kind: a.action, workload: a.workload };
    case 'refuse_pulls':
    case 'evict_lowest_priority':
      return { kind: a.action };
  }
}

/** Validates a NodePolicy manifest object; throws an Error listing what is wrong. */
export function parseNodePolicy(obj: unknown): NamedNodePolicy {
  const named = toNamedNodePolicy(nodePolicyManifestSchema.parse(obj));
  if (typeof named === 'string') throw new Error(named);
  return named;
}

/** A schema-valid manifest -> the policy, or the problem the wire contract finds in it. */
export function toNamedNodePolicy(m: z.output<typeof nodePolicyManifestSchema>): NamedNodePolicy | string {
  const rules: PolicyRule[] = m.spec.rules.map((r) => {
    const rule: PolicyRule = { name: r.name, when: '', then: '', until: '', forMs: r.for, condition: r.when, action: toAction(r.then) };
    if (r.until) rule.clear = r.until;
    if (r.untilFor > 0) rule.clearForMs = r.untilFor;
    return rule;
  });
  const policy: NodePolicy = { evictMemoryPercent: m.spec.evictMemoryPercent, evictDiskPercent: m.spec.evictDiskPercent, restartBackoffMaxMs: 0, rules };
  if (m.spec.maintenanceWindow) policy.maintenanceWindow = m.spec.maintenanceWindow;
  const problem = validatePolicy(policy, 'spec');
  if (problem) return `NodePolicy ${m.metadata.name}: ${problem}`;
  return { name: m.metadata.name, selector: { ...m.spec.selector }, policy };
}

const matches = (selector: Labels, labels: Labels): boolean => Object.entries(selector).every(([k, v]) => labels[k] === v);
const lowest = (values: number[]): number => Math.min(...values.filter((v) => v > 0), Number.POSITIVE_INFINITY);

/**
 * The policy of one node: every matching NodePolicy, by name. Rules are concatenated (named
 * "<policy>.<rule>"), the lowest eviction thresholds win, and the first policy that sets a
 * maintenance window gives it. No match: undefined (the agent's built-in defaults apply).
 */
export function policyForNode(policies: readonly NamedNodePolicy[], labels: Labels): NodePolicy | undefined {
  const mine = policies.filter((p) => matches(p.selector, labels)).sort((a, b) => (a.name < b.name ? -1 : 1));
  if (mine.length === 0) return undefined;
  const mem = lowest(mine.map((p) => p.policy.evictMemoryPercent));
  const disk = lowest(mine.map((p) => p.policy.evictDiskPercent));
  const out: NodePolicy = {
    evictMemoryPercent: Number.isFinite(mem) ? mem : 0,
    evictDiskPercent: Number.isFinite(disk) ? disk : 0,
    restartBackoffMaxMs: 0,
    rules: mine.flatMap((p) => p.policy.rules.map((r) => ({ ...r, name: `${p.name}.${r.name}` }))),
  };
  const window = mine.find((p) => p.policy.maintenanceWindow)?.policy.maintenanceWindow;
  if (window) out.maintenanceWindow = window;
  return out;
}
