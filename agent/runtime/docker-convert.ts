// Pure conversions between the domain and Docker's Engine API shapes, both ways. No I/O: every
// function here is unit-tested without a Docker engine (test/unit/runtime/docker-convert.test.ts).
import type Dockerode from 'dockerode';
import type { ContainerSpec, Health, HealthCheck, VolumeMount } from '../../proto/types.js';
import { LABEL_DISCOVERY, containerName, dependenciesFromLabels, dependencyLabels, identityFromLabels, identityLabels, volumeName } from './labels.js';
import { RuntimeError } from './port.js';
import type { ActualContainer, ManagedIdentity, RuntimeEvent, RuntimeEventAction } from './port.js';

const NS_PER_MS = 1_000_000;
/** Docker's restart budget for `on-failure`; the agent's own crash-loop backoff sits on top. */
export const ON_FAILURE_MAX_RETRIES = 5;

export function toCreateOptions(
  identity: ManagedIdentity,
  spec: ContainerSpec,
  dependencies: Readonly<Record<string, string>> = {},
): Dockerode.ContainerCreateOptions {
  const opts: Dockerode.ContainerCreateOptions = {
    name: containerName(identity.nodeId, identity.workload, identity.specHash),
    Image: spec.image,
    Env: spec.env.map((e) => `${e.name}=${e.value}`),
    // Ours last: a spec can never forge another node's or workload's identity.
    Labels: { ...spec.labels, ...dependencyLabels(dependencies), ...identityLabels(identity) },
    HostConfig: toHostConfig(identity.nodeId, spec),
  };
  // Docker drops the image's CMD once Entrypoint is set, so `command` alone runs exactly that.
  if (spec.command.length > 0) opts.Entrypoint = [...spec.command];
  if (spec.args.length > 0) opts.Cmd = [...spec.args];
  if (spec.workingDir !== '') opts.WorkingDir = spec.workingDir;
  if (spec.user !== '') opts.User = spec.user;
  // 0 means "not set" on the wire: keep Docker's default (10 s) rather than kill immediately.
  if (spec.stopTimeoutS > 0) opts.StopTimeout = spec.stopTimeoutS;
  if (spec.ports.length > 0) {
    opts.ExposedPorts = Object.fromEntries(spec.ports.map((p) => [`${p.containerPort}/${p.protocol}`, {}]));
  }
  if (spec.healthCheck) opts.Healthcheck = toHealthConfig(spec.healthCheck);
  return opts;
}

// host and none have no port mapping (Docker rejects PortBindings with them). The check is on a
// plain string so it stays right if NETWORK_MODES ever grows a bridged mode.
function publishesPorts(networkMode: string): boolean {
  return networkMode !== 'host' && networkMode !== 'none';
}

function toHostConfig(nodeId: string, spec: ContainerSpec): Dockerode.HostConfig {
  const hc: Dockerode.HostConfig = {
    NetworkMode: spec.networkMode,
    RestartPolicy:
      spec.restartPolicy === 'on-failure'
        ? { Name: 'on-failure', MaximumRetryCount: ON_FAILURE_MAX_RETRIES }
        : { Name: spec.restartPolicy },
  };
  if (spec.resources.memoryBytes > 0) hc.Memory = spec.resources.memoryBytes;
  if (spec.resources.cpuMillis > 0) hc.NanoCpus = spec.resources.cpuMillis * 1_000_000;
  if (spec.volumes.length > 0) hc.Mounts = spec.volumes.map((v) => toMount(nodeId, v));
  // Only what the spec asks for: the agent checked it against the node's security policy first.
  if (spec.privileged) hc.Privileged = true;
  if (spec.capAdd && spec.capAdd.length > 0) hc.CapAdd = [...spec.capAdd];
  if (spec.hostPid) hc.PidMode = 'host';
  if (spec.hostIpc) hc.IpcMode = 'host';
  if (spec.devices && spec.devices.length > 0) {
    hc.Devices = spec.devices.map((d) => ({
      PathOnHost: d.hostPath,
      PathInContainer: d.containerPath || d.hostPath,
      CgroupPermissions: d.permissions || 'rwm',
    }));
  }
  if (spec.ports.length > 0 && publishesPorts(spec.networkMode)) {
    hc.PortBindings = Object.fromEntries(
      spec.ports.map((p) => [`${p.containerPort}/${p.protocol}`, [{ HostPort: String(p.hostPort) }]]),
    );
  }
  return hc;
}

