// Manifest text or objects -> Workloads, or one ManifestError listing every problem found.
import { ManifestError, formatPath, type ManifestProblem } from './errors.js';
import { toWorkload } from './build.js';
import { friendlyMessage, issuesToProblems } from './problems.js';
import { MAX_MANIFEST_BYTES, safetyProblems } from './safety.js';
import { workloadManifestSchema } from './schema.js';
import type { Workload } from './types.js';
import { loadYaml } from './yaml-load.js';
import { NODE_POLICY_KIND, nodePolicyManifestSchema, toNamedNodePolicy, type NamedNodePolicy } from './node-policy.js';

// Callers that parse also catch: the error API is re-exported beside the parser.
export { ManifestError, isManifestError, type ManifestProblem } from './errors.js';

export interface ParseOptions {
  /** Names the input in messages, e.g. a file name. */
  source?: string;
  /** Size limit in UTF-8 bytes; default MAX_MANIFEST_BYTES. */
  maxBytes?: number;
}

export interface ParseResult {
  workloads: Workload[];
  /** `kind: NodePolicy` documents, in the same text as workloads or alone. */
  nodePolicies: NamedNodePolicy[];
}

interface Item {
  doc?: number;
  /** Where the manifest sits inside its document: [] alone, [2] in an array, ['items', 2] in a list. */
  at: PropertyKey[];
  value: unknown;
}

/**
 * Parses YAML (one or more `---` documents) or JSON text. A document is one Workload manifest,
 * a list of them, or `{items: [...]}`. Throws ManifestError: EF_MANIFEST_TOO_LARGE before any
 * parsing, else EF_MANIFEST_INVALID with every problem in every document.
 */
export function parseManifests(text: string, opts: ParseOptions = {}): ParseResult {
  const maxBytes = opts.maxBytes ?? MAX_MANIFEST_BYTES;
  // A string longer than the limit in UTF-16 units is longer in UTF-8 bytes too: no need to count.
  const bytes = text.length > maxBytes ? text.length : Buffer.byteLength(text, 'utf8');
  if (bytes > maxBytes) {
    const message = `manifest is ${text.length > maxBytes ? 'at least ' : ''}${bytes} bytes, over the ${maxBytes} byte limit`;
    throw new ManifestError('EF_MANIFEST_TOO_LARGE', [{ path: '', message }], opts.source);
  }
  const loaded = loadYaml(text);
  const problems: ManifestProblem[] = [...loaded.problems];
  const items = loaded.docs.flatMap((d) => expand(d.value, d.doc, problems));
  const policyItems = items.filter(isNodePolicy);
  const workloads = validateAll(items.filter((i) => !isNodePolicy(i)), problems);
  const nodePolicies = validatePolicies(policyItems, problems);
  if (problems.length > 0) throw new ManifestError('EF_MANIFEST_INVALID', problems, opts.source);
  return { workloads, nodePolicies };
}

/**
 * Validates one manifest object, e.g. an HTTP API's JSON body. `doc` only labels problems.
 * Throws ManifestError (EF_MANIFEST_INVALID).
 */
export function parseManifestObject(obj: unknown, doc?: number): Workload {
  const problems: ManifestProblem[] = [];
  const [workload] = validateAll([{ at: [], value: obj, ...(doc === undefined ? {} : { doc }) }], problems);
  if (problems.length > 0 || !workload) throw new ManifestError('EF_MANIFEST_INVALID', problems);
  return workload;
}

function expand(value: unknown, doc: number, problems: ManifestProblem[]): Item[] {
  if (Array.isArray(value)) return value.map((v: unknown, i) => ({ doc, at: [i], value: v }));
  if (!isList(value)) return [{ doc, at: [], value }];
  for (const key of Object.keys(value)) {
    if (key !== 'apiVersion' && key !== 'kind' && key !== 'items') {
      problems.push({ doc, path: formatPath([key]), message: 'unknown field in a list (only apiVersion, kind and items)' });
    }
  }
  if (!Array.isArray(value.items)) {
    problems.push({ doc, path: 'items', message: 'must be a list of manifests' });
    return [];
  }
  return value.items.map((v: unknown, i) => ({ doc, at: ['items', i], value: v }));
}

/** `{items: [...]}` (Kubernetes' `kind: List` shape) as opposed to a manifest. */
function isList(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && 'items' in v && !('spec' in v) && (v as { kind?: unknown }).kind !== 'Workload';
}

function validateAll(items: Item[], problems: ManifestProblem[]): Workload[] {
  const workloads: Workload[] = [];
  const seen = new Map<string, Item>();
  for (const item of items) {
    const problem = (path: PropertyKey[], message: string): ManifestProblem => ({
      path: formatPath([...item.at, ...path]),
      message,
      ...(item.doc === undefined ? {} : { doc: item.doc }),
    });
    const unsafe = safetyProblems(item.value);
    if (unsafe.length > 0) {
      problems.push(...unsafe.map((p) => problem(p.path, p.message)));
      continue;
    }
    const parsed = workloadManifestSchema.safeParse(item.value, { error: friendlyMessage });
    if (!parsed.success) {
      problems.push(...issuesToProblems(parsed.error.issues, item.doc, item.at));
      continue;
    }
    const w = toWorkload(parsed.data);
    const first = seen.get(w.name);
    if (first) {
      problems.push(problem(['metadata', 'name'], `workload ${JSON.stringify(w.name)} is already defined${describeItem(first)}`));
      continue;
    }
    seen.set(w.name, item);
    workloads.push(w);
  }
  return workloads;
}

function isNodePolicy(item: Item): boolean {
  return typeof item.value === 'object' && item.value !== null && (item.value as { kind?: unknown }).kind === NODE_POLICY_KIND;
}

function validatePolicies(items: Item[], problems: ManifestProblem[]): NamedNodePolicy[] {
  const out: NamedNodePolicy[] = [];
  for (const item of items) {
    const at = (path: PropertyKey[]): ManifestProblem => ({ path: formatPath([...item.at, ...path]), message: '', ...(item.doc === undefined ? {} : { doc: item.doc }) });
    const unsafe = safetyProblems(item.value);
    if (unsafe.length > 0) {
      problems.push(...unsafe.map((p) => ({ ...at(p.path), message: p.message })));
      continue;
    }
    const parsed = nodePolicyManifestSchema.safeParse(item.value, { error: friendlyMessage });
    if (!parsed.success) {
      problems.push(...issuesToProblems(parsed.error.issues, item.doc, item.at));
      continue;
    }
    const named = toNamedNodePolicy(parsed.data);
    if (typeof named === 'string') problems.push({ ...at(['spec']), message: named });
    else if (out.some((p) => p.name === named.name)) problems.push({ ...at(['metadata', 'name']), message: `NodePolicy ${JSON.stringify(named.name)} is already defined` });
    else out.push(named);
  }
  return out;
}

function describeItem(item: Item): string {
  const parts = [item.doc === undefined ? '' : `doc ${item.doc}`, formatPath(item.at)].filter(Boolean);
  return parts.length > 0 ? ` in ${parts.join(' ')}` : ' earlier';
}
