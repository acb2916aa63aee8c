// One `config set` or `config unset` as data: validated against the entries stored now, with every
// problem reported at once, and the entries it leaves behind. Pure; the store only persists.
import { CONFIG_LIMITS, keyProblem, scopeText, valueProblem, type ConfigEntry, type ConfigScope } from './entries.js';
import { ConfigIndex } from './resolve.js';

export interface ConfigChange {
  scope: ConfigScope;
  set: Readonly<Record<string, string>>;
  unset: readonly string[];
}

export type KeyOutcome = 'created' | 'configured' | 'unchanged' | 'removed';

export interface PlannedChange {
  /** Every entry after the change. */
  next: ConfigEntry[];
  outcomes: { key: string; outcome: KeyOutcome }[];
  /** True when some entry was written or removed. */
  changed: boolean;
}

export class ConfigChangeError extends Error {
  override readonly name = 'ConfigChangeError';
  constructor(readonly problems: string[]) {
    super(problems.join('; '));
  }
}

const sameScope = (e: ConfigScope, s: ConfigScope): boolean => e.kind === s.kind && e.target === s.target;

export function planChange(current: readonly ConfigEntry[], change: ConfigChange, nowMs: number): PlannedChange {
  const { scope } = change;
  const problems: string[] = [];
  const setKeys = Object.keys(change.set);
  if (setKeys.length + change.unset.length === 0) problems.push('nothing to do: give KEY=VALUE to set or KEY to unset');
  if (setKeys.length + change.unset.length > CONFIG_LIMITS.perRequest) problems.push(`at most ${CONFIG_LIMITS.perRequest} keys in one request`);
  for (const k of setKeys) {
    const p = keyProblem(k) ?? valueProblem(k, change.set[k] as string);
    if (p) problems.push(p);
  }
  for (const k of change.unset) {
    if (k in change.set) problems.push(`${k} is both set and unset`);
  }
  const inScope = new Map(current.filter((e) => sameScope(e, scope)).map((e) => [e.key, e]));
  for (const k of change.unset) {
    if (!inScope.has(k)) problems.push(`${k} is not set at ${scopeText(scope)}`);
  }
  if (problems.length) throw new ConfigChangeError(problems);

  const outcomes: PlannedChange['outcomes'] = [];
  const keep = new Map(inScope);
  for (const k of change.unset) {
    keep.delete(k);
    outcomes.push({ key: k, outcome: 'removed' });
  }
  for (const k of setKeys.sort()) {
    const value = change.set[k] as string;
    const prev = keep.get(k);
    const outcome: KeyOutcome = !prev ? 'created' : prev.value === value ? 'unchanged' : 'configured';
    outcomes.push({ key: k, outcome });
    if (outcome !== 'unchanged') keep.set(k, { kind: scope.kind, target: scope.target, key: k, value, updatedAtMs: nowMs });
  }
  const next = [...current.filter((e) => !sameScope(e, scope)), ...keep.values()];

  if (keep.size > CONFIG_LIMITS.keysPerScope) problems.push(`${scopeText(scope)} would hold ${keep.size} keys; the limit is ${CONFIG_LIMITS.keysPerScope}`);
  const selectors = new Set(next.filter((e) => e.kind === 'selector').map((e) => e.target));
  if (selectors.size > CONFIG_LIMITS.selectors) problems.push(`config would have ${selectors.size} distinct selectors; the limit is ${CONFIG_LIMITS.selectors}: reuse a selector or label the nodes alike`);
  if (next.length > CONFIG_LIMITS.entries) problems.push(`config would hold ${next.length} entries; the limit is ${CONFIG_LIMITS.entries}`);
  if (problems.length) throw new ConfigChangeError(problems);
  return { next, outcomes, changed: outcomes.some((o) => o.outcome !== 'unchanged') };
}

/**
 * The per-node limits, checked for every known node against the entries after a change: what one
 * node's containers receive must stay small enough for its desired snapshot. Only a change that
 * makes some node's configuration larger is refused, so an unset always goes through.
 */
export function effectiveProblems(
  next: readonly ConfigEntry[],
  prev: readonly ConfigEntry[],
  nodes: readonly { id: string; labels: Readonly<Record<string, string>> }[],
): string[] {
  const after = new ConfigIndex(next);
  const before = new ConfigIndex(prev);
  const over: string[] = [];
  let worst = { keys: 0, bytes: 0 };
  for (const n of nodes) {
    const a = after.resolve(n.id, n.labels);
    if (a.env.length <= CONFIG_LIMITS.effectiveKeys && a.bytes <= CONFIG_LIMITS.effectiveBytes) continue;
    const b = before.resolve(n.id, n.labels);
    if (a.env.length <= b.env.length && a.bytes <= b.bytes) continue;
    over.push(n.id);
    if (a.bytes > worst.bytes || a.env.length > worst.keys) worst = { keys: a.env.length, bytes: a.bytes };
  }
  if (over.length === 0) return [];
  const names = over.slice(0, 5).join(', ') + (over.length > 5 ? ` and ${over.length - 5} more` : '');
  return [
    `${over.length} node(s) would receive more configuration than a node may (${CONFIG_LIMITS.effectiveKeys} keys, ${CONFIG_LIMITS.effectiveBytes} bytes; up to ${worst.keys} keys, ${worst.bytes} bytes): ${names}`,
  ];
}

export interface Overridden {
  key: string;
  /** The scope whose value wins instead. */
  by: ConfigScope;
  /** How many of the nodes this scope applies to get the other value. */
  nodes: number;
}

/**
 * For `config set`: where a value just set does not reach the containers because a scope of
 * higher precedence sets the same key on some of the nodes this scope applies to. Said in the
 * answer, so an operator does not wait for a change that will never come.
 */
export function overriddenAt(
  next: ConfigIndex,
  scope: ConfigScope,
  keys: readonly string[],
  nodes: readonly { id: string; labels: Readonly<Record<string, string>> }[],
): Overridden[] {
  if (keys.length === 0) return [];
  const want = new Set(keys);
  const counts = new Map<string, Overridden>();
  for (const n of nodes) {
    const cfg = next.resolve(n.id, n.labels);
    for (const v of cfg.values) {
      if (!want.has(v.key) || sameScope(v.source, scope)) continue;
      // Only where this scope applies: its value must be among what the winner overrides.
      if (!v.overrides.some((o) => sameScope(o.source, scope))) continue;
      const id = `${v.key}\0${v.source.kind}\0${v.source.target}`;
      const o = counts.get(id) ?? { key: v.key, by: v.source, nodes: 0 };
      o.nodes++;
      counts.set(id, o);
    }
  }
  return [...counts.values()].sort((a, b) => (a.key !== b.key ? (a.key < b.key ? -1 : 1) : b.nodes - a.nodes));
}
