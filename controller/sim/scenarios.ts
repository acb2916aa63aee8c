// The simulator's scenarios. Each reads the controller's own view (GET /api/v1/fleet/summary) and,
// beside it, what the simulated nodes saw (CONNACKs, PUBACKs). Used by `edgefleet sim` and by the
// fleet benchmarks (test/bench/fleet-sim.ts), which add a controller restart and /proc figures.
import { isNewer } from '../../proto/types.js';
import type { FleetSummaryJson } from '../api/routes-summary.js';
import type { ControllerView } from './controller-view.js';
import type { SimFleet } from './fleet.js';
import { maximum, maxInAnyWindow, percentile, sleep } from './measure.js';

export interface Metric {
  name: string;
  value: number;
  unit: string;
  note?: string;
}

export interface ScenarioContext {
  fleet: SimFleet;
  ctl: ControllerView;
  /** Selects the simulated nodes among the controller's (e.g. "sim-fleet=run1"). */
  selector: string;
  log(msg: string): void;
}

export const POLL_MS = 100;

/** Polls the summary until `done` holds; transport errors (the controller restarting) are retried. */
async function pollSummary(ctx: ScenarioContext, what: string, timeoutMs: number, done: (s: FleetSummaryJson) => boolean, everyMs = POLL_MS): Promise<FleetSummaryJson> {
  const until = Date.now() + timeoutMs;
  let last: FleetSummaryJson | null = null;
  let lastErr = '';
  for (;;) {
    try {
      last = await ctx.ctl.summary(ctx.selector);
      if (done(last)) return last;
    } catch (err) {
      lastErr = err instanceof Error ? err.message : String(err);
    }
    if (Date.now() > until) {
      const seen = last ? `${last.nodes.online}/${last.nodes.total} online, applied ${JSON.stringify(last.applied)}` : `no answer (${lastErr})`;
      throw new Error(`${what}: not reached within ${timeoutMs} ms; the controller says ${seen}`);
    }
    await sleep(everyMs);
  }
}

export interface ConnectOptions {
  /** When the measurement starts: the controller's restart, or the simulator's start. */
  sinceMs: number;
  /** The controller's configured limit, to report the floor N / rate; 0 or absent: none. */
  maxConnectsPerSecond?: number;
  timeoutMs: number;
}

/** Time from `sinceMs` until the controller's summary counts every simulated node online, and that summary. */
export async function allOnline(ctx: ScenarioContext, sinceMs: number, timeoutMs: number): Promise<{ ms: number; summary: FleetSummaryJson }> {
  const n = ctx.fleet.nodeIds.length;
  const summary = await pollSummary(ctx, `all ${n} simulated nodes online`, timeoutMs, (s) => s.nodes.online >= n);
  return { ms: Date.now() - sinceMs, summary };
}

/** Connect storm: time until the controller sees every simulated node online. */
export async function connectScenario(ctx: ScenarioContext, o: ConnectOptions): Promise<Metric[]> {
  const n = ctx.fleet.nodeIds.length;
  const { ms: seenMs, summary: last } = await allOnline(ctx, o.sinceMs, o.timeoutMs);
  const snap = await ctx.fleet.snapshot(true);
  const hello = (snap.helloAckAtMs ?? []).filter((t) => t > 0);
  const busiest = maxInAnyWindow(snap.connacks ?? []);
  const m: Metric[] = [
    { name: 'all online (controller view)', value: seenMs, unit: 'ms', note: `${n} nodes, summary polled every ${POLL_MS} ms` },
    { name: 'last hello acknowledged (node view)', value: maximum(hello) - o.sinceMs, unit: 'ms', note: `${hello.length} hellos` },
    { name: 'most CONNACKs in any 1 s', value: busiest, unit: 'connects', note: `${snap.refused} refused with CONNACK 3; as the nodes received them` },
  ];
  // The broker's own count, by its admission clock (the embedded broker only): the nodes' receive
  // times bunch up when the machine is loaded, so only this one says what the broker let through.
  const c = last.connects;
  if (c) {
    m.push({
      name: 'most CONNECTs admitted in any 1 s (broker)',
      value: c.peakPerSecond,
      unit: 'connects',
      note: `${c.admitted} admitted, ${c.held} of them held first (longest ${c.maxWaitedMs} ms), ${c.refused} refused, ${c.abandoned} gave up while held`,
    });
  }
  const rate = o.maxConnectsPerSecond ?? 0;
  if (rate > 0) m.push({ name: 'floor: nodes / connect rate', value: Math.round((n / rate) * 1000), unit: 'ms', note: `limit ${rate}/s` });
  return m;
}

/** Waits until every simulated node reports one and the same applied (epoch, generation). */
export async function settled(ctx: ScenarioContext, timeoutMs: number): Promise<{ epoch: number; generation: number }> {
  const n = ctx.fleet.nodeIds.length;
  const s = await pollSummary(ctx, `all ${n} nodes online at one applied generation`, timeoutMs, (x) => x.nodes.online >= n && x.applied.length === 1 && x.applied[0]!.nodes >= n);
  return s.applied[0]!;
}

