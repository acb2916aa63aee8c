// Controller configuration: validated once at start-up, every problem reported at once, frozen.
import { isValidPrefix } from '../proto/topics.js';
import { ControllerError } from './errors.js';

export interface ControllerConfig {
  readonly dataDir: string;
  readonly mqttHost: string;
  readonly mqttPort: number;
  readonly httpHost: string;
  readonly httpPort: number;
  readonly prefix: string;
  readonly telemetryIntervalMs: number;
  readonly scheduleDebounceMs: number;
  /** Accepted MQTT CONNECTs per second (broker/connect-rate.ts); 0 turns the limit off. */
  readonly maxConnectsPerSecond: number;
  readonly logLevel: string;
}

export const CONTROLLER_DEFAULTS: ControllerConfig = Object.freeze({
  dataDir: './.edgefleet/controller',
  mqttHost: '127.0.0.1',
  mqttPort: 1883,
  httpHost: '127.0.0.1',
  httpPort: 8080,
  prefix: 'edgefleet/v1',
  telemetryIntervalMs: 10_000,
  scheduleDebounceMs: 200,
  maxConnectsPerSecond: 500,
  logLevel: 'info',
});

const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'];

export function makeControllerConfig(input: Partial<ControllerConfig>): ControllerConfig {
  const c = { ...CONTROLLER_DEFAULTS, ...stripUndefined(input) };
  const problems: string[] = [];
  const port = (name: string, v: number): void => {
    if (!Number.isInteger(v) || v < 0 || v > 65535) problems.push(`${name}: ${v} is not a TCP port (0-65535; 0 picks a free one)`);
  };
  port('mqttPort', c.mqttPort);
  port('httpPort', c.httpPort);
  if (!c.dataDir) problems.push('dataDir: must not be empty');
  if (!isValidPrefix(c.prefix)) problems.push(`prefix: ${JSON.stringify(c.prefix)} must be a topic path without wildcards, $ or empty levels`);
  if (!Number.isInteger(c.telemetryIntervalMs) || c.telemetryIntervalMs < 1000 || c.telemetryIntervalMs > 3_600_000) {
    problems.push(`telemetryIntervalMs: ${c.telemetryIntervalMs} must be between 1000 and 3600000`);
  }
  if (!Number.isInteger(c.scheduleDebounceMs) || c.scheduleDebounceMs < 0 || c.scheduleDebounceMs > 60_000) {
    problems.push(`scheduleDebounceMs: ${c.scheduleDebounceMs} must be between 0 and 60000`);
  }
  if (!Number.isInteger(c.maxConnectsPerSecond) || c.maxConnectsPerSecond < 0 || c.maxConnectsPerSecond > 100_000) {
    problems.push(`maxConnectsPerSecond: ${c.maxConnectsPerSecond} must be between 0 (no limit) and 100000`);
  }
  if (!LOG_LEVELS.includes(c.logLevel)) problems.push(`logLevel: ${c.logLevel} is not one of ${LOG_LEVELS.join(', ')}`);
  if (problems.length > 0) {
    throw new ControllerError('EF_CTL_CONFIG_INVALID', `invalid controller configuration:\n  - ${problems.join('\n  - ')}`, {
      details: problems,
    });
  }
  return Object.freeze(c);
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
