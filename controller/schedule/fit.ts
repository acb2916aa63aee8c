// Resource fit: what each node holds (placements with their requests and priority), whether a
// workload's requests fit in what is left, and which lower-priority placements would have to go
// to make room (preemption).
import { HELD_BY_HIGHER, REASON_CPU, REASON_MEMORY, type SchedNode, type SchedWorkload } from './types.js';

export interface Held {
  workload: string;
  priority: number;
  cpuMillis: number;
  memoryBytes: number;
}

const byPriorityThenName = (a: Held, b: Held): number =>
  a.priority - b.priority || (a.workload < b.workload ? -1 : a.workload > b.workload ? 1 : 0);

export class Ledger {
  private readonly held = new Map<string, Map<string, Held>>();
  /** Running sums per node, so the common fit check is O(1) instead of a walk over its placements. */
  private readonly totals = new Map<string, { cpu: number; mem: number }>();

  has(nodeId: string, workload: string): boolean {
    return this.held.get(nodeId)?.has(workload) ?? false;
  }

  /** Placements on the node: the load used to break ties between candidates. */
  count(nodeId: string): number {
    return this.held.get(nodeId)?.size ?? 0;
  }

  add(nodeId: string, w: SchedWorkload): void {
    this.addHeld(nodeId, { workload: w.name, priority: w.priority, ...w.resources });
  }

  addHeld(nodeId: string, h: Held): void {
    this.remove(nodeId, h.workload); // re-adding replaces, and must not count twice
    const m = this.held.get(nodeId) ?? new Map<string, Held>();
    m.set(h.workload, h);
    this.held.set(nodeId, m);
    const t = this.totals.get(nodeId) ?? { cpu: 0, mem: 0 };
    t.cpu += h.cpuMillis;
    t.mem += h.memoryBytes;
    this.totals.set(nodeId, t);
  }

  /** What the node holds now (a copy). */
  holdings(nodeId: string): Held[] {
    return [...(this.held.get(nodeId)?.values() ?? [])];
  }

  remove(nodeId: string, workload: string): void {
    const m = this.held.get(nodeId);
    const h = m?.get(workload);
    if (!m || !h) return;
    m.delete(workload);
    const t = this.totals.get(nodeId);
    if (t) {
      t.cpu -= h.cpuMillis;
      t.mem -= h.memoryBytes;
    }
  }

  /** Why w does not fit on the node counting only the placements `counted` keeps, or null. */
  misfit(node: SchedNode, w: SchedWorkload, counted?: (h: Held) => boolean): string | null {
    let cpu = 0;
    let mem = 0;
    if (counted === undefined) {
      // Everything counts but w's own placement here, if it has one.
      const t = this.totals.get(node.id);
      const own = this.held.get(node.id)?.get(w.name);
      cpu = (t?.cpu ?? 0) - (own?.cpuMillis ?? 0);
      mem = (t?.mem ?? 0) - (own?.memoryBytes ?? 0);
    } else {
      for (const h of this.held.get(node.id)?.values() ?? []) {
        if (h.workload === w.name || !counted(h)) continue;
        cpu += h.cpuMillis;
        mem += h.memoryBytes;
      }
    }
    const { cpuMillis, memoryBytes } = w.resources;
    if (memoryBytes > 0 && mem + memoryBytes > node.capacity.memoryBytes) return REASON_MEMORY;
    if (cpuMillis > 0 && cpu + cpuMillis > node.capacity.cpuMillis) return REASON_CPU;
    return null;
  }

  /** misfit(), saying so when the room is taken by higher-priority placements alone. */
  explainMisfit(node: SchedNode, w: SchedWorkload): string | null {
    const why = this.misfit(node, w);
    if (why === null) return null;
    return this.misfit(node, w, (h) => h.priority <= w.priority) === null ? why + HELD_BY_HIGHER : why;
  }

  /**
   * The fewest lower-priority placements, lowest priority first, whose removal lets w fit; null
   * when even removing all of them is not enough. Equal priority never preempts.
   */
  victims(node: SchedNode, w: SchedWorkload): Held[] | null {
    const lower = [...(this.held.get(node.id)?.values() ?? [])].filter((h) => h.priority < w.priority).sort(byPriorityThenName);
    const gone = new Set<string>();
    const fits = (): boolean => this.misfit(node, w, (h) => !gone.has(h.workload)) === null;
    for (const h of lower) {
      if (fits()) break;
      gone.add(h.workload);
    }
    if (!fits()) return null;
    // Give back what turned out not to be needed, highest priority first.
    for (const h of [...lower].reverse()) {
      if (!gone.has(h.workload)) continue;
      gone.delete(h.workload);
      if (!fits()) gone.add(h.workload);
    }
    return lower.filter((h) => gone.has(h.workload));
  }
}
