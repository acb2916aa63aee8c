// What one telemetry sample costs the agent: the real TelemetrySampler, in this process, reading
// this machine (and the given running containers' cgroups) back to back, with the agent's
// default sources (/proc, statfs, cgroups) and, as the reference, with systeminformation.
import { defaultSampleSources } from '../../agent/telemetry/default-sources.js';
import { TelemetrySampler, type SamplerLogger, type WorkloadRef } from '../../agent/telemetry/sampler.js';
import { SiSources } from '../../agent/telemetry/si-sources.js';
import type { SampleSources } from '../../agent/telemetry/sources.js';
import { sleep } from './stats.js';

const noop = (): void => undefined;
const SILENT: SamplerLogger = { debug: noop, info: noop, warn: noop, error: noop };

export interface SampleCost {
  samples: number;
  p50Ms: number;
  p95Ms: number;
}

/** Takes `samples` samples as fast as the sampler allows (a 20 ms grid; slow reads skip ticks). */
export async function sampleCost(read: SampleSources, refs: readonly WorkloadRef[], samples: number): Promise<SampleCost> {
  const sampler = new TelemetrySampler({
    intervalMs: 20,
    minIntervalMs: 10,
    now: Date.now,
    read,
    containers: () => refs,
    onSample: noop,
    logger: SILENT,
  });
  sampler.start();
  const deadline = Date.now() + 120_000;
  while (sampler.emitted < samples) {
    if (Date.now() > deadline) throw new Error(`only ${sampler.emitted} of ${samples} telemetry samples within 120 s`);
    await sleep(10);
  }
  await sampler.stop();
  const cost = sampler.costs().sample;
  if (!cost) throw new Error('the sampler recorded no sample cost');
  return { samples: cost.count, p50Ms: cost.p50Ms, p95Ms: cost.p95Ms };
}

export function agentSources(mounts: readonly string[]): SampleSources {
  return defaultSampleSources({ mounts });
}

export function systeminformationSources(mounts: readonly string[]): SampleSources {
  return new SiSources(mounts);
}
