// The planner: pure and synchronous. Desired snapshot x actual containers x gathered facts ->
// the steps that move actual toward desired. An empty plan means converged. It never touches
// Docker, MQTT, the clock or the disk: every fact is an argument.
//
// Invariants:
// - Containers of workloads no longer desired are removed.
// - A container whose spec hash differs from desired is replaced (stop-first: remove, then create).
// - At most one container per workload: extra ones with the current hash are removed.
// - A container is created only when its image is present (else pulled first) and every
//   dependency on this node is running (and healthy, when it has a health check).
import type { DesiredState, WorkloadInstance } from '../proto/types.js';
import type { ActualContainer } from './runtime/port.js';

export type Step =
  | { kind: 'pull'; workload: string; image: string }
  | { kind: 'create'; workload: string; instance: WorkloadInstance }
  | { kind: 'start'; workload: string; containerId: string; reason: string }
  | { kind: 'remove'; workload: string; containerId: string; reason: string };

export type StepKind = Step['kind'];

export interface PlanFacts {
  /** Image references present in the local engine. */
  imagesPresent: ReadonlySet<string>;
  /** Workloads whose pull failed recently and must not be retried yet (backoff). */
  pullBlocked: ReadonlySet<string>;
}

export interface Plan {
  steps: Step[];
  /** Workloads waiting on something that is not a step (a dependency, a pull backoff). */
  waiting: Map<string, string>;
}

const RESTARTABLE = new Set(['always', 'unless-stopped']);

function byCreated(a: ActualContainer, b: ActualContainer): number {
  return a.createdAtMs - b.createdAtMs || (a.id < b.id ? -1 : 1);
}

/** Running, and healthy if it reports health at all. */
export function isReady(c: ActualContainer): boolean {
  return c.state === 'running' && (c.health === 'none' || c.health === 'healthy');
}

export function plan(desired: DesiredState | null, actual: readonly ActualContainer[], facts: PlanFacts): Plan {
  const steps: Step[] = [];
  const waiting = new Map<string, string>();
  const want = new Map((desired?.workloads ?? []).map((w) => [w.name, w]));
  const byWorkload = new Map<string, ActualContainer[]>();
  for (const c of [...actual].sort(byCreated)) {
    const list = byWorkload.get(c.workload) ?? [];
    list.push(c);
    byWorkload.set(c.workload, list);
  }

  // The container that currently serves each desired workload (right hash), if any.
  const serving = new Map<string, ActualContainer>();

  for (const [name, containers] of byWorkload) {
    const w = want.get(name);
    if (!w) {
      for (const c of containers) steps.push({ kind: 'remove', workload: name, containerId: c.id, reason: 'no longer desired' });
      continue;
    }
    const current = containers.filter((c) => c.specHash === w.specHash);
    const keep = current.find((c) => c.state === 'running') ?? current[0];
    if (keep) serving.set(name, keep);
    for (const c of containers) {
      if (c === keep) continue;
      const reason = c.specHash === w.specHash ? 'duplicate instance' : `spec changed (${c.specHash.slice(0, 8)} -> ${w.specHash.slice(0, 8)})`;
      steps.push({ kind: 'remove', workload: name, containerId: c.id, reason });
    }
  }

  for (const w of [...want.values()].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const c = serving.get(w.name);
    if (c) {
      if (c.state === 'created') steps.push({ kind: 'start', workload: w.name, containerId: c.id, reason: 'created, not started' });
      else if (c.state === 'exited' && RESTARTABLE.has(w.container.restartPolicy)) {
        // Docker restarts crashes itself; an exited container with such a policy was stopped
        // from outside (drift). Start it again.
        steps.push({ kind: 'start', workload: w.name, containerId: c.id, reason: 'stopped outside edgefleet' });
      }
      continue;
    }
    const blockedBy = w.dependsOn.find((d) => {
      const dep = serving.get(d);
      return !want.has(d) || !dep || !isReady(dep);
    });
    if (blockedBy !== undefined) {
      waiting.set(w.name, want.has(blockedBy) ? `waiting for dependency ${blockedBy}` : `dependency ${blockedBy} is not desired on this node`);
      continue;
    }
    if (!facts.imagesPresent.has(w.container.image)) {
      if (facts.pullBlocked.has(w.name)) waiting.set(w.name, `pull of ${w.container.image} backing off`);
      else steps.push({ kind: 'pull', workload: w.name, image: w.container.image });
      continue;
    }
    steps.push({ kind: 'create', workload: w.name, instance: w });
  }
  return { steps, waiting };
}
