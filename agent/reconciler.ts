// The agent's reconcile loop. Level-triggered: desired-state changes, runtime events and a
// periodic resync only *trigger* a pass; each pass re-reads desired and actual. One pass at a
// time; a newer desired state aborts the running pass, which ends at its next step boundary.
//
// A pass gathers facts (containers, images, deaths since the last look), plans, executes, and
// re-plans until the plan is empty (converged) or a round makes no progress. Failed steps back
// off per workload (capped exponential) instead of being retried in a hot loop; crash loops are
// held by the CrashLoopTracker.
import type { Logger } from 'pino';
import type { DesiredState } from '../proto/types.js';
import { execute, type ExecContext } from './apply.js';
import { Backoff } from './backoff.js';
import { CrashLoopTracker, type Death } from './lifecycle/crash-loop.js';
import { plan, type Plan, type PlanFacts, type Step } from './plan.js';
import type { LocalPlanFacts } from './policy/local-plan.js';
import type { ActualContainer, RuntimePort } from './runtime/port.js';

export interface PassOutcome {
  converged: boolean;
  actual: ActualContainer[];
  waiting: Map<string, string>;
  /** Workloads stopped on purpose (runWhen, policy) and why. */
  parked?: Map<string, string>;
  errors: Map<string, string>;
  runtimeError?: string;
  /** When a backed-off step or a crash-loop hold ends: the caller schedules a pass for then. */
  retryAtMs: number | null;
  /** Deaths the agent counted per workload since it started. */
  restarts: Map<string, number>;
}

export interface ReconcilerDeps {
  runtime: RuntimePort;
  nodeId: string;
  logger: Logger;
  now: () => number;
  desired: () => DesiredState | null;
  onPass: (outcome: PassOutcome) => void;
  emit: ExecContext['emit'];
  crash?: CrashLoopTracker;
  authFor?: ExecContext['authFor'];
  /** The node's security policy check, run before every pull and create. */
  admit?: ExecContext['admit'];
  /** An image the agent pulled itself (so it may prune it later). */
  onPulled?: (image: string) => void;
  progress?: ExecContext['progress'];
  maxRounds?: number;
  /** Local autonomy facts for this round (agent/policy); called once per plan, may evaluate policies. */
  local?: (desired: DesiredState | null) => Omit<LocalPlanFacts, 'adjustedByAgent' | 'parkedByAgent'>;
  logLinesOnDeath?: number;
}

export class AgentReconciler {
  private controller: AbortController | null = null;
  private pending = false;
  private loop: Promise<void> | null = null;
  private readonly backoff = new Backoff({ baseMs: 1_000, maxMs: 60_000 });
  private readonly crash: CrashLoopTracker;
  private readonly lastErrors = new Map<string, string>();
  private readonly stoppedByAgent = new Set<string>();
  private readonly adjustedByAgent = new Set<string>();
  private readonly parkedByAgent = new Map<string, string>();
  /** Containers the agent knew after the last pass, and the ones it removed itself since. */
  private known = new Map<string, string>();
  private readonly removedByAgent = new Set<string>();
  /** The spec hash each workload was desired with at the last look. */
  private readonly lastSpec = new Map<string, string>();
  private stopped = false;
  /** Operator commands running exclusively (see exclusive()): no pass starts meanwhile. */
  private holds = 0;

  constructor(private readonly deps: ReconcilerDeps) {
    this.crash = deps.crash ?? new CrashLoopTracker();
  }

  /** Asks for a pass. `preempt` (a newer desired state) aborts the pass in progress. */
  trigger(reason: string, preempt = false): void {
    if (this.stopped) return;
    this.deps.logger.debug({ reason, preempt }, 'pass requested');
    this.pending = true;
    if (preempt) this.controller?.abort(new Error(`preempted: ${reason}`));
    if (this.holds > 0) return; // picked up when the last exclusive run ends
    this.loop ??= this.drain().finally(() => {
      this.loop = null;
    });
  }

