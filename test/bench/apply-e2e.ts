// Apply-to-running through the whole product: a workload applied over the controller's HTTP API
// (store, schedule, desired snapshot over MQTT) until the real agent process has its container
// running, as the engine's own start event says. Each run applies a new workload, then deletes
// it and waits for its container to go before the next one.
import type Dockerode from 'dockerode';
import { performance } from 'node:perf_hooks';
import { watchNode } from './docker-events.js';
import { manifest, startFleet } from './fleet.js';
import type { BenchContext } from './types.js';

export interface E2eTimes {
  /** POST /api/v1/apply sent -> container start event. */
  runningMs: number[];
  /** POST /api/v1/apply sent -> its HTTP answer. */
  answeredMs: number[];
}

export async function applyToRunning(ctx: BenchContext, docker: Dockerode, runs: number): Promise<E2eTimes> {
  const fleet = await startFleet('bench-apply', docker);
  const events = await watchNode(docker, fleet.nodeId);
  const out: E2eTimes = { runningMs: [], answeredMs: [] };
  try {
    // Run 0 warms the path (first MQTT delivery, first reconcile) and is not counted.
    for (let i = 0; i <= runs; i++) {
      const name = `e2e-${i}`;
      const t0 = performance.now();
      const started = events.next('start', name);
      await fleet.api('POST', '/api/v1/apply', manifest(name, fleet.nodeId));
      const answered = performance.now();
      const at = await started;
      if (i > 0) {
        out.runningMs.push(at - t0);
        out.answeredMs.push(answered - t0);
      }
      ctx.log(`apply: e2e run ${i}${i === 0 ? ' (warm-up)' : ''}: running after ${(at - t0).toFixed(0)} ms`);
      const gone = events.next('destroy', name);
      await fleet.api('DELETE', `/api/v1/workloads/${name}`);
      await gone;
    }
    return out;
  } finally {
    events.close();
    await fleet.close();
  }
}
