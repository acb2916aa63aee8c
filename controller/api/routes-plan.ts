// POST /api/v1/plan: a dry run of apply. The same manifests, the same parser and the same pure
// scheduler, run on a copy: which nodes would get what, what would move, what stays unplaced
// and why. Nothing is stored, published or scheduled.
import type { FastifyInstance } from 'fastify';
import type { FleetRegistry } from '../fleet/registry.js';
import { parseManifests } from '../manifest/parse.js';
import type { Reconciler } from '../reconciler.js';
import type { Store } from '../store/store.js';
import { planJson, type PlanJson } from './views-plan.js';

export interface PlanRouteDeps {
  store: Store;
  fleet: FleetRegistry;
  reconciler: Reconciler;
}

export function registerPlanRoute(app: FastifyInstance, deps: PlanRouteDeps): void {
  const { store, fleet, reconciler } = deps;
  app.post('/api/v1/plan', async (req, reply): Promise<PlanJson> => {
    if (typeof req.body !== 'string' || req.body.trim() === '') {
      return reply.code(400).send({
        error: { code: 'EF_CTL_BAD_REQUEST', message: 'send one or more Workload manifests as YAML or JSON in the request body' },
      });
    }
    const { workloads } = parseManifests(req.body, { source: 'request body' });
    const stored = store.listWorkloads();
    const preview = reconciler.preview(workloads);
    return planJson(workloads, stored, preview.workloads, preview.current, preview.result, fleet.list());
  });
}
