// Drift: what a node runs against what it should, and why it differs, from the facts the
// controller holds (generations, the agent's conditions and per-workload status, online).
import { describe, expect, it } from 'vitest';
import { driftOf, type DesiredWorkloadFacts, type DriftFacts } from '../../../controller/fleet/drift.js';
import type { WorkloadStatus } from '../../../proto/types.js';

const want = (name: string, specHash = `${name}-h2`, over: Partial<DesiredWorkloadFacts> = {}): DesiredWorkloadFacts => ({
  name,
  specHash,
  runWhen: 'always',
  container: { restartPolicy: 'unless-stopped' },
  ...over,
});
const status = (name: string, over: Partial<WorkloadStatus> = {}): WorkloadStatus => ({
  name,
  specHash: `${name}-h2`,
  phase: 'running',
  containerId: 'c',
  restartCount: 0,
  health: 'none',
  lastError: '',
  startedAtMs: 1,
  message: '',
  ...over,
});
const cond = (type: string, status: boolean, reason = '', message = '') => ({ type, status, reason, message });

const inSync = (over: Partial<DriftFacts> = {}): DriftFacts => ({
  online: true,
  delivery: 'current',
  desiredGeneration: 4,
  appliedGeneration: 4,
  conditions: [cond('RuntimeReachable', true), cond('Converged', true), cond('UpdateHeld', false, 'NotHeld')],
  desired: [want('web'), want('db')],
  reported: [status('web'), status('db')],
  ...over,
});

describe('drift', () => {
  it('none when every desired workload runs its rendered spec', () => {
    expect(driftOf(inSync())).toEqual({ drift: 'none', driftReason: '' });
  });

  it('applying: a newer generation not applied yet, with what the agent is doing', () => {
    const d = driftOf(
      inSync({
        delivery: 'pending',
        desiredGeneration: 5,
        conditions: [cond('RuntimeReachable', true), cond('Converged', false, 'Reconciling', 'web: pulling edgefleet/busybox:test')],
        reported: [status('web', { specHash: 'web-h1' }), status('db')],
      }),
    );
    expect(d.drift).toBe('applying');
    expect(d.driftReason).toContain('web: runs spec web-h1, wants web-h2');
  });

  it('applying: a config change gives a new rendered hash, the old container still runs', () => {
    const d = driftOf(inSync({ desired: [want('web', 'web-h3'), want('db')] }));
    expect(d).toEqual({ drift: 'applying', driftReason: 'web: runs spec web-h2, wants web-h3' });
  });

  it('lock and window: the agent holds the new generation; the reason is its own message', () => {
    const lock = driftOf(
      inSync({
        delivery: 'pending',
        desiredGeneration: 5,
        conditions: [cond('UpdateHeld', true, 'LockHeld', 'generation 5 waits: update lock held by db')],
        reported: [status('web', { specHash: 'web-h1' }), status('db')],
      }),
    );
    expect(lock).toEqual({ drift: 'lock', driftReason: 'generation 5 waits: update lock held by db' });
    const window = driftOf(
      inSync({
        delivery: 'pending',
        desiredGeneration: 5,
        conditions: [cond('UpdateHeld', true, 'OutsideWindow', 'generation 5 waits: outside the maintenance window 02:00-04:00 (node local time)')],
      }),
    );
    expect(window.drift).toBe('window');
    expect(window.driftReason).toMatch(/maintenance window 02:00-04:00/);
  });

  it('failing wins over a hold, and the reason keeps both', () => {
    const d = driftOf(
      inSync({
        delivery: 'pending',
        desiredGeneration: 5,
        conditions: [cond('UpdateHeld', true, 'LockHeld', 'update lock held by db')],
        reported: [status('web', { phase: 'backoff', lastError: 'exited with code 1' }), status('db')],
      }),
    );
    expect(d.drift).toBe('failing');
    expect(d.driftReason).toBe('update lock held by db; web backoff: exited with code 1');
  });

  it('failing: failed, crash-looping, exited against its restart policy, unhealthy, or no runtime', () => {
    expect(driftOf(inSync({ reported: [status('web', { phase: 'failed', lastError: 'image not found' }), status('db')] }))).toEqual({
      drift: 'failing',
      driftReason: 'web failed: image not found',
    });
    expect(driftOf(inSync({ reported: [status('web', { phase: 'exited', exitCode: 3 }), status('db')] })).driftReason).toBe('web exited with code 3');
    expect(driftOf(inSync({ reported: [status('web'), status('db', { health: 'unhealthy' })] })).driftReason).toBe('db unhealthy');
    expect(driftOf(inSync({ conditions: [cond('RuntimeReachable', false, 'DockerUnavailable', 'connect ENOENT')] }))).toMatchObject({
      drift: 'failing',
      driftReason: 'container runtime unreachable: connect ENOENT',
    });
  });

  it('a one-shot workload that exited 0 is done, not failing', () => {
    const job = want('job', 'job-h2', { container: { restartPolicy: 'on-failure' } });
    expect(driftOf(inSync({ desired: [job], reported: [status('job', { phase: 'exited', exitCode: 0 })] })).drift).toBe('none');
    expect(driftOf(inSync({ desired: [job], reported: [status('job', { phase: 'exited', exitCode: 2 })] })).drift).toBe('failing');
  });

  it('stopped by a local policy is drift; an offline-only workload stopped while online is not', () => {
    const d = driftOf(inSync({ reported: [status('web', { phase: 'stopped', message: 'evicted: memory 93% over 90%' }), status('db')] }));
    expect(d).toEqual({ drift: 'stopped', driftReason: 'web stopped on the node: evicted: memory 93% over 90%' });
    const fallback = want('fallback', 'f', { runWhen: 'offline' });
    expect(driftOf(inSync({ desired: [fallback], reported: [status('fallback', { specHash: 'f', phase: 'stopped' })] })).drift).toBe('none');
  });

  it('offline and behind: offline, waiting for delivery', () => {
    const d = driftOf(inSync({ online: false, delivery: 'pending-offline', desiredGeneration: 6, conditions: [], reported: [] }));
    expect(d).toEqual({ drift: 'offline', driftReason: 'offline; generation 6 waits for delivery (applied 4)' });
  });

  it('offline but in sync at its last report (the Last Will carries no workloads): no drift', () => {
    expect(driftOf(inSync({ online: false, conditions: [], reported: [] }))).toEqual({ drift: 'none', driftReason: '' });
  });

  it('online with no state report yet but a desired snapshot: applying', () => {
    expect(driftOf(inSync({ reported: null, conditions: [], appliedGeneration: 0, delivery: 'pending' })).drift).toBe('applying');
  });

  it('shows at most three findings and counts the rest', () => {
    const names = ['a', 'b', 'c', 'd', 'e'];
    const d = driftOf(inSync({ desired: names.map((n) => want(n)), reported: names.map((n) => status(n, { phase: 'failed', lastError: 'x' })) }));
    expect(d.driftReason).toBe('a failed: x; b failed: x; c failed: x; and 2 more');
  });
});
