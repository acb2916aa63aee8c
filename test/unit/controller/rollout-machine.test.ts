// The rollout state machine, step by step: waves of maxParallel, the canary wave, minHealthyTime
// from the agent's report, the healthy deadline, abort thresholds, rollback and pause, and
// offline nodes that neither block a wave nor ever receive a rolled-back revision.
import { describe, expect, it } from 'vitest';
import { ROLLOUT_DEFAULTS } from '../../../controller/manifest/rollout.js';
import type { RolloutSpec } from '../../../controller/manifest/types.js';
import { counts, pause, resume, startRollout, step, waveSize, type NodeFacts, type NodeReport, type RolloutState } from '../../../controller/rollout/machine.js';

const strategy = (o: Partial<RolloutSpec> = {}): RolloutSpec => ({
  ...ROLLOUT_DEFAULTS,
  maxParallel: { count: 2 },
  minHealthyTimeMs: 2000,
  healthyDeadlineMs: 10_000,
  onFailure: 'rollback',
  ...o,
});
const ids = ['n1', 'n2', 'n3', 'n4', 'n5', 'n6'];
const ready = (revision: number, readyForMs: number): NodeReport => ({ revision, phase: 'running', health: 'none', ready: true, readyForMs });

/** Revision 1 done everywhere, then a rollout to 2. */
function rolledTo2(nodes = ids, t = 0): RolloutState {
  let s = startRollout(null, 'w', 1, t);
  s = step(s, strategy(), nodes.map((id) => ({ id, online: true, report: ready(1, 5000) })), t).state;
  expect(s.phase).toBe('complete');
  return startRollout(s, 'w', 2, t);
}

/** Facts where every node runs what it was given, ready for `readyForMs`. */
function following(s: RolloutState, readyForMs: number, offline: readonly string[] = []): NodeFacts[] {
  return Object.keys(s.nodes).map((id) => ({ id, online: !offline.includes(id), report: ready(s.nodes[id]?.given ?? 0, readyForMs) }));
}

