// The node registry: every node the controller has heard from, fed by hello, state and the Last
// Will. In memory for reads (always the latest state). Rows are written behind: a node first seen
// is written at once (placements may name it right away); later changes coalesce per node in
// memory and go to the store in one transaction every persistIntervalMs and on close(). A crash
// loses at most that interval of changes to known nodes (last-seen times, the latest hello and
// state), which every agent sends again on its next connect; nothing reads the rows but a
// restarting controller (which starts every node Offline).
import { isNewer, type Hello, type NodeState } from '../../proto/types.js';
import type { SecurityPolicy } from '../../proto/security.js';
import type { Store, StoredNode } from '../store/store.js';
import { NodeAdminState, type NodeAdmin, type SchedulingState } from './node-admin.js';

export type NodeStatus = 'Online' | 'Offline' | 'Degraded' | 'Cordoned' | 'Draining';

/**
 * The one place a node's status is decided, in precedence order: Offline (link down), then
 * Degraded (online, but the agent reports its container runtime unreachable), then Online.
 * Operator states (Cordoned, Draining) belong between Offline and Degraded.
 */
export function nodeStatus(n: Pick<StoredNode, 'online' | 'state'>, scheduling: SchedulingState | null = null): NodeStatus {
  if (!n.online) return 'Offline';
  if (scheduling === 'draining') return 'Draining';
  if (scheduling === 'cordoned') return 'Cordoned';
  const runtime = n.state?.conditions.find((c) => c.type === 'RuntimeReachable');
  if (runtime && !runtime.status) return 'Degraded';
  return 'Online';
}

export interface NodeView {
  id: string;
  status: NodeStatus;
  /** Effective labels: the agent's, with the operator's on top. */
  labels: Record<string, string>;
  /** The operator's labels alone. */
  operatorLabels: Record<string, string>;
  /** No new placements (true when draining too). */
  cordoned: boolean;
  /** Replicated workloads move away; perNode ones are removed. */
  draining: boolean;
  hello: Hello | null;
  state: NodeState | null;
  firstSeenMs: number;
  lastSeenMs: number;
}

export interface AppliedCount {
  epoch: number;
  generation: number;
  nodes: number;
}

export interface FleetSummary {
  total: number;
  online: number;
  /** Online nodes by the (epoch, generation) they last reported applied. */
  applied: AppliedCount[];
}

export type TopologyChange = 'removed' | 'new-node' | 'labels' | 'online' | 'offline' | 'status' | 'security-policy';

/** Distinct security policies kept for sharing; beyond this, a hello keeps its own copy. */
const MAX_INTERNED_POLICIES = 1024;

export interface RegistryOptions {
  /** Changed node rows are written at most this long after the change (one transaction). Default 1000. */
  persistIntervalMs?: number;
  /** A write-behind flush failed: the rows stay pending and are tried again next interval. */
  onPersistError?: (err: unknown, pendingNodes: number) => void;
}

export const DEFAULT_PERSIST_INTERVAL_MS = 1000;

export class FleetRegistry {
  private readonly nodes = new Map<string, StoredNode>();
  /** Offline by expireSilent, not by a Last Will: any message makes these Online again. */
  private readonly expired = new Set<string>();

  /** Nodes whose row changed since the last flush (write-behind). */
  private readonly dirty = new Set<string>();
  private flushTimer: NodeJS.Timeout | null = null;
  private readonly persistIntervalMs: number;
  private readonly onPersistError: (err: unknown, pendingNodes: number) => void;

  constructor(
    private readonly store: Store,
    private readonly now: () => number,
    private readonly onTopologyChange: (nodeId: string, why: TopologyChange) => void,
    private readonly admin: NodeAdminState = new NodeAdminState(),
    opts: RegistryOptions = {},
  ) {
    this.persistIntervalMs = opts.persistIntervalMs ?? DEFAULT_PERSIST_INTERVAL_MS;
    this.onPersistError =
      opts.onPersistError ??
      ((err) => {
        throw err;
      });
    for (const n of store.listNodes()) {
      // Nobody is online until it says so again: the broker was restarted with us.
      this.nodes.set(n.id, { ...n, online: false });
    }
  }

  has(nodeId: string): boolean {
    return this.nodes.has(nodeId);
  }

  /**
   * Equal security policies share one object, so the scheduler judges a workload once per distinct
   * policy (schedule/eligibility.ts caches by object), not once per node.
   */
  private readonly policies = new Map<string, SecurityPolicy>();

  private intern(h: Hello): Hello {
    if (!h.securityPolicy) return h;
    const key = JSON.stringify(h.securityPolicy);
    const known = this.policies.get(key);
    if (known) return { ...h, securityPolicy: known };
    if (this.policies.size < MAX_INTERNED_POLICIES) this.policies.set(key, h.securityPolicy);
    return h;
  }

