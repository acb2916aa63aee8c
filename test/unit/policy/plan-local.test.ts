// The planner with local-autonomy facts: runWhen across link states, evictions (stop, never
// remove, restore), pause and CPU caps (not drift, undone when cleared), refused pulls; and the
// policy effects that produce those facts.
import { describe, expect, it } from 'vitest';
import { plan, type PlanFacts, type Step } from '../../../agent/plan.js';
import { conditionalWorkloads, policyEffects } from '../../../agent/policy/effects.js';
import type { LocalPlanFacts } from '../../../agent/policy/local-plan.js';
import type { ActualContainer } from '../../../agent/runtime/port.js';
import type { PolicyRule, WorkloadInstance } from '../../../proto/types.js';
import { containerSpec, desiredState } from '../../fixtures/container-spec.js';
import { actualContainer, planFacts, workloadInstance } from '../../fixtures/plan-inputs.js';

const wl = (name: string, over: Partial<WorkloadInstance> = {}): WorkloadInstance => workloadInstance(name, `h-${name}`, over);
const desired = desiredState;
const ctr = (workload: string, over: Partial<ActualContainer> = {}): ActualContainer => actualContainer(workload, `h-${workload}`, { id: `c-${workload}`, ...over });
const local = (over: Partial<LocalPlanFacts> = {}): LocalPlanFacts => ({
  linkUp: true,
  parked: new Map(),
  paused: new Map(),
  cpuCaps: new Map(),
  nodeCpuMillis: 2000,
  adjustedByAgent: new Set(),
  parkedByAgent: new Map(),
  ...over,
});
const facts = (l: Partial<LocalPlanFacts> = {}, over: Partial<PlanFacts> = {}): PlanFacts => planFacts({ local: local(l), ...over });
const brief = (steps: Step[]): string[] => steps.map((s) => `${s.kind}:${s.workload}${'event' in s && s.event ? `:${s.event}` : ''}`);

describe('plan with runWhen', () => {
  const d = desired(wl('always'), wl('online', { runWhen: 'online' }), wl('fallback', { runWhen: 'offline' }));

  it('link up: always and online run, the offline fallback is not created', () => {
    const p = plan(d, [], facts({ linkUp: true }));
    expect(brief(p.steps)).toEqual(['create:always', 'create:online']);
    expect(p.parked?.get('fallback')).toMatch(/runWhen offline: the link to the controller is up/);
  });

  it('link down: the online workload is stopped (not removed), the fallback is created', () => {
    const p = plan(d, [ctr('always'), ctr('online')], facts({ linkUp: false }));
    expect(brief(p.steps)).toEqual(['create:fallback', 'stop:online:RunWhenStopped']);
  });

  it('link back: the fallback is stopped and the online workload started again (RunWhenStarted)', () => {
    const actual = [ctr('always'), ctr('online', { state: 'exited' }), ctr('fallback')];
    const p = plan(d, actual, facts({ linkUp: true, parkedByAgent: new Map([['c-online', 'RunWhenStopped']]) }, { stoppedByAgent: new Set(['c-online']) }));
    expect(brief(p.steps)).toEqual(['stop:fallback:RunWhenStopped', 'start:online:RunWhenStarted']);
  });

  it('a parked, stopped workload is converged: nothing to do, nothing waiting', () => {
    const p = plan(d, [ctr('always'), ctr('online'), ctr('fallback', { state: 'exited' })], facts({ linkUp: true }));
    expect(p.steps).toEqual([]);
    expect(p.waiting.size).toBe(0);
  });
});

