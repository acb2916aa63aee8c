// The node registry: every node the controller has heard from, fed by hello, state and the Last
// Will. In memory for reads, written through to the store on the messages that change it.
import type { Hello, NodeState } from '../../proto/types.js';
import type { Store, StoredNode } from '../store/store.js';

export type NodeStatus = 'Online' | 'Offline';

export interface NodeView {
  id: string;
  status: NodeStatus;
  labels: Record<string, string>;
  hello: Hello | null;
  state: NodeState | null;
  firstSeenMs: number;
  lastSeenMs: number;
}

export type TopologyChange = 'new-node' | 'labels' | 'online' | 'offline';

export class FleetRegistry {
  private readonly nodes = new Map<string, StoredNode>();

  constructor(
    private readonly store: Store,
    private readonly now: () => number,
    private readonly onTopologyChange: (nodeId: string, why: TopologyChange) => void,
  ) {
    for (const n of store.listNodes()) {
      // Nobody is online until it says so again: the broker was restarted with us.
      this.nodes.set(n.id, { ...n, online: false });
    }
  }

  has(nodeId: string): boolean {
    return this.nodes.has(nodeId);
  }

  onHello(h: Hello): void {
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
    this.store.upsertNode(next);
    if (!prev) this.onTopologyChange(h.nodeId, 'new-node');
    else if (!sameLabels(prev.hello?.labels ?? {}, h.labels)) this.onTopologyChange(h.nodeId, 'labels');
    else if (!prev.online) this.onTopologyChange(h.nodeId, 'online');
  }

  /** Returns false for a node that never said hello: its state is not accepted. */
  onState(s: NodeState): boolean {
    const prev = this.nodes.get(s.nodeId);
    if (!prev) return false;
    const next: StoredNode = { ...prev, state: s, online: s.online, lastSeenMs: s.online ? this.now() : prev.lastSeenMs };
    this.nodes.set(s.nodeId, next);
    this.store.upsertNode(next);
    if (prev.online && !s.online) this.onTopologyChange(s.nodeId, 'offline');
    else if (!prev.online && s.online) this.onTopologyChange(s.nodeId, 'online');
    return true;
  }

  /** Any accepted message proves the node is alive; kept in memory only. */
  touch(nodeId: string): boolean {
    const n = this.nodes.get(nodeId);
    if (!n) return false;
    n.lastSeenMs = this.now();
    return true;
  }

  list(): NodeView[] {
    return [...this.nodes.values()].sort((a, b) => (a.id < b.id ? -1 : 1)).map(toView);
  }

  get(nodeId: string): NodeView | undefined {
    const n = this.nodes.get(nodeId);
    return n ? toView(n) : undefined;
  }
}

function toView(n: StoredNode): NodeView {
  return {
    id: n.id,
    status: n.online ? 'Online' : 'Offline',
    labels: n.hello?.labels ?? {},
    hello: n.hello,
    state: n.state,
    firstSeenMs: n.firstSeenMs,
    lastSeenMs: n.lastSeenMs,
  };
}

function sameLabels(a: Record<string, string>, b: Record<string, string>): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => a[k] === b[k]);
}
