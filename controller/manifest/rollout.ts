// The rollout part of a manifest: how a changed workload reaches its nodes (waves of maxParallel
// nodes, an optional canary wave first, when a node counts as done, when the rollout gives up)
// and, on each node, whether the new container starts before the old one stops.
import { z } from 'zod';
import { WHEN_OBJECT, durationSchema } from './fields.js';
import { strictObject } from './strict.js';
import { ON_FAILURE, UPDATE_STRATEGIES, type RolloutSpec } from './types.js';

export const MAX_HEALTHY_DEADLINE_MS = 24 * 3600_000;

/** Without `spec.rollout` a change reaches every node at once, as it did before rollouts existed. */
export const ROLLOUT_DEFAULTS: RolloutSpec = Object.freeze({
  maxParallel: { percent: 100 },
  canary: 0,
  minHealthyTimeMs: 0,
  healthyDeadlineMs: 5 * 60_000,
  abortOnFailurePercent: 0,
  onFailure: 'pause',
  strategy: 'stopFirst',
}) as RolloutSpec;

const PERCENT_RE = /^(\d{1,3})%$/;

/** `2` (nodes) or `"25%"` (of the nodes the workload is placed on, rounded up, at least 1). */
const maxParallelSchema = z
  .union([z.int(), z.string()], { error: 'must be a number of nodes (2) or a percentage ("25%")' })
  .transform((v, ctx): RolloutSpec['maxParallel'] => {
    if (typeof v === 'number') {
      if (v >= 1 && v <= 10_000) return { count: v };
      ctx.addIssue({ code: 'custom', message: `${v} nodes at once: use 1 to 10000, or a percentage like "25%"`, input: v });
      return z.NEVER;
    }
    const m = PERCENT_RE.exec(v);
    const pct = m ? Number(m[1]) : NaN;
    if (pct >= 1 && pct <= 100) return { percent: pct };
    ctx.addIssue({ code: 'custom', message: `${JSON.stringify(v)} is not a percentage from "1%" to "100%" (or write a number of nodes)`, input: v });
    return z.NEVER;
  });

export const rolloutSchema = strictObject({
  maxParallel: maxParallelSchema.default({ percent: 100 }),
  canary: z.int().min(0).max(10_000).default(0),
  minHealthyTime: durationSchema.refine((ms) => ms <= MAX_HEALTHY_DEADLINE_MS, 'must be at most 24h').default(0),
  healthyDeadline: durationSchema.refine((ms) => ms >= 1000 && ms <= MAX_HEALTHY_DEADLINE_MS, 'must be from 1s to 24h').default(5 * 60_000),
  abortOnFailurePercent: z.number().min(0).max(100).default(0),
  onFailure: z.enum(ON_FAILURE).default('pause'),
  strategy: z.enum(UPDATE_STRATEGIES).default('stopFirst'),
}).superRefine((r, ctx) => {
  const min = typeof r.minHealthyTime === 'number' ? r.minHealthyTime : 0;
  const deadline = typeof r.healthyDeadline === 'number' ? r.healthyDeadline : Infinity;
  if (min >= deadline) {
    ctx.addIssue({ code: 'custom', path: ['healthyDeadline'], message: `must be longer than minHealthyTime, or no node can ever count as done`, input: r.healthyDeadline });
  }
}, WHEN_OBJECT);

export type ValidRollout = z.output<typeof rolloutSchema>;

export function toRolloutSpec(r: ValidRollout | undefined): RolloutSpec {
  if (!r) return { ...ROLLOUT_DEFAULTS, maxParallel: { ...ROLLOUT_DEFAULTS.maxParallel } };
  return {
    maxParallel: r.maxParallel,
    canary: r.canary,
    minHealthyTimeMs: r.minHealthyTime,
    healthyDeadlineMs: r.healthyDeadline,
    abortOnFailurePercent: r.abortOnFailurePercent,
    onFailure: r.onFailure,
    strategy: r.strategy,
  };
}
