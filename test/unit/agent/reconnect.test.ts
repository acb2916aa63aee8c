// The agent's reconnect schedule: capped exponential windows with full jitter, driven by an
// injected clock and random source; one timer at a time; the window resets only after a stable
// connection.
import { describe, expect, it } from 'vitest';
import { backoffCeilingMs, backoffDelayMs, Reconnector, retryWindow, type Timers } from '../../../agent/link/reconnect.js';

function fakeTimers(): Timers & { t: number; pending: { fn: () => void; at: number }[]; advance(ms: number): void } {
  const ft = {
    t: 0,
    pending: [] as { fn: () => void; at: number }[],
    set(fn: () => void, ms: number) {
      const p = { fn, at: ft.t + ms };
      ft.pending.push(p);
      return p;
    },
    clear(h: unknown) {
      ft.pending = ft.pending.filter((p) => p !== h);
    },
    now: () => ft.t,
    advance(ms: number) {
      ft.t += ms;
      for (const p of ft.pending.filter((x) => x.at <= ft.t)) {
        ft.pending.splice(ft.pending.indexOf(p), 1);
        p.fn();
      }
    },
  };
  return ft;
}

describe('reconnect backoff', () => {
  const o = { baseMs: 1000, maxMs: 30_000 };

  it('doubles the window per attempt up to the cap', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 50].map((a) => backoffCeilingMs(a, o))).toEqual([1000, 2000, 4000, 8000, 16_000, 30_000, 30_000, 30_000]);
  });

  it('draws uniformly over the whole window (full jitter), never above it', () => {
    expect(backoffDelayMs(3, o, () => 0)).toBe(0);
    expect(backoffDelayMs(3, o, () => 0.5)).toBe(4000);
    expect(backoffDelayMs(3, o, () => 0.999999)).toBeLessThan(8000);
    expect(backoffDelayMs(3, o, () => 7)).toBe(8000); // a broken random source is clamped
  });

  it('spreads a fleet: 1,000 agents on their first retry land evenly over the first window', () => {
    let seed = 42;
    const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const delays = Array.from({ length: 1000 }, () => backoffDelayMs(0, o, random));
    const perTenth = new Array<number>(10).fill(0);
    for (const d of delays) perTenth[Math.floor(d / 100)]!++;
    for (const n of perTenth) expect(n).toBeGreaterThan(60); // ~100 each, no herd in one slot
  });

  it('keeps one timer, grows while connections fail, resets only after a stable connection', () => {
    const timers = fakeTimers();
    const scheduled: [number, number][] = [];
    let tries = 0;
    const r = new Reconnector({ ...o, stableMs: 10_000, random: () => 0.5, timers, reconnect: () => tries++, onSchedule: (d, a) => scheduled.push([d, a]) });
    r.disconnected();
    r.disconnected(); // a second close while waiting schedules nothing more
    expect(timers.pending).toHaveLength(1);
    timers.advance(500);
    expect(tries).toBe(1);
    r.disconnected(); // refused
    timers.advance(1000);
    r.connected();
    timers.advance(100);
    r.disconnected(); // dropped right after CONNACK: still backing off
    expect(scheduled.map(([, a]) => a)).toEqual([0, 1, 2]);
    timers.advance(2000);
    r.connected();
    timers.advance(10_000);
    r.disconnected(); // after a stable connection: back to the first window
    expect(scheduled.at(-1)).toEqual([500, 0]);
    r.stop();
    timers.advance(60_000);
    expect(tries).toBe(3);
    r.disconnected();
    expect(timers.pending).toHaveLength(0);
  });

  it('retries an unreachable controller (TCP refused) within the first window, without widening it', () => {
    const timers = fakeTimers();
    const scheduled: [number, number][] = [];
    let tries = 0;
    const r = new Reconnector({ ...o, random: () => 0.5, timers, reconnect: () => tries++, onSchedule: (d, a) => scheduled.push([d, a]) });
    r.disconnected(); // the link dropped: first window
    for (let i = 0; i < 5; i++) {
      timers.advance(30_000);
      r.disconnected('unreachable'); // the restarting controller does not listen yet
    }
    expect(scheduled).toEqual([[500, 0], [500, 0], [500, 0], [500, 0], [500, 0], [500, 0]]);
    timers.advance(30_000);
    r.disconnected(); // it listens and refuses (connect-rate limit): windows widen from where they were
    timers.advance(30_000);
    r.disconnected();
    expect(scheduled.slice(-2)).toEqual([[1000, 1], [2000, 2]]);
    expect(tries).toBe(7);
    r.stop();
  });

  it('widens after rate refusals (busy, CONNACK 3) only up to busyMaxMs, and back to maxMs for other failures', () => {
    const timers = fakeTimers();
    const scheduled: [number, number][] = [];
    const r = new Reconnector({ baseMs: 1000, maxMs: 60_000, busyMaxMs: 8000, random: () => 0.999, timers, reconnect: () => undefined, onSchedule: (d, a) => scheduled.push([d, a]) });
    for (let i = 0; i < 6; i++) {
      r.disconnected('busy');
      timers.advance(60_000);
    }
    expect(scheduled.map(([d]) => Math.ceil(d / 1000) * 1000)).toEqual([1000, 2000, 4000, 8000, 8000, 8000]);
    r.disconnected(); // a failure that is not a rate refusal: the attempt count kept growing
    expect(scheduled.at(-1)).toEqual([Math.floor(0.999 * 60_000), 6]);
    expect(retryWindow(3, 'busy', { baseMs: 1000, maxMs: 4000, busyMaxMs: 20_000 }).maxMs).toBe(4000);
    r.stop();
  });
});
