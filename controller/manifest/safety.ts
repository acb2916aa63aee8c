// Limits that keep hostile input from costing more than it is worth. They apply to every input
// path: YAML text, JSON text, and objects the HTTP API already parsed.
/** Largest manifest text accepted, checked before any parsing. */
export const MAX_MANIFEST_BYTES = 1024 * 1024;
/** Deepest nesting accepted; a real manifest is about 6 levels deep. */
export const MAX_DEPTH = 64;
/** Alias expansions allowed per document: enough for real reuse, far too few for "billion laughs". */
export const MAX_ALIAS_COUNT = 100;

/** Keys that can reach Object.prototype through careless merging; no manifest field is named so. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface SafetyProblem {
  /** Path segments from the checked value's root. */
  path: PropertyKey[];
  message: string;
}

export function depthMessage(maxDepth: number): string {
  return `nesting is deeper than ${maxDepth} levels`;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/**
 * Forbidden keys and nesting depth of an already-parsed value. Recursion is bounded by maxDepth,
 * which also stops at cycles (a self-referencing YAML alias or a hand-built object).
 */
export function safetyProblems(value: unknown, maxDepth = MAX_DEPTH): SafetyProblem[] {
  const problems: SafetyProblem[] = [];
  const walk = (v: unknown, path: PropertyKey[]): boolean => {
    const children: [PropertyKey, unknown][] = Array.isArray(v)
      ? v.map((x, i): [number, unknown] => [i, x])
      : isPlainObject(v)
        ? Object.keys(v).map((k): [string, unknown] => [k, v[k]])
        : [];
    if (children.length === 0) return true;
    if (path.length >= maxDepth) {
      problems.push({ path, message: depthMessage(maxDepth) });
      return false;
    }
    for (const [k, child] of children) {
      if (typeof k === 'string' && FORBIDDEN_KEYS.has(k)) {
        problems.push({ path: [...path, k], message: `field name ${JSON.stringify(k)} is not allowed` });
      } else if (!walk(child, [...path, k])) {
        return false;
      }
    }
    return true;
  };
  walk(value, []);
  return problems;
}
