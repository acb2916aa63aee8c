// Fleet-state routes: events, one node described in full, node usage (top) and telemetry history.
import type { FastifyInstance } from 'fastify';
import { ControllerError } from '../errors.js';
import type { EventStore } from '../fleet/event-store.js';
import { MAX_EVENT_LIMIT } from '../fleet/event-store.js';
import type { FleetRegistry, NodeView } from '../fleet/registry.js';
import type { TelemetryStore } from '../fleet/telemetry-store.js';
import type { Store } from '../store/store.js';
import type { ConfigStore } from '../store/config-store.js';
import type { WorkloadInstance } from '../../proto/types.js';
import { nodeConfigOf } from './routes-config.js';
import { parseDuration, parseLimit, parseTime } from './query.js';
import { matches, selectorOrBadRequest } from './selector.js';
import { nodeJson } from './views.js';
import { nodeDetailJson, topNodeJson } from './views-fleet.js';

export interface FleetRouteDeps {
  store: Store;
  fleet: FleetRegistry;
  telemetry: TelemetryStore;
  events: EventStore;
  now: () => number;
  configStore: ConfigStore;
  desiredWorkloads: (nodeId: string) => readonly WorkloadInstance[] | undefined;
}

type Query = Record<string, unknown>;

/** One value of a query parameter; a repeated parameter is refused rather than half-read. */
function one(q: Query, name: string): string | undefined {
  const v = q[name];
  if (v === undefined || typeof v === 'string') return v;
  throw new ControllerError('EF_CTL_BAD_REQUEST', `${name}: give it once, as a single value`);
}

const DEFAULT_EVENT_LIMIT = 100;
const DESCRIBE_EVENTS = 20;

export function registerFleetRoutes(app: FastifyInstance, deps: FleetRouteDeps): void {
  const { store, fleet, telemetry, events, now } = deps;

  const nodeOr404 = (name: string): NodeView => {
    const n = fleet.get(name);
    if (!n) throw new ControllerError('EF_CTL_NOT_FOUND', `node ${name} does not exist`);
    return n;
  };

  app.get<{ Querystring: Query }>('/api/v1/events', async (req) => {
    const q = req.query;
    const t = now();
    return {
      items: events.query({
        node: one(q, 'node'),
        workload: one(q, 'workload'),
        type: one(q, 'type'),
        sinceMs: one(q, 'since') === undefined ? undefined : parseTime('since', one(q, 'since'), t, 0),
        untilMs: one(q, 'until') === undefined ? undefined : parseTime('until', one(q, 'until'), t, t),
        limit: parseLimit('limit', one(q, 'limit'), DEFAULT_EVENT_LIMIT, MAX_EVENT_LIMIT),
      }),
    };
  });

  app.get<{ Params: { name: string } }>('/api/v1/nodes/:name', async (req) => {
    const n = nodeOr404(req.params.name);
    const placements = store
      .listPlacements()
      .filter((p) => p.nodeId === n.id)
      .map((p) => p.workload);
    const base = nodeJson(n, store.getDesired(n.id), placements.length, store.epoch(), deps.desiredWorkloads(n.id));
    return nodeDetailJson(base, n, {
      config: nodeConfigOf(deps, n.id, n.labels),
      placements,
      latest: telemetry.latest(n.id),
      pressure: telemetry.pressure(n.id),
      telemetryStream: telemetry.stats(n.id),
      eventStream: events.stats(n.id),
      events: events.query({ node: n.id, limit: DESCRIBE_EVENTS }),
    });
  });

  app.get<{ Params: { name: string }; Querystring: Query }>('/api/v1/nodes/:name/telemetry', async (req) => {
    const n = nodeOr404(req.params.name);
    const q = req.query;
    const t = now();
    const sinceMs = parseTime('since', one(q, 'since'), t, t - 3_600_000);
    const untilMs = parseTime('until', one(q, 'until'), t, t);
    if (untilMs < sinceMs) throw new ControllerError('EF_CTL_BAD_REQUEST', 'until: must not be before since');
    const stepMs = parseDuration('step', one(q, 'step'), 0);
    return { ...telemetry.history(n.id, { sinceMs, untilMs, stepMs }), stream: telemetry.stats(n.id) };
  });

  app.get<{ Querystring: Query }>('/api/v1/top/nodes', async (req) => {
    const selector = selectorOrBadRequest(one(req.query, 'selector'));
    return {
      items: fleet
        .list()
        .filter((n) => matches(selector, n.labels))
        .map((n) => topNodeJson(n, telemetry.latest(n.id), telemetry.pressure(n.id))),
    };
  });
}
