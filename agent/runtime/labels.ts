// The labels the agent writes on everything it creates, and the names it gives. Labels are the
// only source of identity on adoption: a container without all of them is not ours, and a
// container with another node's id belongs to another agent sharing this engine.
import { createHash } from 'node:crypto';
import type { ManagedIdentity } from './port.js';

export const LABEL_MANAGED = 'io.edgefleet.managed';
export const LABEL_NODE = 'io.edgefleet.node';
export const LABEL_WORKLOAD = 'io.edgefleet.workload';
export const LABEL_SPEC_HASH = 'io.edgefleet.spec-hash';
/** Hash of the dependency endpoints injected as env (agent/discovery.ts); absent when none. */
export const LABEL_DISCOVERY = 'io.edgefleet.discovery';
/** `io.edgefleet.dep.<workload>` = the dependency's container id at creation. */
export const LABEL_DEP_PREFIX = 'io.edgefleet.dep.';

export function dependencyLabels(deps: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(deps).map(([w, id]) => [`${LABEL_DEP_PREFIX}${w}`, id]));
}

export function dependenciesFromLabels(labels: Readonly<Record<string, string>> | null | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(labels ?? {})) if (k.startsWith(LABEL_DEP_PREFIX)) out[k.slice(LABEL_DEP_PREFIX.length)] = v;
  return out;
}

export function identityLabels(identity: ManagedIdentity): Record<string, string> {
  return {
    [LABEL_MANAGED]: 'true',
    [LABEL_NODE]: identity.nodeId,
    [LABEL_WORKLOAD]: identity.workload,
    [LABEL_SPEC_HASH]: identity.specHash,
  };
}

/** Label filters (`key=value`) selecting one node's managed objects. */
export function nodeLabelFilters(nodeId: string): string[] {
  return [`${LABEL_MANAGED}=true`, `${LABEL_NODE}=${nodeId}`];
}

/** The identity written by identityLabels, or null unless managed and every part is present. */
export function identityFromLabels(labels: Readonly<Record<string, string>> | null | undefined): ManagedIdentity | null {
  if (!labels || labels[LABEL_MANAGED] !== 'true') return null;
  const nodeId = labels[LABEL_NODE];
  const workload = labels[LABEL_WORKLOAD];
  const specHash = labels[LABEL_SPEC_HASH];
  if (!nodeId || !workload || !specHash) return null;
  return { nodeId, workload, specHash };
}

export function sameIdentity(a: ManagedIdentity, b: ManagedIdentity): boolean {
  return a.nodeId === b.nodeId && a.workload === b.workload && a.specHash === b.specHash;
}

// Docker object names must match [a-zA-Z0-9][a-zA-Z0-9_.-]+. Anything else becomes '-', plus a
// short hash of the original so that "a/b" and "a-b" still get different names (identity itself
// lives in the labels; the name only has to be unique and readable).
function namePart(s: string): string {
  const cleaned = s.replace(/[^a-zA-Z0-9_.-]/g, '-');
  if (cleaned === s && s !== '') return s;
  return `${cleaned}-${createHash('sha256').update(s).digest('hex').slice(0, 6)}`;
}

/** `ef_<node>_<workload>_<first 8 of the spec hash>`: one name per (node, workload, spec). */
export function containerName(nodeId: string, workload: string, specHash: string): string {
  return `ef_${namePart(nodeId)}_${namePart(workload)}_${namePart(specHash.slice(0, 8))}`;
}

/** Named volumes are namespaced per node so two agents on one engine never share by accident. */
export function volumeName(nodeId: string, name: string): string {
  return `ef_${namePart(nodeId)}_${namePart(name)}`;
}
