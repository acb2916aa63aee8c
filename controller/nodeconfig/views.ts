// JSON views of configuration for `describe node`, `describe workload` and `config list
// --effective`: each value with the scope it came from and what it overrides. Pure.
import type { ConfigScope } from './entries.js';
import { renderWorkload, type Renderable } from './render.js';
import type { ConfigIndex, ResolvedConfig } from './resolve.js';

export interface ConfigValueJson {
  key: string;
  value: string;
  source: ConfigScope;
  /** Lower-precedence values this one hides, highest first. */
  overrides: { source: ConfigScope; value: string }[];
  /** Workloads on the node whose own env sets this key (their value wins in their container). */
  shadowedBy: string[];
  /** Workloads whose container had no room left for it (envPerContainer limit). */
  droppedBy: string[];
}

export function nodeConfigJson(cfg: ResolvedConfig, workloads: readonly (Renderable & { name: string })[]): ConfigValueJson[] {
  const shadowed = new Map<string, string[]>();
  const dropped = new Map<string, string[]>();
  for (const w of workloads) {
    const r = renderWorkload(w, cfg);
    for (const k of r.shadowed) shadowed.set(k, [...(shadowed.get(k) ?? []), w.name]);
    for (const k of r.dropped) dropped.set(k, [...(dropped.get(k) ?? []), w.name]);
  }
  return cfg.values.map((v) => ({
    key: v.key,
    value: v.value,
    source: v.source,
    overrides: v.overrides,
    shadowedBy: shadowed.get(v.key) ?? [],
    droppedBy: dropped.get(v.key) ?? [],
  }));
}

export type WorkloadConfigState = 'applied' | 'workload env wins' | 'dropped: env limit';

export interface WorkloadConfigJson {
  key: string;
  value: string;
  source: ConfigScope;
  state: WorkloadConfigState;
  /** The nodes (of those it is placed on) where this key has this value from this source, sorted. */
  nodes: string[];
}

/**
 * What configuration a workload's containers get, grouped: one row per (key, value, source, state)
 * with the nodes it applies to. Nodes resolving to the same configuration are computed once.
 */
export function workloadConfigJson(w: Renderable, nodes: readonly { id: string; labels: Readonly<Record<string, string>> }[], index: ConfigIndex): WorkloadConfigJson[] {
  if (index.empty) return [];
  const rows = new Map<string, WorkloadConfigJson>();
  const rendered = new Map<ResolvedConfig, ReturnType<typeof renderWorkload>>();
  for (const n of nodes) {
    const cfg = index.resolve(n.id, n.labels);
    let r = rendered.get(cfg);
    if (!r) rendered.set(cfg, (r = renderWorkload(w, cfg)));
    const shadowed = new Set(r.shadowed);
    const dropped = new Set(r.dropped);
    for (const v of cfg.values) {
      const state: WorkloadConfigState = shadowed.has(v.key) ? 'workload env wins' : dropped.has(v.key) ? 'dropped: env limit' : 'applied';
      const id = JSON.stringify([v.key, v.value, v.source.kind, v.source.target, state]);
      const row = rows.get(id) ?? { key: v.key, value: v.value, source: v.source, state, nodes: [] };
      row.nodes.push(n.id);
      rows.set(id, row);
    }
  }
  return [...rows.values()]
    .map((r) => ({ ...r, nodes: r.nodes.sort() }))
    .sort((a, b) => (a.key !== b.key ? (a.key < b.key ? -1 : 1) : (a.nodes[0] ?? '') < (b.nodes[0] ?? '') ? -1 : 1));
}
