// The placement part of a manifest: where a workload may run (hard rules), where it would rather
// run (soft rules), how many copies, and how that count follows load. Cross-field rules run even
// when a field already failed (WHEN_OBJECT), so they read their inputs defensively.
import { z } from 'zod';
import { isComparable, isVersionKey } from './compare.js';
import { WHEN_OBJECT, durationSchema, labelKeySchema, labelsSchema } from './fields.js';
import { parseMemoryBytes } from './quantity.js';
import { strictObject } from './strict.js';
import { AUTOSCALE_METRICS, CONSTRAINT_OPERATORS, PLACEMENT_MODES, RECONCILE_MODES, type Autoscale, type Constraint } from './types.js';

export const MAX_REPLICAS = 10_000;
export const MAX_RULES = 32;
/** Below this the count would chase every sample. */
export const MIN_COOLDOWN_MS = 1_000;

type Ctx = z.core.$RefinementCtx;

const valueSchema = z
  .union([z.string(), z.number().transform(String)], { error: 'must be a string or a number' })
  .refine((s) => s.length >= 1 && s.length <= 128, 'must be 1 to 128 characters');

const ruleShape = {
  key: labelKeySchema,
  operator: z.enum(CONSTRAINT_OPERATORS),
  values: z.array(valueSchema).max(64).default([]),
};

function checkRule(r: { key?: unknown; operator?: unknown; values?: unknown }, ctx: Ctx): void {
  const values = Array.isArray(r.values) ? r.values : [];
  const issue = (path: PropertyKey[], message: string): void => ctx.addIssue({ code: 'custom', path, message, input: r });
  switch (r.operator) {
    case 'In':
    case 'NotIn':
      if (values.length === 0) issue(['values'], `needs at least one value with ${r.operator}`);
      return;
    case 'Exists':
    case 'DoesNotExist':
      if (values.length > 0) issue(['values'], `must be empty with ${r.operator} (it only looks at whether the key is there)`);
      return;
    case 'Gt':
    case 'Lt': {
      if (values.length !== 1) return issue(['values'], `needs exactly one value with ${r.operator}`);
      const key = typeof r.key === 'string' ? r.key : '';
      const v: unknown = values[0];
      if (typeof v !== 'string' || isComparable(key, comparableForm(key, v))) return;
      issue(['values', 0], isVersionKey(key) ? `${JSON.stringify(v)} is not a version (like 26.1 or 0.2.0)` : `${JSON.stringify(v)} is not a number`);
    }
  }
}

/** memory.totalBytes may be written as a quantity (2Gi); it is compared in bytes. */
function comparableForm(key: string, v: string): string {
  if (key !== 'memory.totalBytes') return v;
  const r = parseMemoryBytes(v);
  return r.ok ? String(r.value) : v;
}

function normaliseRule<R extends Constraint>(r: R): R {
  const values = r.operator === 'Gt' || r.operator === 'Lt' ? r.values.map((v) => comparableForm(r.key, v)) : [...r.values];
  return { ...r, values };
}

const constraintSchema = strictObject(ruleShape).superRefine(checkRule, WHEN_OBJECT).transform(normaliseRule);

const preferenceSchema = strictObject({ weight: z.int().min(1).max(100), ...ruleShape })
  .superRefine(checkRule, WHEN_OBJECT)
  .transform((p) => normaliseRule({ key: p.key, operator: p.operator, values: p.values, weight: p.weight }));

/** cpu: a percentage of one core (70 or "70%"); memory: a quantity per instance (64Mi). */
function autoscaleTarget(metric: unknown, v: unknown): { ok: true; value: number } | { ok: false; error: string } {
  if (metric === 'memory') {
    const r = typeof v === 'number' || typeof v === 'string' ? parseMemoryBytes(v) : null;
    return r ?? { ok: false, error: 'must be a memory quantity per instance (e.g. 64Mi)' };
  }
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d+(\.\d+)?%?$/.test(v) ? Number(v.replace('%', '')) : NaN;
  if (Number.isFinite(n) && n > 0 && n <= 10_000) return { ok: true, value: n };
  return { ok: false, error: `${JSON.stringify(v)} must be a CPU percentage of one core per instance, more than 0 (e.g. 70)` };
}

