// Scheduler: the full schedule of a 10,000-node fleet from nothing, then the re-schedules the
// controller runs all day: with the current placements and nothing changed, with one node gone
// offline, and with one node's labels changed (so its selector-bound placements must move).
// The controller re-schedules through IncrementalScheduler; each of its answers is checked equal
// to the full schedule of the same inputs, which is the reference.
import { IncrementalScheduler } from '../../controller/schedule/incremental.js';
import { schedule, type SchedNode, type SchedWorkload, type ScheduleResult } from '../../controller/schedule/schedule.js';
import type { Placement } from '../../controller/store/store.js';
import { buildNodes, buildPerNode, buildReplicated } from './scheduler-inputs.js';
import { median, timedSync } from './stats.js';
import type { Bench, BenchContext, Row } from './types.js';

const NODES = 10_000;
const REPLICATED = 1_000;
const REPLICAS = 5;
const PER_NODE = 10;
const FULL_TARGET_MS = 2_000;
const CHANGE_TARGET_MS = 20;
const NOMAD_PLACEMENTS_PER_S = 1_500;

function run(workloads: readonly SchedWorkload[], nodes: readonly SchedNode[], current: readonly Placement[], times: number): { ms: number; result: ScheduleResult } {
  const ms: number[] = [];
  let result: ScheduleResult | undefined;
  for (let i = 0; i < times; i++) {
    const t = timedSync(() => schedule(workloads, nodes, current));
    ms.push(t.ms);
    result = t.value;
  }
  if (!result) throw new Error('scheduler ran no times');
  return { ms: median(ms), result };
}

/**
 * The incremental path from a base at `nodes` (untimed) to `changed` (timed), `times` times;
 * every answer must equal `full`, the full schedule of the same inputs.
 */
function runIncremental(
  workloads: readonly SchedWorkload[],
  nodes: readonly SchedNode[],
  changed: readonly SchedNode[],
  current: readonly Placement[],
  full: ScheduleResult,
  times: number,
): number {
  const inc = new IncrementalScheduler();
  let last = inc.schedule(workloads, nodes, current).placements;
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const t = timedSync(() => inc.schedule(workloads, changed, last));
    if (inc.lastPath !== 'incremental') throw new Error('the incremental scheduler took its full path');
    if (JSON.stringify(t.value) !== JSON.stringify(full)) throw new Error('the incremental answer differs from the full schedule');
    ms.push(t.ms);
    last = inc.schedule(workloads, nodes, t.value.placements).placements; // back to the base, untimed
  }
  return median(ms);
}

/** Placements present in one result and not the other, both ways. */
function moved(before: readonly Placement[], after: readonly Placement[]): number {
  const key = (p: Placement): string => `${p.workload}\u0000${p.nodeId}`;
  const a = new Set(before.map(key));
  const b = new Set(after.map(key));
  let n = 0;
  for (const k of a) if (!b.has(k)) n++;
  for (const k of b) if (!a.has(k)) n++;
  return n;
}

/** The node holding the most selector-bound replicated placements: its label change moves the most. */
function busiestSelectorNode(workloads: readonly SchedWorkload[], placements: readonly Placement[]): string {
  const selective = new Set(workloads.filter((w) => w.placement.mode === 'replicated' && w.placement.nodeSelector.role).map((w) => w.name));
  const count = new Map<string, number>();
  for (const p of placements) if (selective.has(p.workload)) count.set(p.nodeId, (count.get(p.nodeId) ?? 0) + 1);
  const best = [...count].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
  if (!best) throw new Error('no node holds a selector-bound placement');
  return best[0];
}

function withNode(nodes: readonly SchedNode[], id: string, change: (n: SchedNode) => SchedNode): SchedNode[] {
  return nodes.map((n) => (n.id === id ? change(n) : n));
}

