// The bounds of day-2 commands on the agent. Every one caps memory or time the controller (or a
// chatty container) could otherwise make the agent spend.
export interface CommandLimits {
  /** A command issued longer ago than this is refused: a delayed delivery must not act late. */
  maxAgeMs: number;
  /** Log streams at once; one more is refused as busy. */
  maxLogSessions: number;
  /** Chunks sent and not yet acknowledged, unless the command asks for fewer. */
  window: number;
  /** Largest chunk, in bytes of line text, unless the command asks for smaller. */
  chunkBytes: number;
  chunkLines: number;
  /** A partial chunk goes out after this long without filling up. */
  lingerMs: number;
  /** A following stream sends an empty heartbeat reply this often while quiet. */
  heartbeatMs: number;
  /** No ack or heartbeat from the controller for this long: it went away, stop. */
  silenceMs: number;
  /** Command ids remembered to drop a QoS 1 redelivery. */
  rememberIds: number;
}

export const COMMAND_LIMITS: Readonly<CommandLimits> = Object.freeze({
  maxAgeMs: 120_000,
  maxLogSessions: 4,
  window: 4,
  chunkBytes: 32 * 1024,
  chunkLines: 200,
  lingerMs: 100,
  heartbeatMs: 10_000,
  silenceMs: 35_000,
  rememberIds: 256,
});
