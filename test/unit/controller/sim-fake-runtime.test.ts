// The simulator's fake runtime reports what a real agent does for rollouts: the revision each
// container runs (a container kept across a snapshot takes the newer revision) and ready since it
// started. Without readySinceMs a rollout with minHealthyTime never finished on simulated nodes.
import { describe, expect, it } from 'vitest';
import type { DesiredState, WorkloadInstance } from '../../../proto/types.js';
import { FakeRuntime } from '../../../controller/sim/fake-runtime.js';

const instance = (name: string, specHash: string, revision: number): WorkloadInstance => ({
  name,
  specHash,
  revision,
  container: { image: 'busybox', command: [], args: [], env: [], ports: [], mounts: [], network: 'none', labels: {} } as unknown as WorkloadInstance['container'],
  priority: 0,
  dependsOn: [],
  runWhen: 'always',
});

const desired = (workloads: WorkloadInstance[]): DesiredState =>
  ({ nodeId: 'n1', workloads, generation: 1, controllerEpoch: 1, issuedAtMs: 0, telemetryIntervalMs: 1000 }) as unknown as DesiredState;

describe('sim FakeRuntime statuses', () => {
  it('reports the revision and ready since the container started', () => {
    const rt = new FakeRuntime();
    let t = 1000;
    rt.apply(desired([instance('web', 'aaa', 3)]), 0, () => t, () => undefined);
    expect(rt.statuses()).toEqual([expect.objectContaining({ name: 'web', specHash: 'aaa', revision: 3, readySinceMs: 1000, startedAtMs: 1000 })]);

    // Same spec, newer revision: the container is kept (same start) and reports the new revision.
    t = 2000;
    rt.apply(desired([instance('web', 'aaa', 4)]), 0, () => t, () => undefined);
    expect(rt.statuses()).toEqual([expect.objectContaining({ revision: 4, readySinceMs: 1000 })]);

    // A new spec replaces it: ready since the replacement started.
    t = 3000;
    rt.apply(desired([instance('web', 'bbb', 5)]), 0, () => t, () => undefined);
    expect(rt.statuses()).toEqual([expect.objectContaining({ specHash: 'bbb', revision: 5, readySinceMs: 3000 })]);
    rt.stop();
  });
});
