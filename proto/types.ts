// Domain types of the wire contract. proto/codec.ts converts between these and the generated
// protobuf classes; nothing else in agent/ or controller/ sees a generated type.
//
// Conventions: times are ms since the Unix epoch, sizes in bytes, CPU in millicores. Optional
// fields are `undefined` when absent (never a protobuf default standing for "unset").

import type { SecurityPolicy } from './security.js';

export type Labels = Record<string, string>;

export interface Capacity {
  cpuMillis: number;
  memoryBytes: number;
  diskBytes: number;
}

export interface RuntimeInfo {
  name: string;
  version: string;
  apiVersion: string;
}

export interface Hello {
  nodeId: string;
  labels: Labels;
  capacity: Capacity;
  arch: string;
  os: string;
  runtime: RuntimeInfo;
  agentVersion: string;
  bootId: string;
  appliedEpoch: number;
  appliedGeneration: number;
  hostname: string;
  startedAtMs: number;
  /** The workload security policy the agent enforces; absent from an older agent (the controller assumes the default). */
  securityPolicy?: SecurityPolicy;
  /** notAfter of the agent's client certificate (ms); absent without a certificate or from an older agent. */
  certNotAfterMs?: number;
}

export const PHASES = [
  'pending',
  'pulling',
  'created',
  'running',
  'exited',
  'failed',
  'stopped',
  'backoff',
] as const;
export type Phase = (typeof PHASES)[number] | 'unknown';

export const HEALTHS = ['none', 'starting', 'healthy', 'unhealthy'] as const;
export type Health = (typeof HEALTHS)[number];

export interface WorkloadStatus {
  name: string;
  specHash: string;
  phase: Phase;
  containerId: string;
  restartCount: number;
  exitCode?: number;
  health: Health;
  lastError: string;
  startedAtMs: number;
  message: string;
  /** Running and healthy without a break since (agent clock); absent while it is not. */
  readySinceMs?: number;
  /** The desired revision the reported container belongs to; absent when none matches. */
  revision?: number;
}

export interface Condition {
  type: string;
  status: boolean;
  reason: string;
  message: string;
  sinceMs: number;
}

export interface NodeState {
  nodeId: string;
  bootId: string;
  online: boolean;
  appliedEpoch: number;
  appliedGeneration: number;
  workloads: WorkloadStatus[];
  conditions: Condition[];
  reportedAtMs: number;
}

export interface DiskUsage {
  mount: string;
  usedBytes: number;
  sizeBytes: number;
}

export interface WorkloadUsage {
  name: string;
  cpuPercent: number;
  memoryBytes: number;
}

export interface TelemetrySample {
  seq: number;
  tsMs: number;
  cpuPercent: number;
  load1: number;
  memoryUsedBytes: number;
  memoryTotalBytes: number;
  swapUsedBytes: number;
  swapTotalBytes: number;
  disks: DiskUsage[];
  netRxBytesPerS: number;
  netTxBytesPerS: number;
  temperatureC?: number;
  uptimeS: number;
  workloads: WorkloadUsage[];
}

export interface TelemetryBatch {
  nodeId: string;
  bootId: string;
  samples: TelemetrySample[];
  dropped: number;
  /** Records still waiting in the agent's outbox when it sent this batch (this batch included); absent: none reported. */
  outboxBacklog?: number;
}

export type Severity = 'info' | 'warning' | 'error';

export interface EdgeEvent {
  seq: number;
  tsMs: number;
  type: string;
  severity: Severity;
  workload: string;
  reason: string;
  message: string;
  attributes: Record<string, string>;
}

export interface EventBatch {
  nodeId: string;
  bootId: string;
  events: EdgeEvent[];
  dropped: number;
}

export interface EnvVar {
  name: string;
  value: string;
  secret: boolean;
}

export interface PortMapping {
  containerPort: number;
  hostPort: number;
  protocol: 'tcp' | 'udp';
}

export interface VolumeMount {
  /** A named volume; empty when hostPath is set. */
  name: string;
  mountPath: string;
  hostPath: string;
  readOnly: boolean;
}

export interface Resources {
  cpuMillis: number;
  memoryBytes: number;
}

export type HealthProbe =
  | { kind: 'http'; port: number; path: string }
  | { kind: 'tcp'; port: number }
  | { kind: 'exec'; command: string[] };

export interface HealthCheck {
  probe: HealthProbe;
  intervalMs: number;
  timeoutMs: number;
  retries: number;
  startPeriodMs: number;
}

export const RESTART_POLICIES = ['no', 'always', 'unless-stopped', 'on-failure'] as const;
export type RestartPolicy = (typeof RESTART_POLICIES)[number];

export const NETWORK_MODES = ['host', 'none'] as const;
export type NetworkMode = (typeof NETWORK_MODES)[number];

/** A host device mapped into the container (Docker's --device). */
export interface DeviceMapping {
  hostPath: string;
  /** '' = the same path as on the host. */
  containerPath: string;
  /** Any of r, w, m; '' = rwm. */
  permissions: string;
}

