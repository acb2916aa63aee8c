// The broker's CONNECT cap: never more than the rate in any 1 s window, whatever the arrival pattern.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConnectRateLimiter } from '../../../controller/broker/connect-rate.js';

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
    expect(l.stats()).toEqual({ admitted: 6, refused: 2 });
  });

  it('0 means no limit', () => {
    const l = new ConnectRateLimiter(0);
    expect(Array.from({ length: 1000 }, () => l.take(0)).every(Boolean)).toBe(true);
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
      }),
    );
  });
});
