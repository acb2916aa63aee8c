// Field schemas shared by the container and workload schemas: names, labels, string lists,
// quantities and environment variables. Messages name the fix, not just the rule.
import { z } from 'zod';
import { MAX_ITEMS } from '../../proto/codec.js';
import { parseCpuMillis, parseDurationMs, parseMemoryBytes, type Parsed } from './quantity.js';
import { strictObject } from './strict.js';

/**
 * Run a cross-field check even when some field already failed, so one pass reports every problem
 * (zod skips checks after any issue by default). Only objects are checked: a missing or mistyped
 * value already has its own issue. Such checks must read fields defensively.
 */
export const WHEN_OBJECT = {
  when: (payload: { value: unknown }): boolean => typeof payload.value === 'object' && payload.value !== null,
} as const;

export const NAME_RE = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

export const nameSchema = z.string().regex(NAME_RE, {
  error: (iss) =>
    `${JSON.stringify(iss.input)} is not a valid name: use 1-63 lowercase letters, digits and '-', starting and ending with a letter or digit`,
});

// Kubernetes-style keys (an optional DNS prefix and '/'), so `edgefleet.io/zone` works.
const LABEL_KEY_RE = /^([a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?\/)?[A-Za-z0-9]([A-Za-z0-9._-]{0,61}[A-Za-z0-9])?$/;
const LABEL_VALUE_RE = /^([A-Za-z0-9]([A-Za-z0-9._-]{0,61}[A-Za-z0-9])?)?$/;

export const labelKeySchema = z.string().regex(LABEL_KEY_RE, {
  error: (iss) => `${JSON.stringify(iss.input)} is not a valid label key (letters, digits, '.', '_', '-', optional "prefix/")`,
});

export const labelsSchema = z
  .record(
    labelKeySchema,
    z.string().regex(LABEL_VALUE_RE, {
      error: (iss) => `${JSON.stringify(iss.input)} is not a valid label value (up to 63 letters, digits, '.', '_', '-')`,
    }),
  )
  .refine((m) => Object.keys(m).length <= MAX_ITEMS.labels, `at most ${MAX_ITEMS.labels} labels`);

export const stringList = z.array(z.string()).max(1024);

export const absPath = z.string().regex(/^\/[^\0]*$/, { error: (iss) => `${JSON.stringify(iss.input)} must be an absolute path` });

export const portNumber = z.int().min(1).max(65535);

/** A number or string parsed by a quantity parser; a failure becomes an issue at this field. */
function quantity(parse: (v: number | string) => Parsed, what: string) {
  return z
    .union([z.number(), z.string()], { error: `must be ${what}` })
    .transform((v, ctx) => {
      const r = parse(v);
      if (r.ok) return r.value;
      ctx.addIssue({ code: 'custom', message: r.error, input: v });
      return z.NEVER;
    });
}

export const cpuSchema = quantity(parseCpuMillis, 'a number of cores (0.5) or millicores ("500m")');
export const memorySchema = quantity(parseMemoryBytes, 'a quantity (64Mi, 1Gi or bytes)');
export const durationSchema = quantity(parseDurationMs, 'a duration (500ms, 10s, 2m or 1h)');

/** Docker stops containers with whole-second timeouts; a finer value would be silently rounded. */
export const secondsSchema = durationSchema.transform((ms, ctx) => {
  if (ms % 1000 === 0) return ms / 1000;
  ctx.addIssue({ code: 'custom', message: `must be a whole number of seconds, got ${ms}ms`, input: ms });
  return z.NEVER;
});

const envName = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, {
  error: (iss) => `${JSON.stringify(iss.input)} is not a valid environment variable name (letters, digits, '_')`,
});
const envValue = z
  .string()
  .refine((s) => Buffer.byteLength(s) <= MAX_ITEMS.stringBytes, `longer than ${MAX_ITEMS.stringBytes} bytes`);

export interface NamedValue {
  name: string;
  value: string;
}

const envMap = z.record(envName, envValue).transform((m): NamedValue[] => Object.entries(m).map(([name, value]) => ({ name, value })));

const envList = z.array(strictObject({ name: envName, value: envValue })).superRefine((list, ctx) => {
  const seen = new Set<string>();
  list.forEach((e, i) => {
    if (seen.has(e.name)) ctx.addIssue({ code: 'custom', path: [i, 'name'], message: `${JSON.stringify(e.name)} is set twice`, input: e.name });
    seen.add(e.name);
  });
});

/** `{K: v}` or `[{name: K, value: v}]`, both giving a list of name/value pairs. */
export const envSchema = z.union([envMap, envList], { error: 'must be a map {NAME: value} or a list [{name, value}]' });
