// Where the CLI finds its controller and admin token, first match wins:
//   server: --server, EDGEFLEET_SERVER, the config file's "server", http://127.0.0.1:8080
//   token:  --token, --token-file, EDGEFLEET_TOKEN, EDGEFLEET_TOKEN_FILE, the config file's
//           "token" (when the file names no other
//           server), then admin.token in the local controller's data dir (--data-dir,
//           EDGEFLEET_DATA_DIR, ./.edgefleet/controller) when the server is on this machine.
//   CA:     --ca, EDGEFLEET_CA: a PEM CA trusted for an https:// server besides the system's
//           roots (trust.ts); NODE_EXTRA_CA_CERTS works too.
// The config file is $XDG_CONFIG_HOME/edgefleet/config.json or ~/.config/edgefleet/config.json.
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { parseCaBundle } from './trust.js';

export const DEFAULT_SERVER = 'http://127.0.0.1:8080';
export const DEFAULT_DATA_DIR = './.edgefleet/controller';

export interface ApiTarget {
  server: string;
  token?: string;
  /** Where the token came from, for error messages ("--token", "EDGEFLEET_TOKEN", a path). */
  tokenSource?: string;
  /** PEM CA certificates trusted for an https:// server besides the system's roots. */
  ca?: string;
  /** The file they came from. */
  caSource?: string;
}

export interface TargetFlags {
  server?: string;
  token?: string;
  /** A file holding the token, e.g. the controller's read.token for read-only use. */
  tokenFile?: string;
  dataDir?: string;
  /** A PEM file with the CA to trust for an https:// server (the global --ca). */
  ca?: string;
}

export interface CredentialContext {
  env: Readonly<Record<string, string | undefined>>;
  home: string;
  /** File contents, or undefined when the file does not exist. */
  readFile(path: string): string | undefined;
}

export function defaultContext(): CredentialContext {
  return {
    env: process.env,
    home: homedir(),
    readFile: (path) => {
      try {
        return readFileSync(path, 'utf8');
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw new Error(`cannot read ${path}: ${(err as Error).message}`, { cause: err });
      }
    },
  };
}

export function configFilePath(ctx: Pick<CredentialContext, 'env' | 'home'>): string {
  const base = ctx.env.XDG_CONFIG_HOME || join(ctx.home, '.config');
  return join(base, 'edgefleet', 'config.json');
}

interface ConfigFile {
  server?: string;
  token?: string;
}

function readConfig(path: string, ctx: CredentialContext): ConfigFile {
  const text = ctx.readFile(path);
  if (text === undefined) return {};
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (err) {
    throw new Error(`${path} is not valid JSON (${(err as Error).message}); expected {"server": "...", "token": "..."}`, { cause: err });
  }
  const o = (typeof v === 'object' && v !== null ? v : {}) as Record<string, unknown>;
  for (const k of ['server', 'token'] as const) {
    if (o[k] !== undefined && typeof o[k] !== 'string') throw new Error(`${path}: "${k}" must be a string`);
  }
  return { server: o.server as string | undefined, token: o.token as string | undefined };
}

const normalize = (url: string): string => url.trim().replace(/\/+$/, '');

export function isLoopback(server: string): boolean {
  try {
    const host = new URL(server).hostname;
    return host === 'localhost' || host === '[::1]' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
  } catch {
    return false;
  }
}

/** Longer than any token the controller issues (admin.token, read.token): not a token file. */
const MAX_TOKEN_FILE_CHARS = 4096;

/** A named token file must exist and hold one token: a typo must not fall back to another token. */
function tokenFromFile(path: string, via: string, ctx: CredentialContext): string {
  const text = ctx.readFile(path);
  if (text === undefined) throw new Error(`${via} ${path}: no such file (the controller writes admin.token and read.token in its data dir)`);
  const token = text.trim();
  if (token.length === 0) throw new Error(`${via} ${path} is empty; expected one bearer token`);
  if (token.length > MAX_TOKEN_FILE_CHARS || /\s/.test(token)) throw new Error(`${via} ${path} does not hold a single token (at most ${MAX_TOKEN_FILE_CHARS} characters, no spaces)`);
  return token;
}

export function resolveTarget(flags: TargetFlags, ctx: CredentialContext = defaultContext()): ApiTarget {
  const target = resolveServerAndToken(flags, ctx);
  const caFile = flags.ca || ctx.env.EDGEFLEET_CA;
  if (!caFile) return target;
  const via = flags.ca ? '--ca' : 'EDGEFLEET_CA';
  const text = ctx.readFile(caFile);
  if (text === undefined) throw new Error(`${via} ${caFile}: no such file (the controller's CA is <data-dir>/pki/ca.crt on its machine; copy it here)`);
  return { ...target, ca: parseCaBundle(text, `${via} ${caFile}`), caSource: caFile };
}

function resolveServerAndToken(flags: TargetFlags, ctx: CredentialContext): ApiTarget {
  const cfgPath = configFilePath(ctx);
  const cfg = readConfig(cfgPath, ctx);
  const server = normalize(flags.server || ctx.env.EDGEFLEET_SERVER || cfg.server || DEFAULT_SERVER);
  if (flags.token) return { server, token: flags.token.trim(), tokenSource: '--token' };
  if (flags.tokenFile) return { server, token: tokenFromFile(flags.tokenFile, '--token-file', ctx), tokenSource: flags.tokenFile };
  if (ctx.env.EDGEFLEET_TOKEN) return { server, token: ctx.env.EDGEFLEET_TOKEN.trim(), tokenSource: 'EDGEFLEET_TOKEN' };
  if (ctx.env.EDGEFLEET_TOKEN_FILE) {
    const f = ctx.env.EDGEFLEET_TOKEN_FILE;
    return { server, token: tokenFromFile(f, 'EDGEFLEET_TOKEN_FILE', ctx), tokenSource: f };
  }
  if (cfg.token && (!cfg.server || normalize(cfg.server) === server)) return { server, token: cfg.token.trim(), tokenSource: cfgPath };
  // The local controller's token goes only to a controller on this machine.
  if (isLoopback(server)) {
    const file = join(flags.dataDir || ctx.env.EDGEFLEET_DATA_DIR || DEFAULT_DATA_DIR, 'admin.token');
    const token = ctx.readFile(file)?.trim();
    if (token) return { server, token, tokenSource: file };
  }
  return { server };
}

/** What to tell someone whose request was refused with 401. */
export function unauthorizedHint(target: ApiTarget, ctx: Pick<CredentialContext, 'env' | 'home'> = defaultContext()): string {
  if (target.token) return `the token from ${target.tokenSource ?? 'the command line'} was refused by ${target.server}`;
  return (
    `no admin token found for ${target.server}: pass --token, set EDGEFLEET_TOKEN, write {"server": "${target.server}", "token": "..."} ` +
    `to ${configFilePath(ctx)}, or run beside the controller (its data dir holds admin.token; --data-dir)`
  );
}
