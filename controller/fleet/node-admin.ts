// The operator's layer over each node, cached in memory and written through to its store:
// labels that win over the agent's, and the scheduling state (cordoned, draining).
import { MemoryNodeAdminStore, type NodeAdmin, type NodeAdminStore, type SchedulingState } from '../store/node-admin.js';

export type { NodeAdmin, SchedulingState } from '../store/node-admin.js';

export const NO_ADMIN: NodeAdmin = Object.freeze({ labels: Object.freeze({}) as Record<string, string>, scheduling: null });

export class NodeAdminState {
  private readonly byNode: Map<string, NodeAdmin>;

  constructor(private readonly store: NodeAdminStore = new MemoryNodeAdminStore()) {
    this.byNode = store.list();
  }

  get(nodeId: string): NodeAdmin {
    return this.byNode.get(nodeId) ?? NO_ADMIN;
  }

  updateLabels(nodeId: string, set: Readonly<Record<string, string>>, remove: readonly string[], nowMs: number): void {
    this.store.updateLabels(nodeId, set, remove, nowMs);
    const labels = { ...this.get(nodeId).labels };
    for (const k of remove) delete labels[k];
    Object.assign(labels, set);
    this.byNode.set(nodeId, { ...this.get(nodeId), labels });
  }

  forget(nodeId: string): void {
    this.store.forget(nodeId);
    this.byNode.delete(nodeId);
  }

  setScheduling(nodeId: string, state: SchedulingState | null, nowMs: number): void {
    this.store.setScheduling(nodeId, state, nowMs);
    this.byNode.set(nodeId, { ...this.get(nodeId), scheduling: state });
  }
}
