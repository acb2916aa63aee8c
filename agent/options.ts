// The agent's flags, shared by `edgefleet agent` and `edgefleet agent check`, and how they meet
// the config file. Precedence, highest first: command-line flag, environment variable, config
// file (--config), default.
import { Command, Option } from 'commander';
import { AGENT_DEFAULTS, type AgentConfigInput } from './config.js';
import { loadPolicyParser } from './security.js';
import type { AgentFileConfig, LoadedConfigFile } from './config-file.js';

const num = (v: string): number => Number(v);

/** Adds every agent flag to `cmd`. Defaults stay out of commander so a file value can fill in. */
export function addAgentOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('--config <file>', 'YAML config file; keys are these flags\' long names (flags win over it)').env('EDGEFLEET_CONFIG'))
    .addOption(new Option('--server <url>', `controller MQTT URL (default ${AGENT_DEFAULTS.server})`).env('EDGEFLEET_MQTT'))
    .addOption(new Option('--api <url>', 'controller HTTP URL, for `agent check` and enrollment').env('EDGEFLEET_API'))
    .addOption(new Option('--token <token>', 'join token: the agent enrolls with it on its first start (no credentials in the state dir yet)').env('EDGEFLEET_JOIN_TOKEN'))
    .addOption(new Option('--node-id <id>', 'this node\'s name (lowercase letters, digits, . _ -)').env('EDGEFLEET_NODE_ID'))
    .addOption(new Option('--state-dir <dir>', 'where the agent keeps its desired state').env('EDGEFLEET_STATE_DIR'))
    .option('--label <k=v>', 'a node label (repeatable)', (v: string, acc: string[] | undefined) => [...(acc ?? []), v])
    .option('--prefix <prefix>', `MQTT topic prefix (default ${AGENT_DEFAULTS.prefix})`)
    .option('--docker-socket <path>', `Docker Engine API socket (default ${AGENT_DEFAULTS.dockerSocket})`)
    .addOption(new Option('--registry-auth <file>', 'registry credentials, Docker config.json shape {"auths": {...}}').env('EDGEFLEET_REGISTRY_AUTH'))
    .addOption(new Option('--security-policy <file>', 'workload security policy, YAML or JSON (privileged, capabilities, devices, host paths, registries); default: restrictive').env('EDGEFLEET_SECURITY_POLICY'))
    .option('--outbox-max-bytes <n>', 'disk budget for telemetry and events waiting for the controller', num)
    .option('--keepalive-s <s>', 'MQTT keepalive; a half-open link is noticed after 1.5 x this', num)
    .option('--reconnect-ms <ms>', 'first reconnect window (doubles per failed try, full jitter)', num)
    .option('--reconnect-max-ms <ms>', 'largest reconnect window', num)
    .option('--resync-ms <ms>', 'periodic reconcile interval', num)
    .option('--metrics-port <port>', 'serve /metrics, /livez and /readyz over HTTP on this port (0: a free one; off by default)', num)
    .option('--metrics-host <addr>', `address for --metrics-port (default ${AGENT_DEFAULTS.metricsHost})`)
    .addOption(new Option('--log-level <level>', 'trace|debug|info|warn|error').env('EDGEFLEET_LOG_LEVEL'));
}

interface RawOptions {
  config?: string;
  server?: string;
  api?: string;
  token?: string;
  nodeId?: string;
  stateDir?: string;
  label?: string[];
  prefix?: string;
  dockerSocket?: string;
  registryAuth?: string;
  securityPolicy?: string;
  outboxMaxBytes?: number;
  keepaliveS?: number;
  reconnectMs?: number;
  reconnectMaxMs?: number;
  resyncMs?: number;
  metricsPort?: number;
  metricsHost?: string;
  logLevel?: string;
}

export interface ResolvedOptions {
  /** Input for makeAgentConfig (which validates it). */
  input: AgentConfigInput;
  /** The controller's HTTP URL, if known (flag, env or file). */
  api: string | undefined;
  /** A join token from the config file, if any. */
  token: string | undefined;
  /** The config file that was read, if any. */
  file: LoadedConfigFile | undefined;
}

/**
 * Reads the config file named by --config (throws EF_AGENT_CONFIG_INVALID) and merges. The file's
 * parser (yaml) is loaded only when there is a file: an agent started with flags alone stays
 * within its idle memory budget (docs/benchmarks.md, "agent RSS").
 */
export async function resolveAgentOptions(cmd: Command): Promise<ResolvedOptions> {
  const o = cmd.opts<RawOptions>();
  const file = o.config ? (await import('./config-file.js')).loadConfigFile(o.config) : undefined;
  const merged = mergeOptions(o, file);
  // The same for the security policy file's YAML parser (makeAgentConfig reads the file).
  if (merged.input.securityPolicyFile !== undefined) await loadPolicyParser();
  return merged;
}

/** Flags and env win over the file; labels merge key by key (a flag's `k=v` wins over the file's k). */
export function mergeOptions(o: RawOptions, file: LoadedConfigFile | undefined): ResolvedOptions {
  const f: AgentFileConfig = file?.values ?? {};
  const fileLabels = f.label === undefined ? [] : Array.isArray(f.label) ? f.label : Object.entries(f.label).map(([k, v]) => `${k}=${v}`);
  const pick = <T>(flag: T | undefined, fromFile: T | undefined): T | undefined => flag ?? fromFile;
  const input: AgentConfigInput = stripUndefined({
    server: pick(o.server, f.server),
    nodeId: pick(o.nodeId, f['node-id']),
    stateDir: pick(o.stateDir, f['state-dir']),
    labels: [...fileLabels, ...(o.label ?? [])],
    prefix: pick(o.prefix, f.prefix),
    dockerSocket: pick(o.dockerSocket, f['docker-socket']),
    registryAuthFile: pick(o.registryAuth, f['registry-auth']),
    securityPolicyFile: pick(o.securityPolicy, f['security-policy']),
    outboxMaxBytes: pick(o.outboxMaxBytes, f['outbox-max-bytes']),
    keepaliveS: pick(o.keepaliveS, f['keepalive-s']),
    reconnectMs: pick(o.reconnectMs, f['reconnect-ms']),
    reconnectMaxMs: pick(o.reconnectMaxMs, f['reconnect-max-ms']),
    resyncMs: pick(o.resyncMs, f['resync-ms']),
    metricsPort: pick(o.metricsPort, f['metrics-port']),
    metricsHost: pick(o.metricsHost, f['metrics-host']),
    logLevel: pick(o.logLevel, f['log-level']),
    api: pick(o.api, f.api),
    token: pick(o.token, f.token),
  });
  return { input, api: pick(o.api, f.api), token: pick(o.token, f.token), file };
}

function stripUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
