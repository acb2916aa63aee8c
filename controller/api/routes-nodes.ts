// Node management: operator labels, cordon, uncordon, drain. Each change is persisted, then the
// scheduler runs at once and the answer says what moved because of it.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import type { FleetRegistry, NodeView } from '../fleet/registry.js';
import type { SchedulingState } from '../fleet/node-admin.js';
import { labelKeySchema, labelsSchema } from '../manifest/fields.js';
import { friendlyMessage, issuesToProblems } from '../manifest/problems.js';
import type { Reconciler } from '../reconciler.js';
import type { Store } from '../store/store.js';
import { planJson, type PlanJson } from './views-plan.js';

export interface NodeRouteDeps {
  store: Store;
  fleet: FleetRegistry;
  reconciler: Reconciler;
}

export interface NodeChangeJson {
  node: {
    name: string;
    status: string;
    labels: Record<string, string>;
    operatorLabels: Record<string, string>;
    cordoned: boolean;
    draining: boolean;
  };
  /** Workloads whose placements changed, nodes that gained or lost one, and what is unplaced. */
  changes: PlanJson;
}

const labelBody = z
  .strictObject({
    set: labelsSchema.default({}),
    remove: z.array(labelKeySchema).max(64).default([]),
  })
  .superRefine((b, ctx) => {
    if (Object.keys(b.set).length === 0 && b.remove.length === 0) ctx.addIssue({ code: 'custom', message: 'nothing to do: give set {key: value} or remove [key]' });
    b.remove.forEach((k, i) => {
      if (k in b.set) ctx.addIssue({ code: 'custom', path: ['remove', i], message: `${JSON.stringify(k)} is both set and removed` });
    });
  });

const ACTIONS: Record<string, SchedulingState | null> = { cordon: 'cordoned', drain: 'draining', uncordon: null };

function fail(reply: FastifyReply, status: number, code: string, message: string, problems?: unknown): FastifyReply {
  return reply.code(status).send({ error: { code, message, ...(problems ? { problems } : {}) } });
}

function nodeSummary(n: NodeView): NodeChangeJson['node'] {
  return { name: n.id, status: n.status, labels: n.labels, operatorLabels: n.operatorLabels, cordoned: n.cordoned, draining: n.draining };
}

export function registerNodeRoutes(app: FastifyInstance, deps: NodeRouteDeps): void {
  const { store, fleet, reconciler } = deps;

  /** Runs the change, then the scheduler; answers with the node and what moved. */
  const changeAndReschedule = async (name: string, change: () => boolean, reply: FastifyReply): Promise<NodeChangeJson | FastifyReply> => {
    if (!fleet.get(name)) return fail(reply, 404, 'EF_CTL_NOT_FOUND', `node ${name} does not exist`);
    const before = store.listPlacements();
    change();
    const { schedule } = await reconciler.runNow();
    const node = fleet.get(name);
    if (!node) return fail(reply, 404, 'EF_CTL_NOT_FOUND', `node ${name} does not exist`);
    const workloads = store.listWorkloads();
    return { node: nodeSummary(node), changes: planJson([], workloads, workloads, before, schedule, fleet.list()) };
  };

  app.post<{ Params: { name: string } }>('/api/v1/nodes/:name/labels', async (req, reply) => {
    let body: unknown = req.body;
    if (typeof body === 'string') {
      try {
        body = JSON.parse(body);
      } catch {
        return fail(reply, 400, 'EF_CTL_BAD_REQUEST', 'send JSON: {"set": {"key": "value"}, "remove": ["key"]}');
      }
    }
    const parsed = labelBody.safeParse(body, { error: friendlyMessage });
    if (!parsed.success) {
      const problems = issuesToProblems(parsed.error.issues);
      const text = problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join('; ');
      return fail(reply, 400, 'EF_CTL_BAD_REQUEST', `invalid label change: ${text}`, problems);
    }
    const { set, remove } = parsed.data;
    return changeAndReschedule(req.params.name, () => fleet.updateLabels(req.params.name, set, remove), reply);
  });

  app.post<{ Params: { name: string; action: string } }>('/api/v1/nodes/:name/:action', async (req, reply) => {
    const { name, action } = req.params;
    if (!(action in ACTIONS)) return fail(reply, 404, 'EF_CTL_NOT_FOUND', `no node action ${JSON.stringify(action)}: use cordon, uncordon or drain`);
    return changeAndReschedule(name, () => fleet.setScheduling(name, ACTIONS[action] ?? null), reply);
  });
}
