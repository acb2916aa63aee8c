// Apply-to-running latency for one trivial container, three ways in the same run, interleaved so
// drift hits all alike: the agent's runtime path (DockerRuntime create + start, in this process),
// the Engine API with nothing in between (dockerode create + start), and the Docker CLI floor
// (`docker run -d`). Then the same through the real controller and agent processes.
import Dockerode from 'dockerode';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { DockerRuntime } from '../../agent/runtime/docker.js';
import type { ContainerSpec } from '../../proto/types.js';
import { applyToRunning } from './apply-e2e.js';
import { BENCH_IMAGE, removeNodeContainers, requireDocker } from './fleet.js';
import { max, percentile, timed } from './stats.js';
import type { Bench, BenchContext, Row } from './types.js';

const run = promisify(execFile);
const OVER_FLOOR_MS = 100;

function spec(): ContainerSpec {
  return {
    image: BENCH_IMAGE, command: [], args: ['sleep', '60'], env: [], ports: [], volumes: [],
    resources: { cpuMillis: 0, memoryBytes: 0 }, restartPolicy: 'unless-stopped', networkMode: 'none',
    labels: {}, workingDir: '', user: '', stopTimeoutS: 1,
  };
}

interface Way {
  label: string;
  /** Creates and starts one container; resolves with its id once the engine says it started. */
  start(i: number): Promise<string>;
}

function ways(docker: Dockerode, nodeId: string): Way[] {
  const runtime = new DockerRuntime({ docker, nodeId });
  return [
    {
      label: 'runtime',
      async start(i) {
        const id = await runtime.create({ nodeId, workload: `lat-${i}`, specHash: `bench${String(i).padStart(4, '0')}` }, spec());
        await runtime.start(id);
        return id;
      },
    },
    {
      label: 'engine',
      async start() {
        const c = await docker.createContainer({
          Image: BENCH_IMAGE, Cmd: ['sleep', '60'], Labels: { 'io.edgefleet.node': nodeId }, HostConfig: { NetworkMode: 'none' },
        });
        await c.start();
        return c.id;
      },
    },
    {
      label: 'cli',
      async start() {
        // The label only lets clean-up find it; the command is otherwise the floor.
        const r = await run('docker', ['run', '-d', '--network', 'none', '--label', `io.edgefleet.node=${nodeId}`, BENCH_IMAGE, 'sleep', '60']);
        return r.stdout.trim();
      },
    },
  ];
}

async function floors(ctx: BenchContext, docker: Dockerode, runs: number): Promise<Map<string, number[]>> {
  const nodeId = `bench-latency-${process.pid}`;
  const times = new Map<string, number[]>();
  const all = ways(docker, nodeId);
  try {
    // i = 0 warms every way up (first connection, first CLI start from a cold page cache).
    for (let i = 0; i <= runs; i++) {
      for (const way of all) {
        const t = await timed(() => way.start(i));
        const state = await docker.getContainer(t.value).inspect();
        if (!state.State.Running) throw new Error(`${way.label}: container ${t.value} is ${state.State.Status}, not running`);
        await docker.getContainer(t.value).remove({ force: true });
        if (i > 0) times.set(way.label, [...(times.get(way.label) ?? []), t.ms]);
      }
    }
  } finally {
    await removeNodeContainers(docker, nodeId);
  }
  ctx.log(`apply: floors measured over ${runs} runs each`);
  return times;
}

export const applyLatencyBench: Bench = {
  name: 'apply',
  async run(ctx: BenchContext): Promise<Row[]> {
    const docker = new Dockerode();
    await requireDocker(docker);
    const t = await floors(ctx, docker, ctx.quick ? 3 : 10);
    const get = (label: string): number[] => {
      const v = t.get(label);
      if (!v || v.length === 0) throw new Error(`no ${label} timings`);
      return v;
    };
    const [rt, engine, cli] = [get('runtime'), get('engine'), get('cli')];
    const cli50 = percentile(cli, 0.5);
    const floor = (p: number): { what: string; value: number } => ({ what: `docker run -d (same run, p${p * 100})`, value: percentile(cli, p) });
    const e2e = await applyToRunning(ctx, docker, ctx.quick ? 3 : 10);
    const group = 'apply';
    return [
      {
        group,
        metric: 'create+start via agent runtime (DockerRuntime), p50',
        value: percentile(rt, 0.5),
        unit: 'ms',
        reference: floor(0.5),
        target: { op: '<=', value: cli50 + OVER_FLOOR_MS },
        note: `${rt.length} runs`,
      },
      { group, metric: 'create+start via agent runtime (DockerRuntime), p95', value: percentile(rt, 0.95), unit: 'ms', reference: floor(0.95) },
      { group, metric: 'create+start via Engine API (dockerode, nothing else), p50', value: percentile(engine, 0.5), unit: 'ms', reference: floor(0.5) },
      {
        group,
        metric: 'apply-to-running, real controller + agent, p50',
        value: percentile(e2e.runningMs, 0.5),
        unit: 'ms',
        reference: floor(0.5),
        target: { op: '<=', value: cli50 + OVER_FLOOR_MS },
        note: `${e2e.runningMs.length} runs, max ${max(e2e.runningMs).toFixed(0)} ms; API answered in ${percentile(e2e.answeredMs, 0.5).toFixed(0)} ms p50`,
      },
      { group, metric: 'apply-to-running, real controller + agent, p95', value: percentile(e2e.runningMs, 0.95), unit: 'ms', reference: floor(0.95) },
    ];
  },
};
