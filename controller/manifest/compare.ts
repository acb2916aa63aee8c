// How Gt and Lt compare a node's value with a constraint's: versions (agent.version,
// docker.version) part by part, everything else as a decimal number. Shared by manifest
// validation (a Gt value must be comparable) and the scheduler (which compares).

const VERSION_KEYS: ReadonlySet<string> = new Set(['agent.version', 'docker.version']);
const NUMBER_RE = /^-?\d+(\.\d+)?$/;
// "26.1.5", "v1.2", "20.10.24+dfsg1", "1.0.0-rc1": the numeric part is what is compared.
const VERSION_RE = /^v?(\d+(?:\.\d+)*)(?:[-+~].*)?$/;

export function isVersionKey(key: string): boolean {
  return VERSION_KEYS.has(key);
}

function parts(key: string, s: string): number[] | null {
  if (isVersionKey(key)) {
    const m = VERSION_RE.exec(s);
    return m?.[1] ? m[1].split('.').map(Number) : null;
  }
  return NUMBER_RE.test(s) ? [Number(s)] : null;
}

/** Whether `s` can stand on either side of a Gt/Lt over `key`. */
export function isComparable(key: string, s: string): boolean {
  return parts(key, s) !== null;
}

function compareParts(x: number[], y: number[]): number {
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

/** Sign of a - b under `key`'s ordering; null when either side is not comparable. */
export function compareValues(key: string, a: string, b: string): number | null {
  const x = parts(key, a);
  const y = parts(key, b);
  return x && y ? compareParts(x, y) : null;
}

/** compareValues with `b` parsed once: the scheduler compares one limit with every node's value. */
export function comparerTo(key: string, b: string): (a: string) => number | null {
  const y = parts(key, b);
  if (!y) return () => null;
  // A fleet holds few distinct values for one key (memory sizes, versions): each is parsed and
  // compared once, not once per node. Bounded, so odd inputs cannot grow it without limit.
  const seen = new Map<string, number | null>();
  return (a) => {
    let sign = seen.get(a);
    if (sign === undefined) {
      const x = parts(key, a);
      sign = x ? compareParts(x, y) : null;
      if (seen.size < 4096) seen.set(a, sign);
    }
    return sign;
  };
}
