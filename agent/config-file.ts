// The agent's config file (`edgefleet agent --config /etc/edgefleet/agent.yaml`): YAML whose keys
// are the agent's long flag names, so a file line and a flag read the same. Size-limited, parsed
// with unique keys and few aliases (no billion laughs), validated strictly (an unknown key is a
// typo, not something to ignore), and every problem is reported at once with its line.
//
// Precedence, highest first: command-line flag, environment variable, config file, default
// (agent/options.ts applies it).
import { readFileSync, statSync } from 'node:fs';
import { LineCounter, parseDocument, isMap, isScalar, type Document } from 'yaml';
import { z } from 'zod';
import { AgentError } from './errors.js';

/** A config file is a few hundred bytes; anything near this is not one. */
export const CONFIG_FILE_MAX_BYTES = 64 * 1024;
export const DEFAULT_CONFIG_PATH = '/etc/edgefleet/agent.yaml';

const nonEmpty = (what: string) => z.string({ error: `must be a string (${what})` }).min(1, { error: `must not be empty (${what})` }).max(4096);
const int = (min: number, what: string) =>
  z.int({ error: `must be a whole number (${what})` }).min(min, { error: `must be at least ${min} (${what})` });

const labelMap = z.record(
  z.string().max(64),
  z.union([z.string().max(128), z.number(), z.boolean()], { error: 'label values must be strings, numbers or booleans' }).transform(String),
);

export const agentFileSchema = z.strictObject({
  server: nonEmpty('the controller\'s MQTT URL, mqtt://HOST:1883 or mqtts://HOST:8883').optional(),
  api: nonEmpty('the controller\'s HTTP URL, http(s)://HOST:PORT').optional(),
  token: nonEmpty('a join token from `edgefleet token create`').optional(),
  'node-id': nonEmpty('this node\'s name').optional(),
  'state-dir': nonEmpty('a directory path').optional(),
  // A map ({zone: a}) or the flag form (["zone=a"]).
  label: z.union([labelMap, z.array(z.string().max(256)).max(256)], { error: 'must be a map of key: value, or a list of "key=value"' }).optional(),
  prefix: nonEmpty('an MQTT topic prefix').optional(),
  'docker-socket': nonEmpty('a Unix socket path').optional(),
  'registry-auth': nonEmpty('a file path').optional(),
  'security-policy': nonEmpty('a file path').optional(),
  'outbox-max-bytes': int(65_536, 'bytes').optional(),
  'keepalive-s': int(1, 'seconds').optional(),
  'reconnect-ms': int(100, 'milliseconds').optional(),
  'reconnect-max-ms': int(100, 'milliseconds').optional(),
  'resync-ms': int(1000, 'milliseconds').optional(),
  'metrics-port': int(0, 'a TCP port').optional(),
  'metrics-host': nonEmpty('an address to listen on, e.g. 127.0.0.1').optional(),
  'log-level': z.enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'], { error: 'must be one of trace, debug, info, warn, error, fatal, silent' }).optional(),
});

export type AgentFileConfig = z.infer<typeof agentFileSchema>;

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
  const parsed = agentFileSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  throw fail(
    source,
    parsed.error.issues.map((i) => {
      const path = i.path.map(String);
      if (i.code === 'unrecognized_keys') {
        return i.keys.map((k) => `${where(doc, lines, [...path, k])}${[...path, k].join('.')}: unknown option (the keys are the agent's long flag names: ${Object.keys(agentFileSchema.shape).join(', ')})`).join('\n  - ');
      }
      return `${where(doc, lines, path)}${path.join('.') || '(top level)'}: ${i.message}`;
    }),
  );
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
