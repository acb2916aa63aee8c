// The dashboard: the page at /ui (static files from dist/web, built by scripts/bundle-web.mjs) and
// its API under /api/v1/dashboard/, behind the same bearer token as the rest of the API. The page
// itself holds no fleet data and is served without the token: it asks for one (kept in the tab's
// sessionStorage, never in a URL) and sends it as a header on every call, the live stream included.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { ControllerError } from '../errors.js';
import type { OutboxBacklog } from '../fleet/outbox-backlog.js';
import type { FleetRegistry } from '../fleet/registry.js';
import type { TelemetryStore } from '../fleet/telemetry-store.js';
import type { Reconciler } from '../reconciler.js';
import type { Store, StoredWorkload } from '../store/store.js';
import type { DashboardHub } from './hub.js';
import { DEFAULT_PAGE_SIZE, filterNodes, MAX_FILTER_LENGTH, MAX_PAGE_SIZE, nodeRow, sortNodes, workloadRows } from './views.js';
import { NODE_STATUSES, type DashNodePage, type DashOverview, type DashRollout } from './types.js';

/** Open without the token: the page and its scripts (no fleet data in them). */
export const DASHBOARD_PUBLIC_ROUTES = ['/ui', '/ui/', '/ui/assets/:file'] as const;

export interface DashboardDeps {
  store: Store;
  fleet: FleetRegistry;
  reconciler: Reconciler;
  telemetry: TelemetryStore;
  backlog: OutboxBacklog;
  hub: DashboardHub;
  overview: () => DashOverview;
  now: () => number;
  /** Rollout progress of a workload (controller/rollout); default none. */
  rollout?: (w: StoredWorkload) => DashRollout | null;
  /** Where the built page is; default dist/web beside this build (or the source tree's dist/web). */
  webDir?: string;
}

const ASSETS: Record<string, string> = {
  'app.js': 'text/javascript; charset=utf-8',
  'app.js.map': 'application/json',
  'app.css': 'text/css; charset=utf-8',
  'uPlot.min.css': 'text/css; charset=utf-8',
};

/** dist/controller/dashboard/ in a build (web is dist/web), controller/dashboard/ from source. */
export function defaultWebDir(): string {
  const up = (rel: string): string => fileURLToPath(new URL(rel, import.meta.url));
  for (const dir of [up('../../web/'), up('../../dist/web/')]) if (existsSync(join(dir, 'index.html'))) return dir;
  return up('../../web/');
}

// Nothing but this origin: scripts, styles and API calls (no inline script, no third parties).
const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

const pageQuery = z.strictObject({
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
  filter: z.string().max(MAX_FILTER_LENGTH).default(''),
  status: z.enum(NODE_STATUSES).optional(),
  sort: z.enum(['name', 'status', 'lastSeen']).default('name'),
});

export function registerDashboard(app: FastifyInstance, deps: DashboardDeps): void {
  const { store, fleet, telemetry, backlog, reconciler, hub } = deps;
  const webDir = deps.webDir ?? defaultWebDir();
  const files = new Map<string, Buffer>();
  const file = (name: string): Buffer | null => {
    const hit = files.get(name);
    if (hit) return hit;
    const path = join(webDir, name);
    if (!existsSync(path)) return null;
    const buf = readFileSync(path);
    files.set(name, buf);
    return buf;
  };
  const notBuilt = (reply: FastifyReply): FastifyReply =>
    reply.code(503).type('text/plain; charset=utf-8').send(`The dashboard is not built (${webDir} has no index.html): run \`npm run build\`.\n`);

  const page = async (_req: unknown, reply: FastifyReply): Promise<FastifyReply> => {
    const html = file('index.html');
    if (!html) return notBuilt(reply);
    return reply
      .type('text/html; charset=utf-8')
      .header('content-security-policy', CSP)
      .header('x-content-type-options', 'nosniff')
      .header('referrer-policy', 'no-referrer')
      .header('cache-control', 'no-cache')
      .send(html);
  };
  app.get('/ui', page);
  app.get('/ui/', page);
  app.get<{ Params: { file: string } }>('/ui/assets/:file', async (req, reply) => {
    const type = ASSETS[req.params.file];
    const body = type ? file(req.params.file) : null;
    if (!type || !body) return reply.code(404).send({ error: { code: 'EF_CTL_NOT_FOUND', message: `no dashboard asset ${req.params.file}` } });
    return reply.type(type).header('x-content-type-options', 'nosniff').header('cache-control', 'no-cache').send(body);
  });

  app.get('/api/v1/dashboard/overview', async () => deps.overview());

  app.get<{ Querystring: Record<string, unknown> }>('/api/v1/dashboard/nodes', async (req): Promise<DashNodePage> => {
    const parsed = pageQuery.safeParse(req.query);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => `${i.path.join('.') || 'query'}: ${i.message}`);
      throw new ControllerError('EF_CTL_BAD_REQUEST', `bad dashboard query: ${problems.join('; ')}`);
    }
    const q = parsed.data;
    const matching = sortNodes(filterNodes(fleet.list(), { filter: q.filter, status: q.status ?? null }), q.sort);
    const pages = Math.max(1, Math.ceil(matching.length / q.pageSize));
    const pageNo = Math.min(q.page, pages);
    const epoch = store.epoch();
    const items = matching
      .slice((pageNo - 1) * q.pageSize, pageNo * q.pageSize)
      .map((n) => nodeRow(n, store.getDesired(n.id), epoch, telemetry.latest(n.id), backlog.of(n.id)));
    return { items, total: matching.length, page: pageNo, pageSize: q.pageSize, pages, nowMs: deps.now() };
  });

  app.get('/api/v1/dashboard/workloads', async () => {
    const running = (workload: string, nodeId: string): boolean =>
      fleet.get(nodeId)?.state?.workloads.some((s) => s.name === workload && s.phase === 'running') ?? false;
    return {
      items: workloadRows(store.listWorkloads(), store.listPlacements(), running, reconciler.unplaced(), (w) => reconciler.autoscaler.replicas(w), deps.rollout ?? (() => null)),
    };
  });

  app.get('/api/v1/dashboard/stream', async (req, reply) => {
    reply.hijack();
    if (!hub.attach(reply.raw)) {
      reply.raw.writeHead(503, { 'content-type': 'application/json', 'retry-after': '10' });
      reply.raw.end(JSON.stringify({ error: { code: 'EF_CTL_BUSY', message: 'too many open dashboard streams; retry later' } }));
    }
    req.raw.on('close', () => reply.raw.end());
  });
}