  /**
   * Runs fn between passes: waits for the pass in progress to end and starts none until fn is
   * done, so an operator's restart is never seen half-way (a stopped container) and "repaired".
   * Passes requested meanwhile run afterwards.
   */
  async exclusive<T>(fn: () => Promise<T>): Promise<T> {
    this.holds++;
    try {
      await this.idle();
      return await fn();
    } finally {
      this.holds--;
      if (this.holds === 0 && this.pending) this.trigger('after an operator command');
    }
  }

  /** Resolves when no pass is running or requested. */
  async idle(): Promise<void> {
    while (this.loop) await this.loop;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.controller?.abort(new Error('agent stopping'));
    await this.idle();
  }

  private async drain(): Promise<void> {
    while (this.pending && !this.stopped && this.holds === 0) {
      this.pending = false;
      this.controller = new AbortController();
      try {
        const outcome = await this.pass(this.controller.signal);
        this.deps.onPass(outcome);
      } catch (err) {
        if (!this.controller.signal.aborted) this.deps.logger.error({ err }, 'reconcile pass failed');
      }
    }
    this.controller = null;
  }

  private async gather(desired: DesiredState | null, signal: AbortSignal): Promise<{ actual: ActualContainer[]; facts: PlanFacts }> {
    const { runtime, now } = this.deps;
    this.freshStartOnNewSpec(desired);
    const actual = await runtime.list(signal);
    const images = new Set<string>();
    for (const image of new Set((desired?.workloads ?? []).map((w) => w.container.image))) {
      if (await runtime.hasImage(image, signal)) images.add(image);
    }
    await this.noticeDeaths(actual, signal);
    this.noticeVanished(actual);
    return {
      actual,
      facts: {
        imagesPresent: images,
        pullBlocked: this.backoff.blocked(now()),
        crashHeld: this.crash.held(now()),
        stoppedByAgent: this.stoppedByAgent,
        ...(this.deps.local ? { local: { ...this.deps.local(desired), adjustedByAgent: this.adjustedByAgent, parkedByAgent: this.parkedByAgent } } : {}),
      },
    };
  }

  /**
   * A new spec (an update, or the rollback of one that crash-looped) starts with a clean record:
   * the old spec's crash-loop hold and step backoff would otherwise delay its first container
   * for minutes, and a rollout would count that node as failed.
   */
  private freshStartOnNewSpec(desired: DesiredState | null): void {
    for (const w of desired?.workloads ?? []) {
      const before = this.lastSpec.get(w.name);
      if (before !== undefined && before !== w.specHash) {
        this.crash.forget(w.name);
        this.backoff.succeeded(w.name);
      }
      this.lastSpec.set(w.name, w.specHash);
    }
    const names = new Set((desired?.workloads ?? []).map((w) => w.name));
    for (const name of [...this.lastSpec.keys()]) if (!names.has(name)) this.lastSpec.delete(name);
  }

  private async noticeDeaths(actual: readonly ActualContainer[], signal: AbortSignal): Promise<void> {
    const deaths = this.crash.observe(actual, this.deps.now(), this.stoppedByAgent);
    for (const d of deaths) await this.reportDeath(d, signal);
  }

  private async reportDeath(d: Death, signal: AbortSignal): Promise<void> {
    const lines = await this.deps.runtime.logs(d.containerId, this.deps.logLinesOnDeath ?? 20, signal).catch(() => [] as string[]);
    const code = d.exitCode === undefined ? 'unknown exit code' : `exit code ${d.exitCode}`;
    const held = this.crash.held(this.deps.now()).get(d.workload);
    this.deps.emit(
      held ? 'CrashLoopBackOff' : 'ContainerDied',
      d.workload,
      `${d.containerId.slice(0, 12)} died (${code})${held ? `; ${held}` : ''}${lines.length ? `; last output:\n${lines.join('\n')}` : ''}`,
      held ? 'error' : 'warning',
    );
  }

  /** A container the agent knew and did not remove is gone: someone removed it by hand. */
  private noticeVanished(actual: readonly ActualContainer[]): void {
    const now = new Map(actual.map((c) => [c.id, c.workload]));
    for (const [id, workload] of this.known) {
      if (!now.has(id) && !this.removedByAgent.has(id)) {
        this.deps.emit('Drift', workload, `container ${id.slice(0, 12)} was removed outside edgefleet; recreating it`, 'warning');
      }
    }
    this.known = now;
    this.removedByAgent.clear();
  }