// Mounts rather than Binds: a missing host path is an error instead of Docker silently creating
// an empty root-owned directory. Volumes are never deleted by the agent (remove uses v: false).
function toMount(nodeId: string, v: VolumeMount): Dockerode.MountSettings {
  if (v.hostPath !== '') return { Type: 'bind', Source: v.hostPath, Target: v.mountPath, ReadOnly: v.readOnly };
  return { Type: 'volume', Source: volumeName(nodeId, v.name), Target: v.mountPath, ReadOnly: v.readOnly };
}

function httpUrl(port: number, path: string): string {
  return `http://127.0.0.1:${port}${path.startsWith('/') ? path : `/${path}`}`;
}

export function toHealthConfig(hc: HealthCheck): Dockerode.HealthConfig {
  const p = hc.probe;
  let test: string[];
  switch (p.kind) {
    case 'http':
      test = ['CMD', 'wget', '-q', '-O', '/dev/null', httpUrl(p.port, p.path)];
      break;
    case 'tcp':
      // `nc -z` where nc has it (OpenBSD netcat, Alpine busybox). Debian's busybox-static nc has no
      // -z, and `nc -w` hangs on a silent server; there `nc HOST PORT -e true` connects, runs
      // `true`, exits 0. Needs /bin/sh, which every image that ships nc has.
      test = ['CMD-SHELL', `nc -z 127.0.0.1 ${p.port} 2>/dev/null || nc 127.0.0.1 ${p.port} -e true`];
      break;
    case 'exec':
      test = ['CMD', ...p.command];
      break;
  }
  return {
    Test: test,
    Interval: hc.intervalMs * NS_PER_MS,
    Timeout: hc.timeoutMs * NS_PER_MS,
    StartPeriod: hc.startPeriodMs * NS_PER_MS,
    Retries: hc.retries,
  };
}

/** Docker's zero time ("0001-01-01T00:00:00Z") and anything unparsable become 0. */
export function parseDockerTime(s: string | undefined): number {
  if (!s) return 0;
  const ms = Date.parse(s);
  return Number.isFinite(ms) && ms > 0 ? ms : 0;
}

/** The part of `docker inspect` output fromDockerContainer reads (ContainerInspectInfo fits). */
export interface DockerInspectLike {
  Id: string;
  Name: string;
  Created: string;
  RestartCount: number;
  Config: { Image: string; Labels: Record<string, string> | null };
  HostConfig?: { RestartPolicy?: { Name?: string }; Memory?: number; NanoCpus?: number } | undefined;
  State: { Status: string; ExitCode: number; StartedAt: string; FinishedAt: string; Health?: { Status: string } | undefined };
}

const STATES: readonly ActualContainer['state'][] = ['created', 'running', 'paused', 'restarting', 'exited', 'dead', 'removing'];
const HEALTHS: readonly Health[] = ['starting', 'healthy', 'unhealthy'];
// States in which ExitCode reports a real exit (it is 0 for a container that never exited).
const EXITED: readonly ActualContainer['state'][] = ['exited', 'dead', 'restarting'];

function toState(s: string): ActualContainer['state'] {
  const found = STATES.find((x) => x === s);
  // An unknown state from a future engine: 'dead' makes the planner replace it, never trust it.
  return found ?? 'dead';
}

export function toHealth(s: string | undefined): Health {
  return HEALTHS.find((h) => h === s) ?? 'none';
}

