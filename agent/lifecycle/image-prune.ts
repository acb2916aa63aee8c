// Image housekeeping: the agent remembers which images it pulled itself, and under disk pressure
// removes those no desired workload and no container uses. Images it did not pull (an
// operator's, another agent's on a shared engine) are never touched. Removal never forces: Docker
// untags a reference other tags share, and refuses the last reference of an image a container uses.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const PULLED_FILE = 'pulled-images.json';
export const DEFAULT_DISK_PRESSURE_PERCENT = 90;

/** Pure: which of the agent's pulled images may go. */
export function pruneCandidates(pulled: readonly string[], desiredImages: ReadonlySet<string>, inUse: ReadonlySet<string>): string[] {
  return pulled.filter((ref) => !desiredImages.has(ref) && !inUse.has(ref)).sort();
}

export function underPressure(usedBytes: number, sizeBytes: number, thresholdPercent: number): boolean {
  const limit = thresholdPercent > 0 ? thresholdPercent : DEFAULT_DISK_PRESSURE_PERCENT;
  return sizeBytes > 0 && (usedBytes / sizeBytes) * 100 >= limit;
}

/** The list of images the agent pulled, kept in the state dir (small, rewritten atomically). */
export class PulledImages {
  private readonly file: string;
  private refs: Set<string>;

  constructor(stateDir: string) {
    this.file = join(stateDir, PULLED_FILE);
    this.refs = new Set(this.read());
  }

  private read(): string[] {
    try {
      const v: unknown = JSON.parse(readFileSync(this.file, 'utf8'));
      return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
    } catch {
      return [];
    }
  }

  private write(): void {
    const tmp = `${this.file}.tmp`;
    writeFileSync(tmp, JSON.stringify([...this.refs].sort()), { mode: 0o600 });
    renameSync(tmp, this.file);
  }

  list(): string[] {
    return [...this.refs];
  }

  add(ref: string): void {
    if (this.refs.has(ref)) return;
    this.refs.add(ref);
    this.write();
  }

  delete(ref: string): void {
    if (this.refs.delete(ref)) this.write();
  }
}