export interface ApplyOptions {
  workload: string;
  /** The label the workload's nodeSelector uses: exactly the simulated nodes. */
  label: { key: string; value: string };
  timeoutMs: number;
}

export function simWorkload(name: string, label: { key: string; value: string }): string {
  return `apiVersion: edgefleet.io/v1
kind: Workload
metadata: { name: ${name} }
spec:
  container: { image: edgefleet/busybox:test, command: [sleep, "3600"], network: none }
  placement: { mode: perNode, nodeSelector: { ${label.key}: "${label.value}" } }
`;
}

/** Fleet-wide apply: per node, the time from the API call to the controller seeing the new generation applied. */
export async function applyScenario(ctx: ScenarioContext, o: ApplyOptions): Promise<Metric[]> {
  const n = ctx.fleet.nodeIds.length;
  const base = await settled(ctx, o.timeoutMs);
  const newer = (s: FleetSummaryJson): number => s.applied.filter((a) => isNewer(a, base)).reduce((x, a) => x + a.nodes, 0);
  const t0 = Date.now();
  await ctx.ctl.apply(simWorkload(o.workload, o.label));
  const apiMs = Date.now() - t0;
  // The k-th node to arrive is given the time of the first poll that counted k or more. Each poll
  // visits every node in the controller, so the interval grows with the fleet (25 ms up to 2,500
  // nodes, 100 ms at 10,000): polling 10,000 nodes every 25 ms took a fifth of the controller's CPU
  // in the measured window. A coarser poll can only overstate a node's time, by at most one interval.
  const pollMs = Math.max(25, Math.ceil(n / 100));
  const times: number[] = [];
  await pollSummary(
    ctx,
    `all ${n} nodes applied ${o.workload}`,
    o.timeoutMs,
    (s) => {
      const t = Date.now() - t0;
      for (let k = newer(s); times.length < Math.min(k, n); ) times.push(t);
      return times.length >= n;
    },
    pollMs,
  );
  const snap = await ctx.fleet.snapshot(true);
  // Node view: the PUBACK of the state that carried the new generation (the epoch does not change here).
  const acks = (snap.appliedAck ?? []).filter((a) => a.generation > base.generation).map((a) => a.atMs - t0);
  return [
    { name: 'apply: API call', value: apiMs, unit: 'ms', note: 'POST /api/v1/apply until it answered (schedule + store; the publishes follow)' },
    { name: 'apply acked p50 (controller view)', value: percentile(times, 0.5), unit: 'ms', note: `${n} nodes, summary polled every ${pollMs} ms` },
    { name: 'apply acked p99 (controller view)', value: percentile(times, 0.99), unit: 'ms' },
    { name: 'apply acked max (controller view)', value: maximum(times), unit: 'ms' },
    { name: 'apply acked p99 (node view)', value: percentile(acks, 0.99), unit: 'ms', note: `state PUBACK, ${acks.length} nodes` },
  ];
}

export interface SteadyOptions {
  intervalMs: number;
  windowMs: number;
  /** Runs during the window, e.g. CPU and RSS of the controller process from /proc. */
  during?: (windowMs: number) => Promise<Metric[]>;
}

/** Steady telemetry: every node sends one sample per interval; what the controller ingests meanwhile. */
export async function steadyScenario(ctx: ScenarioContext, o: SteadyOptions): Promise<Metric[]> {
  const n = ctx.fleet.nodeIds.length;
  ctx.fleet.telemetry({ mode: 'interval', intervalMs: o.intervalMs, samples: 1 });
  try {
    await sleep(o.intervalMs); // every node is at its own phase by now
    await ctx.fleet.snapshot(); // drops the warm-up latencies
    const s0 = await ctx.ctl.summary(ctx.selector);
    const extra = o.during ? await o.during(o.windowMs) : (await sleep(o.windowMs), []);
    const s1 = await ctx.ctl.summary(ctx.selector);
    const snap = await ctx.fleet.snapshot();
    const rate = ((s1.telemetry.samplesReceived - s0.telemetry.samplesReceived) * 1000) / (s1.atMs - s0.atMs);
    return [
      { name: `steady ingest at ${o.intervalMs / 1000} s interval`, value: Math.round(rate), unit: 'samples/s', note: `expected ${Math.round((n * 1000) / o.intervalMs)}/s from ${n} nodes` },
      { name: 'steady telemetry PUBACK p99', value: percentile(snap.telemetry.latenciesMs, 0.99), unit: 'ms', note: `${snap.telemetry.latenciesMs.length} batches` },
      ...extra,
    ];
  } finally {
    ctx.fleet.telemetry({ mode: 'off' });
  }
}

