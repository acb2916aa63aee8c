// The HTTP API (fastify). JSON errors always look like {error: {code, message, problems?}}.
import Fastify, { LogController, type FastifyBaseLogger, type FastifyError, type FastifyInstance, type FastifyReply } from 'fastify';
import type { Logger } from 'pino';
import { isControllerError } from '../errors.js';
import type { EventStore } from '../fleet/event-store.js';
import type { FleetRegistry } from '../fleet/registry.js';
import type { TelemetryStore } from '../fleet/telemetry-store.js';
import { isManifestError, parseManifests } from '../manifest/parse.js';
import type { SqlitePolicyStore } from '../store/policy-store.js';
import type { Reconciler } from '../reconciler.js';
import type { Store } from '../store/store.js';
import { assertSecurityAccepted } from '../security/apply-check.js';
import type { ControllerMetrics } from '../observability/metrics.js';
import { restoreRedactedSecrets } from '../security/secrets.js';
import { registerAuth } from './auth.js';
import { defaultDownloadFiles, registerDownloadRoutes, type DownloadFiles } from './routes-download.js';
import { registerHealthRoutes } from './routes-health.js';
import type { ConfigStore } from '../store/config-store.js';
import type { WorkloadInstance } from '../../proto/types.js';
import { workloadConfigJson } from '../nodeconfig/views.js';
import { registerConfigRoutes } from './routes-config.js';
import { DASHBOARD_PUBLIC_ROUTES, registerDashboard, type DashboardDeps } from '../dashboard/routes.js';
import { registerFleetRoutes } from './routes-fleet.js';
import { registerIdentityRoutes, type IdentityRouteDeps } from './routes-identity.js';
import { registerNodeRoutes } from './routes-nodes.js';
import { registerPlanRoute } from './routes-plan.js';
import { registerSummaryRoute } from './routes-summary.js';
import { registerCommandRoutes } from './routes-commands.js';
import { registerCatalogRoute } from './routes-catalog.js';
import type { CommandRelay } from '../commands/relay.js';
import { configNote, registerRolloutRoutes } from './routes-rollout.js';
import type { RolloutManager } from '../rollout/manager.js';
import type { SqliteRolloutStore } from '../store/rollout-store.js';
import type { IngestCounters } from '../fleet/ingest.js';
import type { ConnectQueueStats } from '../broker/connect-rate.js';
import { matches, selectorOrBadRequest } from './selector.js';
import { nodeJson, placementJson, workloadJson } from './views.js';

export const API_BODY_LIMIT = 1024 * 1024;

export interface ApiDeps {
  store: Store;
  fleet: FleetRegistry;
  reconciler: Reconciler;
  logger: Logger;
  now: () => number;
  /** Every route but /healthz requires it as a bearer token. */
  adminToken: string;
  /** The read-only token (read.token): GET/HEAD only. */
  readToken?: string;
  telemetry: TelemetryStore;
  events: EventStore;
  policies: SqlitePolicyStore;
  /** Upstream message counters, shown by /api/v1/fleet/summary. */
  ingest?: IngestCounters;
  /** The embedded broker's CONNECT admissions, shown by /api/v1/fleet/summary; null with an external broker. */
  connectStats?: () => ConnectQueueStats | null;
  /** Day-2 commands (restart, logs) to the nodes. */
  relay: CommandRelay;
  /** The installer and the agent bundle (GET /v1/install-agent.sh, /v1/download/...); default: beside this build. */
  downloads?: DownloadFiles;
  /** /metrics (Prometheus); absent: no such route. */
  metrics?: ControllerMetrics;
  /** /metrics without the token (--metrics-no-auth). */
  metricsNoAuth?: boolean;
  /** /readyz: null when ready, else why not; default always ready. */
  notReady?: () => string | null;
  /** Configuration entries (fleet, selector, node scope). */
  configStore: ConfigStore;
  /** A node's desired workloads as last rendered (rendered spec hashes): drift and placements compare with them. */
  desiredWorkloads: (nodeId: string) => readonly WorkloadInstance[] | undefined;
  /** Revisions and rollouts (routes-rollout.ts); absent: no rollout routes. */
  rollouts?: RolloutManager;
  rolloutStore?: SqliteRolloutStore;
  /** The dashboard (/ui and /api/v1/dashboard/...); absent: not served. */
  dashboard?: DashboardDeps;
  /** Enrollment and join tokens (routes-identity.ts). */
  identity: IdentityRouteDeps;
  /** Serve HTTPS with this key and certificate (PEM); absent: plain HTTP. */
  https?: { key: string; cert: string };
}

