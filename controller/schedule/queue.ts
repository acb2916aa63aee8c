// The choice order of score.ts without rescanning every node for every replica. While one
// workload's replicas are being placed, only the nodes it is placed on change (their load and
// what they hold), so for every other node its preference, load and whether it fits stay put.
// Each spread group keeps its nodes in a binary heap by compareCandidates; each replica takes the
// best head among the groups with the fewest instances. Same choices as a full scan, in
// O(n) to build and O(groups + log n) per replica.
import { compareCandidates, spreadGroup, type Candidate, type SpreadCount } from './score.js';
import type { SchedNode, SchedWorkload } from './types.js';

class Heap {
  constructor(private readonly a: Candidate[]) {
    for (let i = (a.length >> 1) - 1; i >= 0; i--) this.down(i);
  }

  peek(): Candidate | undefined {
    return this.a[0];
  }

  pop(): void {
    const last = this.a.pop();
    if (last && this.a.length > 0) {
      this.a[0] = last;
      this.down(0);
    }
  }

  private down(i: number): void {
    const a = this.a;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < a.length && compareCandidates(a[l] as Candidate, a[m] as Candidate) < 0) m = l;
      if (r < a.length && compareCandidates(a[r] as Candidate, a[m] as Candidate) < 0) m = r;
      if (m === i) return;
      [a[i], a[m]] = [a[m] as Candidate, a[i] as Candidate];
      i = m;
    }
  }
}

export class ChoiceQueue {
  private readonly groups: { key: string; heap: Heap }[];

  constructor(w: SchedWorkload, candidates: readonly Candidate[], private readonly spread: SpreadCount) {
    const byKey = new Map<string, Candidate[]>();
    for (const c of candidates) {
      const key = spreadGroup(w, c.node);
      const list = byKey.get(key) ?? [];
      list.push(c);
      byKey.set(key, list);
    }
    this.groups = [...byKey].map(([key, list]) => ({ key, heap: new Heap(list) }));
  }

  /**
   * The best node that passes `usable`, or undefined. A node that fails `usable` once is dropped:
   * the caller guarantees the answer cannot change for nodes it has not placed on.
   */
  take(usable: (n: SchedNode) => boolean): SchedNode | undefined {
    let best: { heap: Heap; c: Candidate; count: number } | undefined;
    for (const { key, heap } of this.groups) {
      let c = heap.peek();
      while (c && !usable(c.node)) {
        heap.pop();
        c = heap.peek();
      }
      if (!c) continue;
      const count = this.spread.inGroup(key);
      if (!best || count < best.count || (count === best.count && compareCandidates(c, best.c) < 0)) best = { heap, c, count };
    }
    if (!best) return undefined;
    best.heap.pop();
    return best.c.node;
  }
}
