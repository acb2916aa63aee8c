import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatCpu,
  formatDuration,
  formatMemory,
  parseCpuMillis,
  parseDurationMs,
  parseMemoryBytes,
  type Parsed,
} from '../../../controller/manifest/quantity.js';

const value = (r: Parsed): number | string => (r.ok ? r.value : `error: ${r.error}`);

describe('quantities', () => {
  it.each<[number | string, number]>([
    [0.5, 500],
    [2, 2000],
    ['500m', 500],
    ['1.5', 1500],
    [0.001, 1],
    [0.1, 100],
  ])('cpus %j -> %i millicores', (input, millis) => expect(value(parseCpuMillis(input))).toBe(millis));

  it.each<[number | string, number]>([
    ['64Mi', 64 * 2 ** 20],
    ['1Gi', 2 ** 30],
    ['512M', 512_000_000],
    [10_000_000, 10_000_000],
    ['10000000', 10_000_000],
    ['1.5Gi', 1.5 * 2 ** 30],
    ['7.1M', 7_100_000],
    ['8000k', 8_000_000],
  ])('memory %j -> %i bytes', (input, bytes) => expect(value(parseMemoryBytes(input))).toBe(bytes));

  it.each<[string, number]>([
    ['500ms', 500],
    ['10s', 10_000],
    ['2m', 120_000],
    ['1h', 3_600_000],
    ['1m30s', 90_000],
    ['1.5s', 1500],
    ['0s', 0],
  ])('duration %j -> %i ms', (input, ms) => expect(value(parseDurationMs(input))).toBe(ms));

  it.each<[string, () => Parsed, RegExp]>([
    ['unitless duration', () => parseDurationMs(10), /no unit/],
    ['negative duration', () => parseDurationMs('-1s'), /not a duration/],
    ['duration with spaces', () => parseDurationMs('1 s'), /not a duration/],
    ['sub-ms duration', () => parseDurationMs('0.5ms'), /finer than one millisecond/],
    ['sub-millicore cpu', () => parseCpuMillis(0.0005), /finer than one millicore/],
    ['negative cpu', () => parseCpuMillis(-1), /more than 0/],
    ['infinite cpu', () => parseCpuMillis(Infinity), /not a CPU quantity/],
    ['memory MB', () => parseMemoryBytes('64MB'), /ambiguous/],
    ['memory unit K', () => parseMemoryBytes('64K'), /not a quantity/],
    ['memory negative', () => parseMemoryBytes('-64Mi'), /not a quantity/],
    ['memory below 6Mi', () => parseMemoryBytes('5Mi'), /below the 6Mi minimum/],
  ])('refuses %s', (_what, fn, message) => {
    const r = fn();
    expect(r.ok ? r.value : r.error).toMatch(message);
  });

  it('formatters are inverses of the parsers', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 256_000 }), (m) => value(parseCpuMillis(formatCpu(m))) === m));
    fc.assert(fc.property(fc.integer({ min: 6 * 2 ** 20, max: 2 ** 42 }), (b) => value(parseMemoryBytes(formatMemory(b))) === b));
    fc.assert(fc.property(fc.integer({ min: 0, max: 2 ** 40 }), (ms) => value(parseDurationMs(formatDuration(ms))) === ms));
  });

  it('formats in the largest exact unit', () => {
    expect([formatCpu(500), formatCpu(1000), formatCpu(1500), formatCpu(1250)]).toEqual([0.5, 1, 1.5, '1250m']);
    expect([formatMemory(64 * 2 ** 20), formatMemory(2 ** 30), formatMemory(10_000_000)]).toEqual(['64Mi', '1Gi', 10_000_000]);
    expect([formatDuration(90_000), formatDuration(120_000), formatDuration(1500), formatDuration(0)]).toEqual(['90s', '2m', '1500ms', '0s']);
  });
});