export interface IngestOptions {
  /** Offered fleet-wide rates to try, in samples per second, ascending. */
  steps: number[];
  samplesPerBatch: number;
  warmMs: number;
  windowMs: number;
  /** The controller's CPU time so far in ms (user + system), when the caller can read it (/proc). */
  controllerCpuMs?: () => number;
}

export interface IngestStep {
  offered: number;
  sent: number;
  ingested: number;
  backlogGrowth: number;
  p99Ms: number;
  sustained: boolean;
  /** Controller CPU ms per 1,000 samples ingested in the window: independent of what else runs on the machine. */
  cpuMsPer1000?: number;
}

/**
 * Controller CPU per 1,000 samples at the highest sustained step (the first step when none was),
 * with every step's figure in the note: a cost per sample that does not depend on how much of the
 * machine the simulator and others take. Idle work (keepalives, the summary polls) weighs more
 * at the low steps.
 */
function cpuMetric(steps: readonly IngestStep[]): Metric[] {
  const at = steps.filter((s) => s.sustained).at(-1) ?? steps[0];
  if (at?.cpuMsPer1000 === undefined) return [];
  const all = steps.map((s) => `${s.offered / 1000}k: ${s.cpuMsPer1000 ?? '?'}`).join(', ');
  return [{ name: 'ingest: controller CPU per 1,000 samples at that rate', value: at.cpuMsPer1000, unit: 'ms', note: `per offered step (samples/s: ms): ${all}` }];
}

/**
 * Raises the offered telemetry rate step by step. A step is sustained when the controller ingests
 * at least 95 % of the offered rate and the backlog (samples sent but not yet ingested) does not
 * grow by more than 5 % of the window's samples. Stops at the first step that is not.
 */
export async function ingestScenario(ctx: ScenarioContext, o: IngestOptions): Promise<{ metrics: Metric[]; steps: IngestStep[] }> {
  const steps: IngestStep[] = [];
  try {
    for (const offered of o.steps) {
      ctx.fleet.telemetry({ mode: 'rate', batchesPerS: offered / o.samplesPerBatch, samples: o.samplesPerBatch });
      await sleep(o.warmMs);
      const [a0, c0] = await Promise.all([ctx.fleet.snapshot(), ctx.ctl.summary(ctx.selector)]);
      const cpu0 = o.controllerCpuMs?.();
      await sleep(o.windowMs);
      const [a1, c1] = await Promise.all([ctx.fleet.snapshot(), ctx.ctl.summary(ctx.selector)]);
      const cpu1 = o.controllerCpuMs?.();
      const dt = (c1.atMs - c0.atMs) / 1000;
      const sent = (a1.telemetry.sentSamples - a0.telemetry.sentSamples) / dt;
      const ingested = (c1.telemetry.samplesReceived - c0.telemetry.samplesReceived) / dt;
      const backlog0 = a0.telemetry.sentSamples - c0.telemetry.samplesReceived;
      const backlog1 = a1.telemetry.sentSamples - c1.telemetry.samplesReceived;
      const growth = backlog1 - backlog0;
      const p99Ms = percentile(a1.telemetry.latenciesMs, 0.99);
      const sustained = ingested >= 0.95 * offered && growth <= 0.05 * offered * dt;
      const samples = c1.telemetry.samplesReceived - c0.telemetry.samplesReceived;
      const cpuMsPer1000 = cpu0 !== undefined && cpu1 !== undefined && samples > 0 ? Math.round(((cpu1 - cpu0) * 10_000) / samples) / 10 : undefined;
      steps.push({ offered, sent: Math.round(sent), ingested: Math.round(ingested), backlogGrowth: growth, p99Ms, sustained, ...(cpuMsPer1000 !== undefined ? { cpuMsPer1000 } : {}) });
      const cpuNote = cpuMsPer1000 !== undefined ? `, controller CPU ${cpuMsPer1000} ms per 1000 samples` : '';
      ctx.log(`ingest: offered ${offered}/s, sent ${Math.round(sent)}/s, ingested ${Math.round(ingested)}/s, backlog ${growth >= 0 ? '+' : ''}${growth}, PUBACK p99 ${p99Ms} ms${cpuNote}${sustained ? '' : ' (not sustained)'}`);
      if (!sustained) break;
    }
  } finally {
    ctx.fleet.telemetry({ mode: 'off' });
  }
  const ok = steps.filter((s) => s.sustained);
  const best = ok.at(-1);
  const first = steps.find((s) => !s.sustained);
  const limit = first ? `first unsustained: offered ${first.offered}/s, ingested ${first.ingested}/s, sent ${first.sent}/s` : 'every step sustained (raise the steps)';
  return {
    steps,
    metrics: [
      { name: 'max sustained telemetry ingest', value: best ? best.ingested : 0, unit: 'samples/s', note: `${o.samplesPerBatch} samples per batch; ${limit}` },
      { name: 'ingest PUBACK p99 at that rate', value: best ? best.p99Ms : Number.NaN, unit: 'ms' },
      ...cpuMetric(steps),
    ],
  };
}
