// GET /api/v1/catalog[?workload=NAME][&ready=true]: where each workload runs (node, address,
// host ports) and whether each instance is ready (controller/fleet/catalog.ts).
import type { FastifyInstance } from 'fastify';
import { ControllerError } from '../errors.js';
import { buildCatalog, type CatalogEntry } from '../fleet/catalog.js';
import type { FleetRegistry } from '../fleet/registry.js';
import type { Store } from '../store/store.js';

export interface CatalogDeps {
  store: Store;
  fleet: FleetRegistry;
}

export function registerCatalogRoute(app: FastifyInstance, deps: CatalogDeps): void {
  app.get<{ Querystring: Record<string, unknown> }>('/api/v1/catalog', async (req): Promise<{ items: CatalogEntry[] }> => {
    const { workload, ready } = req.query;
    if (workload !== undefined && typeof workload !== 'string') throw new ControllerError('EF_CTL_BAD_REQUEST', 'workload: give it once');
    if (ready !== undefined && ready !== 'true' && ready !== 'false') throw new ControllerError('EF_CTL_BAD_REQUEST', 'ready: true or false');
    const placements = deps.store.listPlacements().filter((p) => workload === undefined || p.workload === workload);
    const items = buildCatalog(deps.store.listWorkloads(), placements, (id) => deps.fleet.get(id));
    return { items: ready === 'true' ? items.filter((e) => e.ready) : items };
  });
}
