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

export interface BuildOptions {
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
}

export function buildDesired(nodeId: string, placed: readonly StoredWorkload[], opts: BuildOptions): { content: DesiredContent; contentHash: string } {
  const memo = opts.memo ?? new WeakMap<object, string>();
  const workloads = buildWorkloads(placed, opts.configFor ?? (() => opts.config), opts.render);
  const policy = opts.policy ?? DEFAULT_POLICY;
  return {
    content: { nodeId, workloads, policy, telemetryIntervalMs: opts.telemetryIntervalMs },
    contentHash: contentHashOf(nodeId, canonicalJson(workloads, memo) ?? '', canonicalJson(policy, memo) ?? '', opts.telemetryIntervalMs),
  };
}

type ConfigFor = (w: StoredWorkload) => ResolvedConfig | undefined;

/** The workloads of a snapshot, in name order, each rendered with its configuration on the node. */
function buildWorkloads(placed: readonly StoredWorkload[], configFor: ConfigFor, render: RenderCache | undefined): WorkloadInstance[] {
  return [...placed]
    .sort((a, b) => (a.workload.name < b.workload.name ? -1 : 1))
    .map((sw) => {
      const { workload: w, revision } = sw;
      const cfg = configFor(sw);
      const r = cfg && cfg.env.length > 0 ? (render ? render.render(w, cfg) : renderWorkload(w, cfg)) : w;
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
}

/**
 * hashOf(content) from the serialised parts: the content's keys in sorted order are nodeId,
 * policy, telemetryIntervalMs, workloads, so the canonical JSON is written around the parts.
 */
function contentHashOf(nodeId: string, workloadsJson: string, policyJson: string, telemetryIntervalMs: number): string {
  const json = `{"nodeId":${JSON.stringify(nodeId)},"policy":${policyJson},"telemetryIntervalMs":${JSON.stringify(telemetryIntervalMs)},"workloads":${workloadsJson}}`;
  return createHash('sha256').update(json).digest('hex').slice(0, 32);
}

/** A snapshot's canonical JSON apart from its node id: equal parts, equal content hash. */
export interface SnapshotParts {
  readonly workloads: string;
  readonly policy: string;
  readonly telemetryIntervalMs: number;
}

/**
 * Builds the snapshots of one sync. Nodes given the same inputs (the same workload objects, each
 * with the same configuration object) share one rendered workload list and its serialised form, and nodes
 * given the same policy object share its serialised form: what is left per node is one short
 * string and one SHA-256. A fleet-wide perNode workload gives all 10,000 nodes one list, where
 * each node used to render, sort and serialise its own. Identity is the key, not content: the
 * reconciler's objects are not changed during a sync, and a miss only costs the old per-node work.
 */
export class SnapshotBuilder {
  private readonly ids = new WeakMap<object, number>();
  private nextId = 1;
  private readonly shared = new Map<string, { workloads: WorkloadInstance[]; json: string }>();
  private readonly policies = new WeakMap<object, string>();
  private readonly memo = new WeakMap<object, string>();

  constructor(private readonly opts: { telemetryIntervalMs: number; render?: RenderCache }) {}

  private idOf(o: object): number {
    let id = this.ids.get(o);
    if (id === undefined) this.ids.set(o, (id = this.nextId++));
    return id;
  }

  /**
   * The node's snapshot and its serialised parts, not yet hashed: a node whose parts are the
   * same strings as at its last sync has the same content hash (`hash`), and the caller can skip it.
   */
  build(nodeId: string, placed: readonly StoredWorkload[], policy: NodePolicy = DEFAULT_POLICY, configFor: ConfigFor = () => undefined): { content: DesiredContent; parts: SnapshotParts } {
    // Each workload object, and the configuration object it is rendered with (when it has any).
    const configs: (ResolvedConfig | undefined)[] = [];
    let key = '';
    for (const w of placed) {
      const cfg = configFor(w);
      configs.push(cfg);
      key += cfg && cfg.env.length > 0 ? `${this.idOf(w)}:${this.idOf(cfg)},` : `${this.idOf(w)},`;
    }
    let hit = this.shared.get(key);
    if (!hit) {
      const byWorkload = new Map(placed.map((w, i) => [w, configs[i]]));
      const workloads = buildWorkloads(placed, (w) => byWorkload.get(w), this.opts.render);
      hit = { workloads, json: canonicalJson(workloads, this.memo) ?? '' };
      this.shared.set(key, hit);
    }
    let policyJson = this.policies.get(policy);
    if (policyJson === undefined) this.policies.set(policy, (policyJson = canonicalJson(policy, this.memo) ?? ''));
    const { telemetryIntervalMs } = this.opts;
    return { content: { nodeId, workloads: hit.workloads, policy, telemetryIntervalMs }, parts: { workloads: hit.json, policy: policyJson, telemetryIntervalMs } };
  }

  /** The content hash of a snapshot from build(): hashOf(content). */
  hash(nodeId: string, parts: SnapshotParts): string {
    return contentHashOf(nodeId, parts.workloads, parts.policy, parts.telemetryIntervalMs);
  }
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
