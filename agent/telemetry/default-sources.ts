// Which sources a sampler reads when none are injected: /proc, statfs and cgroups wherever /proc
// exists (no child process, ~0.05 ms a file), systeminformation elsewhere.
import { SiSources } from './si-sources.js';
import { hasProcfs, LinuxSources, type SampleSources } from './sources.js';

export function defaultSampleSources(opts: { mounts?: readonly string[] } = {}): SampleSources {
  return hasProcfs() ? new LinuxSources(opts) : new SiSources(opts.mounts);
}
