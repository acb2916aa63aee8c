// Public types of the outbox.

export const STREAMS = ['telemetry', 'events'] as const;
export type Stream = (typeof STREAMS)[number];

export interface OutboxRecord {
  /** Per-stream id: starts at 1, strictly increasing across restarts; the wire `seq`. */
  id: number;
  /** The boot id of the agent run that appended the record. */
  bootId: string;
  payload: Uint8Array;
}

/** The subset of a pino logger the outbox uses. */
export interface OutboxLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export const silentLogger: OutboxLogger = { info: () => undefined, warn: () => undefined, error: () => undefined };
