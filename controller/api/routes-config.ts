// Configuration routes: list and change entries at fleet, selector or node scope, and one node's
// effective configuration. A change is validated as a whole (every problem at once) and stored as
// a new configuration version. Each workload whose containers it changes on some node gets a new
// revision pinned to that version, which rolls out like any other change (the workload's waves,
// health, rollback); the answer names those revisions and the nodes whose desired state moved now.
import type { FastifyInstance } from 'fastify';
import type { WorkloadInstance } from '../../proto/types.js';
import { z } from 'zod';
import { ControllerError } from '../errors.js';
import type { FleetRegistry } from '../fleet/registry.js';
import { friendlyMessage, issuesToProblems } from '../manifest/problems.js';
import { ConfigChangeError, effectiveProblems, overriddenAt, planChange, type KeyOutcome, type Overridden } from '../nodeconfig/change.js';
import { CONFIG_LIMITS, parseScopeSelector, type ConfigEntry, type ConfigScope, type ConfigScopeKind } from '../nodeconfig/entries.js';
import { changeCause, configImpact, type ImpactInput } from '../nodeconfig/impact.js';
import { ConfigIndex } from '../nodeconfig/resolve.js';
import { nodeConfigJson, type ConfigValueJson } from '../nodeconfig/views.js';
import type { Reconciler } from '../reconciler.js';
import { ROLLOUT_DEFAULTS } from '../manifest/rollout.js';
import { asksForWaves } from '../rollout/manager.js';
import type { ConfigStore } from '../store/config-store.js';
import type { SqliteRolloutStore } from '../store/rollout-store.js';
import type { Store } from '../store/store.js';

export interface ConfigRouteDeps {
  store: Store;
  fleet: FleetRegistry;
  reconciler: Reconciler;
  configStore: ConfigStore;
  /** Revisions made by config changes; absent: configuration reaches every node at once, unversioned in revisions. */
  rolloutStore?: SqliteRolloutStore;
  /** The workloads of a node's desired snapshot as last rendered (DesiredPublisher). */
  desiredWorkloads?: (nodeId: string) => readonly WorkloadInstance[] | undefined;
  now: () => number;
}

export interface ConfigRevisionJson {
  workload: string;
  /** The new revision, pinned to the new configuration version. */
  revision: number;
  /** How many nodes' containers receive a different environment with it. */
  nodes: number;
  /** It rolls out through the workload's spec.rollout waves; false: to every node at once. */
  waves: boolean;
}

export interface ConfigEntryJson {
  scope: ConfigScopeKind;
  /** '' for fleet, the canonical selector, or the node. */
  target: string;
  key: string;
  value: string;
  updatedAtMs: number;
}

export interface ConfigChangeJson {
  scope: ConfigScope;
  outcomes: { key: string; outcome: KeyOutcome }[];
  /**
   * Nodes that got a new desired state from this change now (their containers are replaced).
   * For a workload that rolls out in waves, only its first wave's nodes are here.
   */
  nodes: string[];
  /** The configuration version the change made; absent when nothing changed. */
  configVersion?: number;
  /** Workloads that got a new revision from this change (none when it reaches no container). */
  revisions: ConfigRevisionJson[];
  /** Keys just set that a scope of higher precedence overrides on some of this scope's nodes. */
  overridden: Overridden[];
}

export interface NodeConfigResponse {
  node: string;
  values: ConfigValueJson[];
}

// Sizes of individual keys and values are checked by planChange with messages that name the key;
// this bounds only the shape, so a body cannot make it do unbounded work.
/** A revision a config change made, with the nodes whose containers it changes. */
interface Made {
  json: ConfigRevisionJson;
  nodeIds: readonly string[];
}

const changeBody = z.strictObject({
  scope: z.enum(['fleet', 'selector', 'node']),
  selector: z.string().max(4096).optional(),
  node: z.string().max(253).optional(),
  set: z.record(z.string().max(CONFIG_LIMITS.keyChars + 1), z.string().max(CONFIG_LIMITS.valueBytes * 4 + 1)).default({}),
  unset: z.array(z.string().max(CONFIG_LIMITS.keyChars + 1)).max(CONFIG_LIMITS.perRequest + 1).default([]),
});

