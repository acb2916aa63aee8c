// The facts a policy rule reads, taken from a telemetry sample and the link state. Pure.
import type { PolicyMetric, TelemetrySample } from '../../proto/types.js';

/** A metric absent (no sensor, a failed source) is unknown: it neither fires nor clears a rule. */
export type PolicyMetrics = Partial<Record<PolicyMetric, number>>;

export function metricsFromSample(s: Omit<TelemetrySample, 'seq'> | null, linkOfflineS: number): PolicyMetrics {
  const m: PolicyMetrics = { link_offline_s: linkOfflineS };
  if (!s) return m;
  // A failed source reads 0 (sampler.ts); a total of 0 means "no reading", not "0 % used".
  if (s.memoryTotalBytes > 0) m.memory_percent = (s.memoryUsedBytes / s.memoryTotalBytes) * 100;
  const disks = s.disks.filter((d) => d.sizeBytes > 0).map((d) => (d.usedBytes / d.sizeBytes) * 100);
  if (disks.length > 0) m.disk_percent = Math.max(...disks);
  m.cpu_percent = s.cpuPercent;
  if (s.temperatureC !== undefined) m.temperature_c = s.temperatureC;
  return m;
}
