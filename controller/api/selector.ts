// Label selectors for list queries (`?selector=zone=a,tier!=edge,gpu,!old,site in (x,y)`). Pure.
// Grammar, comma-separated requirements that must all hold:
//   key=value  key==value  key!=value  key  !key  key in (v1,v2)  key notin (v1,v2)
// `!=` and `notin` also match nodes without the key, as in Kubernetes.
import { ControllerError } from '../errors.js';

export type Requirement =
  | { key: string; op: 'eq' | 'ne'; value: string }
  | { key: string; op: 'in' | 'notin'; values: string[] }
  | { key: string; op: 'exists' | 'notexists' };

export type Selector = readonly Requirement[];

const KEY_RE = /^([a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?\/)?[A-Za-z0-9]([A-Za-z0-9._-]{0,61}[A-Za-z0-9])?$/;
const VALUE_RE = /^([A-Za-z0-9]([A-Za-z0-9._-]{0,61}[A-Za-z0-9])?)?$/;
export const MAX_SELECTOR_LENGTH = 4096;

export class SelectorError extends Error {
  override readonly name = 'SelectorError';
}

/** Splits on commas that are not inside parentheses. */
function splitTop(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (depth < 0) throw new SelectorError(`unbalanced ")" in ${JSON.stringify(text)}`);
    if (ch === ',' && depth === 0) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  if (depth !== 0) throw new SelectorError(`unbalanced "(" in ${JSON.stringify(text)}`);
  parts.push(cur);
  return parts.map((p) => p.trim());
}

function key(k: string, req: string): string {
  if (!KEY_RE.test(k)) throw new SelectorError(`${JSON.stringify(k)} in ${JSON.stringify(req)} is not a valid label key`);
  return k;
}

function value(v: string, req: string): string {
  if (!VALUE_RE.test(v)) throw new SelectorError(`${JSON.stringify(v)} in ${JSON.stringify(req)} is not a valid label value`);
  return v;
}

function parseRequirement(req: string): Requirement {
  const set = /^(\S+)\s+(in|notin)\s*\((.*)\)$/.exec(req);
  if (set) {
    const values = (set[3] ?? '').split(',').map((v) => value(v.trim(), req));
    if (values.length === 1 && values[0] === '') throw new SelectorError(`${JSON.stringify(req)} needs at least one value`);
    return { key: key(set[1] ?? '', req), op: set[2] === 'in' ? 'in' : 'notin', values };
  }
  const cmp = /^([^=!\s]+)\s*(==|=|!=)\s*(.*)$/.exec(req);
  if (cmp) {
    return { key: key(cmp[1] ?? '', req), op: cmp[2] === '!=' ? 'ne' : 'eq', value: value((cmp[3] ?? '').trim(), req) };
  }
  if (req.startsWith('!')) return { key: key(req.slice(1).trim(), req), op: 'notexists' };
  return { key: key(req, req), op: 'exists' };
}

/** Parses a selector; an empty or missing one selects everything. Throws SelectorError. */
export function parseSelector(text: string | undefined): Selector {
  if (text === undefined || text.trim() === '') return [];
  if (text.length > MAX_SELECTOR_LENGTH) throw new SelectorError(`selector is longer than ${MAX_SELECTOR_LENGTH} characters`);
  return splitTop(text).map((req) => {
    if (req === '') throw new SelectorError(`empty requirement in ${JSON.stringify(text)}`);
    return parseRequirement(req);
  });
}

export function matches(selector: Selector, labels: Readonly<Record<string, string>>): boolean {
  return selector.every((r) => {
    const has = Object.prototype.hasOwnProperty.call(labels, r.key);
    const v = has ? labels[r.key] : undefined;
    switch (r.op) {
      case 'eq':
        return v === r.value;
      case 'ne':
        return v !== r.value;
      case 'in':
        return v !== undefined && r.values.includes(v);
      case 'notin':
        return v === undefined || !r.values.includes(v);
      case 'exists':
        return has;
      case 'notexists':
        return !has;
    }
  });
}

/** For API handlers: a bad selector is a 400 with the parser's message. */
export function selectorOrBadRequest(text: string | undefined): Selector {
  try {
    return parseSelector(text);
  } catch (err) {
    if (err instanceof SelectorError) throw new ControllerError('EF_CTL_BAD_REQUEST', `invalid selector: ${err.message}`);
    throw err;
  }
}
