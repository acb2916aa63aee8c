// The agent's reconcile loop. Level-triggered: desired-state changes, runtime events and a
// periodic resync only *trigger* a pass; each pass re-reads desired and actual. One pass at a
// time; a newer desired state aborts the running pass, which ends at its next step boundary.
//
// A pass plans, executes, gathers again and re-plans until the plan is empty (converged) or a
// round makes no progress. Failed steps back off per workload (capped exponential) instead of
// being retried in a hot loop.
import type { Logger } from 'pino';
import type { DesiredState } from '../proto/types.js';
import { execute, type ExecContext } from './apply.js';
import { Backoff } from './backoff.js';
import { plan, type Plan, type Step } from './plan.js';
import type { ActualContainer, RuntimePort } from './runtime/port.js';

export interface PassOutcome {
  converged: boolean;
  actual: ActualContainer[];
  waiting: Map<string, string>;
  errors: Map<string, string>;
  runtimeError?: string;
  /** When a backed-off step may be retried: the caller schedules a pass for then. */
  retryAtMs: number | null;
}

export interface ReconcilerDeps {
  runtime: RuntimePort;
  nodeId: string;
  logger: Logger;
  now: () => number;
  desired: () => DesiredState | null;
  onPass: (outcome: PassOutcome) => void;
  emit: ExecContext['emit'];
  maxRounds?: number;
}

export class AgentReconciler {
  private controller: AbortController | null = null;
  private pending = false;
  private loop: Promise<void> | null = null;
  private readonly backoff = new Backoff({ baseMs: 1_000, maxMs: 60_000 });
  private readonly lastErrors = new Map<string, string>();
  private stopped = false;

  constructor(private readonly deps: ReconcilerDeps) {}

  /** Asks for a pass. `preempt` (a newer desired state) aborts the pass in progress. */
  trigger(reason: string, preempt = false): void {
    if (this.stopped) return;
    this.deps.logger.debug({ reason, preempt }, 'pass requested');
    this.pending = true;
    if (preempt) this.controller?.abort(new Error(`preempted: ${reason}`));
    this.loop ??= this.drain().finally(() => {
      this.loop = null;
    });
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
    while (this.pending && !this.stopped) {
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

  private async pass(signal: AbortSignal): Promise<PassOutcome> {
    const { runtime, logger, now } = this.deps;
    const maxRounds = this.deps.maxRounds ?? 8;
    let last: Plan = { steps: [], waiting: new Map() };
    let actual: ActualContainer[] = [];
    for (let round = 0; round < maxRounds; round++) {
      signal.throwIfAborted();
      const desired = this.deps.desired();
      try {
        actual = await runtime.list(signal);
        const images = new Set<string>();
        for (const w of desired?.workloads ?? []) {
          if (await runtime.hasImage(w.container.image, signal)) images.add(w.container.image);
        }
        last = plan(desired, actual, { imagesPresent: images, pullBlocked: this.backoff.blocked(now()) });
      } catch (err) {
        if (signal.aborted) throw err;
        const message = err instanceof Error ? err.message : String(err);
        logger.warn({ err: message }, 'container runtime unavailable; will retry');
        return { converged: false, actual, waiting: last.waiting, errors: this.lastErrors, runtimeError: message, retryAtMs: null };
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
    return { converged, actual, waiting: last.waiting, errors: this.lastErrors, retryAtMs: this.backoff.nextRetryMs(now()) };
  }

  private async run(step: Step, signal: AbortSignal): Promise<void> {
    const { logger, now } = this.deps;
    const log = logger.child({ workload: step.workload, step: step.kind });
    try {
      await execute(step, { runtime: this.deps.runtime, nodeId: this.deps.nodeId, logger: log, signal, emit: this.deps.emit });
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
}
