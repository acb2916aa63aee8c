// The agent's config file (`edgefleet agent --config /etc/edgefleet/agent.yaml`): YAML whose keys
// are the agent's long flag names, so a file line and a flag read the same. Size-limited, parsed
// with unique keys and few aliases (no billion laughs), validated strictly (an unknown key is a
// typo, not something to ignore), and every problem is reported at once with its line.
//
// Precedence, highest first: command-line flag, environment variable, config file, default
// (agent/options.ts applies it).
import { readFileSync, statSync } from 'node:fs';
import { LineCounter, parseDocument, isMap, isScalar, type Document } from 'yaml';
import { AgentError } from './errors.js';

/** A config file is a few hundred bytes; anything near this is not one. */
export const CONFIG_FILE_MAX_BYTES = 64 * 1024;
export const DEFAULT_CONFIG_PATH = '/etc/edgefleet/agent.yaml';

// Checked by hand rather than with zod: zod is the agent bundle's largest package (450 KB of source
// and 300 KB of functions an idle agent holds in memory, docs/benchmarks.md "agent RSS").
type Check = (v: unknown) => { value: unknown } | { problem: string };

const MAX_STRING = 4096;
const nonEmpty = (what: string): Check => (v) =>
  typeof v !== 'string' ? { problem: `must be a string (${what})` }
  : v.length === 0 ? { problem: `must not be empty (${what})` }
  : v.length > MAX_STRING ? { problem: `must be at most ${MAX_STRING} characters (${what})` }
  : { value: v };
const int = (min: number, what: string): Check => (v) =>
  typeof v !== 'number' || !Number.isSafeInteger(v) ? { problem: `must be a whole number (${what})` }
  : v < min ? { problem: `must be at least ${min} (${what})` }
  : { value: v };
const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;
const LABELS_PROBLEM = 'must be a map of key: value, or a list of "key=value"';
/** A map ({zone: a}, values strings, numbers or booleans, kept as strings) or the flag form (["zone=a"]). */
const labels: Check = (v) => {
  if (Array.isArray(v)) {
    return v.length <= 256 && v.every((x) => typeof x === 'string' && x.length <= 256) ? { value: [...(v as string[])] } : { problem: LABELS_PROBLEM };
  }
  if (typeof v !== 'object' || v === null) return { problem: LABELS_PROBLEM };
  const out: Record<string, string> = {};
  for (const [k, x] of Object.entries(v)) {
    if (k.length > 64) return { problem: LABELS_PROBLEM };
    if (!((typeof x === 'string' && x.length <= 128) || typeof x === 'number' || typeof x === 'boolean')) return { problem: 'label values must be strings, numbers or booleans' };
    out[k] = String(x);
  }
  return { value: out };
};

/** Every key the file may hold (the agent's long flag names) and how its value is checked. */
const FILE_KEYS: Readonly<Record<string, Check>> = {
  server: nonEmpty('the controller\'s MQTT URL, mqtt://HOST:1883 or mqtts://HOST:8883'),
  api: nonEmpty('the controller\'s HTTP URL, http(s)://HOST:PORT'),
  token: nonEmpty('a join token from `edgefleet token create`'),
  'node-id': nonEmpty('this node\'s name'),
  'state-dir': nonEmpty('a directory path'),
  label: labels,
  prefix: nonEmpty('an MQTT topic prefix'),
  'docker-socket': nonEmpty('a Unix socket path'),
  'registry-auth': nonEmpty('a file path'),
  'security-policy': nonEmpty('a file path'),
  'outbox-max-bytes': int(65_536, 'bytes'),
  'keepalive-s': int(1, 'seconds'),
  'reconnect-ms': int(100, 'milliseconds'),
  'reconnect-max-ms': int(100, 'milliseconds'),
  'resync-ms': int(1000, 'milliseconds'),
  'metrics-port': int(0, 'a TCP port'),
  'metrics-host': nonEmpty('an address to listen on, e.g. 127.0.0.1'),
  'log-level': (v) => (typeof v === 'string' && (LOG_LEVELS as readonly string[]).includes(v) ? { value: v } : { problem: `must be one of ${LOG_LEVELS.join(', ')}` }),
};

