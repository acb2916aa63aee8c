// Configuration entries: KEY=VALUE pairs the operator sets for the whole fleet, for the nodes a
// label selector matches, or for one node. They reach every container on a node as environment
// variables (render.ts); precedence is in resolve.ts. Validation and limits live here, once, for
// the API and the store.
import { ControllerError } from '../errors.js';
import { parseSelector, SelectorError, type Requirement, type Selector } from '../api/selector.js';

export type ConfigScopeKind = 'fleet' | 'selector' | 'node';

/** Where an entry applies. `target` is '' for fleet, the canonical selector text, or a node id. */
export interface ConfigScope {
  kind: ConfigScopeKind;
  target: string;
}

export interface ConfigEntry extends ConfigScope {
  key: string;
  value: string;
  updatedAtMs: number;
}

export const CONFIG_LIMITS = Object.freeze({
  keyChars: 128,
  valueBytes: 4096,
  /** Keys one scope (the fleet, one selector, one node) may hold. */
  keysPerScope: 128,
  /** Distinct selectors with config. Every render matches each node against all of them. */
  selectors: 256,
  entries: 10_000,
  /** Pairs in one set or unset request. */
  perRequest: 128,
  /** What one node's containers may receive, after precedence: keys, and bytes of keys + values. */
  effectiveKeys: 128,
  effectiveBytes: 32 * 1024,
});

/** Reserved for variables the system itself injects (service discovery, identity). */
export const RESERVED_PREFIX = 'EDGEFLEET_';

const KEY_RE = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A problem with a key, or null. Keys are environment variable names. */
export function keyProblem(key: string): string | null {
  if (key.length === 0) return 'the key is empty';
  if (key.length > CONFIG_LIMITS.keyChars) return `key ${JSON.stringify(key.slice(0, 40))}... is longer than ${CONFIG_LIMITS.keyChars} characters`;
  if (!KEY_RE.test(key)) return `${JSON.stringify(key)} is not a valid environment variable name (letters, digits and '_', not starting with a digit)`;
  if (key.toUpperCase().startsWith(RESERVED_PREFIX)) return `${JSON.stringify(key)}: names starting with ${RESERVED_PREFIX} are reserved for edgefleet itself`;
  return null;
}

export function valueProblem(key: string, value: string): string | null {
  if (value.includes('\0')) return `${key}: the value contains a NUL character, which an environment variable cannot hold`;
  const n = Buffer.byteLength(value);
  if (n > CONFIG_LIMITS.valueBytes) return `${key}: the value is ${n} bytes, more than the limit of ${CONFIG_LIMITS.valueBytes}`;
  return null;
}

function requirementText(r: Requirement): string {
  switch (r.op) {
    case 'eq':
      return `${r.key}=${r.value}`;
    case 'ne':
      return `${r.key}!=${r.value}`;
    case 'in':
      return `${r.key} in (${[...r.values].sort().join(',')})`;
    case 'notin':
      return `${r.key} notin (${[...r.values].sort().join(',')})`;
    case 'exists':
      return r.key;
    case 'notexists':
      return `!${r.key}`;
  }
}

/**
 * One text per meaning: requirements sorted, duplicates dropped, `==` written `=`. Two spellings of
 * one selector are one scope, not two that would compete.
 */
export function canonicalSelector(sel: Selector): string {
  return [...new Set(sel.map(requirementText))].sort().join(',');
}

/** Parses and canonicalises a selector given for a config scope; it must select something specific. */
export function parseScopeSelector(text: string): { selector: Selector; canonical: string } {
  let selector: Selector;
  try {
    selector = parseSelector(text);
  } catch (err) {
    if (err instanceof SelectorError) throw new ControllerError('EF_CTL_BAD_REQUEST', `invalid selector: ${err.message}`);
    throw err;
  }
  if (selector.length === 0) throw new ControllerError('EF_CTL_BAD_REQUEST', 'the selector is empty: give one such as site=plant-a, or leave out --selector to set fleet-wide config');
  return { selector, canonical: canonicalSelector(selector) };
}

/** Parses `KEY=VALUE` (the value may contain '=' and be empty). */
export function parseAssignment(arg: string): { key: string; value: string } {
  const eq = arg.indexOf('=');
  if (eq <= 0) throw new Error(`${JSON.stringify(arg)}: write KEY=VALUE`);
  return { key: arg.slice(0, eq), value: arg.slice(eq + 1) };
}

export function scopeText(s: ConfigScope): string {
  return s.kind === 'fleet' ? 'fleet' : `${s.kind} ${s.target}`;
}
