// The planner: pure and synchronous. Desired snapshot x actual containers x gathered facts ->
// the steps that move actual toward desired. An empty plan means converged. It never touches
// Docker, MQTT, the clock or the disk: every fact is an argument.
//
// Invariants:
// - Containers of workloads no longer desired are removed.
// - A container whose spec hash differs from desired is replaced: stopFirst (the default) removes
//   it, then creates the new one; startFirst (without ports) keeps it running until the new one
//   is ready, then removes it.
// - At most one container per workload: extra ones with the current hash are removed.
// - A container changed in place outside edgefleet (docker update, pause) is replaced.
// - A container is created only when its image is present (else pulled first) and every
//   dependency on this node is running (and healthy, when it has a health check); a dependent is
//   recreated when a dependency it was started against has been replaced, or when the endpoints
//   of its dependencies (injected as env, agent/discovery.ts) changed.
// - A workload held by crash-loop backoff is stopped and not started until the hold ends.
// - An unhealthy container (Docker marks it after `retries` failed checks) is restarted.
// - Local autonomy (facts.local, agent/policy/local-plan.ts): a parked workload (runWhen,
//   eviction, conditional) is stopped, not removed, and started again when the reason clears;
//   the agent's own pause and CPU caps are not drift; with pulls refused the planner waits.
import type { DesiredState, WorkloadInstance } from '../proto/types.js';
import { adjustSteps, parkOf, restartAfterStop, withoutLocalChanges, type LocalPlanFacts } from './policy/local-plan.js';
import type { ActualContainer } from './runtime/port.js';
import { discoveryEnv, discoveryHash, withDiscovery } from './discovery.js';

export type Step =
  | { kind: 'pull'; workload: string; image: string }
  | { kind: 'create'; workload: string; instance: WorkloadInstance; dependencies: Record<string, string> }
  | { kind: 'start'; workload: string; containerId: string; reason: string; drift: boolean; event?: string }
  | { kind: 'stop'; workload: string; containerId: string; reason: string; timeoutS: number; event?: string }
  | { kind: 'update'; workload: string; containerId: string; cpuMillis: number; reason: string }
  | { kind: 'pause'; workload: string; containerId: string; paused: boolean; reason: string }
  | { kind: 'restart'; workload: string; containerId: string; reason: string; timeoutS: number }
  | { kind: 'remove'; workload: string; containerId: string; reason: string; drift: boolean };

export type StepKind = Step['kind'];

export interface PlanFacts {
  /** Image references present in the local engine. */
  imagesPresent: ReadonlySet<string>;
  /** Workloads whose last step failed recently and must not be retried yet (backoff). */
  pullBlocked: ReadonlySet<string>;
  /** Workloads held by crash-loop backoff, with the reason to report. */
  crashHeld: ReadonlyMap<string, string>;
  /** Containers the agent stopped itself (crash-loop holds): starting them again is not drift. */
  stoppedByAgent: ReadonlySet<string>;
  /** Link state, policy actions and the agent's own local changes (agent/policy). Absent: none. */
  local?: LocalPlanFacts;
}

export interface Plan {
  steps: Step[];
  /** Workloads waiting on something that is not a step (a dependency, a backoff). */
  waiting: Map<string, string>;
  /** Workloads stopped on purpose (runWhen, policy), with the reason: not waiting, not failed. */
  parked?: Map<string, string>;
}

const RESTARTABLE = new Set(['always', 'unless-stopped']);
const DEFAULT_STOP_S = 10;

function byCreated(a: ActualContainer, b: ActualContainer): number {
  return a.createdAtMs - b.createdAtMs || (a.id < b.id ? -1 : 1);
}

/** Running, and healthy if it reports health at all. */
export function isReady(c: ActualContainer): boolean {
  return c.state === 'running' && (c.health === 'none' || c.health === 'healthy');
}

/** Why a container no longer matches what edgefleet created, or null. */
export function driftOf(c: ActualContainer, w: WorkloadInstance): string | null {
  const want = w.container;
  if (c.state === 'paused') return 'paused outside edgefleet';
  if (c.live.restartPolicy !== want.restartPolicy) {
    return `restart policy changed outside edgefleet (${want.restartPolicy} -> ${c.live.restartPolicy})`;
  }
  if (c.live.memoryBytes !== want.resources.memoryBytes) {
    return `memory limit changed outside edgefleet (${want.resources.memoryBytes} -> ${c.live.memoryBytes})`;
  }
  if (c.live.cpuMillis !== want.resources.cpuMillis) {
    return `cpu limit changed outside edgefleet (${want.resources.cpuMillis}m -> ${c.live.cpuMillis}m)`;
  }
  return null;
}

