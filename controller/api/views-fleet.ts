// JSON views of fleet state: node usage (top), the full description of one node, events.
import type { Capacity, WorkloadStatus, WorkloadUsage } from '../../proto/types.js';
import { percent, sampleMetrics } from '../fleet/downsample.js';
import type { StoredEvent } from '../fleet/event-store.js';
import type { NodeView } from '../fleet/registry.js';
import type { StreamStats } from '../fleet/streams.js';
import type { LatestTelemetry, Pressure } from '../fleet/telemetry-store.js';
import type { NodeJson } from './views.js';
import type { ConfigValueJson } from '../nodeconfig/views.js';

export interface UsageJson {
  sampledAtMs: number | null;
  cpuPercent: number | null;
  load1: number | null;
  memoryUsedBytes: number | null;
  memoryTotalBytes: number | null;
  memoryPercent: number | null;
  diskUsedBytes: number | null;
  diskTotalBytes: number | null;
  /** The fullest disk's use. */
  diskPercent: number | null;
  temperatureC: number | null;
  pressure: Pressure;
}

export interface TopNodeJson extends UsageJson {
  name: string;
  status: string;
}

export function usageJson(latest: LatestTelemetry | undefined, pressure: Pressure): UsageJson {
  if (!latest) {
    return {
      sampledAtMs: null,
      cpuPercent: null,
      load1: null,
      memoryUsedBytes: null,
      memoryTotalBytes: null,
      memoryPercent: null,
      diskUsedBytes: null,
      diskTotalBytes: null,
      diskPercent: null,
      temperatureC: null,
      pressure,
    };
  }
  const s = latest.sample;
  const m = sampleMetrics(s);
  return {
    sampledAtMs: s.tsMs,
    cpuPercent: s.cpuPercent,
    load1: s.load1,
    memoryUsedBytes: s.memoryUsedBytes,
    memoryTotalBytes: s.memoryTotalBytes,
    memoryPercent: percent(s.memoryUsedBytes, s.memoryTotalBytes),
    diskUsedBytes: m.diskUsedBytes,
    diskTotalBytes: m.diskTotalBytes,
    diskPercent: m.diskMaxPercent,
    temperatureC: s.temperatureC ?? null,
    pressure,
  };
}

export function topNodeJson(n: NodeView, latest: LatestTelemetry | undefined, pressure: Pressure): TopNodeJson {
  return { name: n.id, status: n.status, ...usageJson(latest, pressure) };
}

export interface NodeDetailJson extends NodeJson {
  hostname: string;
  bootId: string;
  startedAtMs: number;
  firstSeenMs: number;
  capacity: Capacity | null;
  placements: string[];
  workloadStatus: WorkloadStatus[];
  usage: UsageJson & {
    disks: { mount: string; usedBytes: number; sizeBytes: number; percent: number }[];
    workloads: WorkloadUsage[];
  };
  telemetryStream: StreamStats;
  eventStream: StreamStats;
  events: StoredEvent[];
  /** Effective configuration: each value with the scope it came from. */
  config: ConfigValueJson[];
}

export function nodeDetailJson(
  base: NodeJson,
  n: NodeView,
  extra: {
    placements: string[];
    latest: LatestTelemetry | undefined;
    pressure: Pressure;
    telemetryStream: StreamStats;
    eventStream: StreamStats;
    events: StoredEvent[];
    config?: ConfigValueJson[];
  },
): NodeDetailJson {
  const s = extra.latest?.sample;
  return {
    ...base,
    hostname: n.hello?.hostname ?? '',
    bootId: n.hello?.bootId ?? '',
    startedAtMs: n.hello?.startedAtMs ?? 0,
    firstSeenMs: n.firstSeenMs,
    capacity: n.hello?.capacity ?? null,
    placements: extra.placements,
    workloadStatus: n.state?.workloads ?? [],
    usage: {
      ...usageJson(extra.latest, extra.pressure),
      disks: (s?.disks ?? []).map((d) => ({ ...d, percent: percent(d.usedBytes, d.sizeBytes) })),
      workloads: s?.workloads ?? [],
    },
    telemetryStream: extra.telemetryStream,
    eventStream: extra.eventStream,
    events: extra.events,
    config: extra.config ?? [],
  };
}
