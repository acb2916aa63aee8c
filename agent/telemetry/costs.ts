// What each sampling call costs: the last WINDOW durations per source, summarised on demand.
// Bounded by construction (a ring per source), so a long-running agent never grows it.

const WINDOW = 256;

export interface CostSummary {
  /** Calls recorded in total (the percentiles cover the last 256). */
  count: number;
  errors: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

class Ring {
  private readonly values: number[] = [];
  private next = 0;
  count = 0;
  errors = 0;

  add(ms: number, failed: boolean): void {
    if (this.values.length < WINDOW) this.values.push(ms);
    else this.values[this.next] = ms;
    this.next = (this.next + 1) % WINDOW;
    this.count++;
    if (failed) this.errors++;
  }

  summary(): CostSummary {
    const sorted = [...this.values].sort((a, b) => a - b);
    const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
    return { count: this.count, errors: this.errors, p50Ms: at(0.5), p95Ms: at(0.95), maxMs: sorted[sorted.length - 1] ?? 0 };
  }
}

export class CostStats<K extends string> {
  private readonly rings = new Map<K, Ring>();

  record(source: K, ms: number, failed = false): void {
    let r = this.rings.get(source);
    if (!r) this.rings.set(source, (r = new Ring()));
    r.add(ms, failed);
  }

  summary(): Partial<Record<K, CostSummary>> {
    const out: Partial<Record<K, CostSummary>> = {};
    for (const [k, r] of this.rings) out[k] = r.summary();
    return out;
  }
}
