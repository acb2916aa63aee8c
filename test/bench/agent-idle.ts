// Agent idle footprint: a real agent process as shipped (the bundle through its launcher, see
// scripts/bundle-agent.mjs) running 5 workloads for a real controller, at the
// default 10 s telemetry interval, measured from /proc side by side with a bare Node process in
// the same window. Then, while the 5 containers still run, what one telemetry sample costs.
import Dockerode from 'dockerode';
import { startFleet, manifest, requireDocker } from './fleet.js';
import { startBareNode, sampleFootprints } from './procs.js';
import { max, median, sleep } from './stats.js';
import { agentSources, sampleCost, systeminformationSources } from './telemetry-cost.js';
import type { Bench, BenchContext, Row } from './types.js';

const WORKLOADS = 5;
const SETTLE_MS = 2_000;
const RSS_OVER_BARE_MB = 10;
const CPU_TARGET_PERCENT = 0.5;
const MB = 1024 * 1024;

export const agentIdleBench: Bench = {
  name: 'agent-idle',
  async run(ctx: BenchContext): Promise<Row[]> {
    const windowMs = ctx.quick ? 10_000 : 60_000;
    const docker = new Dockerode();
    await requireDocker(docker);
    const fleet = await startFleet('bench-idle', docker);
    const group = 'agent';
    try {
      const names = Array.from({ length: WORKLOADS }, (_, i) => `idle-${i + 1}`);
      await fleet.api('POST', '/api/v1/apply', names.map((n, i) => manifest(n, fleet.nodeId, 3600 + i)).join('---\n'));
      await fleet.agent.waitForLog((l) => l.msg === 'converged on desired state' && l.workloads === WORKLOADS, 60_000);
      const bare = startBareNode();
      try {
        await sleep(SETTLE_MS);
        ctx.log(`agent-idle: converged on ${WORKLOADS} workloads; sampling agent and bare node for ${windowMs / 1000} s`);
        const [agent, ref] = await sampleFootprints([fleet.agent.pid, bare.pid], windowMs);
        if (!agent || !ref) throw new Error('no footprint sampled');
        const mb = (b: number): number => b / MB;
        const bareMedian = mb(median(ref.rssBytes));
        const seen = fleet.agent.lines.filter((l) => l.msg === 'converged on desired state').length;
        return [
          {
            group,
            metric: `idle RSS, median (${WORKLOADS} workloads, ${windowMs / 1000} s)`,
            value: mb(median(agent.rssBytes)),
            unit: 'MB',
            reference: { what: 'bare node (same run)', value: bareMedian },
            target: { op: '<=', value: bareMedian + RSS_OVER_BARE_MB },
            note: 'as shipped: dist/edgefleet-agent (bundle, --max-semi-space-size=1 --lite-mode --no-expose-wasm)',
          },
          {
            group,
            metric: 'idle RSS, max',
            value: mb(max(agent.rssBytes)),
            unit: 'MB',
            reference: { what: 'bare node (same run)', value: mb(max(ref.rssBytes)) },
          },
          {
            group,
            metric: 'idle CPU, 10 s telemetry',
            value: agent.cpuPercent,
            unit: '% of a core',
            reference: { what: 'bare node (same run)', value: ref.cpuPercent },
            target: { op: '<=', value: CPU_TARGET_PERCENT },
            note: seen === 1 ? undefined : `converged ${seen} times`,
          },
          ...(await telemetryRows(ctx, docker, fleet.nodeId, fleet.stateDir)),
        ];
      } finally {
        await bare.stop();
      }
    } finally {
      await fleet.close();
    }
  },
};

async function telemetryRows(ctx: BenchContext, docker: Dockerode, nodeId: string, stateDir: string): Promise<Row[]> {
  const running = await docker.listContainers({ filters: { label: [`io.edgefleet.node=${nodeId}`], status: ['running'] } });
  const refs = running.map((c) => ({ workload: c.Labels['io.edgefleet.workload'] ?? '', containerId: c.Id }));
  const mounts = ['/', stateDir];
  const ours = await sampleCost(agentSources(mounts), refs, 50);
  const si = await sampleCost(systeminformationSources(mounts), refs, ctx.quick ? 10 : 50);
  ctx.log(`agent-idle: sample cost p50 ${ours.p50Ms.toFixed(2)} ms (systeminformation ${si.p50Ms.toFixed(2)} ms)`);
  const what = `systeminformation sources (same run, ${si.samples} samples)`;
  const row = (metric: string, value: number, ref: number): Row => ({
    group: 'agent',
    metric,
    value,
    unit: 'ms',
    reference: { what, value: ref },
    note: `${ours.samples} samples, ${refs.length} containers`,
  });
  return [row('telemetry sample cost, p50', ours.p50Ms, si.p50Ms), row('telemetry sample cost, p95', ours.p95Ms, si.p95Ms)];
}