  private async pass(signal: AbortSignal): Promise<PassOutcome> {
    const { logger, now } = this.deps;
    const maxRounds = this.deps.maxRounds ?? 8;
    let last: Plan = { steps: [], waiting: new Map() };
    let actual: ActualContainer[] = [];
    for (let round = 0; round < maxRounds; round++) {
      signal.throwIfAborted();
      const desired = this.deps.desired();
      try {
        const g = await this.gather(desired, signal);
        actual = g.actual;
        last = plan(desired, actual, g.facts);
      } catch (err) {
        if (signal.aborted) throw err;
        const message = err instanceof Error ? err.message : String(err);
        logger.warn({ err: message }, 'container runtime unavailable; will retry');
        return this.outcome(false, actual, last.waiting, message);
      }
      const runnable = last.steps.filter((s) => !this.backoff.isBlocked(s.workload, now()));
      if (runnable.length === 0) break;
      for (const step of runnable) {
        signal.throwIfAborted();
        await this.run(step, signal);
      }
    }
    const converged = last.steps.length === 0 && last.waiting.size === 0;
    if (converged) logger.debug('converged');
    const out = this.outcome(converged, actual, last.waiting);
    if (last.parked) out.parked = last.parked;
    return out;
  }

  private outcome(converged: boolean, actual: ActualContainer[], waiting: Map<string, string>, runtimeError?: string): PassOutcome {
    const now = this.deps.now();
    const times = [this.backoff.nextRetryMs(now), this.crash.nextReleaseMs(now)].filter((t): t is number => t !== null);
    const restarts = new Map(actual.map((c) => [c.workload, this.crash.restarts(c.workload)]));
    const out: PassOutcome = { converged, actual, waiting, errors: this.lastErrors, retryAtMs: times.length ? Math.min(...times) : null, restarts };
    if (runtimeError !== undefined) out.runtimeError = runtimeError;
    return out;
  }

  private async run(step: Step, signal: AbortSignal): Promise<void> {
    const { logger, now } = this.deps;
    const log = logger.child({ workload: step.workload, step: step.kind });
    try {
      const { runtime, nodeId, emit, authFor, progress, admit } = this.deps;
      await execute(step, { runtime, nodeId, logger: log, signal, emit, ...(authFor ? { authFor } : {}), ...(progress ? { progress } : {}), ...(admit ? { admit } : {}) });
      this.afterStep(step);
      this.backoff.succeeded(step.workload);
      this.lastErrors.delete(step.workload);
    } catch (err) {
      if (signal.aborted) throw err;
      const message = err instanceof Error ? err.message : String(err);
      const waitMs = this.backoff.failed(step.workload, now());
      this.lastErrors.set(step.workload, `${step.kind} failed: ${message}`);
      log.warn({ err: message, retryInMs: waitMs }, `${step.kind} failed; backing off`);
      this.deps.emit(step.kind === 'pull' ? 'PullFailed' : 'StepFailed', step.workload, `${step.kind} failed: ${message}`, 'error');
    }
  }

  /** Bookkeeping that keeps the agent's own actions from reading as deaths or drift. */
  private afterStep(step: Step): void {
    switch (step.kind) {
      case 'stop':
        this.stoppedByAgent.add(step.containerId);
        if (step.event) this.parkedByAgent.set(step.containerId, step.event);
        break;
      case 'start':
        this.stoppedByAgent.delete(step.containerId);
        this.parkedByAgent.delete(step.containerId);
        break;
      case 'update':
      case 'pause':
        this.adjustedByAgent.add(step.containerId);
        break;
      case 'restart':
        this.crash.recordDeath(step.workload, this.deps.now());
        break;
      case 'remove':
        this.removedByAgent.add(step.containerId);
        this.stoppedByAgent.delete(step.containerId);
        this.parkedByAgent.delete(step.containerId);
        this.adjustedByAgent.delete(step.containerId);
        break;
      case 'pull':
        this.deps.onPulled?.(step.image);
        break;
      case 'create':
        break;
    }
  }
}
