// The manifest error catalog: one error class, two stable codes, and every problem found, so a
// user fixes a file in one round instead of one error per `apply`.

export type ManifestErrorCode = 'EF_MANIFEST_INVALID' | 'EF_MANIFEST_TOO_LARGE';

export interface ManifestProblem {
  /** Field path inside the manifest, e.g. `spec.container.ports[0].hostPort`; '' for the document. */
  path: string;
  message: string;
  /** 1-based YAML document number in the file; absent when the input was a single object. */
  doc?: number;
}

/** More problems than this are summarised in one last entry: the message stays readable and bounded. */
export const MAX_REPORTED_PROBLEMS = 100;

export class ManifestError extends Error {
  override readonly name = 'ManifestError';
  readonly problems: readonly ManifestProblem[];

  constructor(
    readonly code: ManifestErrorCode,
    problems: readonly ManifestProblem[],
    readonly source?: string,
    options?: { cause?: unknown },
  ) {
    const shown = capProblems(problems);
    super(formatMessage(shown, source), options);
    this.problems = Object.freeze(shown);
  }
}

export function isManifestError(e: unknown): e is ManifestError {
  return e instanceof ManifestError;
}

/** `hello.yaml doc 1: spec.container.image: is required` (each part only when known). */
export function formatProblem(p: ManifestProblem, source?: string): string {
  const where = [source, p.doc === undefined ? undefined : `doc ${p.doc}`].filter(Boolean).join(' ');
  return [where, p.path, p.message].filter((s) => s !== undefined && s !== '').join(': ');
}

function formatMessage(problems: readonly ManifestProblem[], source?: string): string {
  const lines = problems.map((p) => formatProblem(p, source));
  if (lines.length === 1) return lines[0] ?? '';
  return [`${problems.length} manifest problems:`, ...lines.map((l) => `  ${l}`)].join('\n');
}

function capProblems(problems: readonly ManifestProblem[]): ManifestProblem[] {
  if (problems.length <= MAX_REPORTED_PROBLEMS) return [...problems];
  const more = problems.length - (MAX_REPORTED_PROBLEMS - 1);
  return [...problems.slice(0, MAX_REPORTED_PROBLEMS - 1), { path: '', message: `and ${more} more problems` }];
}

/** `['spec', 'ports', 0, 'hostPort']` -> `spec.ports[0].hostPort`; odd keys are quoted: `labels["a/b"]`. */
export function formatPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (typeof s === 'string' && /^[A-Za-z_][A-Za-z0-9_-]*$/.test(s)) out += out === '' ? s : `.${s}`;
    else out += `[${JSON.stringify(String(s))}]`;
  }
  return out;
}