  onHello(hello: Hello): void {
    const h = this.intern(hello);
    this.expired.delete(h.nodeId);
    const now = this.now();
    const prev = this.nodes.get(h.nodeId);
    const next: StoredNode = {
      id: h.nodeId,
      hello: h,
      state: prev?.state ?? null,
      online: true,
      firstSeenMs: prev?.firstSeenMs ?? now,
      lastSeenMs: now,
    };
    this.nodes.set(h.nodeId, next);
    if (prev) this.persistLater(h.nodeId);
    else this.persistNow(next);
    if (!prev) this.onTopologyChange(h.nodeId, 'new-node');
    else if (!sameLabels(prev.hello?.labels ?? {}, h.labels)) this.onTopologyChange(h.nodeId, 'labels');
    // An agent restarted with another policy: placements it now refuses (or accepts) must move.
    else if (JSON.stringify(prev.hello?.securityPolicy) !== JSON.stringify(h.securityPolicy)) this.onTopologyChange(h.nodeId, 'security-policy');
    else if (!prev.online) this.onTopologyChange(h.nodeId, 'online');
  }

  /**
   * `node rm`: the node leaves the registry, the store and the operator's layer (labels, cordon).
   * Its placements are rescheduled by the run this change pokes. False for an unknown node.
   */
  remove(nodeId: string): boolean {
    const known = this.nodes.delete(nodeId);
    this.expired.delete(nodeId);
    this.dirty.delete(nodeId); // a pending write must not bring the row back
    const stored = this.store.deleteNode(nodeId);
    this.admin.forget(nodeId);
    if (known || stored) this.onTopologyChange(nodeId, 'removed');
    return known || stored;
  }

  /** Returns false for a node that never said hello: its state is not accepted. */
  onState(s: NodeState): boolean {
    const prev = this.nodes.get(s.nodeId);
    if (!prev) return false;
    this.expired.delete(s.nodeId);
    const next: StoredNode = { ...prev, state: keepApplied(prev.state, s), online: s.online, lastSeenMs: s.online ? this.now() : prev.lastSeenMs };
    this.nodes.set(s.nodeId, next);
    this.persistLater(s.nodeId);
    if (prev.online && !s.online) this.onTopologyChange(s.nodeId, 'offline');
    else if (!prev.online && s.online) this.onTopologyChange(s.nodeId, 'online');
    else if (nodeStatus(prev) !== nodeStatus(next)) this.onTopologyChange(s.nodeId, 'status');
    return true;
  }

  /** Any accepted message proves the node is alive (kept in memory only); it revives a node expireSilent marked Offline. */
  touch(nodeId: string): boolean {
    const n = this.nodes.get(nodeId);
    if (!n) return false;
    n.lastSeenMs = this.now();
    if (this.expired.delete(nodeId) && !n.online) {
      n.online = true;
      this.persistLater(nodeId);
      this.onTopologyChange(nodeId, 'online');
    }
    return true;
  }

  /**
   * Marks Offline every online node silent since before `cutoffMs`; returns their ids. Only for an
   * external broker: the embedded one publishes a node's Last Will as soon as its link dies, but
   * an external broker can lose that (a restart without persistence, a dropped session), and
   * the controller never sees the connection itself. A node that speaks again is Online again.
   */
  expireSilent(cutoffMs: number): string[] {
    const expired: string[] = [];
    for (const n of this.nodes.values()) {
      if (!n.online || n.lastSeenMs >= cutoffMs) continue;
      n.online = false;
      this.persistLater(n.id);
      this.expired.add(n.id);
      expired.push(n.id);
      this.onTopologyChange(n.id, 'offline');
    }
    return expired;
  }

  private persistNow(n: StoredNode): void {
    this.dirty.delete(n.id);
    this.store.upsertNode(n);
  }

  private persistLater(nodeId: string): void {
    this.dirty.add(nodeId);
    if (this.flushTimer) return;
    this.flushTimer = setTimeout(() => {
      this.flushTimer = null;
      try {
        this.flush();
      } catch (err) {
        this.onPersistError(err, this.dirty.size);
      }
    }, this.persistIntervalMs);
    this.flushTimer.unref();
  }

  /**
   * Writes every pending node row in one transaction; returns how many. On failure the rows stay
   * pending (the next change or flush tries again) and the error is thrown.
   */
  flush(): number {
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = null;
    if (this.dirty.size === 0) return 0;
    const rows: StoredNode[] = [];
    for (const id of this.dirty) {
      const n = this.nodes.get(id);
      if (n) rows.push(n);
    }
    this.store.upsertNodes(rows);
    this.dirty.clear();
    return rows.length;
  }

