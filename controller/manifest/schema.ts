// The Workload manifest schema. Later work adds fields under `spec`; existing fields never move.
// Objects are strict: an unknown field is an error (strict.ts).
import { z } from 'zod';
import { containerSchema } from './container.js';
import { WHEN_OBJECT, labelsSchema, nameSchema } from './fields.js';
import { placementSchema } from './placement.js';
import { rolloutSchema } from './rollout.js';
import { strictObject } from './strict.js';
import { API_VERSION, KIND, RUN_WHENS } from './types.js';

export { MAX_REPLICAS } from './placement.js';

const dependsOnSchema = z
  .array(nameSchema)
  .max(64)
  .superRefine((names, ctx) => {
    names.forEach((n, i) => {
      if (names.indexOf(n) !== i) ctx.addIssue({ code: 'custom', path: [i], message: `${JSON.stringify(n)} is listed twice`, input: n });
    });
  });

const specSchema = strictObject({
  container: containerSchema,
  priority: z.int().default(0),
  dependsOn: dependsOnSchema.default([]),
  runWhen: z.enum(RUN_WHENS).default('always'),
  placement: placementSchema,
  rollout: rolloutSchema.optional(),
});

export const workloadManifestSchema = strictObject({
  apiVersion: z.literal(API_VERSION, { error: (iss) => unsupported(iss.input, API_VERSION) }),
  kind: z.literal(KIND, { error: (iss) => unsupported(iss.input, KIND) }),
  metadata: strictObject({ name: nameSchema, labels: labelsSchema.default({}) }),
  spec: specSchema,
}).superRefine((m, ctx) => {
  const deps: unknown = m.spec?.dependsOn;
  if (Array.isArray(deps) && deps.includes(m.metadata?.name)) {
    ctx.addIssue({ code: 'custom', path: ['spec', 'dependsOn'], message: 'a workload cannot depend on itself', input: deps });
  }
  const rollout: unknown = m.spec?.rollout;
  const ports: unknown = m.spec?.container?.ports;
  if (rollout && typeof rollout === 'object' && (rollout as { strategy?: unknown }).strategy === 'startFirst' && Array.isArray(ports) && ports.length > 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['spec', 'rollout', 'strategy'],
      message: 'startFirst cannot be used with ports: the new container cannot bind a host port the old one still holds; use stopFirst',
      input: 'startFirst',
    });
  }
}, WHEN_OBJECT);

function unsupported(input: unknown, want: string): string {
  return input === undefined ? 'is required' : `${JSON.stringify(input)} is not supported: use ${want}`;
}

/** What a user writes (defaults optional, quantities as text). toManifest() produces this shape. */
export type WorkloadManifest = z.input<typeof workloadManifestSchema>;
/** What the schema returns: defaults applied, quantities in millicores, bytes, ms and seconds. */
export type ValidManifest = z.output<typeof workloadManifestSchema>;
