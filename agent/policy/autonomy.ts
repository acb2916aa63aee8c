// Local autonomy, the stateful shell around the pure parts: carries the policy state between
// ticks, reads the clock, the last telemetry sample and the link state, evaluates the rules on
// every tick (each sample, each plan, each timer) and hands the planner its facts. Decisions go
// to the journal (emit -> outbox); a change in what the planner must do triggers a pass.
//
// runWhen follows the link with a grace period: a link down for less than runWhenGraceMs (and
// the first runWhenGraceMs after start, before any connection) still counts as up, so a blip does
// not stop and start workloads.
import { availableParallelism } from 'node:os';
import type { Logger } from 'pino';
import type { Condition, DesiredState, TelemetrySample } from '../../proto/types.js';
import { effectiveRules } from './defaults.js';
import { conditionalWorkloads, policyEffects, type PolicyEffects } from './effects.js';
import { evaluatePolicies, type ActiveAction, type PolicyState } from './evaluate.js';
import type { LocalPlanFacts } from './local-plan.js';
import { metricsFromSample, type PolicyMetrics } from './metrics.js';

export const DEFAULT_RUN_WHEN_GRACE_MS = 10_000;

export interface AutonomyDeps {
  now: () => number;
  desired: () => DesiredState | null;
  emit: (type: string, workload: string, message: string, severity?: 'info' | 'warning' | 'error') => void;
  /** Asks for a reconcile pass. */
  trigger: (reason: string) => void;
  /** Called on every tick (gates are re-checked there). */
  onTick?: () => void;
  logger: Logger;
  runWhenGraceMs?: number;
  /** Test seam: rewrites the metrics read from each sample (a test drives memory_percent, say). */
  metrics?: (sampled: PolicyMetrics) => PolicyMetrics;
}

export type AutonomyFacts = Omit<LocalPlanFacts, 'adjustedByAgent' | 'parkedByAgent'>;

export class LocalAutonomy {
  private state: PolicyState = new Map();
  private active: ActiveAction[] = [];
  private sample: Omit<TelemetrySample, 'seq'> | null = null;
  private linkUp = false;
  private linkDownSinceMs: number;
  private lastKey = '';
  private timer: NodeJS.Timeout | null = null;
  private closed = false;
  private readonly graceMs: number;
  private readonly nodeCpuMillis = availableParallelism() * 1000;

  constructor(private readonly deps: AutonomyDeps) {
    this.linkDownSinceMs = deps.now();
    this.graceMs = deps.runWhenGraceMs ?? DEFAULT_RUN_WHEN_GRACE_MS;
  }

  onSample(s: Omit<TelemetrySample, 'seq'>): void {
    this.sample = s;
    this.tick('telemetry sample');
  }

  onLink(up: boolean): void {
    if (up === this.linkUp) return;
    this.linkUp = up;
    if (!up) this.linkDownSinceMs = this.deps.now();
    this.tick(up ? 'link up' : 'link down');
  }

  /** runWhen's view of the link: down only after the grace period. */
  private linkUpForRunWhen(nowMs: number): boolean {
    return this.linkUp || nowMs - this.linkDownSinceMs < this.graceMs;
  }

  private metrics(nowMs: number): PolicyMetrics {
    const offlineS = this.linkUp ? 0 : Math.max(0, (nowMs - this.linkDownSinceMs) / 1000);
    const m = metricsFromSample(this.sample, offlineS);
    return this.deps.metrics ? this.deps.metrics(m) : m;
  }

  /** One evaluation: journal the transitions, trigger a pass when the planner's facts change. */
  tick(reason: string): AutonomyFacts {
    const nowMs = this.deps.now();
    const desired = this.deps.desired();
    const rules = effectiveRules(desired?.policy);
    const ev = evaluatePolicies(rules, this.state, this.metrics(nowMs), nowMs, { maxLevel: desired?.workloads.length ?? 0 });
    this.state = ev.state;
    this.active = ev.active;
    for (const t of ev.transitions) {
      this.deps.emit(t.kind === 'cleared' ? 'PolicyCleared' : 'PolicyFired', '', t.message, t.kind === 'cleared' ? 'info' : 'warning');
    }
    const linkUp = this.linkUpForRunWhen(nowMs);
    const effects: PolicyEffects = policyEffects(conditionalWorkloads(rules), ev.active, desired?.workloads ?? [], linkUp);
    const facts: AutonomyFacts = { ...effects, linkUp, nodeCpuMillis: this.nodeCpuMillis };
    const key = JSON.stringify([linkUp, [...effects.parked], [...effects.paused], [...effects.cpuCaps], effects.refusePulls ?? '']);
    if (key !== this.lastKey) {
      if (this.lastKey !== '') this.deps.trigger(`local autonomy: ${reason}`);
      this.lastKey = key;
    }
    this.deps.onTick?.();
    this.schedule(nowMs, ev.nextCheckMs);
    return facts;
  }

  /** The next moment something can change without a new sample: a rule timer or the runWhen grace. */
  private schedule(nowMs: number, nextCheckMs: number | null): void {
    if (this.closed) return;
    const graceEnd = this.linkUp ? null : this.linkDownSinceMs + this.graceMs;
    const times = [nextCheckMs, graceEnd !== null && graceEnd > nowMs ? graceEnd : null].filter((t): t is number => t !== null);
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (times.length === 0) return;
    this.timer = setTimeout(() => this.tick('timer'), Math.max(0, Math.min(...times) - nowMs) + 5);
    this.timer.unref();
  }

  conditions(): Condition[] {
    const nowMs = this.deps.now();
    const on = this.active.length > 0;
    const active: Condition = {
      type: 'LocalPolicyActive',
      status: on,
      reason: on ? 'RulesActive' : 'NoRuleActive',
      message: this.active.map((a) => `${a.rule} (${a.action.kind}${a.level > 1 ? ` x${a.level}` : ''})`).join(', '),
      sinceMs: on ? Math.min(...this.active.map((a) => a.sinceMs)) : nowMs,
    };
    return [active];
  }

  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
