// Fleet-state settings (telemetry history, events, pressure): validated once at start-up, every
// problem reported at once, then frozen.
import { ControllerError } from '../errors.js';
import type { Tier } from './downsample.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export interface FleetStateConfig {
  /** Raw samples are kept this long. */
  readonly rawRetentionMs: number;
  /** Averages per step, each kept for its retention: finer steps for shorter times. */
  readonly tiers: readonly Tier[];
  readonly eventRetentionMs: number;
  /** Buffered telemetry is written in one transaction every flushIntervalMs or flushMaxSamples. */
  readonly flushIntervalMs: number;
  readonly flushMaxSamples: number;
  /** How often old history and events are deleted. */
  readonly pruneIntervalMs: number;
  /** A node is under pressure when its latest sample reaches these. */
  readonly memoryPressurePercent: number;
  readonly diskPressurePercent: number;
  /** Per-workload usage older than this is left out of workloadUsage(). */
  readonly usageStaleMs: number;
  /** Most seq holes remembered per stream (see seq-ranges.ts capRanges). */
  readonly maxRangesPerStream: number;
  /** Most points one history answer holds; a wider query gets a wider step. */
  readonly maxHistoryPoints: number;
}

export const FLEET_STATE_DEFAULTS: FleetStateConfig = Object.freeze({
  rawRetentionMs: HOUR,
  tiers: Object.freeze([
    Object.freeze({ stepMs: MINUTE, retentionMs: DAY }),
    Object.freeze({ stepMs: 10 * MINUTE, retentionMs: 30 * DAY }),
  ]),
  eventRetentionMs: 7 * DAY,
  flushIntervalMs: 1000,
  flushMaxSamples: 500,
  pruneIntervalMs: MINUTE,
  memoryPressurePercent: 90,
  diskPressurePercent: 90,
  usageStaleMs: 2 * MINUTE,
  maxRangesPerStream: 256,
  maxHistoryPoints: 5000,
});

export function makeFleetStateConfig(input: Partial<FleetStateConfig> = {}): FleetStateConfig {
  const defined = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Partial<FleetStateConfig>;
  const c: FleetStateConfig = { ...FLEET_STATE_DEFAULTS, ...defined };
  const problems: string[] = [];
  const int = (name: keyof FleetStateConfig, v: number, min: number, max = Number.MAX_SAFE_INTEGER): void => {
    if (!Number.isInteger(v) || v < min || v > max) problems.push(`fleetState.${name}: ${v} must be an integer between ${min} and ${max}`);
  };
  int('rawRetentionMs', c.rawRetentionMs, MINUTE);
  int('eventRetentionMs', c.eventRetentionMs, MINUTE);
  int('flushIntervalMs', c.flushIntervalMs, 1, MINUTE);
  int('flushMaxSamples', c.flushMaxSamples, 1, 100_000);
  int('pruneIntervalMs', c.pruneIntervalMs, 1000);
  int('usageStaleMs', c.usageStaleMs, 1000);
  int('maxRangesPerStream', c.maxRangesPerStream, 1, 100_000);
  int('maxHistoryPoints', c.maxHistoryPoints, 10, 1_000_000);
  for (const [name, v] of [
    ['memoryPressurePercent', c.memoryPressurePercent],
    ['diskPressurePercent', c.diskPressurePercent],
  ] as const) {
    if (!(v > 0 && v <= 100)) problems.push(`fleetState.${name}: ${v} must be a percentage above 0 and at most 100`);
  }
  if (c.tiers.length === 0) problems.push('fleetState.tiers: at least one tier is needed');
  c.tiers.forEach((t, i) => {
    if (!Number.isInteger(t.stepMs) || t.stepMs < 1000) problems.push(`fleetState.tiers[${i}].stepMs: ${t.stepMs} must be an integer of at least 1000`);
    if (!Number.isInteger(t.retentionMs) || t.retentionMs < t.stepMs) {
      problems.push(`fleetState.tiers[${i}].retentionMs: ${t.retentionMs} must be an integer of at least its stepMs`);
    }
  });
  const steps = c.tiers.map((t) => t.stepMs);
  if (new Set(steps).size !== steps.length) problems.push('fleetState.tiers: two tiers have the same stepMs');
  if (problems.length > 0) {
    throw new ControllerError('EF_CTL_CONFIG_INVALID', `invalid fleet-state configuration:\n  - ${problems.join('\n  - ')}`, { details: problems });
  }
  return Object.freeze({ ...c, tiers: Object.freeze(c.tiers.map((t) => Object.freeze({ ...t }))) });
}

/** The longest time anything is kept: stream bookkeeping lives that long too. */
export function longestRetentionMs(c: FleetStateConfig): number {
  return Math.max(c.rawRetentionMs, c.eventRetentionMs, ...c.tiers.map((t) => t.retentionMs));
}
