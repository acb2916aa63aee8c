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

/** One node's placements and the running sums of their requests. */
export interface Slot {
  readonly held: Map<string, Held>;
  cpu: number;
  mem: number;
}

/**
 * The node's placement count when w fits on it as `slot` (its Ledger slot) holds (misfit() is
 * null), else -1: the scheduler's per-(workload, node) question, with no lookup by node id.
 */
export function loadIfFits(slot: Slot, node: SchedNode, w: SchedWorkload): number {
  const own = slot.held.size === 0 ? undefined : slot.held.get(w.name);
  const cpu = slot.cpu - (own?.cpuMillis ?? 0);
  const mem = slot.mem - (own?.memoryBytes ?? 0);
  const { cpuMillis, memoryBytes } = w.resources;
  if (memoryBytes > 0 && mem + memoryBytes > node.capacity.memoryBytes) return -1;
  if (cpuMillis > 0 && cpu + cpuMillis > node.capacity.cpuMillis) return -1;
  return slot.held.size;
}

export class Ledger {
  /**
   * Per node: what it holds, with running sums so the common fit check is O(1) instead of a walk
   * over its placements. One map lookup answers count, has and fit (the scheduler asks for every
   * (workload, node) pair).
   */
  private readonly slots = new Map<string, Slot>();

  has(nodeId: string, workload: string): boolean {
    return this.slots.get(nodeId)?.held.has(workload) ?? false;
  }

  /** Placements on the node: the load used to break ties between candidates. */
  count(nodeId: string): number {
    return this.slots.get(nodeId)?.held.size ?? 0;
  }

  /** The node's slot, made empty when it has none: a caller may keep it (slots are never dropped). */
  slot(nodeId: string): Slot {
    let slot = this.slots.get(nodeId);
    if (!slot) {
      slot = { held: new Map(), cpu: 0, mem: 0 };
      this.slots.set(nodeId, slot);
    }
    return slot;
  }

  add(nodeId: string, w: SchedWorkload): void {
    this.addHeld(nodeId, { workload: w.name, priority: w.priority, ...w.resources });
  }

  addHeld(nodeId: string, h: Held): void {
    this.remove(nodeId, h.workload); // re-adding replaces, and must not count twice
    const slot = this.slot(nodeId);
    slot.held.set(h.workload, h);
    slot.cpu += h.cpuMillis;
    slot.mem += h.memoryBytes;
  }

  /** What the node holds now (a copy). */
  holdings(nodeId: string): Held[] {
    return [...(this.slots.get(nodeId)?.held.values() ?? [])];
  }

  remove(nodeId: string, workload: string): void {
    const slot = this.slots.get(nodeId);
    const h = slot?.held.get(workload);
    if (!slot || !h) return;
    slot.held.delete(workload);
    slot.cpu -= h.cpuMillis;
    slot.mem -= h.memoryBytes;
  }

  /** Why w does not fit on the node counting only the placements `counted` keeps, or null. */
  misfit(node: SchedNode, w: SchedWorkload, counted?: (h: Held) => boolean): string | null {
    let cpu = 0;
    let mem = 0;
    const slot = this.slots.get(node.id);
    if (counted === undefined) {
      // Everything counts but w's own placement here, if it has one.
      const own = slot?.held.get(w.name);
      cpu = (slot?.cpu ?? 0) - (own?.cpuMillis ?? 0);
      mem = (slot?.mem ?? 0) - (own?.memoryBytes ?? 0);
    } else {
      for (const h of slot?.held.values() ?? []) {
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
    const lower = [...(this.slots.get(node.id)?.held.values() ?? [])].filter((h) => h.priority < w.priority).sort(byPriorityThenName);
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
