// The agent's workload security policy: loaded once at start-up from `--security-policy FILE`
// (YAML or JSON), reported in every hello, and checked again before any pull or container
// create, whatever the controller decided: a controller, or anyone who can publish desired
// state, never gets more from a device than its own policy allows.
//
//   allowPrivileged: false
//   allowedCapabilities: [NET_ADMIN]
//   allowHostPid: false
//   allowHostIpc: false
//   allowedDevices: [/dev/video0, "/dev/ttyUSB*"]
//   allowedHostPaths: [/srv/edgefleet]
//   allowedRegistries: [docker.io, 127.0.0.1]
//   requireDigest: false
//
// A key left out keeps its default (proto/security.ts DEFAULT_SECURITY_POLICY); the default
// allowedHostPaths is the agent's own update-locks directory (agent/gates/locks.ts).
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { parse as ParseYaml } from 'yaml';
import {
  DEFAULT_SECURITY_POLICY,
  checkContainer,
  forbiddenHostPath,
  formatRefusal,
  normalizeHostPath,
  validateSecurityPolicy,
  type SecurityAsk,
  type SecurityPolicy,
} from '../proto/security.js';
import { AgentError } from './errors.js';
import { locksDir } from './gates/locks.js';

/** A policy file is a few lines; anything bigger is a mistake (or an attack) and is refused unread. */
export const MAX_POLICY_FILE_BYTES = 64 * 1024;

// Validated by hand rather than with zod: the agent loads this at every start, and zod alone costs
// the idle agent about 4 MB of its 10 MB budget over bare Node (docs/benchmarks.md, "agent RSS").
const BOOLEAN_KEYS = ['allowPrivileged', 'allowHostPid', 'allowHostIpc', 'requireDigest'] as const;
const LIST_KEYS = ['allowedCapabilities', 'allowedDevices', 'allowedHostPaths', 'allowedRegistries'] as const;
const MAX_LIST = 64;

export type SecurityPolicyInput = { [K in (typeof BOOLEAN_KEYS)[number]]?: boolean } & { [K in (typeof LIST_KEYS)[number]]?: string[] };

/** The policy object's shape: known keys only, booleans and lists of at most 64 strings. */
function parsePolicyInput(input: unknown, source: string, problems: string[]): SecurityPolicyInput | null {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    problems.push(`${source}: (top): expected a map of policy keys`);
    return null;
  }
  const out: SecurityPolicyInput = {};
  const before = problems.length;
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue;
    if ((BOOLEAN_KEYS as readonly string[]).includes(key)) {
      if (typeof value === 'boolean') out[key as (typeof BOOLEAN_KEYS)[number]] = value;
      else problems.push(`${source}: ${key}: expected true or false`);
    } else if ((LIST_KEYS as readonly string[]).includes(key)) {
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) problems.push(`${source}: ${key}: expected a list of strings`);
      else if (value.length > MAX_LIST) problems.push(`${source}: ${key}: at most ${MAX_LIST} entries (has ${value.length})`);
      else out[key as (typeof LIST_KEYS)[number]] = [...(value as string[])];
    } else {
      problems.push(`${source}: ${key}: unknown key (known: ${[...BOOLEAN_KEYS, ...LIST_KEYS].join(', ')})`);
    }
  }
  return problems.length === before ? out : null;
}

/** The default for an agent with this state dir: the built-in policy, plus its update-locks directory. */
export function defaultAgentPolicy(stateDir: string): SecurityPolicy {
  // A state dir somewhere never mountable (under /root, say) just gets no locks directory.
  const locks = normalizeHostPath(resolve(locksDir(stateDir)));
  const hostPaths = 'path' in locks && forbiddenHostPath(locks.path) === null ? [locks.path] : [];
  return { ...DEFAULT_SECURITY_POLICY, allowedRegistries: [...DEFAULT_SECURITY_POLICY.allowedRegistries], allowedHostPaths: hostPaths };
}

