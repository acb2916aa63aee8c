// The simulator's credentials seam: one function per node returning its MQTT connect options
// (username/password on loopback plaintext, key/cert/ca on TLS). Workers are processes, so the
// function is built in each worker from a file the operator (or the benchmark) wrote:
//   { "nodes": { "<nodeId>": { "username": "...", "password": "..." } },
//     "default": { ... } }            <- optional, for every node not listed
// Fields: username, password, and key/cert/ca as PEM file paths. No file: no credentials.
import { readFileSync } from 'node:fs';
import type { IClientOptions } from 'mqtt';

export type SimAuth = (nodeId: string) => Partial<IClientOptions>;

interface Entry {
  username?: string;
  password?: string;
  key?: string;
  cert?: string;
  ca?: string;
}

const MAX_FILE_BYTES = 64 * 1024 * 1024;

export const noCredentials: SimAuth = () => ({});

export function loadCredentials(path: string | undefined): SimAuth {
  if (!path) return noCredentials;
  const text = readFileSync(path, 'utf8');
  if (text.length > MAX_FILE_BYTES) throw new Error(`credentials file ${path} is larger than ${MAX_FILE_BYTES} bytes`);
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (cause) {
    throw new Error(`credentials file ${path} is not JSON: ${(cause as Error).message}`, { cause });
  }
  if (typeof doc !== 'object' || doc === null) throw new Error(`credentials file ${path}: expected an object with "nodes" and/or "default"`);
  const { nodes = {}, default: fallback } = doc as { nodes?: Record<string, unknown>; default?: unknown };
  const check = (where: string, e: unknown): Entry => {
    if (typeof e !== 'object' || e === null) throw new Error(`credentials file ${path}: ${where} must be an object`);
    for (const [k, v] of Object.entries(e)) {
      if (!['username', 'password', 'key', 'cert', 'ca'].includes(k)) throw new Error(`credentials file ${path}: ${where}.${k} is not a known field (username, password, key, cert, ca)`);
      if (typeof v !== 'string') throw new Error(`credentials file ${path}: ${where}.${k} must be a string`);
    }
    return e as Entry;
  };
  const table = new Map(Object.entries(nodes).map(([id, e]) => [id, check(`nodes.${id}`, e)]));
  const def = fallback === undefined ? undefined : check('default', fallback);
  const pem = new Map<string, Buffer>();
  const file = (p: string): Buffer => pem.get(p) ?? (pem.set(p, readFileSync(p)), pem.get(p)!);
  return (nodeId) => {
    const e = table.get(nodeId) ?? def;
    if (!e) return {};
    return {
      ...(e.username !== undefined ? { username: e.username } : {}),
      ...(e.password !== undefined ? { password: e.password } : {}),
      ...(e.key ? { key: file(e.key) } : {}),
      ...(e.cert ? { cert: file(e.cert) } : {}),
      ...(e.ca ? { ca: file(e.ca) } : {}),
    };
  };
}
