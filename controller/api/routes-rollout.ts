// Rollouts over the API: a workload's revisions (history), its rollout's progress (status),
// undo to an earlier revision, pause and resume. Each change runs the reconciler at once.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { canonicalJson } from '../manifest/hash.js';
import type { ContainerSpec } from '../../proto/types.js';
import { friendlyMessage, issuesToProblems } from '../manifest/problems.js';
import type { Reconciler } from '../reconciler.js';
import type { NodePhase, RolloutPhase } from '../rollout/machine.js';
import { effectiveRevision, type RolloutManager } from '../rollout/manager.js';
import type { Revision, SqliteRolloutStore } from '../store/rollout-store.js';
import type { Store, StoredWorkload } from '../store/store.js';

export interface RolloutRouteDeps {
  store: Store;
  reconciler: Reconciler;
  rollouts: RolloutManager;
  rolloutStore: SqliteRolloutStore;
  /** The current configuration version (config-store.ts); absent: not shown. */
  configVersion?: () => number;
}

export interface RevisionJson {
  revision: number;
  specHash: string;
  image: string;
  /** What changed against the revision before it: container fields, dependsOn, runWhen; or the config change that made it. */
  change: string;
  /** 'apply', or the config change, e.g. "config: LOG_LEVEL set at fleet". */
  cause: string;
  /** The configuration version its nodes are rendered with. */
  configVersion: number;
  createdAtMs: number;
  current: boolean;
}

export interface HistoryJson {
  workload: string;
  current: number;
  items: RevisionJson[];
}

export interface RolloutJson {
  workload: string;
  /** The revision the workload is at now. */
  current: number;
  target: number | null;
  stable: number | null;
  phase: RolloutPhase | 'none';
  reason: string;
  counts: Record<NodePhase, number>;
  waves: string[][];
  nodes: { name: string; given: number; phase: NodePhase; wave: number; reason: string }[];
  /** Every reachable node is done (offline ones apply on reconnect): `rollout status` exits 0. */
  finished: boolean;
  /** Rolled back, or paused because nodes failed: `rollout status` exits non-zero. */
  failed: boolean;
  startedAtMs: number | null;
  /** The configuration version of the current revision; null when unknown. */
  configVersion: number | null;
  /** The controller's current configuration version; null when unknown. */
  latestConfigVersion: number | null;
  /** Set when the workload runs an older configuration than the current one (after a rollback or undo). */
  configNote: string;
}

const undoBody = z.strictObject({ toRevision: z.int().min(1).max(Number.MAX_SAFE_INTEGER).optional() });

function fail(reply: FastifyReply, status: number, code: string, message: string, problems?: unknown): FastifyReply {
  return reply.code(status).send({ error: { code, message, ...(problems ? { problems } : {}) } });
}

/** Names of what differs between two revisions' specs, e.g. "image, env". */
export function changeSummary(prev: Revision | undefined, r: Revision): string {
  if (!prev) return 'created';
  const a = prev.body;
  const b = r.body;
  const fields = (Object.keys(b.container) as (keyof ContainerSpec)[]).filter((k) => canonicalJson(a.container[k]) !== canonicalJson(b.container[k]));
  if (canonicalJson(a.dependsOn) !== canonicalJson(b.dependsOn)) fields.push('dependsOn' as keyof ContainerSpec);
  if (a.runWhen !== b.runWhen) fields.push('runWhen' as keyof ContainerSpec);
  return fields.length ? fields.join(', ') : 'same spec';
}

/**
 * Said when a workload's current revision carries an older configuration version than the
 * controller's current one: after a rollback or undo the old values stay until the next apply
 * that changes its spec, or the next config change that changes its containers.
 */
export function configNote(workload: string, version: number | undefined, latest: number | undefined): string {
  if (version === undefined || latest === undefined || version >= latest) return '';
  return `runs configuration version ${version}, older than the current ${latest} (after a rollback or undo): the next apply that changes workload ${workload}, or the next config change that reaches its containers, moves it to the current configuration`;
}

