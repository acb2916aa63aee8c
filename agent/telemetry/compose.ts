// Turns one set of readings plus the previous counters into a sample. Pure: the sampler does the
// I/O and the timing, this does the arithmetic. A reading that failed is `undefined` and leaves
// its fields at 0 (or empty).
import type { DiskUsage, TelemetrySample, WorkloadUsage } from '../../proto/types.js';
import type { CgroupCounters } from './cgroup.js';
import { clampPercent, cpuPercent, ratePerS, type CpuTimes, type MemInfo, type NetCounters } from './proc.js';

export type SampleWithoutSeq = Omit<TelemetrySample, 'seq'>;

export interface WorkloadRef {
  workload: string;
  /** Full 64-hex container id. */
  containerId: string;
}

/** A value and the monotonic time (ms) it was read at. */
export interface Stamped<T> {
  value: T;
  atMs: number;
}

export interface Readings {
  cpu?: Stamped<CpuTimes> | undefined;
  net?: Stamped<NetCounters> | undefined;
  workloads?: Stamped<Map<string, CgroupCounters>> | undefined;
  load?: Stamped<number> | undefined;
  memory?: Stamped<MemInfo> | undefined;
  uptime?: Stamped<number> | undefined;
  disks?: Stamped<DiskUsage[]> | undefined;
  temperature?: Stamped<number | undefined> | undefined;
}

/** The counters of the reading before, the base of every rate. */
export interface Previous {
  cpu?: CpuTimes | undefined;
  net?: Stamped<NetCounters> | undefined;
  workloads: ReadonlyMap<string, Stamped<CgroupCounters>>;
}

export function composeSample(tsMs: number, r: Readings, prev: Previous, refs: readonly WorkloadRef[], cores: number): SampleWithoutSeq {
  const { cpu, net, memory, workloads } = r;
  const rate = (pick: (n: NetCounters) => number): number =>
    net && prev.net ? Math.round(ratePerS(pick(prev.net.value), pick(net.value), net.atMs - prev.net.atMs)) : 0;
  const temp = r.temperature?.value;
  return {
    tsMs,
    cpuPercent: cpu && prev.cpu ? cpuPercent(prev.cpu, cpu.value) : 0,
    load1: r.load?.value ?? 0,
    memoryUsedBytes: memory?.value.usedBytes ?? 0,
    memoryTotalBytes: memory?.value.totalBytes ?? 0,
    swapUsedBytes: memory?.value.swapUsedBytes ?? 0,
    swapTotalBytes: memory?.value.swapTotalBytes ?? 0,
    disks: r.disks?.value ?? [],
    netRxBytesPerS: rate((n) => n.rxBytes),
    netTxBytesPerS: rate((n) => n.txBytes),
    ...(temp !== undefined ? { temperatureC: temp } : {}),
    uptimeS: r.uptime?.value ?? 0,
    workloads: workloads ? workloadUsage(refs, workloads, prev.workloads, cores) : [],
  };
}

/**
 * Per workload, summed over its containers. CPU is a share of the whole node (0-100, like the
 * node's cpuPercent; times cores * 10 gives millicores); a container seen for the first time has
 * no rate yet and reads 0. Containers without counters (not running) are left out.
 */
export function workloadUsage(
  refs: readonly WorkloadRef[],
  cur: Stamped<ReadonlyMap<string, CgroupCounters>>,
  prev: ReadonlyMap<string, Stamped<CgroupCounters>>,
  cores: number,
): WorkloadUsage[] {
  const by = new Map<string, WorkloadUsage>();
  const seen = new Set<string>();
  for (const { workload, containerId } of refs) {
    const now = cur.value.get(containerId);
    if (!now || seen.has(containerId)) continue;
    seen.add(containerId);
    const before = prev.get(containerId);
    // ns of CPU per second of wall time / 1e9 = cores kept busy.
    const coresBusy = before ? ratePerS(before.value.cpuNs, now.cpuNs, cur.atMs - before.atMs) / 1e9 : 0;
    const u = by.get(workload) ?? { name: workload, cpuPercent: 0, memoryBytes: 0 };
    u.cpuPercent = clampPercent(u.cpuPercent + (coresBusy * 100) / Math.max(1, cores));
    u.memoryBytes += now.memoryBytes;
    by.set(workload, u);
  }
  return [...by.values()];
}