function sendError(reply: FastifyReply, status: number, code: string, message: string, problems?: unknown): FastifyReply {
  return reply.code(status).send({ error: { code, message, ...(problems ? { problems } : {}) } });
}

export function buildApi(deps: ApiDeps): FastifyInstance {
  const { store, fleet, reconciler, now } = deps;
  // The https variant is typed with https.Server; routes and hooks are the same, so it is used
  // through the plain FastifyInstance type (only listen/close/server.address are touched outside).
  const app = Fastify({
    ...(deps.https ? { https: { key: deps.https.key, cert: deps.https.cert, minVersion: 'TLSv1.2' as const } } : {}),
    loggerInstance: deps.logger.child({ component: 'api' }) as FastifyBaseLogger,
    bodyLimit: API_BODY_LIMIT,
    // Per-request lines would drown the fleet's own logs; errors are logged by the handler below.
    logController: new LogController({ disableRequestLogging: true }),
  });

  // Manifests arrive as text (YAML or JSON) and go through one parser with one set of limits.
  app.removeContentTypeParser(['application/json', 'text/plain']);
  app.addContentTypeParser(
    ['application/json', 'text/plain', 'application/yaml', 'application/x-yaml', 'text/yaml'],
    { parseAs: 'string', bodyLimit: API_BODY_LIMIT },
    (_req, body, done) => done(null, body),
  );

  const log = deps.logger.child({ component: 'api' });
  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (isManifestError(err)) {
      log.warn({ code: err.code, route: req.url, problems: err.problems }, `refused manifest: ${err.message}`);
      return sendError(reply, err.code === 'EF_MANIFEST_TOO_LARGE' ? 413 : 400, err.code, err.message, err.problems);
    }
    if (isControllerError(err)) {
      const status = err.code === 'EF_CTL_NOT_FOUND' ? 404 : err.code === 'EF_CTL_SECURITY_REFUSED' ? 403 : 400;
      if (status === 403) log.warn({ code: err.code, route: req.url }, `refused: ${err.message}`);
      return sendError(reply, status, err.code, err.message, status === 403 ? err.details : undefined);
    }
    const status = typeof err.statusCode === 'number' ? err.statusCode : 500;
    if (status >= 500) deps.logger.error({ err }, 'API request failed');
    const code = status === 413 ? 'EF_CTL_BODY_TOO_LARGE' : status === 415 ? 'EF_CTL_UNSUPPORTED_MEDIA_TYPE' : status < 500 ? 'EF_CTL_BAD_REQUEST' : 'EF_CTL_INTERNAL';
    return sendError(reply, status, code, err.message);
  });
  app.setNotFoundHandler((req, reply) => sendError(reply, 404, 'EF_CTL_NOT_FOUND', `no route ${req.method} ${req.url}`));

  app.get('/healthz', async () => ({ ok: true }));
  registerAuth(app, deps.adminToken, [...(deps.metricsNoAuth ? ['/metrics'] : []), ...(deps.dashboard ? DASHBOARD_PUBLIC_ROUTES : [])], deps.readToken);
  if (deps.dashboard) registerDashboard(app, deps.dashboard);
  registerHealthRoutes(app, { notReady: deps.notReady ?? (() => null), ...(deps.metrics ? { metrics: deps.metrics } : {}) });
  registerDownloadRoutes(app, deps.downloads ?? defaultDownloadFiles());
  registerFleetRoutes(app, deps);
  registerNodeRoutes(app, deps);
  registerIdentityRoutes(app, deps.identity);
  registerPlanRoute(app, deps);
  registerSummaryRoute(app, deps);
  registerCommandRoutes(app, deps);
  registerConfigRoutes(app, deps);
  registerCatalogRoute(app, deps);
  if (deps.rollouts && deps.rolloutStore) registerRolloutRoutes(app, { store, reconciler, rollouts: deps.rollouts, rolloutStore: deps.rolloutStore, configVersion: () => deps.configStore.version() });

  app.post('/api/v1/apply', async (req, reply) => {
    if (typeof req.body !== 'string' || req.body.trim() === '') {
      return sendError(reply, 400, 'EF_CTL_BAD_REQUEST', 'send one or more Workload or NodePolicy manifests as YAML or JSON in the request body');
    }
    const parsed = parseManifests(req.body, { source: 'request body' });
    const { nodePolicies } = parsed;
    const workloads = [];
    for (const w of parsed.workloads) {
      const restored = restoreRedactedSecrets(w, store.getWorkload(w.name)?.workload);
      if (typeof restored === 'string') return sendError(reply, 400, 'EF_CTL_BAD_REQUEST', restored);
      workloads.push(restored);
    }
    // Before anything is stored: one refused workload refuses the whole apply.
    assertSecurityAccepted(workloads, fleet.list());
    const results = [
      ...nodePolicies.map((p) => ({ kind: 'nodepolicy', name: p.name, outcome: deps.policies.apply(p, now()), revision: 0 })),
      ...workloads.map((w) => ({ kind: 'workload', name: w.name, ...store.applyWorkload(w, now()) })),
    ];
    const { schedule } = await reconciler.runNow();
    const names = new Set(workloads.map((w) => w.name));
    for (const p of schedule.preempted) names.add(p.workload); // they lost their place to this apply
    return {
      results,
      unplaced: schedule.unplaced.filter((u) => names.has(u.workload)),
    };
  });

  app.get('/api/v1/nodepolicies', async () => ({ items: deps.policies.list() }));

  app.delete<{ Params: { name: string } }>('/api/v1/nodepolicies/:name', async (req, reply) => {
    if (!deps.policies.delete(req.params.name)) {
      return sendError(reply, 404, 'EF_CTL_NOT_FOUND', `nodepolicy ${req.params.name} does not exist`);
    }
    await reconciler.runNow();
    return { deleted: req.params.name };
  });

  app.delete<{ Params: { name: string } }>('/api/v1/workloads/:name', async (req, reply) => {
    if (!store.deleteWorkload(req.params.name)) {
      return sendError(reply, 404, 'EF_CTL_NOT_FOUND', `workload ${req.params.name} does not exist`);
    }
    await reconciler.runNow();
    return { deleted: req.params.name };
  });

  const running = (workload: string, nodeId: string): boolean =>
    fleet.get(nodeId)?.state?.workloads.some((s) => s.name === workload && s.phase === 'running') ?? false;

  app.get<{ Querystring: { selector?: string } }>('/api/v1/nodes', async (req) => {
    const placements = store.listPlacements();
    const selector = selectorOrBadRequest(typeof req.query.selector === 'string' ? req.query.selector : undefined);
    return {
      items: fleet
        .list()
        .filter((n) => matches(selector, n.labels))
        .map((n) => nodeJson(n, store.getDesired(n.id), placements.filter((p) => p.nodeId === n.id).length, store.epoch(), deps.desiredWorkloads(n.id))),
    };
  });

  app.get('/api/v1/workloads', async () => {
    const placements = store.listPlacements();
    const unplaced = reconciler.unplaced();
    return {
      items: store.listWorkloads().map((w) => workloadJson(w, placements, running, unplaced.find((u) => u.workload === w.workload.name), reconciler.autoscaler.replicas(w))),
    };
  });

  app.get<{ Params: { name: string } }>('/api/v1/workloads/:name', async (req, reply) => {
    const w = store.getWorkload(req.params.name);
    if (!w) return sendError(reply, 404, 'EF_CTL_NOT_FOUND', `workload ${req.params.name} does not exist`);
    const placements = store.listPlacements();
    const onNodes = placements.filter((p) => p.workload === w.workload.name).flatMap((p) => {
      const n = fleet.get(p.nodeId);
      return n ? [{ id: n.id, labels: n.labels }] : [];
    });
    return {
      ...workloadJson(w, placements, running, reconciler.unplaced().find((u) => u.workload === w.workload.name), reconciler.autoscaler.replicas(w)),
      // At the revision's own configuration version: after a rollback that is an older one.
      config: workloadConfigJson(w.workload, onNodes, (w.configVersion !== undefined ? deps.configStore.indexAt(w.configVersion) : undefined) ?? deps.configStore.index()),
      configVersion: { revision: w.configVersion ?? null, current: deps.configStore.version(), note: configNote(w.workload.name, w.configVersion, deps.configStore.version()) },
    };
  });

  app.get('/api/v1/placements', async () => {
    const hashes = new Map(store.listWorkloads().map((w) => [w.workload.name, w.workload.specHash]));
    // With configuration the hash a node should run is the rendered one, per node.
    const want = (p: { workload: string; nodeId: string }): string =>
      deps.desiredWorkloads(p.nodeId)?.find((w) => w.name === p.workload)?.specHash ?? hashes.get(p.workload) ?? '';
    return {
      items: store.listPlacements().map((p) => placementJson(p, fleet.get(p.nodeId), want(p))),
    };
  });

  return app;
}