  /** Rows not yet written (write-behind). */
  pendingWrites(): number {
    return this.dirty.size;
  }

  /** Writes what is pending; the registry stays usable (a later change schedules a new flush). */
  close(): void {
    this.flush();
  }

  /** Counts in one pass, no copies: cheap enough to poll while a fleet of 10,000 reconnects. */
  summary(select?: (labels: Readonly<Record<string, string>>) => boolean): FleetSummary {
    let total = 0;
    let online = 0;
    // Keyed by the numbers themselves (no key string per node and poll), in first-seen order.
    const applied: AppliedCount[] = [];
    const byEpoch = new Map<number, Map<number, AppliedCount>>();
    for (const n of this.nodes.values()) {
      if (select && !select(this.labelsOf(n))) continue;
      total++;
      if (!n.online) continue;
      online++;
      const epoch = n.state?.appliedEpoch ?? n.hello?.appliedEpoch ?? 0;
      const generation = n.state?.appliedGeneration ?? n.hello?.appliedGeneration ?? 0;
      let gens = byEpoch.get(epoch);
      if (!gens) byEpoch.set(epoch, (gens = new Map()));
      const c = gens.get(generation);
      if (c) c.nodes++;
      else {
        const fresh = { epoch, generation, nodes: 1 };
        gens.set(generation, fresh);
        applied.push(fresh);
      }
    }
    return { total, online, applied };
  }

  /** Every node counted once by status, in one pass without copies (metrics, dashboard). */
  statusCounts(): Record<NodeStatus, number> {
    const out: Record<NodeStatus, number> = { Online: 0, Offline: 0, Degraded: 0, Cordoned: 0, Draining: 0 };
    for (const n of this.nodes.values()) out[nodeStatus(n, this.admin.get(n.id).scheduling)]++;
    return out;
  }

  isOnline(nodeId: string): boolean {
    return this.nodes.get(nodeId)?.online ?? false;
  }

  /** Effective labels; the agent's own object when the operator set none (no copy per node and poll). */
  private labelsOf(n: StoredNode): Readonly<Record<string, string>> {
    const own = n.hello?.labels ?? {};
    const operator = this.admin.get(n.id).labels;
    for (const _ in operator) return { ...own, ...operator };
    return own;
  }

  list(): NodeView[] {
    return [...this.nodes.values()].sort((a, b) => (a.id < b.id ? -1 : 1)).map((n) => toView(n, this.admin.get(n.id)));
  }

  get(nodeId: string): NodeView | undefined {
    const n = this.nodes.get(nodeId);
    return n ? toView(n, this.admin.get(n.id)) : undefined;
  }

  /** Operator labels, set and removed; false for a node that never said hello. */
  updateLabels(nodeId: string, set: Readonly<Record<string, string>>, remove: readonly string[]): boolean {
    if (!this.nodes.has(nodeId)) return false;
    this.admin.updateLabels(nodeId, set, remove, this.now());
    return true;
  }

  /** Cordon, drain (state) or uncordon (null); false for a node that never said hello. */
  setScheduling(nodeId: string, state: SchedulingState | null): boolean {
    if (!this.nodes.has(nodeId)) return false;
    this.admin.setScheduling(nodeId, state, this.now());
    return true;
  }
}

function toView(n: StoredNode, admin: NodeAdmin): NodeView {
  return {
    id: n.id,
    status: nodeStatus(n, admin.scheduling),
    labels: { ...(n.hello?.labels ?? {}), ...admin.labels },
    operatorLabels: { ...admin.labels },
    cordoned: admin.scheduling !== null,
    draining: admin.scheduling === 'draining',
    hello: n.hello,
    state: n.state,
    firstSeenMs: n.firstSeenMs,
    lastSeenMs: n.lastSeenMs,
  };
}

/**
 * The Last Will is encoded when the link comes up, so its applied generation can be older than
 * what the node reported since: within one boot, keep the newer one (and the last workloads).
 */
function keepApplied(prev: NodeState | null, s: NodeState): NodeState {
  if (s.online || !prev || prev.bootId !== s.bootId) return s;
  const was = { epoch: prev.appliedEpoch, generation: prev.appliedGeneration };
  if (!isNewer(was, { epoch: s.appliedEpoch, generation: s.appliedGeneration })) return s;
  return { ...s, appliedEpoch: was.epoch, appliedGeneration: was.generation, workloads: s.workloads.length > 0 ? s.workloads : prev.workloads };
}

function sameLabels(a: Record<string, string>, b: Record<string, string>): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => a[k] === b[k]);
}
