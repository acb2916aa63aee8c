// Builds the fleet-state stores (telemetry, events) on the controller's SQLite handle and runs
// their retention: one prune pass every pruneIntervalMs. close() writes what is still buffered.
import type Database from 'better-sqlite3';
import type { Logger } from 'pino';
import { EventStore } from './event-store.js';
import { longestRetentionMs, makeFleetStateConfig, type FleetStateConfig } from './fleet-config.js';
import { StreamTracker } from './streams.js';
import { TelemetryStore } from './telemetry-store.js';

export interface FleetState {
  readonly config: FleetStateConfig;
  readonly telemetry: TelemetryStore;
  readonly events: EventStore;
  /** One retention pass now (also run on a timer). */
  prune(): void;
  close(): void;
}

const IDLE_STREAM_MS = 60 * 60_000;

export function openFleetState(
  db: Database.Database,
  input: Partial<FleetStateConfig>,
  now: () => number,
  logger: Logger,
): FleetState {
  const config = makeFleetStateConfig(input);
  const log = logger.child({ component: 'fleet-state' });
  const streams = new StreamTracker(db, config.maxRangesPerStream);
  const telemetry = new TelemetryStore(db, streams, config, now, log.child({ kind: 'telemetry' }));
  const events = new EventStore(db, streams, config.eventRetentionMs, now, log.child({ kind: 'events' }));

  const prune = (): void => {
    try {
      const rows = telemetry.prune();
      const ev = events.prune();
      const t = now();
      const st = db.transaction(() => {
        streams.save();
        return streams.prune(t - longestRetentionMs(config), t - IDLE_STREAM_MS);
      })();
      if (rows + ev + st > 0) log.debug({ telemetryRows: rows, events: ev, streams: st }, 'retention pass');
    } catch (err) {
      log.error({ err, code: 'EF_CTL_STORE_FAILED' }, 'retention pass failed');
    }
  };
  const timer = setInterval(prune, config.pruneIntervalMs);
  timer.unref();

  return {
    config,
    telemetry,
    events,
    prune,
    close() {
      clearInterval(timer);
      telemetry.close();
    },
  };
}
