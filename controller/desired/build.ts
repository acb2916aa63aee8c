// Builds one node's desired snapshot from the workloads placed on it. Pure; the content hash
// decides whether the node's generation moves.
import { createHash } from 'node:crypto';
import type { DesiredState, NodePolicy, WorkloadInstance } from '../../proto/types.js';
import type { StoredWorkload } from '../store/store.js';
import { RenderCache, renderWorkload } from '../nodeconfig/render.js';
import type { ResolvedConfig } from '../nodeconfig/resolve.js';

export type DesiredContent = Omit<DesiredState, 'generation' | 'controllerEpoch' | 'issuedAtMs'>;

export const DEFAULT_POLICY: NodePolicy = Object.freeze({
  evictMemoryPercent: 0,
  evictDiskPercent: 0,
  restartBackoffMaxMs: 0,
  rules: [],
}) as NodePolicy;

export function buildDesired(
  nodeId: string,
  placed: readonly StoredWorkload[],
  opts: {
    telemetryIntervalMs: number;
    policy?: NodePolicy;
    /** The node's configuration (nodeconfig/resolve.ts), added to every container's env. */
    config?: ResolvedConfig;
    /**
     * The configuration of each workload on this node, when they differ: a revision is rendered
     * with the configuration version it was made with. Wins over `config`.
     */
    configFor?: (w: StoredWorkload) => ResolvedConfig | undefined;
    /** Shares renderings between nodes with the same configuration. */
    render?: RenderCache;
    /** Serialised containers, shared by the nodes of one sync (hashOf). */
    memo?: WeakMap<object, string>;
  },
): { content: DesiredContent; contentHash: string } {
  const workloads: WorkloadInstance[] = [...placed]
    .sort((a, b) => (a.workload.name < b.workload.name ? -1 : 1))
    .map((sw) => {
      const { workload: w, revision } = sw;
      const cfg = opts.configFor ? opts.configFor(sw) : opts.config;
      const r = cfg && cfg.env.length > 0 ? (opts.render ? opts.render.render(w, cfg) : renderWorkload(w, cfg)) : w;
      return {
        name: w.name,
        specHash: r.specHash,
        container: r.container,
        revision,
        priority: w.priority,
        dependsOn: [...w.dependsOn].sort(),
        runWhen: w.runWhen,
        // stopFirst is the default and left out, so existing snapshots keep their content hash.
        ...(w.rollout?.strategy === 'startFirst' ? { updateStrategy: 'startFirst' as const } : {}),
      };
    });
  const content: DesiredContent = {
    nodeId,
    workloads,
    policy: opts.policy ?? DEFAULT_POLICY,
    telemetryIntervalMs: opts.telemetryIntervalMs,
  };
  return { content, contentHash: hashOf(content, opts.memo) };
}

/**
 * JSON with object keys sorted (code unit order) at every level: exactly
 * JSON.stringify(v with every object's keys sorted), the form content hashes have always had, so
 * no stored hash changes. Written out rather than built as sorted copies, and each `container`
 * object is serialised once per sync (`memo`): the 10,000 nodes of a fleet share a handful of
 * container objects (the workloads' own, or the RenderCache's), and re-serialising each one for
 * every node was most of a sync once configuration made the containers larger.
 */
function canonicalJson(v: unknown, memo: WeakMap<object, string>, key?: string): string | undefined {
  if (v === null) return 'null';
  if (Array.isArray(v)) return `[${v.map((x) => canonicalJson(x, memo) ?? 'null').join(',')}]`;
  if (typeof v === 'object') {
    if (key === 'container') {
      const hit = memo.get(v);
      if (hit !== undefined) return hit;
    }
    const obj = v as Record<string, unknown>;
    const parts: string[] = [];
    for (const k of sortedKeys(obj)) {
      const s = canonicalJson(obj[k], memo, k);
      if (s !== undefined) parts.push(`${JSON.stringify(k)}:${s}`);
    }
    const out = `{${parts.join(',')}}`;
    if (key === 'container') memo.set(v, out);
    return out;
  }
  // Strings, numbers, booleans as JSON.stringify writes them; undefined and functions are left out.
  return JSON.stringify(v) as string | undefined;
}

const INDEX_KEY = /^(0|[1-9][0-9]*)$/;
const isIndexKey = (k: string): boolean => INDEX_KEY.test(k) && Number(k) < 4294967295;

/**
 * The key order JSON.stringify gives an object built from sorted keys: JavaScript puts
 * integer-like keys ("0", "12") first in numeric order whatever the insertion order, then the
 * other keys in sorted order.
 */
function sortedKeys(obj: Record<string, unknown>): string[] {
  const keys = Object.keys(obj).sort();
  if (!keys.some(isIndexKey)) return keys;
  const index = keys.filter(isIndexKey).sort((a, b) => Number(a) - Number(b));
  return [...index, ...keys.filter((k) => !isIndexKey(k))];
}

export function hashOf(v: unknown, memo: WeakMap<object, string> = new WeakMap()): string {
  return createHash('sha256').update(canonicalJson(v, memo) ?? '').digest('hex').slice(0, 32);
}
