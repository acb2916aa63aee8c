// The broker's CONNECT cap: never more than the rate in any 1 s window, whatever the arrival pattern.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConnectQueue, ConnectRateLimiter } from '../../../controller/broker/connect-rate.js';

function maxInAnyWindow(times: number[]): number {
  let max = 0;
  let lo = 0;
  for (let hi = 0; hi < times.length; hi++) {
    while (times[hi]! - times[lo]! >= 1000) lo++;
    max = Math.max(max, hi - lo + 1);
  }
  return max;
}

describe('connect rate limiter', () => {
  it('admits a burst up to the rate, then one per freed slot', () => {
    const l = new ConnectRateLimiter(3);
    expect([0, 1, 2, 3, 999, 1000, 1001, 1002].map((t) => l.take(t))).toEqual([true, true, true, false, false, true, true, true]);
    expect(l.stats()).toEqual({ admitted: 6, refused: 2, peakPerSecond: 3 });
  });

  it('0 means no limit', () => {
    const l = new ConnectRateLimiter(0);
    expect(Array.from({ length: 1000 }, () => l.take(0)).every(Boolean)).toBe(true);
    expect(l.stats().peakPerSecond).toBe(1000);
  });

  it('never admits more than the rate in any 1 s window (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }), fc.array(fc.integer({ min: 0, max: 200 }), { maxLength: 400 }), (rate, gaps) => {
        const l = new ConnectRateLimiter(rate);
        const admitted: number[] = [];
        let t = 0;
        for (const g of gaps) {
          t += g;
          if (l.take(t)) admitted.push(t);
        }
        expect(maxInAnyWindow(admitted)).toBeLessThanOrEqual(rate);
        // The peak the broker reports is the one the admissions really had.
        expect(l.stats().peakPerSecond).toBe(maxInAnyWindow(admitted));
      }),
    );
  });
});

describe('connect queue: over the rate CONNECTs are held, in order, and admitted as slots free', () => {
  it('admits at once while under the rate, holds the rest, refuses only beyond the wait bound', () => {
    const q = new ConnectQueue<string>(2, 1000); // holds at most 2 (1 s at 2/s)
    expect(['a', 'b', 'c', 'd', 'e'].map((x) => q.arrive(x, 0))).toEqual(['admit', 'admit', 'hold', 'hold', 'refuse']);
    expect(q.nextAtMs()).toBe(1000);
    expect(q.drain(999)).toEqual({ admitted: [], nextAtMs: 1000 });
    // A newcomer never overtakes a held CONNECT, even when a slot is free.
    expect(q.arrive('f', 999)).toBe('refuse');
    expect(q.drain(1000)).toEqual({ admitted: ['c', 'd'], nextAtMs: null });
    expect(q.arrive('g', 1500)).toBe('hold');
    expect(q.drain(2000)).toEqual({ admitted: ['g'], nextAtMs: null });
    expect(q.stats()).toEqual({ admitted: 5, held: 3, refused: 2, abandoned: 0, waiting: 0, maxWaitedMs: 1000, peakPerSecond: 2 });
  });

  it('drops a held CONNECT whose client has gone without using a slot', () => {
    const q = new ConnectQueue<string>(1, 5000);
    expect(['a', 'gone', 'b'].map((x) => q.arrive(x, 0))).toEqual(['admit', 'hold', 'hold']);
    expect(q.drain(1000, (x) => x !== 'gone')).toEqual({ admitted: ['b'], nextAtMs: null });
    expect(q.stats().abandoned).toBe(1);
  });

  it('a wait bound of 0 refuses over the rate at once (the old behaviour); rate 0 admits everything', () => {
    const q = new ConnectQueue<number>(1, 0);
    expect([q.arrive(1, 0), q.arrive(2, 0)]).toEqual(['admit', 'refuse']);
    const open = new ConnectQueue<number>(0, 20_000);
    expect(Array.from({ length: 1000 }, (_, i) => open.arrive(i, 0)).every((d) => d === 'admit')).toBe(true);
  });

  it('never admits more than the rate in any 1 s window, keeps arrival order and bounds the wait (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 0, max: 3000 }),
        // Arrival gaps, and whether the client is still there when its turn comes (1 in 5 gone).
        fc.array(fc.tuple(fc.integer({ min: 0, max: 150 }), fc.integer({ min: 0, max: 4 }).map((x) => x > 0)), { minLength: 20, maxLength: 400, size: 'max' }),
        (rate, maxWaitMs, arrivals) => {
          const q = new ConnectQueue<{ id: number; at: number; alive: boolean }>(rate, maxWaitMs);
          const admittedAt: number[] = [];
          const order: number[] = [];
          const waits: number[] = [];
          let t = 0;
          let id = 0;
          // The broker calls drain() when nextAtMs says; here before every arrival that comes later.
          const drainUntil = (limit: number): void => {
            for (let next = q.nextAtMs(); next !== null && next <= limit; next = q.nextAtMs()) {
              const at = Math.max(next, t);
              for (const e of q.drain(at, (x) => x.alive).admitted) {
                admittedAt.push(at);
                order.push(e.id);
                waits.push(at - e.at);
              }
              if (q.nextAtMs() === next) break; // only dead entries were dropped
            }
          };
          for (const [gap, alive] of arrivals) {
            drainUntil(t + gap);
            t += gap;
            const e = { id: id++, at: t, alive };
            const d = q.arrive(e, t);
            if (d === 'admit') {
              admittedAt.push(t);
              order.push(e.id);
              waits.push(0);
            }
          }
          drainUntil(Number.POSITIVE_INFINITY);
          expect(maxInAnyWindow(admittedAt)).toBeLessThanOrEqual(rate);
          expect(order).toEqual([...order].sort((a, b) => a - b));
          for (const w of waits) expect(w).toBeLessThanOrEqual(maxWaitMs + 1000);
          expect(q.waiting).toBe(0);
        },
      ),
    );
  });
});