export function plan(desired: DesiredState | null, actual: readonly ActualContainer[], facts: PlanFacts): Plan {
  const steps: Step[] = [];
  const waiting = new Map<string, string>();
  const parked = new Map<string, string>();
  const want = new Map((desired?.workloads ?? []).map((w) => [w.name, w]));
  const byWorkload = new Map<string, ActualContainer[]>();
  for (const c of [...actual].sort(byCreated)) {
    const list = byWorkload.get(c.workload) ?? [];
    list.push(c);
    byWorkload.set(c.workload, list);
  }

  // The container that serves each desired workload (right hash, not drifted), if any.
  const serving = new Map<string, ActualContainer>();
  for (const [name, containers] of byWorkload) {
    const w = want.get(name);
    if (!w) {
      for (const c of containers) steps.push({ kind: 'remove', workload: name, containerId: c.id, reason: 'no longer desired', drift: false });
      continue;
    }
    const current = containers.filter((c) => c.specHash === w.specHash);
    const keep = current.find((c) => c.state === 'running') ?? current[0];
    // startFirst: the newest running container of an older spec keeps running until the new one
    // is ready. Never with ports: the new one could not bind them while the old one holds them.
    const startFirst = w.updateStrategy === 'startFirst' && w.container.ports.length === 0;
    const bridge = startFirst && !(keep && isReady(keep)) ? containers.filter((c) => c.specHash !== w.specHash && c.state === 'running').at(-1) : undefined;
    if (bridge) waiting.set(name, `startFirst: ${bridge.id.slice(0, 12)} keeps running until the new container is ready`);
    for (const c of containers) {
      if (c === keep || c === bridge) continue;
      const reason = c.specHash === w.specHash ? 'duplicate instance' : `spec changed (${c.specHash.slice(0, 8)} -> ${w.specHash.slice(0, 8)})`;
      steps.push({ kind: 'remove', workload: name, containerId: c.id, reason, drift: false });
    }
    if (!keep) continue;
    const drift = driftOf(withoutLocalChanges(keep, w, facts.local), w);
    if (drift) steps.push({ kind: 'remove', workload: name, containerId: keep.id, reason: drift, drift: true });
    else serving.set(name, keep);
  }

  // Dependents before their dependencies would only wait; order by name for a stable plan.
  for (const w of [...want.values()].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const c = serving.get(w.name);
    const stopS = w.container.stopTimeoutS || DEFAULT_STOP_S;
    const park = parkOf(w, facts.local);
    if (park) {
      parked.set(w.name, park.reason);
      if (c && ['running', 'restarting', 'paused'].includes(c.state)) {
        steps.push({ kind: 'stop', workload: w.name, containerId: c.id, reason: park.reason, timeoutS: stopS, event: park.event });
      }
      continue;
    }
    const held = facts.crashHeld.get(w.name);
    if (c && held !== undefined) {
      if (c.state === 'running' || c.state === 'restarting') {
        steps.push({ kind: 'stop', workload: w.name, containerId: c.id, reason: held, timeoutS: stopS });
      } else waiting.set(w.name, held);
      continue;
    }
    const deps = dependencyState(w, want, serving);
    if (c) {
      const replaced = w.dependsOn.find((d) => c.dependencies[d] !== undefined && deps.ids[d] !== undefined && c.dependencies[d] !== deps.ids[d]);
      const endpointsChanged = (c.discovery ?? '') !== discoveryHash(discoveryEnv(w, want));
      if ((replaced !== undefined || endpointsChanged) && deps.blockedBy === undefined) {
        const reason = replaced !== undefined ? `dependency ${replaced} was replaced` : 'endpoints of its dependencies changed';
        steps.push({ kind: 'remove', workload: w.name, containerId: c.id, reason, drift: false });
        steps.push({ kind: 'create', workload: w.name, instance: withDiscovery(w, want), dependencies: deps.ids });
      } else if (c.state === 'running' && c.health === 'unhealthy') {
        steps.push({ kind: 'restart', workload: w.name, containerId: c.id, reason: 'unhealthy', timeoutS: stopS });
      } else if (adjustSteps(c, w, facts.local).length > 0) {
        steps.push(...adjustSteps(c, w, facts.local));
      } else if (c.state === 'created' || (c.state === 'exited' && (RESTARTABLE.has(w.container.restartPolicy) || facts.local?.parkedByAgent.has(c.id)))) {
        // Docker restarts crashes itself; an exited container with such a policy was stopped
        // from outside (drift) or by our own crash-loop hold, which has ended.
        if (deps.blockedBy !== undefined) waiting.set(w.name, deps.blockedBy);
        else if (c.state === 'created') {
          steps.push({ kind: 'start', workload: w.name, containerId: c.id, reason: 'created, not started', drift: false });
        } else if (facts.stoppedByAgent.has(c.id)) {
          steps.push(restartAfterStop(c, w, facts.local));
        } else {
          steps.push({ kind: 'start', workload: w.name, containerId: c.id, reason: 'stopped outside edgefleet', drift: true });
        }
      }
      continue;
    }
    if (held !== undefined) {
      waiting.set(w.name, held);
      continue;
    }
    if (deps.blockedBy !== undefined) {
      waiting.set(w.name, deps.blockedBy);
      continue;
    }
    if (!facts.imagesPresent.has(w.container.image)) {
      if (facts.local?.refusePulls !== undefined) waiting.set(w.name, `pull of ${w.container.image} refused: ${facts.local.refusePulls}`);
      else if (facts.pullBlocked.has(w.name)) waiting.set(w.name, `pull of ${w.container.image} backing off`);
      else steps.push({ kind: 'pull', workload: w.name, image: w.container.image });
      continue;
    }
    if (facts.pullBlocked.has(w.name)) {
      waiting.set(w.name, 'last attempt failed; backing off');
      continue;
    }
    steps.push({ kind: 'create', workload: w.name, instance: withDiscovery(w, want), dependencies: deps.ids });
  }
  return { steps, waiting, parked };
}

function dependencyState(
  w: WorkloadInstance,
  want: ReadonlyMap<string, WorkloadInstance>,
  serving: ReadonlyMap<string, ActualContainer>,
): { ids: Record<string, string>; blockedBy?: string } {
  const ids: Record<string, string> = {};
  for (const d of w.dependsOn) {
    if (!want.has(d)) return { ids, blockedBy: `dependency ${d} is not desired on this node` };
    const dep = serving.get(d);
    if (!dep || !isReady(dep)) return { ids, blockedBy: `waiting for dependency ${d}` };
    ids[d] = dep.id;
  }
  return { ids };
}
