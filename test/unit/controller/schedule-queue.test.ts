// Property test: ChoiceQueue (short lists of each spread group's best k offers, or heaps above
// its short-list limit) takes the very nodes a full scan over every offer takes, in order.
// The reference here is that scan, written plainly: per take, the best remaining offer of every
// group, then the group with the fewest instances now, ties by compareCandidates.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChoiceQueue } from '../../../controller/schedule/queue.js';
import { compareCandidates, SpreadCount, spreadGroup, type Candidate } from '../../../controller/schedule/score.js';
import { node, workload } from './sched-builders.js';

const offerArb = fc.record({
  group: fc.constantFrom('a', 'b', 'c', 'd'),
  preference: fc.constantFrom(0, 5, 10, 15),
  load: fc.integer({ min: 0, max: 4 }),
});

function scan(candidates: Candidate[], groupOf: (c: Candidate) => string, spread: SpreadCount, wanted: number): string[] {
  const left = [...candidates];
  const taken: string[] = [];
  while (taken.length < wanted) {
    const best = new Map<string, Candidate>();
    for (const c of left) {
      const g = groupOf(c);
      const b = best.get(g);
      if (!b || compareCandidates(c, b) < 0) best.set(g, c);
    }
    let pick: { c: Candidate; count: number } | undefined;
    for (const [g, c] of best) {
      const count = spread.inGroup(g);
      if (!pick || count < pick.count || (count === pick.count && compareCandidates(c, pick.c) < 0)) pick = { c, count };
    }
    if (!pick) break;
    const chosen = pick.c;
    left.splice(left.indexOf(chosen), 1);
    taken.push(chosen.node.id);
    spread.add(chosen.node);
  }
  return taken;
}

describe('ChoiceQueue', () => {
  it('takes what a full scan over every offer takes, short lists and heaps alike', () => {
    fc.assert(
      fc.property(
        fc.array(offerArb, { maxLength: 120 }),
        fc.integer({ min: 1, max: 45 }),
        fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 6 }),
        fc.boolean(),
        (offers, wanted, already, spreadOn) => {
          const w = workload('w', { replicas: wanted, spread: spreadOn ? { key: 'zone' } : null });
          const nodes = offers.map((o, i) => node(`n${String(i).padStart(3, '0')}`, { zone: o.group }));
          // Instances placed before (pass 1), so groups start unequal.
          const before = (): SpreadCount => {
            const s = new SpreadCount(w);
            for (const g of already) s.add(node(`kept-${g}`, { zone: g }));
            return s;
          };
          const spreadQ = before();
          const queue = new ChoiceQueue(spreadQ, wanted);
          const candidates: Candidate[] = [];
          offers.forEach((o, i) => {
            const n = nodes[i];
            if (!n) return;
            candidates.push({ node: n, spread: spreadQ.of(n), preference: o.preference, load: o.load });
            queue.offer(n, spreadGroup(w, n), o.preference, o.load);
          });
          const got: string[] = [];
          while (got.length < wanted) {
            const n = queue.take();
            if (!n) break;
            got.push(n.id);
            spreadQ.add(n);
          }
          const spreadS = before();
          expect(got).toEqual(scan(candidates, (c) => spreadGroup(w, c.node), spreadS, wanted));
        },
      ),
      { numRuns: 300 },
    );
  });
});