export interface AgentFileConfig {
  server?: string;
  api?: string;
  token?: string;
  'node-id'?: string;
  'state-dir'?: string;
  label?: Record<string, string> | string[];
  prefix?: string;
  'docker-socket'?: string;
  'registry-auth'?: string;
  'security-policy'?: string;
  'outbox-max-bytes'?: number;
  'keepalive-s'?: number;
  'reconnect-ms'?: number;
  'reconnect-max-ms'?: number;
  'resync-ms'?: number;
  'metrics-port'?: number;
  'metrics-host'?: string;
  'log-level'?: (typeof LOG_LEVELS)[number];
}

export interface LoadedConfigFile {
  readonly path: string;
  readonly values: AgentFileConfig;
  /** Permission bits of the file: it may hold a join token, so it should be 0600. */
  readonly mode: number;
}

const fail = (path: string, problems: string[]): AgentError =>
  new AgentError('EF_AGENT_CONFIG_INVALID', `invalid config file ${path}:\n  - ${problems.join('\n  - ')}`, { details: problems });

/** Reads and validates a config file; throws EF_AGENT_CONFIG_INVALID listing every problem. */
export function loadConfigFile(path: string): LoadedConfigFile {
  let mode: number;
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) throw fail(path, ['not a regular file']);
    mode = st.mode & 0o777;
    size = st.size;
  } catch (err) {
    if (err instanceof AgentError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied (run as root, or fix the file\'s owner)' : String(err);
    throw fail(path, [why]);
  }
  if (size > CONFIG_FILE_MAX_BYTES) throw fail(path, [`${size} bytes: larger than the ${CONFIG_FILE_MAX_BYTES}-byte limit for a config file`]);
  return { path, values: parseConfigText(readFileSync(path, 'utf8'), path), mode };
}

/** Parses config text; `source` names it in messages. */
export function parseConfigText(text: string, source: string): AgentFileConfig {
  if (Buffer.byteLength(text) > CONFIG_FILE_MAX_BYTES) throw fail(source, [`larger than the ${CONFIG_FILE_MAX_BYTES}-byte limit for a config file`]);
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  const at = (offset: number): string => `line ${lines.linePos(offset).line}`;
  if (doc.errors.length > 0) {
    throw fail(source, doc.errors.map((e) => `${at(e.pos[0])}: ${e.message.split('\n')[0] ?? 'YAML syntax error'}`));
  }
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: 20 });
  } catch (err) {
    throw fail(source, [`cannot read the YAML: ${(err as Error).message}`]);
  }
  if (raw === null || raw === undefined) return {};
  if (typeof raw !== 'object' || Array.isArray(raw)) throw fail(source, ['the file must be a YAML map of option: value (for example "node-id: edge-1")']);
  const values: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const key of Object.keys(raw)) {
    const value = (raw as Record<string, unknown>)[key];
    const check = Object.hasOwn(FILE_KEYS, key) ? FILE_KEYS[key] : undefined;
    if (!check) {
      problems.push(`${where(doc, lines, [key])}${key}: unknown option (the keys are the agent's long flag names: ${Object.keys(FILE_KEYS).join(', ')})`);
      continue;
    }
    if (value === undefined) continue;
    const r = check(value);
    if ('problem' in r) problems.push(`${where(doc, lines, [key])}${key}: ${r.problem}`);
    else values[key] = r.value;
  }
  if (problems.length > 0) throw fail(source, problems);
  return values as AgentFileConfig;
}

/** "line N: " for the key at `path`, or "" if it cannot be found. */
function where(doc: Document, lines: LineCounter, path: string[]): string {
  let node: unknown = doc.contents;
  let offset: number | undefined;
  for (const key of path) {
    if (!isMap(node)) return offset === undefined ? '' : `line ${lines.linePos(offset).line}: `;
    const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
    if (!pair) break;
    offset = isScalar(pair.key) ? pair.key.range?.[0] : undefined;
    node = pair.value;
  }
  return offset === undefined ? '' : `line ${lines.linePos(offset).line}: `;
}
