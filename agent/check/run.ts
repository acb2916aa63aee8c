// Runs every check (the network ones concurrently, each with its own timeout) and totals them.
// Inputs are what the command line and config file resolved to; a broken config file does not
// stop the other checks, which then use flags and defaults.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AGENT_DEFAULTS, type AgentConfigInput } from '../config.js';
import { certificatesResult } from './certificates.js';
import { clockResult } from './clock.js';
import { apiResult, mqttResult, probeApi, probeMqtt } from './controller.js';
import { imagesDiskResult, stateDiskResult } from './disk.js';
import { dockerFacts, dockerResult } from './docker.js';
import { result, type CheckReport, type CheckResult, type CheckStatus } from './types.js';

export interface CheckContext {
  agentVersion: string;
  input: AgentConfigInput;
  api: string | undefined;
  /** The config file's path, if one was given. */
  configFile: string | undefined;
  /** Problems with the config file or the merged configuration (empty: valid). */
  configProblems: readonly string[];
  /** Mode bits of the config file, and whether it holds a join token (then it should be 0600). */
  configMode: number | undefined;
  tokenInFile: boolean;
  timeoutMs: number;
  now?: () => number;
}

export function configResult(c: CheckContext): CheckResult {
  const where = c.configFile ? `config file ${c.configFile}` : 'configuration (flags and environment; no --config)';
  if (c.configProblems.length > 0) {
    return result('config', 'error', `${where} is invalid:\n    - ${c.configProblems.join('\n    - ')}`, { file: c.configFile ?? null, problems: c.configProblems });
  }
  const details = { file: c.configFile ?? null };
  if (c.tokenInFile && c.configMode !== undefined && (c.configMode & 0o077) !== 0) {
    return result('config', 'warn', `${where} holds a join token but is readable by others (mode ${c.configMode.toString(8)}): chmod 600 it`, details);
  }
  return result('config', 'ok', `${where} is valid`, details);
}

/** The controller's CA the node pinned at enrollment (agent/identity), to verify mqtts and https. */
export const PINNED_CA = join('identity', 'ca.crt');

function pinnedCa(stateDir: string | undefined): Buffer | undefined {
  if (!stateDir) return undefined;
  try {
    return readFileSync(join(stateDir, PINNED_CA));
  } catch {
    return undefined;
  }
}

const settle = <T>(p: Promise<T>): Promise<T | Error> => p.catch((err: unknown) => (err instanceof Error ? err : new Error(String(err))));

export async function runChecks(c: CheckContext): Promise<CheckReport> {
  const now = c.now ?? Date.now;
  const socket = c.input.dockerSocket ?? AGENT_DEFAULTS.dockerSocket;
  const server = c.input.server ?? AGENT_DEFAULTS.server;
  const ca = pinnedCa(c.input.stateDir);
  const tls = ca ? { ca } : {};
  const [docker, mqtt, api] = await Promise.all([
    settle(dockerFacts(socket, c.timeoutMs)),
    settle(probeMqtt(server, { timeoutMs: c.timeoutMs, now, ...tls })),
    c.api ? settle(probeApi(c.api, { timeoutMs: c.timeoutMs, now, ...tls })) : Promise.resolve(undefined),
  ]);
  const nowMs = now();
  const checks: CheckResult[] = [
    configResult(c),
    dockerResult(socket, docker),
    clockResult(nowMs, api),
    stateDiskResult(c.input.stateDir, c.input.outboxMaxBytes ?? AGENT_DEFAULTS.outboxMaxBytes),
    imagesDiskResult(docker instanceof Error ? undefined : docker.rootDir),
    mqttResult(server, mqtt),
    apiResult(c.api, api),
    certificatesResult(c.input.stateDir, nowMs),
  ];
  const summary: Record<CheckStatus, number> = { ok: 0, warn: 0, error: 0, skip: 0 };
  for (const r of checks) summary[r.status]++;
  return { agentVersion: c.agentVersion, nodeId: c.input.nodeId ?? null, checks, summary };
}
