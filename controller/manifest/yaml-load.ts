// YAML (and JSON, a subset of YAML 1.2) text -> plain values, one per document, refusing input
// that would make the parser itself the problem:
// - nesting is limited while parsing: 1 MiB of "[" otherwise drives yaml into unbounded recursion
//   and an out-of-memory crash of the whole process (not a catchable error);
// - duplicate keys are found here in linear time: yaml's own `uniqueKeys` check is quadratic per
//   mapping (60k keys took 37 s);
// - aliases are capped (billion laughs); tags outside the core schema are errors, not strings.
import { Composer, LineCounter, Parser, isNode, isScalar, visit, type Document } from 'yaml';
import type { ManifestProblem } from './errors.js';
import { MAX_ALIAS_COUNT, MAX_DEPTH, depthMessage } from './safety.js';

export interface LoadedDoc {
  /** 1-based position of the document in the stream. */
  doc: number;
  value: unknown;
}

export interface LoadResult {
  docs: LoadedDoc[];
  problems: ManifestProblem[];
}

class TooDeep extends Error {}

// The parser's stack holds the document, then one entry per open collection (and a scalar in
// progress), so a few entries of slack over MAX_DEPTH; the exact check runs on the parsed value.
const MAX_PARSER_STACK = MAX_DEPTH + 4;

class DepthLimitedParser extends Parser {
  override *next(source: string): ReturnType<Parser['next']> {
    yield* super.next(source);
    if (this.stack.length > MAX_PARSER_STACK) throw new TooDeep();
  }
}

const COMPOSE_OPTIONS = {
  version: '1.2',
  schema: 'core',
  merge: false,
  uniqueKeys: false,
  resolveKnownTags: false,
  strict: true,
} as const;

export function loadYaml(text: string): LoadResult {
  const lines = new LineCounter();
  const at = (offset: number): string => {
    const { line, col } = lines.linePos(offset);
    return `line ${line}, column ${col}`;
  };
  const parser = new DepthLimitedParser(lines.addNewLine);
  let documents: Document.Parsed[];
  try {
    documents = Array.from(new Composer(COMPOSE_OPTIONS).compose(parser.parse(text)));
  } catch (e) {
    if (!(e instanceof TooDeep) && !(e instanceof RangeError)) throw e;
    return { docs: [], problems: [{ path: '', message: `${at(parser.offset)}: ${depthMessage(MAX_DEPTH)}` }] };
  }
  const docs: LoadedDoc[] = [];
  const problems: ManifestProblem[] = [];
  documents.forEach((d, i) => {
    const doc = i + 1;
    const before = problems.length;
    for (const e of [...d.errors, ...d.warnings]) problems.push({ doc, path: '', message: `${at(e.pos[0])}: ${firstLine(e.message)}` });
    problems.push(...keyProblems(d, at).map((message) => ({ doc, path: '', message })));
    if (problems.length > before) return;
    try {
      const value: unknown = d.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
      if (value !== null && value !== undefined) docs.push({ doc, value });
    } catch (e) {
      problems.push({ doc, path: '', message: aliasMessage(e) });
    }
  });
  return { docs, problems };
}

function firstLine(s: string): string {
  return s.split('\n')[0] ?? s;
}

/** Duplicate and non-scalar mapping keys, each reported at its position. */
function keyProblems(d: Document.Parsed, at: (offset: number) => string): string[] {
  const out: string[] = [];
  visit(d, {
    Map(_, map) {
      const seen = new Set<string>();
      for (const { key } of map.items) {
        const pos = (isNode(key) ? key.range?.[0] : undefined) ?? map.range?.[0] ?? 0;
        if (!isScalar(key)) {
          out.push(`${at(pos)}: mapping keys must be plain strings`);
          continue;
        }
        const name = String(key.value);
        if (seen.has(name)) out.push(`${at(pos)}: duplicate key ${JSON.stringify(name)}`);
        seen.add(name);
      }
    },
  });
  return out;
}

function aliasMessage(e: unknown): string {
  if (e instanceof RangeError) return depthMessage(MAX_DEPTH);
  const why = e instanceof Error ? e.message : String(e);
  return /alias/i.test(why)
    ? `too many alias expansions (limit ${MAX_ALIAS_COUNT}): refusing a possible "billion laughs" document`
    : why;
}
