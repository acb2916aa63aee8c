// The controller's error catalog: stable codes an operator (and the CLI) can act on.
export type ControllerErrorCode =
  | 'EF_CTL_CONFIG_INVALID'
  | 'EF_CTL_NOT_FOUND'
  | 'EF_CTL_BAD_REQUEST'
  | 'EF_CTL_UNKNOWN_NODE'
  | 'EF_CTL_TOPIC_MISMATCH'
  | 'EF_CTL_STORE_FAILED'
  /** 401: no or a wrong admin bearer token (api/auth.ts answers it directly). */
  | 'EF_CTL_UNAUTHORIZED'
  /** 403: the read-only token was presented for a request that changes something. */
  | 'EF_CTL_FORBIDDEN'
  /** The external broker refused the controller's credentials or subscriptions. */
  | 'EF_CTL_BROKER_REFUSED'
  /** The link to the external broker is down: a non-retained message could not be sent. */
  | 'EF_CTL_BROKER_DOWN'
  /** 403: a workload asks for something (privileged, a host path, a registry...) its nodes' security policy refuses. */
  | 'EF_CTL_SECURITY_REFUSED';

export class ControllerError extends Error {
  override readonly name = 'ControllerError';
  constructor(
    readonly code: ControllerErrorCode,
    message: string,
    options?: { cause?: unknown; details?: unknown },
  ) {
    super(message, options);
    this.details = options?.details;
  }
  readonly details: unknown;
}

export function isControllerError(e: unknown): e is ControllerError {
  return e instanceof ControllerError;
}