describe('plan with policy actions', () => {
  it('evicted: stopped, never removed; restored when the rule clears, even with restart policy "no"', () => {
    const d = desired(wl('low', { container: containerSpec({ restartPolicy: 'no' }) }));
    const parked = new Map([['low', { event: 'Evicted', reason: 'rule mem: lowest priority (0)' }]]);
    expect(brief(plan(d, [ctr('low', { live: { restartPolicy: 'no', memoryBytes: 0, cpuMillis: 0 } })], facts({ parked })).steps)).toEqual(['stop:low:Evicted']);
    const stopped = ctr('low', { state: 'exited', live: { restartPolicy: 'no', memoryBytes: 0, cpuMillis: 0 } });
    expect(plan(d, [stopped], facts({ parked })).steps).toEqual([]);
    const after = plan(d, [stopped], facts({ parkedByAgent: new Map([['c-low', 'Evicted']]) }, { stoppedByAgent: new Set(['c-low']) }));
    expect(brief(after.steps)).toEqual(['start:low:Restored']);
  });

  it('pause: a paused container is not drift while the rule holds, and is resumed when it clears', () => {
    const d = desired(wl('w'));
    expect(brief(plan(d, [ctr('w')], facts({ paused: new Map([['w', 'rule hot']]) })).steps)).toEqual(['pause:w']);
    expect(plan(d, [ctr('w', { state: 'paused' })], facts({ paused: new Map([['w', 'rule hot']]) })).steps).toEqual([]);
    const resumed = plan(d, [ctr('w', { state: 'paused' })], facts({ adjustedByAgent: new Set(['c-w']) })).steps;
    expect(resumed).toMatchObject([{ kind: 'pause', paused: false }]);
    // Paused by someone else: drift, replaced as before.
    expect(brief(plan(d, [ctr('w', { state: 'paused' })], facts()).steps)).toEqual(['remove:w', 'create:w']);
  });

  it('CPU cap: updated in place, not drift; lifted back to the own limit, or to the node CPU when it had none', () => {
    const capped = desired(wl('w', { container: containerSpec({ resources: { cpuMillis: 800, memoryBytes: 0 } }) }));
    const live = (cpuMillis: number) => ({ restartPolicy: 'unless-stopped', memoryBytes: 0, cpuMillis });
    expect(plan(capped, [ctr('w', { live: live(800) })], facts({ cpuCaps: new Map([['w', 200]]) })).steps).toMatchObject([{ kind: 'update', cpuMillis: 200 }]);
    expect(plan(capped, [ctr('w', { live: live(200) })], facts({ cpuCaps: new Map([['w', 200]]) })).steps).toEqual([]);
    const ours = { adjustedByAgent: new Set(['c-w']) };
    expect(plan(capped, [ctr('w', { live: live(200) })], facts(ours)).steps).toMatchObject([{ kind: 'update', cpuMillis: 800 }]);
    const unlimited = desired(wl('w'));
    expect(plan(unlimited, [ctr('w', { live: live(200) })], facts(ours)).steps).toMatchObject([{ kind: 'update', cpuMillis: 2000 }]);
    // At or above the node's CPU is no limit: converged, not drift.
    expect(plan(unlimited, [ctr('w', { live: live(2000) })], facts(ours)).steps).toEqual([]);
    expect(plan(unlimited, [ctr('w', { live: live(2000) })], facts()).steps).toEqual([]);
  });

  it('refused pulls: the planner waits instead of pulling', () => {
    const p = plan(desired(wl('w', { container: containerSpec({ image: 'missing:1' }) })), [], facts({ refusePulls: 'rule disk refuses image pulls' }));
    expect(p.steps).toEqual([]);
    expect(p.waiting.get('w')).toBe('pull of missing:1 refused: rule disk refuses image pulls');
  });
});

describe('policyEffects', () => {
  const rule = (name: string, action: PolicyRule['action']): PolicyRule => ({
    name,
    when: '',
    then: '',
    until: '',
    forMs: 0,
    condition: { metric: 'memory_percent', op: 'gt', value: 90 },
    action,
  });
  const ws = [wl('a', { priority: 5 }), wl('b', { priority: 1 }), wl('c', { priority: 1 }), wl('off', { priority: -5, runWhen: 'offline' }), wl('cam', { priority: 9 })];
  const act = (r: PolicyRule, level = 1) => ({ rule: r.name, action: r.action ?? { kind: 'refuse_pulls' as const }, sinceMs: 0, level });

  it('evict_lowest_priority takes the lowest-priority candidates in order (ties by name), skipping ones not running anyway', () => {
    const r = rule('mem', { kind: 'evict_lowest_priority' });
    expect([...policyEffects(new Map(), [act(r, 1)], ws, true).parked.keys()]).toEqual(['b']);
    expect([...policyEffects(new Map(), [act(r, 2)], ws, true).parked.keys()]).toEqual(['b', 'c']);
    expect([...policyEffects(new Map(), [act(r, 9)], ws, true).parked.keys()]).toEqual(['b', 'c', 'a', 'cam']);
  });

  it('a start_workload target runs only while its rule is active; caps never raise a limit; parked wins over pause and cap', () => {
    const start = rule('hot', { kind: 'start_workload', workload: 'cam' });
    const cond = conditionalWorkloads([start]);
    expect(policyEffects(cond, [], ws, true).parked.get('cam')?.reason).toBe('runs only while rule hot is active');
    expect(policyEffects(cond, [act(start)], ws, true).parked.has('cam')).toBe(false);
    const cap = rule('cap', { kind: 'cap_cpu_below_priority', priority: 5, cpuMillis: 300 });
    const pause = rule('pause', { kind: 'pause_below_priority', priority: 2 });
    const stop = rule('stop', { kind: 'stop_below_priority', priority: 2 });
    const e = policyEffects(new Map(), [act(cap), act(pause), act(stop)], [...ws, wl('small', { priority: 3, container: containerSpec({ resources: { cpuMillis: 100, memoryBytes: 0 } }) })], true);
    expect([...e.parked.keys()]).toEqual(['b', 'c']);
    expect([...e.paused.keys()]).toEqual([]);
    expect([...e.cpuCaps]).toEqual([]);
    const only = policyEffects(new Map(), [act(cap)], [wl('x', { priority: 1 }), wl('small', { priority: 1, container: containerSpec({ resources: { cpuMillis: 100, memoryBytes: 0 } }) })], true);
    expect([...only.cpuCaps]).toEqual([['x', 300]]);
  });
});
