// Agent configuration: validated once at start-up, every problem reported at once, frozen.
import { isValidNodeId, isValidPrefix } from '../proto/topics.js';
import type { SecurityPolicy } from '../proto/security.js';
import { AgentError } from './errors.js';
import { loadSecurityPolicyFile, resolveSecurityPolicy, type SecurityPolicyInput } from './security.js';
import { defaultApiUrl } from './identity/enroll.js';
import { parseJoinToken } from '../proto/join-token.js';

export interface AgentConfig {
  readonly server: string;
  readonly nodeId: string;
  readonly stateDir: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly prefix: string;
  readonly dockerSocket: string;
  readonly resyncMs: number;
  readonly reconnectMs: number;
  /** Ceiling of the jittered reconnect backoff (agent/link/reconnect.ts). */
  readonly reconnectMaxMs: number;
  /** MQTT keepalive: a half-open link is noticed after 1.5 x this. */
  readonly keepaliveS: number;
  readonly logLevel: string;
  /** Docker-style {"auths": {...}} file with registry credentials, if any. */
  readonly registryAuthFile: string | undefined;
  /** Disk budget of the outbox (telemetry and events waiting for the controller). */
  readonly outboxMaxBytes: number;
  /** The workload security policy this agent enforces and reports (agent/security.ts). */
  readonly securityPolicy: Readonly<SecurityPolicy>;
  /** /metrics, /livez and /readyz over HTTP on this port (0: a free one); undefined: off. */
  readonly metricsPort: number | undefined;
  readonly metricsHost: string;
  /** Join token, used on the first start only (no credentials in the state dir yet). */
  readonly token: string | undefined;
  /** The controller's HTTP(S) API, for enrollment; default: the server's host, port 8080. */
  readonly api: string;
}

export const AGENT_DEFAULTS = Object.freeze({
  server: 'mqtt://127.0.0.1:1883',
  prefix: 'edgefleet/v1',
  dockerSocket: '/var/run/docker.sock',
  resyncMs: 30_000,
  reconnectMs: 2_000,
  reconnectMaxMs: 60_000,
  keepaliveS: 15,
  logLevel: 'info',
  outboxMaxBytes: 32 * 1024 * 1024,
  metricsHost: '127.0.0.1',
});

const LABEL_KEY = /^[a-zA-Z0-9]([a-zA-Z0-9._/-]{0,62}[a-zA-Z0-9])?$/;
const LABEL_VALUE = /^[a-zA-Z0-9._:/-]{0,128}$/;

/** Parses repeated `k=v` flags; collects problems instead of throwing on the first. */
export function parseLabels(pairs: readonly string[], problems: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of pairs) {
    const eq = p.indexOf('=');
    if (eq <= 0) {
      problems.push(`label ${JSON.stringify(p)}: expected key=value`);
      continue;
    }
    const k = p.slice(0, eq);
    const v = p.slice(eq + 1);
    if (!LABEL_KEY.test(k)) problems.push(`label key ${JSON.stringify(k)}: letters, digits, . _ / - only, at most 64 characters`);
    else if (!LABEL_VALUE.test(v)) problems.push(`label ${k}: value ${JSON.stringify(v)} has characters outside letters, digits and . _ : / -`);
    else out[k] = v;
  }
  return out;
}

export interface AgentConfigInput {
  server?: string;
  nodeId?: string;
  stateDir?: string;
  labels?: readonly string[];
  prefix?: string;
  dockerSocket?: string;
  resyncMs?: number;
  reconnectMs?: number;
  reconnectMaxMs?: number;
  keepaliveS?: number;
  logLevel?: string;
  registryAuthFile?: string;
  outboxMaxBytes?: number;
  /** `--security-policy FILE` (YAML or JSON). */
  securityPolicyFile?: string;
  /** A policy object instead of a file (tests, embedding); the file wins when both are given. */
  securityPolicy?: SecurityPolicyInput;
  metricsPort?: number;
  metricsHost?: string;
  /** Join token for the first start; the controller's HTTP(S) API (default: derived from server). */
  token?: string;
  api?: string;
}

const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'];

