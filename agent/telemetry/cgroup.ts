// Per-container CPU and memory straight from the cgroup filesystem: three small file reads per
// container instead of Docker's stats API (one slow streaming HTTP call per container per sample).
//
// Layouts handled (Docker's cgroupfs and systemd drivers, cgroup v1, v2 and hybrid):
//   v1  <cpuacct mount>/docker/<id>/cpuacct.usage                 (ns)
//       <memory mount>/docker/<id>/memory.usage_in_bytes, memory.stat total_inactive_file
//   v2  <cgroup2 mount>/docker/<id>/cpu.stat usage_usec, memory.current, memory.stat inactive_file
//       with system.slice/docker-<id>.scope in place of docker/<id> under the systemd driver.
// The mounts come from mountinfo; which group path and hierarchy answer is learnt from the first
// container that resolves and reused for all later ones. A container whose files cannot be read
// (not started yet, just removed) is left out of the sample, never guessed.
import { readKernelFile as readFile } from './kernfs.js';
import type { MountEntry } from './proc.js';

export interface CgroupCounters {
  /** Cumulative CPU time of every process in the container, ns. */
  cpuNs: number;
  /** Usage minus inactive page cache, as `docker stats` reports it. */
  memoryBytes: number;
}

type Flavour = 'v1' | 'v2';

interface Candidate {
  flavour: Flavour;
  /** Hierarchy roots holding the CPU and the memory files (equal under v2). */
  cpuRoot: string;
  memRoot: string;
  group: (id: string) => string;
}

const GROUPS: readonly ((id: string) => string)[] = [(id) => `docker/${id}`, (id) => `system.slice/docker-${id}.scope`];

/** Every (hierarchy, group path) combination this host's mounts allow, most specific first. */
export function cgroupCandidates(mounts: readonly MountEntry[]): Candidate[] {
  const v1 = (controller: string): string | undefined =>
    mounts.find((m) => m.fsType === 'cgroup' && m.superOptions.includes(controller))?.mountPoint;
  const cpuacct = v1('cpuacct');
  const memory = v1('memory');
  const unified = mounts.find((m) => m.fsType === 'cgroup2')?.mountPoint;
  const out: Candidate[] = [];
  for (const group of GROUPS) {
    if (cpuacct && memory) out.push({ flavour: 'v1', cpuRoot: cpuacct, memRoot: memory, group });
    if (unified) out.push({ flavour: 'v2', cpuRoot: unified, memRoot: unified, group });
  }
  return out;
}

/** `key value` lines (cpu.stat, memory.stat) into a map. */
export function parseKeyValues(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split('\n')) {
    const [k, v] = line.trim().split(/\s+/);
    if (k && v !== undefined && Number.isFinite(Number(v))) out.set(k, Number(v));
  }
  return out;
}

const one = (text: string): number => {
  const n = Number(text.trim());
  return Number.isFinite(n) && n >= 0 ? n : 0;
};

async function readWith(c: Candidate, id: string): Promise<CgroupCounters> {
  const cpuDir = `${c.cpuRoot}/${c.group(id)}`;
  const memDir = `${c.memRoot}/${c.group(id)}`;
  if (c.flavour === 'v1') {
    const [usage, mem, stat] = await Promise.all([
      readFile(`${cpuDir}/cpuacct.usage`),
      readFile(`${memDir}/memory.usage_in_bytes`),
      readFile(`${memDir}/memory.stat`),
    ]);
    const inactive = parseKeyValues(stat).get('total_inactive_file') ?? 0;
    return { cpuNs: one(usage), memoryBytes: Math.max(0, one(mem) - inactive) };
  }
  const [cpuStat, mem, stat] = await Promise.all([
    readFile(`${cpuDir}/cpu.stat`),
    readFile(`${memDir}/memory.current`),
    readFile(`${memDir}/memory.stat`),
  ]);
  const inactive = parseKeyValues(stat).get('inactive_file') ?? 0;
  return { cpuNs: (parseKeyValues(cpuStat).get('usage_usec') ?? 0) * 1000, memoryBytes: Math.max(0, one(mem) - inactive) };
}

export class CgroupReader {
  private layout: Candidate | undefined;

  constructor(private readonly candidates: readonly Candidate[]) {}

  /** The layout learnt so far, for diagnostics (`v1 docker/<id>`). */
  describe(): string {
    return this.layout ? `${this.layout.flavour} ${this.layout.group('<id>')}` : 'undetected';
  }

  /** Counters of every container whose cgroup files can be read; the others are left out. */
  async read(ids: readonly string[]): Promise<Map<string, CgroupCounters>> {
    const out = new Map<string, CgroupCounters>();
    await Promise.all(
      ids.map(async (id) => {
        const got = await this.readOne(id);
        if (got) out.set(id, got);
      }),
    );
    return out;
  }

  private async readOne(id: string): Promise<CgroupCounters | undefined> {
    // Docker ids are hex; anything else must not become a path.
    if (!/^[0-9a-f]{12,64}$/.test(id)) return undefined;
    if (this.layout) return readWith(this.layout, id).catch(() => undefined);
    for (const c of this.candidates) {
      try {
        const got = await readWith(c, id);
        this.layout = c;
        return got;
      } catch {
        // not this layout, or the container has no cgroup (yet)
      }
    }
    return undefined;
  }
}
