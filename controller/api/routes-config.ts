// Configuration routes: list and change entries at fleet, selector or node scope, and one node's
// effective configuration. A change is validated as a whole (every problem at once), stored, and
// rolled out by the reconciler like any other change; the answer names the nodes whose desired
// state moved because of it.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ControllerError } from '../errors.js';
import type { FleetRegistry } from '../fleet/registry.js';
import { friendlyMessage, issuesToProblems } from '../manifest/problems.js';
import { ConfigChangeError, effectiveProblems, overriddenAt, planChange, type KeyOutcome, type Overridden } from '../nodeconfig/change.js';
import { CONFIG_LIMITS, parseScopeSelector, type ConfigEntry, type ConfigScope, type ConfigScopeKind } from '../nodeconfig/entries.js';
import { nodeConfigJson, type ConfigValueJson } from '../nodeconfig/views.js';
import type { Reconciler } from '../reconciler.js';
import type { ConfigStore } from '../store/config-store.js';
import type { Store } from '../store/store.js';

export interface ConfigRouteDeps {
  store: Store;
  fleet: FleetRegistry;
  reconciler: Reconciler;
  configStore: ConfigStore;
  now: () => number;
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
  /** Nodes that got a new desired state from this change (their containers are replaced). */
  nodes: string[];
  /** Keys just set that a scope of higher precedence overrides on some of this scope's nodes. */
  overridden: Overridden[];
}

export interface NodeConfigResponse {
  node: string;
  values: ConfigValueJson[];
}

// Sizes of individual keys and values are checked by planChange with messages that name the key;
// this bounds only the shape, so a body cannot make it do unbounded work.
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
    if (planned.changed) config.replace(planned.next);
    const overridden = overriddenAt(config.index(), scope, Object.keys(b.set), fleet.list());
    if (!planned.changed) return { scope, outcomes: planned.outcomes, nodes: [], overridden };
    const { synced } = await reconciler.runNow();
    return { scope, outcomes: planned.outcomes, nodes: synced.filter((s) => s.changed).map((s) => s.nodeId).sort(), overridden };
  });

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
