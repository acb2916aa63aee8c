// The agent's error catalog: stable codes, `cause` kept.
export type AgentErrorCode =
  | 'EF_AGENT_CONFIG_INVALID'
  | 'EF_AGENT_DESIRED_INVALID'
  /** A desired container its node's security policy refuses (agent/security.ts): never pulled or created. */
  | 'EF_AGENT_SECURITY_REFUSED'
  // No usable credentials in the state dir (join first), or enrollment was refused / failed.
  | 'EF_AGENT_NOT_ENROLLED'
  | 'EF_AGENT_ENROLL_FAILED'
  | 'EF_AGENT_STATE_CORRUPT'
  // Log codes of the outbox (agent/outbox): a write, an ack, or the ack state file failed.
  | 'EF_AGENT_OUTBOX_WRITE_FAILED'
  | 'EF_AGENT_OUTBOX_ACK_FAILED'
  | 'EF_AGENT_OUTBOX_STATE_CORRUPT';

export class AgentError extends Error {
  override readonly name = 'AgentError';
  readonly details: unknown;
  constructor(
    readonly code: AgentErrorCode,
    message: string,
    options?: { cause?: unknown; details?: unknown },
  ) {
    super(message, options);
    this.details = options?.details;
  }
}

export function isAgentError(e: unknown): e is AgentError {
  return e instanceof AgentError;
}