const entryJson = (e: ConfigEntry): ConfigEntryJson => ({ scope: e.kind, target: e.target, key: e.key, value: e.value, updatedAtMs: e.updatedAtMs });

function bad(message: string, problems?: string[]): ControllerError {
  return new ControllerError('EF_CTL_BAD_REQUEST', message, problems ? { details: problems } : undefined);
}

export function registerConfigRoutes(app: FastifyInstance, deps: ConfigRouteDeps): void {
  const { fleet, reconciler, configStore: config, now } = deps;

  /** Resolves --selector/--node into a scope; the node must be known when setting. */
  const scopeOf = (b: z.output<typeof changeBody>, setting: boolean): ConfigScope => {
    switch (b.scope) {
      case 'fleet':
        if (b.selector !== undefined || b.node !== undefined) throw bad('fleet scope takes neither selector nor node');
        return { kind: 'fleet', target: '' };
      case 'selector':
        if (b.selector === undefined || b.node !== undefined) throw bad('selector scope needs "selector" (and no "node")');
        return { kind: 'selector', target: parseScopeSelector(b.selector).canonical };
      case 'node':
        if (b.node === undefined || b.selector !== undefined) throw bad('node scope needs "node" (and no "selector")');
        if (setting && !fleet.get(b.node)) throw new ControllerError('EF_CTL_NOT_FOUND', `node ${b.node} does not exist (it has never connected); check the name with edgefleet get nodes`);
        return { kind: 'node', target: b.node };
    }
  };

  app.get<{ Querystring: Record<string, unknown> }>('/api/v1/config', async (req) => {
    const { scope, target } = req.query;
    if (scope !== undefined && scope !== 'fleet' && scope !== 'selector' && scope !== 'node') throw bad('scope: one of fleet, selector, node');
    if (target !== undefined && typeof target !== 'string') throw bad('target: give it once');
    let want = typeof target === 'string' ? target : undefined;
    if (scope === 'selector' && want !== undefined) want = parseScopeSelector(want).canonical;
    return {
      items: config
        .list()
        .filter((e) => (scope === undefined || e.kind === scope) && (want === undefined || e.target === want))
        .map(entryJson),
    };
  });

  app.post('/api/v1/config', async (req): Promise<ConfigChangeJson> => {
    let body: unknown = req.body;
    if (typeof body === 'string') {
      try {
        body = JSON.parse(body);
      } catch {
        throw bad('send JSON: {"scope": "fleet"|"selector"|"node", "selector"?: "k=v", "node"?: "NAME", "set"?: {"KEY": "value"}, "unset"?: ["KEY"]}');
      }
    }
    const parsed = changeBody.safeParse(body, { error: friendlyMessage });
    if (!parsed.success) {
      const problems = issuesToProblems(parsed.error.issues).map((p) => (p.path ? `${p.path}: ${p.message}` : p.message));
      throw bad(`invalid config change: ${problems.join('; ')}`, problems);
    }
    const b = parsed.data;
    const scope = scopeOf(b, Object.keys(b.set).length > 0);
    const prev = config.list();
    let planned;
    try {
      planned = planChange(prev, { scope, set: b.set, unset: b.unset }, now());
    } catch (err) {
      if (err instanceof ConfigChangeError) throw bad(`invalid config change: ${err.message}`, err.problems);
      throw err;
    }
    const tooMuch = effectiveProblems(planned.next, prev, fleet.list());
    if (tooMuch.length) throw bad(`invalid config change: ${tooMuch.join('; ')}`, tooMuch);
    // No await from here to the commit: the impact, the new version and its revisions see one state.
    if (!planned.changed) {
      const overridden = overriddenAt(config.index(), scope, Object.keys(b.set), fleet.list());
      return { scope, outcomes: planned.outcomes, nodes: [], overridden, revisions: [] };
    }
    const made = commit(planned.next, changeCause(scope, planned.outcomes));
    const overridden = overriddenAt(config.index(), scope, Object.keys(b.set), fleet.list());
    const { synced } = await reconciler.runNow();
    return {
      scope,
      outcomes: planned.outcomes,
      nodes: reachedNow(made, synced.filter((s) => s.changed).map((s) => s.nodeId)),
      configVersion: config.version(),
      overridden,
      revisions: made.map((m) => m.json),
    };
  });

  /**
   * The nodes whose containers the change replaces now: a new revision's nodes that are sent it
   * (all of them for a workload without waves, the first wave's for one with). A node of that
   * workload whose containers receive the same is sent the new revision too (its snapshot moves)
   * but keeps its container, so it is not named. Without revisions: every node whose snapshot moved.
   */
  const reachedNow = (made: readonly Made[], moved: readonly string[]): string[] => {
    if (!deps.rolloutStore || !deps.desiredWorkloads) return [...moved].sort();
    const out = new Set<string>();
    for (const { json: r, nodeIds } of made) {
      for (const id of nodeIds) if (deps.desiredWorkloads(id)?.find((w) => w.name === r.workload)?.revision === r.revision) out.add(id);
    }
    return [...out].sort();
  };

  /**
   * Stores the entries as a new version and, in the same transaction, a new revision for each
   * workload whose containers it changes on some node it is placed on (see nodeconfig/impact.ts).
   */
  const commit = (next: readonly ConfigEntry[], cause: string): Made[] => {
    const { store, rolloutStore } = deps;
    if (!rolloutStore) {
      config.replace(next, { cause, nowMs: now() });
      return [];
    }
    const after = new ConfigIndex(next);
    const workloads = store.listWorkloads();
    const placedOn = new Map<string, { id: string; labels: Readonly<Record<string, string>> }[]>();
    for (const p of store.listPlacements()) {
      const n = fleet.get(p.nodeId);
      if (!n) continue;
      const list = placedOn.get(p.workload) ?? [];
      list.push({ id: n.id, labels: n.labels });
      placedOn.set(p.workload, list);
    }
    const inputs: ImpactInput[] = workloads.map((w) => ({
      name: w.workload.name,
      spec: w.workload,
      before: (w.configVersion !== undefined ? config.indexAt(w.configVersion) : undefined) ?? config.index(),
      nodes: placedOn.get(w.workload.name) ?? [],
    }));
    const impact = configImpact(inputs, after);
    let made = new Map<string, number>();
    const t = now();
    config.replace(next, {
      cause,
      nowMs: t,
      alongside: (version) => {
        made = rolloutStore.configRevisions(
          impact.changed.map((c) => c.workload),
          impact.unchanged,
          version,
          cause,
          t,
        );
      },
    });
    const byName = new Map(workloads.map((w) => [w.workload.name, w]));
    return impact.changed.flatMap((c) => {
      const revision = made.get(c.workload);
      const w = byName.get(c.workload);
      if (revision === undefined || !w) return [];
      return [{ json: { workload: c.workload, revision, nodes: c.nodes.length, waves: asksForWaves(w.workload.rollout ?? ROLLOUT_DEFAULTS) }, nodeIds: c.nodes }];
    });
  };

  app.get<{ Params: { name: string } }>('/api/v1/nodes/:name/config', async (req): Promise<NodeConfigResponse> => {
    const n = fleet.get(req.params.name);
    if (!n) throw new ControllerError('EF_CTL_NOT_FOUND', `node ${req.params.name} does not exist`);
    return { node: n.id, values: nodeConfigOf(deps, n.id, n.labels) };
  });
}

/** One node's effective configuration, with the workloads placed there (for shadowing). */
export function nodeConfigOf(deps: Pick<ConfigRouteDeps, 'store' | 'configStore'>, nodeId: string, labels: Readonly<Record<string, string>>): ConfigValueJson[] {
  const cfg = deps.configStore.index().resolve(nodeId, labels);
  if (cfg.values.length === 0) return [];
  const names = new Set(deps.store.listPlacements().filter((p) => p.nodeId === nodeId).map((p) => p.workload));
  const workloads = deps.store
    .listWorkloads()
    .filter((w) => names.has(w.workload.name))
    .map((w) => w.workload);
  return nodeConfigJson(cfg, workloads);
}