/** A managed container as the agent sees it, or null when it does not carry all our labels. */
export function fromDockerContainer(info: DockerInspectLike): ActualContainer | null {
  const identity = identityFromLabels(info.Config.Labels);
  if (!identity) return null;
  const state = toState(info.State.Status);
  const out: ActualContainer = {
    ...identity,
    dependencies: dependenciesFromLabels(info.Config.Labels),
    live: {
      restartPolicy: info.HostConfig?.RestartPolicy?.Name || 'no',
      memoryBytes: info.HostConfig?.Memory ?? 0,
      cpuMillis: Math.round((info.HostConfig?.NanoCpus ?? 0) / 1_000_000),
    },
    id: info.Id,
    name: info.Name.replace(/^\//, ''),
    image: info.Config.Image,
    state,
    health: toHealth(info.State.Health?.Status),
    restartCount: info.RestartCount,
    startedAtMs: parseDockerTime(info.State.StartedAt),
    finishedAtMs: parseDockerTime(info.State.FinishedAt),
    createdAtMs: parseDockerTime(info.Created),
  };
  if (EXITED.includes(state)) out.exitCode = info.State.ExitCode;
  const discovery = info.Config.Labels?.[LABEL_DISCOVERY];
  if (discovery) out.discovery = discovery;
  return out;
}

// ---------------------------------------------------------------- events

const ACTIONS: readonly RuntimeEventAction[] = ['create', 'start', 'die', 'stop', 'destroy', 'health_status', 'oom', 'kill'];

/** "health_status: healthy" and friends carry their result after a colon; the action is the head. */
function toAction(raw: string): RuntimeEventAction | null {
  const head = raw.split(':', 1)[0]?.trim() ?? '';
  return ACTIONS.find((a) => a === head) ?? null;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** One decoded line of Docker's event stream, as an event of `nodeId`'s containers or null. */
export function fromDockerEvent(raw: unknown, nodeId: string): RuntimeEvent | null {
  if (!isRecord(raw) || raw.Type !== 'container' || typeof raw.Action !== 'string') return null;
  const action = toAction(raw.Action);
  const actor = raw.Actor;
  if (!action || !isRecord(actor) || typeof actor.ID !== 'string' || !isRecord(actor.Attributes)) return null;
  // Event attributes are the container's labels (plus name, image, exitCode).
  const labels: Record<string, string> = {};
  for (const [k, v] of Object.entries(actor.Attributes)) if (typeof v === 'string') labels[k] = v;
  const identity = identityFromLabels(labels);
  if (!identity || identity.nodeId !== nodeId) return null;
  const timeMs =
    typeof raw.timeNano === 'number' ? Math.floor(raw.timeNano / 1e6) : typeof raw.time === 'number' ? raw.time * 1000 : 0;
  return { containerId: actor.ID, action, workload: identity.workload, timeMs };
}

// ---------------------------------------------------------------- errors

// No engine behind the socket: missing socket file, nothing listening, connection dropped. The
// agent marks the node degraded on these instead of counting a workload failure.
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ENOENT', 'ECONNRESET', 'EPIPE']);

/** Docker's HTTP status on a dockerode error (docker-modem sets `statusCode`), if any. */
export function dockerStatusCode(err: unknown): number | undefined {
  return isRecord(err) && typeof err.statusCode === 'number' ? err.statusCode : undefined;
}

export function toRuntimeError(err: unknown, what: string): RuntimeError {
  if (err instanceof RuntimeError) return err;
  const statusCode = dockerStatusCode(err);
  const sysCode = isRecord(err) && typeof err.code === 'string' ? err.code : undefined;
  const detail = err instanceof Error ? err.message : String(err);
  if (statusCode === undefined && sysCode !== undefined && UNAVAILABLE_CODES.has(sysCode)) {
    return new RuntimeError('EF_AGENT_RUNTIME_UNAVAILABLE', `docker engine unavailable (${what}): ${detail}`, { cause: err });
  }
  const opts = statusCode === undefined ? { cause: err } : { cause: err, statusCode };
  return new RuntimeError('EF_AGENT_RUNTIME_FAILED', `docker ${what} failed: ${detail.trim()}`, opts);
}
