// What every benchmark returns: rows of one table. A row's reference is measured in the same run
// (or, when marked published/target, is the figure the issue sets), in the row's own unit, so
// ratio = value / reference.value always reads "how many times the reference".

export interface Reference {
  /** What the reference is, e.g. "bare node (same run)", "target", "Nomad (published)". */
  what: string;
  value: number;
}

export interface Target {
  /** '<=': lower is better; '>=': higher is better. */
  op: '<=' | '>=';
  value: number;
}

export interface Row {
  /** Benchmark module, e.g. "scheduler". */
  group: string;
  metric: string;
  value: number;
  unit: string;
  reference?: Reference;
  target?: Target;
  /** A short fact that explains the figure (placements moved, samples taken). */
  note?: string;
}

export interface BenchContext {
  quick: boolean;
  /** Progress to stderr; the table alone goes to stdout. */
  log(msg: string): void;
}

export interface Bench {
  name: string;
  /** Too long for --quick: runs only in the full run (or when named with --only). */
  fullOnly?: boolean;
  run(ctx: BenchContext): Promise<Row[]>;
}

export function ratioOf(row: Row): number | undefined {
  const ref = row.reference?.value;
  return ref === undefined || ref === 0 ? undefined : row.value / ref;
}

export function targetMet(row: Row): boolean | undefined {
  const t = row.target;
  if (!t) return undefined;
  return t.op === '<=' ? row.value <= t.value : row.value >= t.value;
}

/** Thrown by a benchmark that measured some rows before a later step failed: the runner keeps the rows. */
export class PartialResults extends Error {
  constructor(
    readonly rows: Row[],
    message: string,
  ) {
    super(message);
  }
}