export function makeAgentConfig(input: AgentConfigInput): AgentConfig {
  const problems: string[] = [];
  const server = input.server ?? AGENT_DEFAULTS.server;
  if (!/^mqtts?:\/\/[^/\s]+(:\d+)?\/?$/.test(server)) problems.push(`server: ${JSON.stringify(server)} must look like mqtt://HOST:PORT or mqtts://HOST:PORT`);
  const nodeId = input.nodeId ?? '';
  if (nodeId === '') problems.push('node-id: required (--node-id, EDGEFLEET_NODE_ID, or node-id: in the config file)');
  else if (!isValidNodeId(nodeId)) {
    problems.push(`node-id: ${JSON.stringify(nodeId)} must be 1-63 lowercase letters, digits, '.', '_' or '-', starting and ending with a letter or digit`);
  }
  if (!input.stateDir) problems.push('state-dir: required (where the agent keeps its desired state; --state-dir, EDGEFLEET_STATE_DIR, or state-dir: in the config file)');
  const prefix = input.prefix ?? AGENT_DEFAULTS.prefix;
  if (!isValidPrefix(prefix)) problems.push(`prefix: ${JSON.stringify(prefix)} is not a valid topic prefix`);
  const labels = parseLabels(input.labels ?? [], problems);
  const resyncMs = input.resyncMs ?? AGENT_DEFAULTS.resyncMs;
  if (!Number.isInteger(resyncMs) || resyncMs < 1000) problems.push(`resyncMs: ${resyncMs} must be an integer >= 1000`);
  const reconnectMs = input.reconnectMs ?? AGENT_DEFAULTS.reconnectMs;
  if (!Number.isInteger(reconnectMs) || reconnectMs < 100) problems.push(`reconnectMs: ${reconnectMs} must be an integer >= 100`);
  const reconnectMaxMs = input.reconnectMaxMs ?? AGENT_DEFAULTS.reconnectMaxMs;
  if (!Number.isInteger(reconnectMaxMs) || reconnectMaxMs < reconnectMs) problems.push(`reconnectMaxMs: ${reconnectMaxMs} must be an integer >= reconnectMs (${reconnectMs})`);
  const keepaliveS = input.keepaliveS ?? AGENT_DEFAULTS.keepaliveS;
  if (!Number.isInteger(keepaliveS) || keepaliveS < 1 || keepaliveS > 3600) problems.push(`keepaliveS: ${keepaliveS} must be an integer between 1 and 3600`);
  const outboxMaxBytes = input.outboxMaxBytes ?? AGENT_DEFAULTS.outboxMaxBytes;
  if (!Number.isInteger(outboxMaxBytes) || outboxMaxBytes < 64 * 1024) problems.push(`outboxMaxBytes: ${outboxMaxBytes} must be an integer >= 65536`);
  const logLevel = input.logLevel ?? AGENT_DEFAULTS.logLevel;
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`log-level: ${JSON.stringify(logLevel)} is not one of ${LOG_LEVELS.join(', ')}`);
  const stateDirForPolicy = input.stateDir ?? '/nonexistent';
  const securityPolicy = input.securityPolicyFile
    ? loadSecurityPolicyFile(input.securityPolicyFile, stateDirForPolicy, problems)
    : resolveSecurityPolicy(input.securityPolicy ?? {}, stateDirForPolicy, problems);
  const metricsPort = input.metricsPort;
  if (metricsPort !== undefined && (!Number.isInteger(metricsPort) || metricsPort < 0 || metricsPort > 65535)) {
    problems.push(`metricsPort: ${metricsPort} is not a TCP port (0-65535; 0 picks a free one)`);
  }
  const metricsHost = input.metricsHost ?? AGENT_DEFAULTS.metricsHost;
  if (!/^[A-Za-z0-9.:[\]-]{1,253}$/.test(metricsHost)) problems.push(`metricsHost: ${JSON.stringify(metricsHost)} is not an address to listen on`);
  const token = input.token?.trim() || undefined;
  if (token) {
    const t = parseJoinToken(token);
    if (!t.ok) problems.push(`token: ${t.message}`);
  }
  let api = input.api ?? '';
  if (!api && problems.length === 0) api = defaultApiUrl(server);
  else if (api && !/^https?:\/\/[^/\s]+\/?$/.test(api)) problems.push(`api: ${JSON.stringify(api)} must look like https://HOST:PORT`);
  if (problems.length > 0) {
    throw new AgentError('EF_AGENT_CONFIG_INVALID', `invalid agent configuration:\n  - ${problems.join('\n  - ')}`, { details: problems });
  }
  return Object.freeze({
    server,
    nodeId,
    stateDir: input.stateDir as string,
    labels: Object.freeze(labels),
    prefix,
    dockerSocket: input.dockerSocket ?? AGENT_DEFAULTS.dockerSocket,
    resyncMs,
    reconnectMs,
    reconnectMaxMs,
    keepaliveS,
    logLevel,
    registryAuthFile: input.registryAuthFile,
    outboxMaxBytes,
    securityPolicy: Object.freeze(securityPolicy),
    metricsPort,
    metricsHost,
    token,
    api: api.replace(/\/$/, ''),
  });
}
