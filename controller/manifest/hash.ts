// The spec hash: equal exactly when the running container can be kept. It covers the container
// spec, dependsOn and runWhen; placement, priority and labels change where or how urgently a
// workload runs, not the container itself, so they are left out.
import { createHash } from 'node:crypto';
import type { Workload } from './types.js';

export type HashedSpec = Pick<Workload, 'container' | 'dependsOn' | 'runWhen'>;

/**
 * JSON with object keys sorted (by code point, not locale) at every level, and object properties
 * whose value is empty ('' , 0, false, [], {}, null, undefined) left out. Leaving empties out keeps
 * hashes stable when a later version adds a ContainerSpec field with an empty default; a new field
 * with a non-empty default changes every hash and so recreates every container on upgrade.
 * Array elements are never left out: their positions carry meaning.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v ?? null)).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const obj = value as Record<string, unknown>;
    const parts = Object.keys(obj)
      .filter((k) => !isEmpty(obj[k]))
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`);
    return `{${parts.join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

function isEmpty(v: unknown): boolean {
  if (v === undefined || v === null || v === '' || v === 0 || v === false) return true;
  if (Array.isArray(v)) return v.length === 0;
  return typeof v === 'object' && Object.keys(v).length === 0;
}

/** First 16 hex characters (64 bits) of the SHA-256 of the canonical spec. */
export function specHash(w: HashedSpec): string {
  // Sorted here as well, so a Workload built anywhere hashes the same whatever its list order.
  const env = [...w.container.env].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const spec = { container: { ...w.container, env }, dependsOn: [...w.dependsOn].sort(), runWhen: w.runWhen };
  return createHash('sha256').update(canonicalJson(spec)).digest('hex').slice(0, 16);
}
