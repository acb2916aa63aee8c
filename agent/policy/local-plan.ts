// The planner's view of local autonomy: the facts agent/policy hands to plan() and the pure
// helpers plan.ts calls with them. Kept here so plan.ts only gains a few lines.
//
// - Parked workloads (runWhen, evicted, conditional at rest) are stopped, never removed, and
//   started again when the reason goes away.
// - Pause and CPU caps the agent applied itself are not drift: they are undone by steps when the
//   rule clears, instead of the container being replaced.
// - Docker cannot remove a CPU limit in place (NanoCpus 0 means "unchanged"), so lifting a cap
//   from a workload without a limit of its own sets the node's full CPU, which limits nothing;
//   a live limit at or above the node's CPU counts as "no limit".
import type { WorkloadInstance } from '../../proto/types.js';
import type { Step } from '../plan.js';
import type { ActualContainer } from '../runtime/port.js';
import { runWhenAllows } from './run-when.js';

export interface Park {
  /** The journal event for the stop: Evicted, PolicyStopped, RunWhenStopped. */
  event: string;
  reason: string;
}

export interface LocalPlanFacts {
  linkUp: boolean;
  parked: ReadonlyMap<string, Park>;
  paused: ReadonlyMap<string, string>;
  cpuCaps: ReadonlyMap<string, number>;
  /** Set: the planner waits instead of pulling, with this reason. */
  refusePulls?: string;
  nodeCpuMillis: number;
  /** Containers whose pause state or CPU limit the agent changed itself. */
  adjustedByAgent: ReadonlySet<string>;
  /** Containers the agent stopped for a local decision -> the event of that decision. */
  parkedByAgent: ReadonlyMap<string, string>;
}

/** Why a desired workload must not run now, or undefined. */
export function parkOf(w: WorkloadInstance, local: LocalPlanFacts | undefined): Park | undefined {
  const linkUp = local?.linkUp ?? true;
  if (!runWhenAllows(w.runWhen, linkUp)) {
    return { event: 'RunWhenStopped', reason: `runWhen ${w.runWhen}: the link to the controller is ${linkUp ? 'up' : 'down'}` };
  }
  return local?.parked.get(w.name);
}

function noLimit(w: WorkloadInstance, cpuMillis: number, local: LocalPlanFacts): boolean {
  return w.container.resources.cpuMillis === 0 && local.nodeCpuMillis > 0 && cpuMillis >= local.nodeCpuMillis;
}

/** The container as it would be without the agent's own pause and CPU changes: drift is checked on this. */
export function withoutLocalChanges(c: ActualContainer, w: WorkloadInstance, local: LocalPlanFacts | undefined): ActualContainer {
  if (!local) return c;
  const ours = local.adjustedByAgent.has(c.id) || local.paused.has(w.name) || local.cpuCaps.has(w.name);
  if (!ours && !noLimit(w, c.live.cpuMillis, local)) return c;
  const live = { ...c.live, cpuMillis: w.container.resources.cpuMillis };
  return { ...c, live, state: ours && c.state === 'paused' ? 'running' : c.state };
}

/** Pause / unpause and CPU cap / restore steps for a serving container, or []. */
export function adjustSteps(c: ActualContainer, w: WorkloadInstance, local: LocalPlanFacts | undefined): Step[] {
  if (!local || (c.state !== 'running' && c.state !== 'paused')) return [];
  const steps: Step[] = [];
  const base = { workload: w.name, containerId: c.id };
  const ours = local.adjustedByAgent.has(c.id);
  const pauseWhy = local.paused.get(w.name);
  if (pauseWhy !== undefined && c.state === 'running') steps.push({ kind: 'pause', ...base, paused: true, reason: pauseWhy });
  if (pauseWhy === undefined && c.state === 'paused' && ours) steps.push({ kind: 'pause', ...base, paused: false, reason: 'the pause rule cleared' });
  const cap = local.cpuCaps.get(w.name);
  const own = w.container.resources.cpuMillis;
  const live = c.live.cpuMillis;
  if (cap !== undefined && live !== cap) steps.push({ kind: 'update', ...base, cpuMillis: cap, reason: `CPU capped to ${cap}m` });
  if (cap === undefined && ours && live !== own && !noLimit(w, live, local)) {
    steps.push({ kind: 'update', ...base, cpuMillis: own || local.nodeCpuMillis, reason: own ? `CPU cap lifted (back to ${own}m)` : 'CPU cap lifted' });
  }
  return steps;
}

/** The start that undoes a local stop, or the plain one for a container the agent stopped for a crash loop. */
export function restartAfterStop(c: ActualContainer, w: WorkloadInstance, local: LocalPlanFacts | undefined): Step {
  const event = local?.parkedByAgent.get(c.id);
  if (event === undefined) return { kind: 'start', workload: w.name, containerId: c.id, reason: 'crash-loop backoff ended', drift: false };
  const reason = event === 'RunWhenStopped' ? `runWhen ${w.runWhen}: allowed again` : 'the reason it was stopped has cleared';
  return { kind: 'start', workload: w.name, containerId: c.id, reason, drift: false, event: event === 'RunWhenStopped' ? 'RunWhenStarted' : 'Restored' };
}
