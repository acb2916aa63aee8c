// Strict objects: an unknown field is an error, never silently dropped, so `spec.contaner` or
// `restartpolicy` cannot turn into "the default applied and nobody noticed".
//
// zod reports all unknown keys of one object as a single issue. Its message carries one line per
// key, in the order of `issue.keys`; problems.ts splits them back so each key gets its own path.
import { z } from 'zod';

export function strictObject<S extends z.core.$ZodLooseShape>(shape: S) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (iss) => (iss.code === 'unrecognized_keys' ? unknownFieldLines(iss.keys, known) : undefined),
  });
}

export function unknownFieldLines(keys: readonly string[], known: readonly string[]): string {
  return keys
    .map((k) => {
      const near = closest(k, known);
      return `unknown field ${JSON.stringify(k)}${near ? ` (did you mean ${JSON.stringify(near)}?)` : ''}`;
    })
    .join('\n');
}

/** The known name a typo most likely meant: same letters ignoring case, or within a small edit distance. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(word.length / 4)) + 1;
  for (const c of candidates) {
    const d = c.toLowerCase() === word.toLowerCase() ? 0 : editDistance(word, c, bestDistance);
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best;
}

/** Levenshtein distance, giving up (returning `cap`) once it cannot come in under `cap`. */
function editDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) >= cap || a.length > 64 || b.length > 64) return cap;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row.push(Math.min((prev[j] ?? cap) + 1, (row[j - 1] ?? cap) + 1, (prev[j - 1] ?? cap) + cost));
    }
    if (Math.min(...row) >= cap) return cap;
    prev = row;
  }
  return prev[b.length] ?? cap;
}
