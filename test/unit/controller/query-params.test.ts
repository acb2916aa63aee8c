import { describe, expect, it } from 'vitest';
import { durationMs, parseDuration, parseLimit, parseTime } from '../../../controller/api/query.js';

describe('query parameters', () => {
  it('durations', () => {
    expect(durationMs('90s')).toBe(90_000);
    expect(durationMs('1h30m')).toBe(5_400_000);
    expect(durationMs('1.5h')).toBe(5_400_000);
    expect(durationMs('250ms')).toBe(250);
    expect(durationMs('2d')).toBe(172_800_000);
    expect(durationMs('10')).toBeUndefined();
    expect(durationMs('ten minutes')).toBeUndefined();
    expect(parseDuration('step', '60000', 0)).toBe(60_000);
    expect(parseDuration('step', undefined, 7)).toBe(7);
    expect(() => parseDuration('step', '1y', 0)).toThrow(/step: "1y" is not a duration/);
  });

  it('times: a duration ago, ms since the epoch, or ISO 8601', () => {
    const now = 1_700_000_000_000;
    expect(parseTime('since', '10m', now, 0)).toBe(now - 600_000);
    expect(parseTime('since', '1690000000000', now, 0)).toBe(1_690_000_000_000);
    expect(parseTime('since', '2024-01-01T00:00:00Z', now, 0)).toBe(Date.UTC(2024, 0, 1));
    expect(parseTime('since', undefined, now, 5)).toBe(5);
    expect(() => parseTime('since', 'yesterday', now, 0)).toThrow(/since: "yesterday" is not a time/);
  });

  it('limits are clamped to the maximum and must be positive whole numbers', () => {
    expect(parseLimit('limit', '5', 100, 1000)).toBe(5);
    expect(parseLimit('limit', '5000', 100, 1000)).toBe(1000);
    expect(parseLimit('limit', undefined, 100, 1000)).toBe(100);
    expect(() => parseLimit('limit', '0', 100, 1000)).toThrow(/limit/);
    expect(() => parseLimit('limit', '-1', 100, 1000)).toThrow(/limit/);
  });
});
