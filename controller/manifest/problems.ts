// zod issues -> ManifestProblems with field paths and messages that say what to write instead.
import type { z } from 'zod';
import { formatPath, type ManifestProblem } from './errors.js';

type Issue = z.core.$ZodIssue;
type RawIssue = z.core.$ZodRawIssue;

const NOUNS: Readonly<Record<string, string>> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a map',
  record: 'a map',
};

function describe(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'object') return 'a map';
  const text = typeof input === 'string' ? JSON.stringify(input) : String(input);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/** Parse-wide error map: friendlier defaults; a schema's own `error` still wins over it. */
export function friendlyMessage(iss: RawIssue): string | undefined {
  switch (iss.code) {
    case 'invalid_type': {
      const input = iss.input;
      if (input === undefined) return 'is required';
      if (iss.expected === 'string' && (typeof input === 'number' || typeof input === 'boolean')) {
        return `must be a string: quote it ("${String(input)}") so YAML does not read it as a ${typeof input}`;
      }
      return `must be ${NOUNS[iss.expected] ?? iss.expected}, got ${describe(input)}`;
    }
    case 'too_small':
      if (iss.origin === 'array') return `needs at least ${iss.minimum} item${iss.minimum === 1 ? '' : 's'}`;
      if (iss.origin === 'string') return iss.minimum === 1 ? 'must not be empty' : `needs at least ${iss.minimum} characters`;
      return `must be ${iss.inclusive === false ? 'more than' : 'at least'} ${iss.minimum}, got ${describe(iss.input)}`;
    case 'too_big':
      if (iss.origin === 'array') return `has more than ${iss.maximum} items`;
      if (iss.origin === 'string') return `is longer than ${iss.maximum} characters`;
      return `must be ${iss.inclusive === false ? 'less than' : 'at most'} ${iss.maximum}, got ${describe(iss.input)}`;
    case 'invalid_value':
      return `${describe(iss.input)} is not one of ${iss.values.map(String).join(', ')}`;
    case 'invalid_format':
      return iss.format === 'starts_with' && 'prefix' in iss ? `must start with ${JSON.stringify(iss.prefix)}` : undefined;
    case 'invalid_key':
      return iss.issues[0]?.message;
    default:
      return undefined;
  }
}

export function issuesToProblems(issues: readonly Issue[], doc?: number, prefix: readonly PropertyKey[] = []): ManifestProblem[] {
  const out: ManifestProblem[] = [];
  const add = (path: readonly PropertyKey[], message: string): void => {
    out.push({ path: formatPath(path), message, ...(doc === undefined ? {} : { doc }) });
  };
  for (const iss of issues) {
    const at = [...prefix, ...iss.path];
    if (iss.code === 'unrecognized_keys') {
      // strict.ts writes one message line per key, in key order.
      const lines = iss.message.split('\n');
      iss.keys.forEach((k, i) => add([...at, k], lines[i] ?? `unknown field ${JSON.stringify(k)}`));
    } else if (iss.code === 'invalid_union') {
      const branch = matchingBranch(iss.errors);
      if (branch) out.push(...issuesToProblems(branch, doc, at));
      else add(at, iss.message);
    } else {
      add(at, iss.message);
    }
  }
  return out;
}

/**
 * The one union branch whose type matched the input (its issues are deeper than "wrong type"):
 * for `env: [{name: 1}]` the list branch's issue is the useful one, not "expected a map".
 */
function matchingBranch(branches: readonly Issue[][]): Issue[] | undefined {
  const matched = branches.filter((issues) => !issues.every((i) => i.code === 'invalid_type' && i.path.length === 0));
  return matched.length === 1 ? matched[0] : undefined;
}