const autoscaleSchema = strictObject({
  min: z.int().min(1).max(MAX_REPLICAS),
  max: z.int().min(1).max(MAX_REPLICAS),
  metric: z.enum(AUTOSCALE_METRICS),
  target: z.union([z.number(), z.string()], { error: 'must be a CPU percentage (70) or a memory quantity (64Mi)' }),
  cooldown: durationSchema.default(60_000),
})
  .superRefine((a, ctx) => {
    const issue = (path: PropertyKey[], message: string): void => ctx.addIssue({ code: 'custom', path, message, input: a });
    if (typeof a.min === 'number' && typeof a.max === 'number' && a.max < a.min) issue(['max'], `must be at least min (${a.min})`);
    const t = autoscaleTarget(a.metric, a.target);
    if (!t.ok) issue(['target'], t.error);
    if (typeof a.cooldown === 'number' && a.cooldown < MIN_COOLDOWN_MS) issue(['cooldown'], `must be at least ${MIN_COOLDOWN_MS / 1000}s so the count does not flap`);
  }, WHEN_OBJECT)
  .transform((a): Autoscale => {
    const t = autoscaleTarget(a.metric, a.target);
    return { min: a.min, max: a.max, metric: a.metric, target: t.ok ? t.value : 0, cooldownMs: a.cooldown };
  });

/** Shorter than a few keepalives would replace on every hiccup of the link. */
export const MIN_LOST_AFTER_MS = 1_000;

const disconnectSchema = strictObject({
  lostAfter: durationSchema.refine((ms) => ms >= MIN_LOST_AFTER_MS, `must be at least ${MIN_LOST_AFTER_MS / 1000}s`),
  replace: z.boolean().default(false),
  reconcile: z.enum(RECONCILE_MODES).default('keepOriginal'),
}).transform((d) => ({ lostAfterMs: d.lostAfter, replace: d.replace, reconcile: d.reconcile }));

const ONE_PER_NODE =
  'must be 1 for now: the agent runs one instance of a workload per node (use more replicas on more nodes)';

export const placementSchema = strictObject({
  mode: z.enum(PLACEMENT_MODES).default('replicated'),
  replicas: z.int().min(0).max(MAX_REPLICAS).optional(),
  nodeSelector: labelsSchema.default({}),
  constraints: z.array(constraintSchema).max(MAX_RULES).default([]),
  preferences: z.array(preferenceSchema).max(MAX_RULES).default([]),
  spread: strictObject({ key: labelKeySchema }).optional(),
  maxPerNode: z.int().refine((n) => n === 1, ONE_PER_NODE).default(1),
  autoscale: autoscaleSchema.optional(),
  disconnect: disconnectSchema.optional(),
}).superRefine((p, ctx) => {
  const issue = (path: PropertyKey[], message: string): void => ctx.addIssue({ code: 'custom', path, message, input: p });
  const auto: unknown = p.autoscale;
  if (p.mode === 'replicated' && p.replicas === undefined && auto === undefined) {
    issue(['replicas'], 'is required with mode replicated (how many copies to run)');
  }
  if (p.mode === 'perNode') {
    const why = 'is not allowed with mode perNode (it runs one copy on every matching node)';
    if (p.replicas !== undefined) issue(['replicas'], why);
    if (auto !== undefined) issue(['autoscale'], why);
    if (p.spread !== undefined) issue(['spread'], why);
    const d: unknown = p.disconnect;
    if (typeof d === 'object' && d !== null && (d as { replace?: unknown }).replace === true) {
      issue(['disconnect', 'replace'], 'must be false with mode perNode (each node runs its own copy; there is nothing to move)');
    }
  }
  if (isRange(auto) && typeof p.replicas === 'number' && (p.replicas < auto.min || p.replicas > auto.max)) {
    issue(['replicas'], `${p.replicas} must be within autoscale min ${auto.min} and max ${auto.max} (or leave it out to start at min)`);
  }
}, WHEN_OBJECT);

function isRange(v: unknown): v is { min: number; max: number } {
  return typeof v === 'object' && v !== null && typeof (v as { min?: unknown }).min === 'number' && typeof (v as { max?: unknown }).max === 'number';
}

export type ValidPlacement = z.output<typeof placementSchema>;
