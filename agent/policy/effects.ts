// What the rules in force mean for this node's workloads: which to keep stopped (and why),
// pause, cap, and whether pulls are refused. Pure; the planner receives the result as facts.
//
// - A workload named by a start_workload action of any rule is conditional: it runs only while
//   one of those rules is active.
// - Candidates for stop/evict/pause/cap are the workloads that would otherwise run (runWhen
//   allows it, not a conditional one at rest).
// - evict_lowest_priority at level n stops the n lowest-priority candidates (ties by name).
// - Several caps on one workload: the lowest wins; a cap never raises a workload's own limit.
import type { WorkloadInstance } from '../../proto/types.js';
import type { ActiveAction } from './evaluate.js';
import type { LocalPlanFacts, Park } from './local-plan.js';
import { runWhenAllows } from './run-when.js';

export type PolicyEffects = Pick<LocalPlanFacts, 'parked' | 'paused' | 'cpuCaps' | 'refusePulls'>;

function byPriority(a: WorkloadInstance, b: WorkloadInstance): number {
  return a.priority - b.priority || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}

export function policyEffects(
  conditional: ReadonlyMap<string, string>,
  active: readonly ActiveAction[],
  workloads: readonly WorkloadInstance[],
  linkUp: boolean,
): PolicyEffects {
  const parked = new Map<string, Park>();
  const paused = new Map<string, string>();
  const cpuCaps = new Map<string, number>();
  let refusePulls: string | undefined;
  const started = new Set(active.flatMap((a) => (a.action.kind === 'start_workload' ? [a.action.workload] : [])));
  for (const [name, rule] of conditional) {
    if (!started.has(name)) parked.set(name, { event: 'PolicyStopped', reason: `runs only while rule ${rule} is active` });
  }
  const candidates = (): WorkloadInstance[] => workloads.filter((w) => runWhenAllows(w.runWhen, linkUp) && !parked.has(w.name));
  for (const { rule, action, level } of active) {
    switch (action.kind) {
      case 'stop_below_priority':
        for (const w of candidates()) {
          if (w.priority < action.priority) parked.set(w.name, { event: 'Evicted', reason: `rule ${rule}: priority ${w.priority} is below ${action.priority}` });
        }
        break;
      case 'evict_lowest_priority':
        for (const w of candidates().sort(byPriority).slice(0, level)) {
          parked.set(w.name, { event: 'Evicted', reason: `rule ${rule}: lowest priority (${w.priority})` });
        }
        break;
      case 'pause_below_priority':
        for (const w of candidates()) if (w.priority < action.priority) paused.set(w.name, `rule ${rule}: priority ${w.priority} is below ${action.priority}`);
        break;
      case 'cap_cpu_below_priority':
        for (const w of candidates()) {
          const own = w.container.resources.cpuMillis;
          const cap = Math.min(action.cpuMillis, cpuCaps.get(w.name) ?? Number.POSITIVE_INFINITY);
          if (w.priority < action.priority && (own === 0 || cap < own)) cpuCaps.set(w.name, cap);
        }
        break;
      case 'refuse_pulls':
        refusePulls ??= `rule ${rule} refuses image pulls`;
        break;
      case 'start_workload':
        break;
    }
  }
  for (const name of parked.keys()) {
    paused.delete(name);
    cpuCaps.delete(name);
  }
  const out: PolicyEffects = { parked, paused, cpuCaps };
  if (refusePulls !== undefined) out.refusePulls = refusePulls;
  return out;
}

/** Workload -> the first rule whose start_workload action names it. */
export function conditionalWorkloads(rules: readonly { name: string; condition?: unknown; action?: { kind: string; workload?: string } }[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of rules) {
    if (r.condition && r.action?.kind === 'start_workload' && r.action.workload && !out.has(r.action.workload)) out.set(r.action.workload, r.name);
  }
  return out;
}
