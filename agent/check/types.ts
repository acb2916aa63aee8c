// `edgefleet agent check`: one result per check, ok/warn/error/skip, with a message a person can
// act on and the figures behind it. Only an error makes the command exit non-zero.
export type CheckStatus = 'ok' | 'warn' | 'error' | 'skip';

export type CheckId = 'config' | 'docker' | 'clock' | 'disk-state' | 'disk-images' | 'controller-mqtt' | 'controller-api' | 'certificates';

export interface CheckResult {
  readonly id: CheckId;
  readonly status: CheckStatus;
  readonly message: string;
  /** Figures behind the verdict (versions, bytes, seconds), for --json. */
  readonly details?: Readonly<Record<string, unknown>>;
}

export interface CheckReport {
  readonly agentVersion: string;
  readonly nodeId: string | null;
  readonly checks: readonly CheckResult[];
  readonly summary: Readonly<Record<CheckStatus, number>>;
}

export const result = (id: CheckId, status: CheckStatus, message: string, details?: Record<string, unknown>): CheckResult =>
  details ? { id, status, message, details } : { id, status, message };

/** The reason of a failed system call, in words (ENOENT, EACCES, ECONNREFUSED, timeouts). */
export function describeError(err: unknown): string {
  const e = err as NodeJS.ErrnoException & { cause?: NodeJS.ErrnoException };
  const code = e.code ?? e.cause?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or socket';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ECONNREFUSED':
      return 'connection refused (nothing listens there)';
    case 'ETIMEDOUT':
    case 'ABORT_ERR':
      return 'timed out';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'host name does not resolve';
    default:
      return e.cause?.message ?? e.message ?? String(err);
  }
}
