// Figures of a fuzz run: inputs tried and crashes per target, and the peak heap seen, printed at
// the end and written as JSON (EF_FUZZ_REPORT, default <tmp>/edgefleet-fuzz-<suite>.json) so CI
// can keep them. A crash is any outcome but success or the target's typed error.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TargetFigures {
  tried: number;
  crashes: number;
  /** Hex of the first bytes (or text) of each crashing input, at most 10. */
  crashInputs: string[];
}

export class FuzzStats {
  private readonly targets = new Map<string, TargetFigures>();
  private peakHeap = process.memoryUsage().heapUsed;
  private readonly baselineHeap = this.peakHeap;
  private calls = 0;
  private readonly startedAt = performance.now();

  constructor(private readonly suite: string) {}

  private of(target: string): TargetFigures {
    let t = this.targets.get(target);
    if (!t) this.targets.set(target, (t = { tried: 0, crashes: 0, crashInputs: [] }));
    return t;
  }

  tried(target: string, bigInput = false): void {
    this.of(target).tried++;
    // memoryUsage() costs a few microseconds: every big input, else every 32nd.
    if (bigInput || ++this.calls % 32 === 0) this.peakHeap = Math.max(this.peakHeap, process.memoryUsage().heapUsed);
  }

  crashed(target: string, input: Uint8Array | string): void {
    const t = this.of(target);
    t.crashes++;
    if (t.crashInputs.length < 10) {
      t.crashInputs.push(typeof input === 'string' ? input.slice(0, 200) : Buffer.from(input.subarray(0, 100)).toString('hex'));
    }
  }

  peakHeapMb(): number {
    return this.peakHeap / 2 ** 20;
  }

  report(): { suite: string; seconds: number; peakHeapMb: number; baselineHeapMb: number; targets: Record<string, TargetFigures> } {
    const out = {
      suite: this.suite,
      seconds: Math.round((performance.now() - this.startedAt) / 100) / 10,
      peakHeapMb: Math.round(this.peakHeapMb()),
      baselineHeapMb: Math.round(this.baselineHeap / 2 ** 20),
      targets: Object.fromEntries([...this.targets].sort(([a], [b]) => (a < b ? -1 : 1))),
    };
    const file = process.env.EF_FUZZ_REPORT_DIR ? join(process.env.EF_FUZZ_REPORT_DIR, `edgefleet-fuzz-${this.suite}.json`) : join(tmpdir(), `edgefleet-fuzz-${this.suite}.json`);
    writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
    const rows = Object.entries(out.targets).map(([k, v]) => `  ${k.padEnd(34)} ${String(v.tried).padStart(7)} tried  ${v.crashes} crashes`);
    console.log([`fuzz ${this.suite}: ${out.seconds}s, peak heap ${out.peakHeapMb} MB (start ${out.baselineHeapMb} MB) -> ${file}`, ...rows].join('\n'));
    return out;
  }
}
