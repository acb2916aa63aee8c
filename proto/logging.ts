// Logging shared by the agent and the controller (proto/ is the only code both sides import, and
// one rule set for credentials is easier to trust than two): pino JSON lines, pretty when stdout is
// a terminal, and credentials redacted wherever they appear in a log call.
//
// Redaction is by key, at any depth (pino's own `redact` needs every path spelled out, and a
// credential nested one level deeper than foreseen would slip through): a key that names a
// credential (token, secret, password, authorization, cookie, api key, private key, ...) has its
// value replaced. Strings are scrubbed too: "Bearer X", a password in a URL (mqtt://u:p@host), and
// token=/secret=/password= query parameters. Keys naming where a credential lives (adminTokenFile,
// tokenPath) or which one (tokenId) are kept: operators need them.
import { pino, type Logger, type LoggerOptions } from 'pino';

export const REDACTED = '[REDACTED]';

const SECRET_KEY = /(token|secret|secretEnv|passw(or)?d|passphrase|authorization|cookie|api[-_]?key|private[-_]?key|credentials?|^auths?)$/i;
const SCRUB: readonly [RegExp, string][] = [
  [/\b(bearer|basic)\s+[A-Za-z0-9._~+/=-]+/gi, `$1 ${REDACTED}`],
  [/(\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@]*:)[^\s@/]+@/gi, `$1${REDACTED}@`],
  [/([?&;\s](?:access_token|token|secret|password|passwd|api_key|apikey)=)[^&\s]+/gi, `$1${REDACTED}`],
];
const MAX_DEPTH = 10;

export function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key);
}

export function scrubString(s: string): string {
  let out = s;
  for (const [re, to] of SCRUB) out = out.replace(re, to);
  return out;
}

/**
 * A copy of `v` with credentials redacted; `v` itself when there was nothing to redact (no copy
 * per log line in the common case). Errors are always copied (same class, fields redacted).
 */
export function redact(v: unknown, depth = 0, seen: WeakSet<object> = new WeakSet()): unknown {
  if (typeof v === 'string') return scrubString(v);
  if (typeof v !== 'object' || v === null || depth > MAX_DEPTH) return v;
  if (ArrayBuffer.isView(v) || v instanceof Map || v instanceof Set || v instanceof Date) return v;
  if (seen.has(v)) return v;
  seen.add(v);
  if (Array.isArray(v)) {
    let changed = false;
    const out = v.map((x) => {
      const r = redact(x, depth + 1, seen);
      if (r !== x) changed = true;
      return r;
    });
    return changed ? out : v;
  }
  if (v instanceof Error) {
    // A copy of the same class, so pino's error serializer still names its type.
    const copy = Object.create(Object.getPrototypeOf(v) as object) as Record<string, unknown>;
    const fields: Record<string, unknown> = { message: v.message, stack: v.stack, ...Object.fromEntries(Object.entries(v)) };
    if (v.cause !== undefined) fields.cause = v.cause;
    for (const [k, x] of Object.entries(redact(fields, depth, seen) as Record<string, unknown>)) copy[k] = x;
    return copy;
  }
  let out: Record<string, unknown> | null = null;
  // A secret env entry ({name, value, secret: true}, proto/types.ts EnvVar): its value is the secret.
  const secretEntry = (v as { secret?: unknown }).secret === true;
  for (const [k, x] of Object.entries(v)) {
    const named = isSecretKey(k) || (secretEntry && k === 'value');
    // A boolean is a flag ({secret: true}), never a credential: kept.
    const r = named && x !== undefined && x !== null && x !== '' && typeof x !== 'boolean' ? REDACTED : redact(x, depth + 1, seen);
    if (r !== x) {
      out ??= { ...(v as Record<string, unknown>) };
      out[k] = r;
    }
  }
  return out ?? v;
}

export interface LoggerSetup {
  app: string;
  level: string;
  /** 'pretty' or 'json'; default pretty when stdout is a terminal (env EDGEFLEET_LOG_FORMAT). */
  format?: 'pretty' | 'json';
  /** Where JSON lines go (tests); default stdout. */
  destination?: pino.DestinationStream;
}

export function loggerOptions(app: string, level: string): LoggerOptions {
  return {
    level,
    base: { app },
    hooks: {
      // Every log call passes here (only for enabled levels): objects and strings alike.
      logMethod(args, method) {
        const [first, ...rest] = args as unknown[];
        // logger.error(err): pino's own shape for an Error, { err } with its message as the line's.
        const head = first instanceof Error ? { err: first } : first;
        if (first instanceof Error && rest.length === 0) rest.push(first.message);
        const clean = [redact(head), ...rest.map((a) => redact(a))];
        return method.apply(this, clean as Parameters<typeof method>);
      },
    },
  };
}

/**
 * Child bindings (logger.child({...})) are not log-call arguments, and pino applies a bindings
 * formatter to the root only: so `child` itself is wrapped. Children inherit from their parent
 * (Object.create), so the wrapper on the root covers grandchildren too.
 */
function redactChildren(root: Logger): Logger {
  const original = Object.getPrototypeOf(root) as { child: Logger['child'] };
  root.child = function (this: Logger, bindings, options) {
    return original.child.call(this, redact(bindings) as typeof bindings, options);
  } as Logger['child'];
  return root;
}

function wantPretty(setup: LoggerSetup): boolean {
  const fmt = setup.format ?? process.env.EDGEFLEET_LOG_FORMAT;
  if (fmt === 'json') return false;
  if (fmt === 'pretty') return true;
  return setup.destination === undefined && process.stdout.isTTY === true;
}

/** pino-pretty, or null where it is not installed (the bundled agent leaves it out). */
async function loadPretty(): Promise<typeof import('pino-pretty') | null> {
  try {
    return (await import('pino-pretty')).default;
  } catch {
    return null;
  }
}

/** JSON lines, or pino-pretty (loaded only then) on a terminal. */
export async function makeProcessLogger(setup: LoggerSetup): Promise<Logger> {
  const opts = loggerOptions(setup.app, setup.level);
  const pretty = wantPretty(setup) ? await loadPretty() : null;
  if (pretty) {
    return redactChildren(pino(opts, pretty({ colorize: process.stdout.isTTY === true, sync: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname,app', singleLine: true })));
  }
  return redactChildren(setup.destination ? pino(opts, setup.destination) : pino(opts));
}
