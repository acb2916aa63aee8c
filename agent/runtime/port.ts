// The runtime port: what the agent needs from a container engine, shaped like a driver (Nomad's
// plugins/drivers). The Docker adapter implements it; a simulated runtime (for the fleet
// simulator) implements it too. An operation a runtime cannot do throws NotSupportedError
// instead of silently doing nothing.
import type { ContainerSpec, Health } from '../../proto/types.js';

export interface RuntimeCapabilities {
  /** Runtime health checks (Docker HEALTHCHECK) are available. */
  healthChecks: boolean;
  /** Image pulls from registries. */
  pull: boolean;
  /** Resource limits on CPU and memory. */
  resourceLimits: boolean;
}

/** Identity of a container the agent manages; written as labels, read back on adoption. */
export interface ManagedIdentity {
  nodeId: string;
  workload: string;
  specHash: string;
}

/** Config the engine lets an operator change in place (docker update, pause): checked for drift. */
export interface LiveConfig {
  restartPolicy: string;
  memoryBytes: number;
  cpuMillis: number;
}

/** What the agent knows of one managed container, converted from the engine's own view. */
export interface ActualContainer extends ManagedIdentity {
  /** Dependency workload -> the container id it had when this container was created. */
  dependencies: Record<string, string>;
  /** Hash of the dependency endpoints it was created with (agent/discovery.ts); '' or absent: none. */
  discovery?: string;
  live: LiveConfig;
  id: string;
  name: string;
  image: string;
  state: 'created' | 'running' | 'paused' | 'restarting' | 'exited' | 'dead' | 'removing';
  health: Health;
  exitCode?: number;
  /** Docker's own restart counter for this container. */
  restartCount: number;
  startedAtMs: number;
  finishedAtMs: number;
  createdAtMs: number;
}

export interface RuntimeInfo {
  name: string;
  version: string;
  apiVersion: string;
}

export type RuntimeEventAction = 'create' | 'start' | 'die' | 'stop' | 'destroy' | 'health_status' | 'oom' | 'kill';

export interface RuntimeEvent {
  containerId: string;
  action: RuntimeEventAction;
  workload: string;
  timeMs: number;
}

export interface PullProgress {
  /** The layer this line is about, when it is about one. */
  id?: string;
  status: string;
  current?: number;
  total?: number;
}

export interface RegistryAuth {
  username: string;
  password: string;
  serveraddress: string;
}

export interface LogReadOptions {
  /** The last N lines (0: all). */
  tail: number;
  /** Only output written at or after this time (0: from the start); whole seconds. */
  sinceMs: number;
  /** Keep reading new output until the container stops or the signal aborts. */
  follow: boolean;
}

export interface RuntimePort {
  readonly capabilities: RuntimeCapabilities;
  info(signal?: AbortSignal): Promise<RuntimeInfo>;
  /** Managed containers of this node only (by label); anything else is invisible. */
  list(signal?: AbortSignal): Promise<ActualContainer[]>;
  hasImage(ref: string, signal?: AbortSignal): Promise<boolean>;
  pull(ref: string, opts: { auth?: RegistryAuth; onProgress?: (p: PullProgress) => void; signal?: AbortSignal }): Promise<void>;
  /**
   * Creates (not starts) a container; idempotent on the name: an existing one is returned.
   * `dependencies` (workload -> container id) is recorded on it, so a replaced dependency is seen.
   */
  create(identity: ManagedIdentity, spec: ContainerSpec, dependencies?: Record<string, string>, signal?: AbortSignal): Promise<string>;
  start(id: string, signal?: AbortSignal): Promise<void>;
  stop(id: string, timeoutS: number, signal?: AbortSignal): Promise<void>;
  remove(id: string, signal?: AbortSignal): Promise<void>;
  /** Changes a container's CPU limit in place (cpuMillis > 0); the container keeps running. */
  update(id: string, change: { cpuMillis: number }, signal?: AbortSignal): Promise<void>;
  /** Freezes (true) or thaws (false) a container; either again is fine. */
  pause(id: string, paused: boolean, signal?: AbortSignal): Promise<void>;
  /** Last lines of a container's output (stdout and stderr interleaved). */
  logs(id: string, tail: number, signal?: AbortSignal): Promise<string[]>;
  /**
   * A container's output as lines, stdout and stderr interleaved, read as a stream. The reader's
   * pace is the backpressure: a consumer that stops pulling stops the engine's stream after a
   * small buffer. Ends when the log ends (or, following, when the container stops); throws the
   * signal's reason when it aborts.
   */
  readLogs(id: string, opts: LogReadOptions, signal: AbortSignal): AsyncIterable<string>;
  /** Removes an image unless a container (anyone's) still uses it; returns whether it went. */
  removeImage(ref: string, signal?: AbortSignal): Promise<boolean>;
  /** Where the engine keeps images and containers, and how full that filesystem is. */
  storage(signal?: AbortSignal): Promise<{ rootDir: string; usedBytes: number; sizeBytes: number }>;
  /** Engine events for this node's managed containers; returns a stop function. */
  watch(onEvent: (e: RuntimeEvent) => void, onError: (err: Error) => void): () => void;
}

export class NotSupportedError extends Error {
  override readonly name = 'NotSupportedError';
  readonly code = 'EF_AGENT_RUNTIME_NOT_SUPPORTED';
  constructor(runtime: string, operation: string) {
    super(`${runtime} runtime does not support ${operation}`);
  }
}

export type RuntimeErrorCode = 'EF_AGENT_RUNTIME_UNAVAILABLE' | 'EF_AGENT_RUNTIME_FAILED';

/**
 * A runtime operation failed. UNAVAILABLE: the engine itself does not answer (socket missing,
 * connection refused): the node is degraded, retry later. FAILED: the engine answered with an
 * error (statusCode is the engine's HTTP status when it has one).
 */
export class RuntimeError extends Error {
  override readonly name = 'RuntimeError';
  readonly code: RuntimeErrorCode;
  readonly statusCode: number | undefined;
  constructor(code: RuntimeErrorCode, message: string, opts: { cause?: unknown; statusCode?: number } = {}) {
    super(message, { cause: opts.cause });
    this.code = code;
    this.statusCode = opts.statusCode;
  }
}

export function isRuntimeError(err: unknown): err is RuntimeError {
  return err instanceof RuntimeError;
}