export const schedulerBench: Bench = {
  name: 'scheduler',
  async run(ctx: BenchContext): Promise<Row[]> {
    const times = ctx.quick ? 1 : 3;
    const nodes = buildNodes(NODES);
    const workloads = [...buildReplicated(REPLICATED, REPLICAS), ...buildPerNode(PER_NODE)];
    ctx.log(`scheduler: ${nodes.length} nodes x ${workloads.length} workloads, ${times} run(s) each`);

    const full = run(workloads, nodes, [], times);
    const placed = full.result.placements.length;
    const current = full.result.placements;
    ctx.log(`scheduler: full ${full.ms.toFixed(0)} ms, ${placed} placements, ${full.result.unplaced.length} workloads not fully placed`);

    const steady = run(workloads, nodes, current, times);
    const offlineId = current[0]?.nodeId ?? 'node-00000';
    const offline = run(workloads, withNode(nodes, offlineId, (n) => ({ ...n, online: false })), current, times);
    const relabelId = busiestSelectorNode(workloads, current);
    const relabelled = withNode(nodes, relabelId, (n) => ({ ...n, labels: { ...n.labels, role: 'retired', site: 'site-moved' } }));
    const relabel = run(workloads, relabelled, current, times);
    const movedByLabels = moved(current, relabel.result.placements);
    if (movedByLabels === 0) throw new Error(`relabelling ${relabelId} moved nothing: the benchmark would measure no change`);

    const incSteady = runIncremental(workloads, nodes, nodes.map((n) => ({ ...n })), current, steady.result, times);
    const incOffline = runIncremental(workloads, nodes, withNode(nodes, offlineId, (n) => ({ ...n, online: false })), current, offline.result, times);
    const incRelabel = runIncremental(workloads, nodes, relabelled, current, relabel.result, times);
    ctx.log(`scheduler: incremental ${incSteady.toFixed(1)} / ${incOffline.toFixed(1)} / ${incRelabel.toFixed(1)} ms`);

    const group = 'scheduler';
    // A full recomputation is the reference the incremental rows are compared with, not what the
    // controller runs on a change: no target of its own (the 20 ms target is the incremental rows').
    const fullRow = (metric: string, ms: number, note: string): Row => ({
      group,
      metric,
      value: ms,
      unit: 'ms',
      note: `reference for the incremental row, no target; ${note}`,
    });
    const incRow = (metric: string, ms: number, fullMs: number, note: string): Row => ({
      group,
      metric,
      value: ms,
      unit: 'ms',
      reference: { what: 'full re-schedule (same run)', value: fullMs },
      target: { op: '<=', value: CHANGE_TARGET_MS },
      note,
    });
    const fleet = `${NODES.toLocaleString('en')} nodes, ${REPLICATED.toLocaleString('en')} x ${REPLICAS} + ${PER_NODE} perNode`;
    return [
      {
        group,
        metric: `full schedule (${fleet})`,
        value: full.ms,
        unit: 'ms',
        reference: { what: 'target', value: FULL_TARGET_MS },
        target: { op: '<=', value: FULL_TARGET_MS },
        note: `${placed.toLocaleString('en')} placements, median of ${times}`,
      },
      {
        group,
        metric: 'full schedule throughput',
        value: placed / (full.ms / 1000),
        unit: 'placements/s',
        reference: { what: 'Nomad (published)', value: NOMAD_PLACEMENTS_PER_S },
      },
      fullRow('full re-schedule, nothing changed', steady.ms, `${moved(current, steady.result.placements)} moved`),
      fullRow('full re-schedule, one node offline', offline.ms, `${moved(current, offline.result.placements)} moved (placements stay on offline nodes)`),
      fullRow("full re-schedule, one node's labels changed", relabel.ms, `${movedByLabels} placements moved`),
      incRow('incremental re-schedule, nothing changed (node objects rebuilt)', incSteady, steady.ms, `median of ${times}; equal to the full answer`),
      incRow('incremental re-schedule, one node offline', incOffline, offline.ms, `median of ${times}; equal to the full answer`),
      incRow("incremental re-schedule, one node's labels changed", incRelabel, relabel.ms, `${movedByLabels} placements moved; equal to the full answer`),
    ];
  },
};