export interface ContainerSpec {
  image: string;
  command: string[];
  args: string[];
  env: EnvVar[];
  ports: PortMapping[];
  volumes: VolumeMount[];
  resources: Resources;
  restartPolicy: RestartPolicy;
  healthCheck?: HealthCheck;
  networkMode: NetworkMode;
  labels: Labels;
  workingDir: string;
  user: string;
  stopTimeoutS: number;
  // Security-sensitive settings (proto/security.ts decides whether a node accepts them). Each is
  // absent unless set: specs and stored workloads from before they existed read the same.
  privileged?: boolean;
  /** Capability names without CAP_, upper case. */
  capAdd?: string[];
  hostPid?: boolean;
  hostIpc?: boolean;
  devices?: DeviceMapping[];
}

export type RunWhen = 'always' | 'online' | 'offline';

export interface WorkloadInstance {
  name: string;
  specHash: string;
  container: ContainerSpec;
  revision: number;
  priority: number;
  dependsOn: string[];
  runWhen: RunWhen;
  /** Absent: stopFirst. startFirst is ignored (stop first) when the container has ports. */
  updateStrategy?: UpdateStrategy;
}

export const UPDATE_STRATEGIES = ['stopFirst', 'startFirst'] as const;
export type UpdateStrategy = (typeof UPDATE_STRATEGIES)[number];

export const POLICY_METRICS = ['memory_percent', 'disk_percent', 'cpu_percent', 'temperature_c', 'link_offline_s'] as const;
export type PolicyMetric = (typeof POLICY_METRICS)[number];

export interface PolicyCondition {
  metric: PolicyMetric;
  op: 'gt' | 'lt';
  value: number;
}

export type PolicyAction =
  | { kind: 'stop_below_priority'; priority: number }
  | { kind: 'pause_below_priority'; priority: number }
  | { kind: 'cap_cpu_below_priority'; priority: number; cpuMillis: number }
  | { kind: 'start_workload'; workload: string }
  | { kind: 'refuse_pulls' }
  | { kind: 'evict_lowest_priority' };

export interface PolicyRule {
  name: string;
  /** Free text from v1 drafts: carried, never interpreted. */
  when: string;
  forMs: number;
  then: string;
  until: string;
  /** A rule without condition or action is inert (agent/policy). */
  condition?: PolicyCondition;
  action?: PolicyAction;
  /** Hysteresis: once fired, the rule clears when this holds for clearForMs (default: !condition). */
  clear?: PolicyCondition;
  clearForMs?: number;
}

export interface NodePolicy {
  evictMemoryPercent: number;
  evictDiskPercent: number;
  restartBackoffMaxMs: number;
  rules: PolicyRule[];
  /** Daily windows "HH:MM-HH:MM[,...]" in the node's local time for applying a new desired state; '' = any time. */
  maintenanceWindow?: string;
}

export interface DesiredState {
  nodeId: string;
  controllerEpoch: number;
  generation: number;
  workloads: WorkloadInstance[];
  policy: NodePolicy;
  telemetryIntervalMs: number;
  issuedAtMs: number;
}

export interface LogsRequest {
  workload: string;
  /** Last N lines (0: from sinceMs, or everything). */
  tail: number;
  /** Only lines written at or after this time (0: no bound). */
  sinceMs: number;
  follow: boolean;
  /** Chunks the agent may have unacknowledged (0: the agent's default). */
  window: number;
  /** Largest chunk of lines in bytes (0: the agent's default). */
  maxChunkBytes: number;
}

export type CommandKind =
  | { kind: 'restart'; workload: string }
  | ({ kind: 'logs' } & LogsRequest)
  | { kind: 'logsAck'; commandId: string; seq: number }
  | { kind: 'cancel'; commandId: string; reason: string };

export interface Command {
  id: string;
  issuedAtMs: number;
  action: CommandKind;
}

export interface Reply {
  commandId: string;
  ok: boolean;
  error: string;
  done: boolean;
  /** logs: chunk number from 1; 0 is a heartbeat (no lines, not acknowledged). */
  seq: number;
  lines: string[];
  /** A stable error code when !ok. */
  code: string;
  /** restart: the container that was restarted and its new start time. */
  containerId: string;
  startedAtMs: number;
}

/** Every message type on the wire, by the topic kind that carries it. */
export interface MessageByKind {
  hello: Hello;
  state: NodeState;
  telemetry: TelemetryBatch;
  events: EventBatch;
  desired: DesiredState;
  commands: Command;
  replies: Reply;
}

export type TopicKind = keyof MessageByKind;

/** (epoch, generation) ordering: is `a` strictly newer than `b`? */
export function isNewer(
  a: { epoch: number; generation: number },
  b: { epoch: number; generation: number },
): boolean {
  return a.epoch > b.epoch || (a.epoch === b.epoch && a.generation > b.generation);
}
