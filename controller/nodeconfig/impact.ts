// Which workloads a configuration change reaches: a workload is changed when, on at least one node
// it is placed on, its containers would receive a different environment with the new entries than
// with the configuration version its current revision was made with. Those get a new revision and
// roll out like a spec change; the others keep theirs. Pure.
import { renderWorkload, type Renderable } from './render.js';
import type { ConfigIndex, ResolvedConfig } from './resolve.js';
import { scopeText, type ConfigScope } from './entries.js';
import type { KeyOutcome } from './change.js';

export interface ImpactInput {
  name: string;
  spec: Renderable;
  /** The configuration its current revision is rendered with. */
  before: ConfigIndex;
  /** The nodes it is placed on, with their effective labels. */
  nodes: readonly { id: string; labels: Readonly<Record<string, string>> }[];
}

export interface Impact {
  /** Workloads whose containers would change, with the nodes where they would, sorted. */
  changed: { workload: string; nodes: string[] }[];
  /** Workloads placed nowhere or receiving the same everywhere, sorted. */
  unchanged: string[];
}

export function configImpact(workloads: readonly ImpactInput[], after: ConfigIndex): Impact {
  const changed: Impact['changed'] = [];
  const unchanged: string[] = [];
  // Workloads mostly share nodes and versions: each (index, node) is resolved once.
  const resolved = new Map<ConfigIndex, Map<string, ResolvedConfig>>();
  const resolve = (idx: ConfigIndex, n: { id: string; labels: Readonly<Record<string, string>> }): ResolvedConfig => {
    let m = resolved.get(idx);
    if (!m) resolved.set(idx, (m = new Map()));
    let r = m.get(n.id);
    if (!r) m.set(n.id, (r = idx.resolve(n.id, n.labels)));
    return r;
  };
  for (const w of [...workloads].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    // Nodes resolving to the same configurations render alike: each pair is compared once.
    const seen = new Map<string, boolean>();
    const nodes: string[] = [];
    for (const n of w.nodes) {
      const a = resolve(w.before, n);
      const b = resolve(after, n);
      const key = `${a.hash}\0${b.hash}`;
      let differs = seen.get(key);
      if (differs === undefined) {
        differs = a.hash !== b.hash && renderWorkload(w.spec, a).specHash !== renderWorkload(w.spec, b).specHash;
        seen.set(key, differs);
      }
      if (differs) nodes.push(n.id);
    }
    if (nodes.length > 0) changed.push({ workload: w.name, nodes: nodes.sort() });
    else unchanged.push(w.name);
  }
  return { changed, unchanged };
}

/** The cause a config change records on the revisions it makes, e.g. "config: LOG_LEVEL set at selector site=plant-a". */
export function changeCause(scope: ConfigScope, outcomes: readonly { key: string; outcome: KeyOutcome }[]): string {
  const set = outcomes.filter((o) => o.outcome === 'created' || o.outcome === 'configured').map((o) => o.key);
  const unset = outcomes.filter((o) => o.outcome === 'removed').map((o) => o.key);
  const list = (keys: string[]): string => (keys.length <= 4 ? keys.join(', ') : `${keys.slice(0, 4).join(', ')} and ${keys.length - 4} more`);
  const parts = [...(set.length ? [`${list(set)} set`] : []), ...(unset.length ? [`${list(unset)} unset`] : [])];
  return `config: ${parts.join(', ') || 'no change'} at ${scopeText(scope)}`;
}
