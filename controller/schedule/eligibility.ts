// Hard rules: whether a node may run a workload at all (nodeSelector, constraints), and whether
// it may take a NEW instance (online, not cordoned or draining, not under pressure). Each answer
// is null (yes) or the reason, worded for the operator.
import { DEFAULT_SECURITY_POLICY, checkContainer, refusalReason, type SecurityAsk, type SecurityPolicy } from '../../proto/security.js';
import { compareValues, comparerTo } from '../manifest/compare.js';
import type { Constraint, NodeProperty } from '../manifest/types.js';
import {
  REASON_CORDONED,
  REASON_DISK_PRESSURE,
  REASON_DRAINING,
  REASON_MEMORY_PRESSURE,
  REASON_OFFLINE,
  REASON_SELECTOR,
  type SchedNode,
  type SchedWorkload,
} from './types.js';

const PROPERTY_KEYS: ReadonlySet<string> = new Set<NodeProperty>([
  'arch',
  'os',
  'cpu.cores',
  'memory.totalBytes',
  'agent.version',
  'docker.version',
]);

/** The node's value for a rule key: a built-in property when the key names one, else a label. */
export function nodeValue(node: SchedNode, key: string): string | undefined {
  const v = PROPERTY_KEYS.has(key) ? node.properties[key as NodeProperty] : node.labels[key];
  return v === undefined || (v === '' && PROPERTY_KEYS.has(key)) ? undefined : v;
}

export function ruleMatches(rule: Constraint, node: SchedNode): boolean {
  const v = nodeValue(node, rule.key);
  switch (rule.operator) {
    case 'In':
      return v !== undefined && rule.values.includes(v);
    case 'NotIn':
      return v === undefined || !rule.values.includes(v);
    case 'Exists':
      return v !== undefined;
    case 'DoesNotExist':
      return v === undefined;
    case 'Gt':
    case 'Lt': {
      const limit = rule.values[0];
      const sign = v === undefined || limit === undefined ? null : compareValues(rule.key, v, limit);
      return sign !== null && (rule.operator === 'Gt' ? sign > 0 : sign < 0);
    }
  }
}

export function describeRule(rule: Constraint): string {
  return rule.values.length > 0 ? `${rule.key} ${rule.operator} [${rule.values.join(', ')}]` : `${rule.key} ${rule.operator}`;
}

export type HardRules = (node: SchedNode) => string | null;

/** nodeValue for one key, decided once whether the key names a property or a label. */
export function valueGetter(key: string): (node: SchedNode) => string | undefined {
  if (!PROPERTY_KEYS.has(key)) return (node) => node.labels[key];
  const prop = key as NodeProperty;
  return (node) => {
    const v = node.properties[prop];
    return v === '' ? undefined : v;
  };
}

/** ruleMatches for one rule, prepared once: the key's kind decided and a Gt/Lt limit parsed once. */
export function compileRule(rule: Constraint): (node: SchedNode) => boolean {
  const value = valueGetter(rule.key);
  const values = rule.values;
  switch (rule.operator) {
    case 'In':
      return (node) => {
        const v = value(node);
        return v !== undefined && values.includes(v);
      };
    case 'NotIn':
      return (node) => {
        const v = value(node);
        return v === undefined || !values.includes(v);
      };
    case 'Exists':
      return (node) => value(node) !== undefined;
    case 'DoesNotExist':
      return (node) => value(node) === undefined;
    case 'Gt':
    case 'Lt': {
      const limit = values[0];
      if (limit === undefined) return () => false;
      const compare = comparerTo(rule.key, limit);
      const wantSign = rule.operator === 'Gt' ? 1 : -1;
      return (node) => {
        const v = value(node);
        return v !== undefined && compare(v) === wantSign;
      };
    }
  }
}

/** The workload's hard rules, prepared once: the scheduler asks for every (workload, node) pair. */
export function compileHardRules(w: SchedWorkload): HardRules {
  const selector = Object.entries(w.placement.nodeSelector);
  const rules = w.placement.constraints.map((c) => ({ matches: compileRule(c), reason: `did not match constraint ${describeRule(c)}` }));
  const security = w.security ? compileSecurity(w.security) : () => null;
  return (node) => {
    for (let i = 0; i < selector.length; i++) {
      const [k, v] = selector[i] as [string, string];
      if (node.labels[k] !== v) return REASON_SELECTOR;
    }
    for (let i = 0; i < rules.length; i++) {
      const r = rules[i] as (typeof rules)[number];
      if (!r.matches(node)) return r.reason;
    }
    return security(node.securityPolicy ?? DEFAULT_SECURITY_POLICY);
  };
}

/** The node security policy's verdict on a workload, cached per policy object (most nodes share few). */
function compileSecurity(ask: SecurityAsk): (policy: SecurityPolicy) => string | null {
  const cache = new WeakMap<SecurityPolicy, string | null>();
  return (policy) => {
    let reason = cache.get(policy);
    if (reason === undefined) {
      const first = checkContainer(ask, policy)[0];
      reason = first ? refusalReason(first) : null;
      cache.set(policy, reason);
    }
    return reason;
  };
}

/** Why the workload may never run on this node (labels and properties), or null. */
export function hardMismatch(w: SchedWorkload, node: SchedNode): string | null {
  return compileHardRules(w)(node);
}

/** Why the node takes no new placement of any workload right now, or null. */
export function newPlacementBlock(node: SchedNode): string | null {
  if (!node.online) return REASON_OFFLINE;
  if (node.draining) return REASON_DRAINING;
  if (node.cordoned) return REASON_CORDONED;
  if (node.pressure.memory) return REASON_MEMORY_PRESSURE;
  if (node.pressure.disk) return REASON_DISK_PRESSURE;
  return null;
}