export function rolloutJson(w: StoredWorkload, rollouts: RolloutManager, latestConfig?: number): RolloutJson {
  const st = rollouts.status(w);
  const s = st.rollout;
  const phase = s?.phase ?? 'none';
  return {
    workload: w.workload.name,
    current: w.revision,
    target: s?.target ?? null,
    stable: s?.stable ?? null,
    phase,
    reason: s?.reason ?? '',
    counts: st.counts,
    waves: s?.waves ?? [],
    nodes: Object.entries(s?.nodes ?? {}).map(([name, n]) => ({ name, given: n.given, phase: n.phase, wave: n.wave, reason: n.reason })),
    finished: phase === 'complete' && s !== null && effectiveRevision(s) === w.revision,
    failed: phase === 'rolledBack' || (phase === 'paused' && st.counts.failed > 0),
    startedAtMs: s?.startedAtMs ?? null,
    configVersion: w.configVersion ?? null,
    latestConfigVersion: latestConfig ?? null,
    configNote: configNote(w.workload.name, w.configVersion, latestConfig),
  };
}

export function registerRolloutRoutes(app: FastifyInstance, deps: RolloutRouteDeps): void {
  const { store, reconciler, rollouts, rolloutStore } = deps;
  const status = (w: StoredWorkload): RolloutJson => rolloutJson(w, rollouts, deps.configVersion?.());
  const workload = (name: string, reply: FastifyReply): StoredWorkload | FastifyReply => {
    const w = store.getWorkload(name);
    return w ?? fail(reply, 404, 'EF_CTL_NOT_FOUND', `workload ${name} does not exist`);
  };
  const isWorkload = (x: StoredWorkload | FastifyReply): x is StoredWorkload => 'workload' in x && 'revision' in x;

  app.get<{ Params: { name: string } }>('/api/v1/workloads/:name/revisions', async (req, reply) => {
    const w = workload(req.params.name, reply);
    if (!isWorkload(w)) return w;
    const revisions = rolloutStore.listRevisions(w.workload.name);
    const items = revisions.map((r, i): RevisionJson => ({
      revision: r.revision,
      specHash: r.specHash,
      image: r.body.container.image,
      change: r.cause === 'apply' ? changeSummary(revisions[i - 1], r) : r.cause,
      cause: r.cause,
      configVersion: r.configVersion,
      createdAtMs: r.createdAtMs,
      current: r.revision === w.revision,
    }));
    return { workload: w.workload.name, current: w.revision, items } satisfies HistoryJson;
  });

  app.get<{ Params: { name: string } }>('/api/v1/workloads/:name/rollout', async (req, reply) => {
    const w = workload(req.params.name, reply);
    return isWorkload(w) ? status(w) : w;
  });

  app.post<{ Params: { name: string; action: string } }>('/api/v1/workloads/:name/rollout/:action', async (req, reply) => {
    const { name, action } = req.params;
    const w = workload(name, reply);
    if (!isWorkload(w)) return w;
    if (action === 'undo') {
      let body: unknown = req.body ?? {};
      if (typeof body === 'string') {
        try {
          body = body.trim() === '' ? {} : JSON.parse(body);
        } catch {
          return fail(reply, 400, 'EF_CTL_BAD_REQUEST', 'send JSON: {} or {"toRevision": N}');
        }
      }
      const parsed = undoBody.safeParse(body, { error: friendlyMessage });
      if (!parsed.success) {
        const problems = issuesToProblems(parsed.error.issues);
        return fail(reply, 400, 'EF_CTL_BAD_REQUEST', `invalid undo: ${problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join('; ')}`, problems);
      }
      rollouts.undo(w, parsed.data.toRevision);
    } else if (action === 'pause') rollouts.pause(w, 'paused by the operator');
    else if (action === 'resume') rollouts.resume(w);
    else return fail(reply, 404, 'EF_CTL_NOT_FOUND', `no rollout action ${JSON.stringify(action)}: use undo, pause or resume`);
    await reconciler.runNow();
    const now = store.getWorkload(name);
    return now ? status(now) : fail(reply, 404, 'EF_CTL_NOT_FOUND', `workload ${name} does not exist`);
  });
}
