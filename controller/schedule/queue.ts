// The choice order of score.ts without rescanning every node for every replica. While one
// workload's replicas are being placed, only the nodes it is placed on change (their load and
// what they hold), so for every other node its preference, load and whether it fits stay put:
// the caller offers only nodes that fit, once, before the first take.
//
// Within one spread group every candidate has the same spread, so a group's order is fixed:
// preference, load, node id. Each replica takes the best head among the groups with the fewest
// instances. A workload needing k more replicas takes at most k from any group, so each group
// keeps only its best k offers (a short sorted list; an offer worse than the k-th is dropped
// without building a candidate). Above SHORT_LIST the group keeps all offers in a binary heap.
// Same choices as a full scan, in O(n) to build and O(groups + k) per replica.
import { compareCandidates, type Candidate, type SpreadCount } from './score.js';
import type { SchedNode } from './types.js';

const SHORT_LIST = 32;

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

/** compareCandidates(c, {node, preference, load}) within one group (same spread), no object built. */
function compareOffer(c: Candidate, node: SchedNode, preference: number, load: number): number {
  return preference - c.preference || c.load - load || (c.node.id < node.id ? -1 : c.node.id > node.id ? 1 : 0);
}

class Group {
  /** Best first while short (at most `limit` long); otherwise every offer, heaped at the first take. */
  readonly list: Candidate[] = [];
  private head = 0;
  private heap: Heap | null = null;

  constructor(
    readonly key: string,
    private readonly limit: number,
  ) {}

  offer(node: SchedNode, spread: number, preference: number, load: number): void {
    const list = this.list;
    if (this.limit > SHORT_LIST) {
      list.push({ node, spread, preference, load });
      return;
    }
    const n = list.length;
    if (n >= this.limit && compareOffer(list[n - 1] as Candidate, node, preference, load) <= 0) return;
    let i = n;
    while (i > 0 && compareOffer(list[i - 1] as Candidate, node, preference, load) > 0) i--;
    list.splice(i, 0, { node, spread, preference, load });
    if (list.length > this.limit) list.pop();
  }

  peek(): Candidate | undefined {
    if (this.limit > SHORT_LIST) {
      this.heap ??= new Heap(this.list);
      return this.heap.peek();
    }
    return this.list[this.head];
  }

  pop(): void {
    if (this.heap) this.heap.pop();
    else this.head++;
  }
}

export class ChoiceQueue {
  private readonly groups = new Map<string, Group>();

  /** `wanted`: how many replicas may still be taken (at most). */
  constructor(
    private readonly spread: SpreadCount,
    private readonly wanted: number,
  ) {}

  /** A node that fits, in spread group `key`; each node at most once, all before the first take. */
  offer(node: SchedNode, key: string, preference: number, load: number): void {
    let g = this.groups.get(key);
    if (!g) {
      g = new Group(key, this.wanted);
      this.groups.set(key, g);
    }
    g.offer(node, this.spread.inGroup(key), preference, load);
  }

  /** The best node offered and not yet taken, or undefined. */
  take(): SchedNode | undefined {
    let best: { group: Group; c: Candidate; count: number } | undefined;
    for (const group of this.groups.values()) {
      const c = group.peek();
      if (!c) continue;
      const count = this.spread.inGroup(group.key);
      if (!best || count < best.count || (count === best.count && compareCandidates(c, best.c) < 0)) best = { group, c, count };
    }
    if (!best) return undefined;
    best.group.pop();
    return best.c.node;
  }
}
