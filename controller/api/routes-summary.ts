// GET /api/v1/fleet/summary: the fleet in counts (nodes online, nodes per applied generation,
// ingest and telemetry counters), optionally of the nodes matching ?selector=. O(nodes) with no per-node output, so a fleet simulator or a
// dashboard can poll it every 100 ms at 10,000 nodes where /api/v1/nodes would be megabytes.
import type { FastifyInstance } from 'fastify';
import type { ConnectQueueStats } from '../broker/connect-rate.js';
import type { IngestCounters } from '../fleet/ingest.js';
import type { FleetRegistry, FleetSummary } from '../fleet/registry.js';
import type { TelemetryCounters, TelemetryStore } from '../fleet/telemetry-store.js';
import { matches, selectorOrBadRequest } from './selector.js';

export interface SummaryDeps {
  fleet: FleetRegistry;
  telemetry: TelemetryStore;
  ingest?: IngestCounters;
  /** The embedded broker's CONNECT admissions (absent with an external broker). */
  connectStats?: () => ConnectQueueStats | null;
  now: () => number;
}

export interface FleetSummaryJson {
  atMs: number;
  nodes: { total: number; online: number };
  applied: FleetSummary['applied'];
  telemetry: TelemetryCounters;
  ingest: IngestCounters | null;
  /** The embedded broker's CONNECT admissions since this controller started; null with an external broker. */
  connects: ConnectQueueStats | null;
}

export function registerSummaryRoute(app: FastifyInstance, deps: SummaryDeps): void {
  app.get<{ Querystring: { selector?: string } }>('/api/v1/fleet/summary', async (req): Promise<FleetSummaryJson> => {
    const text = typeof req.query.selector === 'string' ? req.query.selector : undefined;
    const selector = text === undefined ? null : selectorOrBadRequest(text);
    const s = deps.fleet.summary(selector ? (labels) => matches(selector, labels) : undefined);
    return {
      atMs: deps.now(),
      nodes: { total: s.total, online: s.online },
      applied: s.applied,
      telemetry: { ...deps.telemetry.counters },
      ingest: deps.ingest ? { accepted: { ...deps.ingest.accepted }, rejected: { ...deps.ingest.rejected } } : null,
      connects: deps.connectStats?.() ?? null,
    };
  });
}