/** Validates a policy object (a parsed file, or one passed by a test); problems are collected, not thrown one by one. */
export function resolveSecurityPolicy(input: unknown, stateDir: string, problems: string[], source = 'security policy'): SecurityPolicy {
  const parsed = parsePolicyInput(input ?? {}, source, problems);
  if (!parsed) return defaultAgentPolicy(stateDir);
  const merged: SecurityPolicy = { ...defaultAgentPolicy(stateDir), ...parsed };
  const v = validateSecurityPolicy(merged, 'policy');
  if ('problems' in v) {
    problems.push(...v.problems.map((p) => `${source}: ${p}`));
    return defaultAgentPolicy(stateDir);
  }
  return v.policy;
}

/** Set by loadPolicyParser(): the agent without a policy file never loads yaml (about 70 modules). */
let parseYaml: typeof ParseYaml | undefined;

/**
 * Loads the policy file's YAML parser; await it before loadSecurityPolicyFile (agent/options.ts
 * does when a policy file is named). Only an agent with a policy file pays for yaml's memory.
 */
export async function loadPolicyParser(): Promise<void> {
  parseYaml ??= (await import('yaml')).parse;
}

/** Reads `--security-policy FILE`: size-limited before reading, YAML or JSON, no aliases. Needs loadPolicyParser() first. */
export function loadSecurityPolicyFile(file: string, stateDir: string, problems: string[]): SecurityPolicy {
  let text: string;
  try {
    const size = statSync(file).size;
    if (size > MAX_POLICY_FILE_BYTES) {
      problems.push(`security-policy: ${file} is ${size} bytes, over the ${MAX_POLICY_FILE_BYTES} byte limit`);
      return defaultAgentPolicy(stateDir);
    }
    text = readFileSync(file, 'utf8');
  } catch (err) {
    problems.push(`security-policy: cannot read ${file}: ${(err as Error).message}`);
    return defaultAgentPolicy(stateDir);
  }
  if (!parseYaml) throw new Error('loadSecurityPolicyFile: await loadPolicyParser() first');
  let value: unknown;
  try {
    // maxAliasCount 0: a policy file has no reason to use aliases, so none can blow up.
    value = parseYaml(text, { maxAliasCount: 0, uniqueKeys: true, strict: true });
  } catch (err) {
    problems.push(`security-policy: ${file} is not valid YAML or JSON: ${(err as Error).message.split('\n')[0]}`);
    return defaultAgentPolicy(stateDir);
  }
  return resolveSecurityPolicy(value, stateDir, problems, `security-policy ${file}`);
}

/**
 * The check the agent runs before pulling or creating: the policy's refusals, with host paths
 * also checked after resolving symlinks on this device (a link /srv/ok -> /etc must not pass
 * as /srv/ok). Returns null when the container may run, else one message naming every refusal.
 */
export function admitContainer(ask: SecurityAsk, policy: SecurityPolicy, dockerSocket: string): string | null {
  const opts = { extraSockets: [dockerSocket] };
  const refusals = checkContainer(ask, policy, opts);
  if (refusals.length === 0) {
    const resolved: SecurityAsk = {
      ...ask,
      volumes: ask.volumes.map((v) => ({ hostPath: realOrSame(v.hostPath) })),
      ...(ask.devices ? { devices: ask.devices.map((d) => ({ ...d, hostPath: realOrSame(d.hostPath) })) } : {}),
    };
    for (const r of checkContainer(resolved, policy, opts)) refusals.push({ ...r, message: `${r.message} (after resolving symlinks)` });
  }
  return refusals.length === 0 ? null : `the node's security policy refuses it: ${refusals.map(formatRefusal).join('; ')}`;
}

function realOrSame(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path; // missing: Docker's bind mount fails on it anyway
  }
}

export function securityRefused(message: string): AgentError {
  return new AgentError('EF_AGENT_SECURITY_REFUSED', message);
}
