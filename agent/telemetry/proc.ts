// Pure parsers for the /proc files the sampler reads on every tick, and the arithmetic that turns
// two cumulative readings into a percentage or a rate. Text in, numbers out: no I/O here.
//
// Counters can go backwards (a 32-bit interface counter wrapping, a container restarted with a
// fresh cgroup, a hot-unplugged CPU): every difference is clamped at 0 so a reset reads as one
// idle interval instead of a negative or absurd value.

/** Cumulative CPU time of the whole node, in jiffies (USER_HZ ticks). */
export interface CpuTimes {
  /** idle + iowait */
  idle: number;
  /** user + nice + system + idle + iowait + irq + softirq + steal (guest is already in user) */
  total: number;
  /** Number of `cpuN` lines: online logical CPUs. */
  cores: number;
}

export interface MemInfo {
  totalBytes: number;
  /** MemTotal - MemAvailable (what the kernel could not hand out without swapping). */
  usedBytes: number;
  swapTotalBytes: number;
  swapUsedBytes: number;
}

/** Cumulative bytes over every interface but loopback. */
export interface NetCounters {
  rxBytes: number;
  txBytes: number;
}

const int = (s: string | undefined): number => {
  const n = Number(s);
  return Number.isFinite(n) && n >= 0 ? n : 0;
};

/** /proc/stat: the aggregate `cpu` line and the count of per-CPU lines. Undefined without a `cpu` line. */
export function parseStat(text: string): CpuTimes | undefined {
  let agg: number[] | undefined;
  let cores = 0;
  for (const line of text.split('\n')) {
    if (!line.startsWith('cpu')) continue;
    const [name, ...fields] = line.trim().split(/\s+/);
    if (name === 'cpu') agg = fields.map(int);
    else if (name !== undefined && /^cpu\d+$/.test(name)) cores++;
  }
  if (!agg) return undefined;
  const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = agg;
  return { idle: idle + iowait, total: user + nice + system + idle + iowait + irq + softirq + steal, cores: Math.max(1, cores) };
}

/** Busy share of all CPUs between two readings, 0-100. */
export function cpuPercent(prev: CpuTimes, cur: CpuTimes): number {
  const total = cur.total - prev.total;
  const idle = cur.idle - prev.idle;
  if (total <= 0 || idle < 0) return 0;
  return clampPercent(((total - idle) / total) * 100);
}

/** /proc/loadavg: the 1-minute load average. */
export function parseLoadavg(text: string): number {
  return int(text.trim().split(/\s+/)[0]);
}

/** /proc/uptime: whole seconds since boot. */
export function parseUptime(text: string): number {
  return Math.floor(int(text.trim().split(/\s+/)[0]));
}

/**
 * /proc/meminfo. Kernels before 3.14 lack MemAvailable: then free + buffers + cached stands in
 * (an overestimate of what is available, the best the old kernel offers).
 */
export function parseMeminfo(text: string): MemInfo {
  const kb = new Map<string, number>();
  for (const line of text.split('\n')) {
    const m = /^(\w+(?:\(\w+\))?):\s+(\d+)/.exec(line);
    if (m?.[1] && m[2]) kb.set(m[1], Number(m[2]));
  }
  const total = kb.get('MemTotal') ?? 0;
  const available = kb.get('MemAvailable') ?? (kb.get('MemFree') ?? 0) + (kb.get('Buffers') ?? 0) + (kb.get('Cached') ?? 0);
  const swapTotal = kb.get('SwapTotal') ?? 0;
  const swapFree = kb.get('SwapFree') ?? swapTotal;
  return {
    totalBytes: total * 1024,
    usedBytes: Math.max(0, total - available) * 1024,
    swapTotalBytes: swapTotal * 1024,
    swapUsedBytes: Math.max(0, swapTotal - swapFree) * 1024,
  };
}

/** /proc/net/dev: rx and tx bytes summed over every interface except `lo`. */
export function parseNetDev(text: string): NetCounters {
  let rxBytes = 0;
  let txBytes = 0;
  for (const line of text.split('\n')) {
    const colon = line.indexOf(':');
    if (colon < 0) continue; // the two header lines
    const iface = line.slice(0, colon).trim();
    if (iface === 'lo' || iface === '') continue;
    const f = line.slice(colon + 1).trim().split(/\s+/);
    // Receive: bytes packets errs drop fifo frame compressed multicast | Transmit: bytes ...
    rxBytes += int(f[0]);
    txBytes += int(f[8]);
  }
  return { rxBytes, txBytes };
}

/** Per-second rate of a cumulative counter over `dtMs`; a counter that went back reads 0. */
export function ratePerS(prev: number, cur: number, dtMs: number): number {
  if (dtMs <= 0 || cur < prev) return 0;
  return ((cur - prev) * 1000) / dtMs;
}

export function clampPercent(p: number): number {
  return Number.isFinite(p) ? Math.min(100, Math.max(0, p)) : 0;
}

export interface MountEntry {
  mountPoint: string;
  fsType: string;
  /** Per-superblock options; for cgroup v1 they name the controllers (`rw,cpu,cpuacct`). */
  superOptions: string[];
}

// mountinfo escapes space, tab, newline and backslash in paths as octal (\040).
const unescapeMount = (s: string): string => s.replace(/\\([0-7]{3})/g, (_, o: string) => String.fromCharCode(parseInt(o, 8)));

/** /proc/self/mountinfo: `id parent maj:min root mountpoint opts [optional...] - fstype source superopts`. */
export function parseMountinfo(text: string): MountEntry[] {
  const out: MountEntry[] = [];
  for (const line of text.split('\n')) {
    const f = line.split(' ');
    const dash = f.indexOf('-', 6);
    const mountPoint = f[4];
    const fsType = f[dash + 1];
    if (dash < 0 || mountPoint === undefined || fsType === undefined) continue;
    out.push({ mountPoint: unescapeMount(mountPoint), fsType, superOptions: (f[dash + 3] ?? '').split(',') });
  }
  return out;
}

/** The mount point holding absolute `path`: the longest mount point that is a prefix of it. */
export function mountPointOf(path: string, mounts: readonly MountEntry[]): string {
  let best = '/';
  for (const { mountPoint } of mounts) {
    const inside = path === mountPoint || path.startsWith(mountPoint.endsWith('/') ? mountPoint : `${mountPoint}/`);
    if (inside && mountPoint.length > best.length) best = mountPoint;
  }
  return best;
}