describe('rollout machine', () => {
  it('a first revision goes to every node at once: there is nothing to protect', () => {
    const s = step(startRollout(null, 'w', 1, 0), strategy(), ids.map((id) => ({ id, online: true, report: null })), 0).state;
    expect(s.stable).toBeNull();
    expect(Object.values(s.nodes).every((n) => n.given === 1)).toBe(true);
  });

  it('moves in waves of maxParallel; a wave starts only when the last one is done (minHealthyTime from the agent)', () => {
    let s = rolledTo2();
    expect(s.stable).toBe(1);
    s = step(s, strategy(), following(s, 0), 1000).state;
    expect(s.waves).toEqual([['n1', 'n2']]);
    expect(counts(s)).toMatchObject({ updating: 2, pending: 4 });
    // New containers healthy, but not for minHealthyTime yet: no second wave.
    s = step(s, strategy(), following(s, 1500), 2000).state;
    expect(s.waves).toHaveLength(1);
    s = step(s, strategy(), following(s, 2000), 3000).state;
    expect(s.waves).toEqual([['n1', 'n2'], ['n3', 'n4']]);
    s = step(s, strategy(), following(s, 2500), 4000).state;
    expect(s.waves.at(-1)).toEqual(['n5', 'n6']);
    s = step(s, strategy(), following(s, 2500), 5000).state;
    expect(s.phase).toBe('complete');
    expect(counts(s).done).toBe(6);
  });

  it('a percentage rounds up; the canary wave comes first', () => {
    expect(waveSize({ percent: 25 }, 6)).toBe(2);
    expect(waveSize({ percent: 1 }, 6)).toBe(1);
    let s = rolledTo2();
    s = step(s, strategy({ canary: 1, maxParallel: { percent: 50 } }), following(s, 0), 0).state;
    expect(s.waves).toEqual([['n1']]);
    s = step(s, strategy({ canary: 1, maxParallel: { percent: 50 } }), following(s, 5000), 1).state;
    expect(s.waves[1]).toEqual(['n2', 'n3', 'n4']);
  });

  it('an offline node does not block: pending-offline, then the current revision when it returns', () => {
    let s = rolledTo2();
    s = step(s, strategy(), following(s, 0, ['n1', 'n3']), 0).state;
    expect(s.waves).toEqual([['n2', 'n4']]);
    expect(s.nodes.n1).toMatchObject({ phase: 'pending-offline', given: 1 });
    for (let t = 1; t < 5; t++) s = step(s, strategy(), following(s, 5000, ['n1', 'n3']), t).state;
    expect(s.phase).toBe('complete');
    expect(counts(s)).toMatchObject({ done: 4, 'pending-offline': 2 });
    // They return: a wave of their own, to the current revision.
    s = step(s, strategy(), following(s, 5000), 10).state;
    expect(s.phase).toBe('progressing');
    expect(s.waves.at(-1)).toEqual(['n1', 'n3']);
    s = step(s, strategy(), following(s, 5000), 11).state;
    expect(s.phase).toBe('complete');
  });

  it('an unhealthy new container fails its node and rolls everything back (onFailure: rollback)', () => {
    let s = rolledTo2();
    s = step(s, strategy(), following(s, 0, ['n6']), 0).state;
    const facts = following(s, 0, ['n6']).map((f) => (f.id === 'n1' ? { ...f, report: { ...ready(2, 0), ready: false, health: 'unhealthy' as const } } : f));
    const r = step(s, strategy(), facts, 1);
    expect(r.rolledBack).toBe(true);
    expect(r.state.phase).toBe('rolledBack');
    expect(r.state.reason).toContain('1 of 6 nodes failed');
    expect(Object.values(r.state.nodes).every((n) => n.given === 1)).toBe(true);
    // n6 was offline throughout: it comes back to revision 1, never 2.
    const later = step(r.state, strategy(), following(r.state, 100), 2).state;
    expect(later.nodes.n6?.given).toBe(1);
  });

  it('the healthy deadline fails a node that never gets ready; onFailure: pause stops the waves', () => {
    let s = rolledTo2();
    const pauseOnFail = strategy({ onFailure: 'pause' });
    s = step(s, pauseOnFail, following(s, 0), 0).state;
    const stuck = (st: RolloutState): NodeFacts[] => following(st, 0).map((f) => (f.id === 'n2' ? { ...f, report: ready(1, 9000) } : f));
    s = step(s, pauseOnFail, stuck(s), 5000).state;
    expect(s.phase).toBe('progressing');
    s = step(s, pauseOnFail, stuck(s), 10_001).state;
    expect(s.phase).toBe('paused');
    expect(s.nodes.n2).toMatchObject({ phase: 'failed' });
    expect(s.reason).toContain('healthy deadline');
    s = step(s, pauseOnFail, following(s, 5000), 10_002).state;
    expect(s.waves).toHaveLength(1);
    const resumed = resume(s, 10_003);
    if (typeof resumed === 'string') throw new Error(resumed);
    expect(resumed.nodes.n2?.phase).toBe('updating');
  });

  it('abortOnFailurePercent tolerates failures up to the share', () => {
    let s = rolledTo2();
    const tolerant = strategy({ abortOnFailurePercent: 20 });
    s = step(s, tolerant, following(s, 0), 0).state;
    const facts = following(s, 0).map((f) => (f.id === 'n1' ? { ...f, report: { ...ready(2, 0), ready: false, phase: 'backoff' as const } } : f));
    s = step(s, tolerant, facts, 1).state;
    expect(s.phase).toBe('progressing');
    expect(s.nodes.n1?.phase).toBe('failed');
  });

  it('pause holds the next wave; pausing twice or resuming a running rollout says why not', () => {
    let s = rolledTo2();
    s = step(s, strategy(), following(s, 0), 0).state;
    const p = pause(s, 'operator', 1);
    if (typeof p === 'string') throw new Error(p);
    expect(pause(p, 'again', 2)).toMatch(/paused already/);
    expect(resume(s, 2)).toMatch(/not paused/);
    const held = step(p, strategy(), following(p, 5000), 3).state;
    expect(held.waves).toHaveLength(1);
    expect(held.phase).toBe('paused');
  });

  it('a node offline from the middle of its update, through a rollback and a newer rollout, returns to the revision current then', () => {
    let s = rolledTo2();
    s = step(s, strategy(), following(s, 0), 0).state; // n1, n2 given 2
    // n2 drops off with revision 2 retained; n1's new container is unhealthy: rollback to 1.
    const bad = following(s, 0, ['n2']).map((f) => (f.id === 'n1' ? { ...f, report: { ...ready(2, 0), ready: false, health: 'unhealthy' as const } } : f));
    const r = step(s, strategy(), bad, 1);
    expect(r.rolledBack).toBe(true);
    // Its desired state goes back to 1 while it is away: the retained copy it finds is not 2.
    expect(r.state.nodes.n2).toMatchObject({ given: 1, phase: 'pending-offline' });
    // A fixed revision 3 rolls out while n2 is still away; it completes without it.
    let s3 = startRollout(r.state, 'w', 3, 2);
    expect(s3.stable).toBe(1);
    for (let t = 3; t < 10; t++) s3 = step(s3, strategy(), following(s3, 5000, ['n2']), t).state;
    expect(s3.phase).toBe('complete');
    expect(s3.nodes.n2).toMatchObject({ given: 1, phase: 'pending-offline' });
    // Back: a wave of its own, to 3. Never 2.
    s3 = step(s3, strategy(), following(s3, 5000), 20).state;
    expect(s3.nodes.n2).toMatchObject({ given: 3, phase: 'updating' });
    expect(s3.waves.at(-1)).toEqual(['n2']);
  });

  it('a new rollout while one is in progress keeps nodes on what they run until their wave', () => {
    let s = rolledTo2();
    s = step(s, strategy(), following(s, 0), 0).state; // n1, n2 given 2
    const s3 = startRollout(s, 'w', 3, 1);
    expect(s3.stable).toBe(1);
    const next = step(s3, strategy(), following(s3, 0), 1).state;
    expect(next.nodes.n1?.given).toBe(3);
    expect(next.nodes.n2?.given).toBe(3);
    expect(next.nodes.n3?.given).toBe(1);
  });
});
