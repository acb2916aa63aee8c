import { describe, expect, it } from 'vitest';
import { plan, type Step } from '../../../agent/plan.js';
import { discoveryEnv, withDiscovery } from '../../../agent/discovery.js';
import { LABEL_DISCOVERY } from '../../../agent/runtime/labels.js';
import type { ContainerSpec } from '../../../proto/types.js';
import { containerSpec, desiredState } from '../../fixtures/container-spec.js';
import { actualContainer as ctr, planFacts as facts, workloadInstance as wl } from '../../fixtures/plan-inputs.js';

// Builders for the pure core.
const spec = (over: Partial<ContainerSpec> = {}): ContainerSpec => containerSpec({ stopTimeoutS: 10, ...over });
const desired = desiredState;
const kinds = (steps: Step[]): string[] => steps.map((s) => `${s.kind}:${s.workload}`);

describe('plan', () => {
  it('creates what is desired and missing', () => {
    const p = plan(desired(wl('a', 'h1'), wl('b', 'h2')), [], facts());
    expect(kinds(p.steps)).toEqual(['create:a', 'create:b']);
  });

  it('is empty when actual matches desired (converged)', () => {
    const p = plan(desired(wl('a', 'h1')), [ctr('a', 'h1')], facts());
    expect(p.steps).toEqual([]);
    expect(p.waiting.size).toBe(0);
  });

  it('replaces a container whose spec hash changed: remove first, then create', () => {
    const old = ctr('a', 'h0');
    const p = plan(desired(wl('a', 'h1')), [old], facts());
    expect(p.steps).toEqual([
      { kind: 'remove', workload: 'a', containerId: old.id, reason: 'spec changed (h0 -> h1)', drift: false },
      { kind: 'create', workload: 'a', instance: wl('a', 'h1'), dependencies: {} },
    ]);
  });

  it('removes containers of workloads no longer desired', () => {
    const gone = ctr('gone', 'h9');
    expect(plan(desired(), [gone], facts()).steps).toEqual([
      { kind: 'remove', workload: 'gone', containerId: gone.id, reason: 'no longer desired', drift: false },
    ]);
  });

  it('keeps one instance: removes duplicates, preferring the running one', () => {
    const stopped = ctr('a', 'h1', { state: 'exited' });
    const running = ctr('a', 'h1');
    const p = plan(desired(wl('a', 'h1')), [stopped, running], facts());
    expect(p.steps).toEqual([{ kind: 'remove', workload: 'a', containerId: stopped.id, reason: 'duplicate instance', drift: false }]);
  });

  it('starts a created container and one stopped from outside, but not a finished run-once', () => {
    const created = ctr('a', 'h1', { state: 'created' });
    const stopped = ctr('b', 'h2', { state: 'exited', exitCode: 137 });
    const done = ctr('c', 'h3', { state: 'exited', exitCode: 0, live: { restartPolicy: 'no', memoryBytes: 0, cpuMillis: 0 } });
    const p = plan(
      desired(wl('a', 'h1'), wl('b', 'h2'), wl('c', 'h3', { container: spec({ restartPolicy: 'no' }) })),
      [created, stopped, done],
      facts(),
    );
    expect(p.steps).toEqual([
      { kind: 'start', workload: 'a', containerId: created.id, reason: 'created, not started', drift: false },
      { kind: 'start', workload: 'b', containerId: stopped.id, reason: 'stopped outside edgefleet', drift: true },
    ]);
  });

  it('pulls a missing image before creating, and waits while the pull backs off', () => {
    expect(kinds(plan(desired(wl('a', 'h1')), [], facts({ imagesPresent: new Set() })).steps)).toEqual(['pull:a']);
    const blocked = plan(desired(wl('a', 'h1')), [], facts({ imagesPresent: new Set(), pullBlocked: new Set(['a']) }));
    expect(blocked.steps).toEqual([]);
    expect(blocked.waiting.get('a')).toMatch(/backing off/);
  });

  it('dependsOn: creates a dependent only when its dependency is running and healthy', () => {
    const d = desired(wl('db', 'h1'), wl('app', 'h2', { dependsOn: ['db'] }));
    expect(kinds(plan(d, [], facts()).steps)).toEqual(['create:db']);
    expect(plan(d, [], facts()).waiting.get('app')).toBe('waiting for dependency db');
    expect(kinds(plan(d, [ctr('db', 'h1', { health: 'starting' })], facts()).steps)).toEqual([]);
    expect(kinds(plan(d, [ctr('db', 'h1', { health: 'healthy' })], facts()).steps)).toEqual(['create:app']);
  });

  it('dependsOn a workload not desired on this node waits with a clear reason', () => {
    const p = plan(desired(wl('app', 'h2', { dependsOn: ['elsewhere'] })), [], facts());
    expect(p.waiting.get('app')).toBe('dependency elsewhere is not desired on this node');
  });

  it('after applying its plan, planning again gives []', () => {
    const d = desired(wl('a', 'h1'), wl('b', 'h2'));
    const actual = [ctr('a', 'h0'), ctr('x', 'h5')];
    const steps = plan(d, actual, facts()).steps;
    // Apply the steps to a model of the engine.
    let model = [...actual];
    for (const s of steps) {
      if (s.kind === 'remove') model = model.filter((c) => c.id !== s.containerId);
      if (s.kind === 'create') model.push(ctr(s.workload, s.instance.specHash, { dependencies: s.dependencies }));
    }
    expect(plan(d, model, facts()).steps).toEqual([]);
  });

  it('with no desired state at all, removes every managed container', () => {
    expect(kinds(plan(null, [ctr('a', 'h1')], facts()).steps)).toEqual(['remove:a']);
  });

  it('dependsOn: records the dependency container on create, recreates the dependent when it is replaced', () => {
    const d = desired(wl('db', 'h1'), wl('app', 'h2', { dependsOn: ['db'] }));
    const db = ctr('db', 'h1');
    const want = new Map(d.workloads.map((w) => [w.name, w]));
    const instance = withDiscovery(wl('app', 'h2', { dependsOn: ['db'] }), want);
    const create = plan(d, [db], facts()).steps[0];
    expect(create).toEqual({ kind: 'create', workload: 'app', instance, dependencies: { db: db.id } });
    const discovery = instance.container.labels[LABEL_DISCOVERY];
    const app = ctr('app', 'h2', { dependencies: { db: db.id }, discovery });
    expect(plan(d, [db, app], facts()).steps).toEqual([]);
    const newDb = ctr('db', 'h1');
    const p = plan(d, [newDb, app], facts());
    expect(p.steps).toEqual([
      { kind: 'remove', workload: 'app', containerId: app.id, reason: 'dependency db was replaced', drift: false },
      { kind: 'create', workload: 'app', instance, dependencies: { db: newDb.id } },
    ]);
  });

  it('dependsOn: injects the dependency endpoints as env (the spec wins) and recreates the dependent when they change', () => {
    const dbSpec = (port: number) => wl('db', `h-${port}`, { container: { ...spec(), ports: [{ containerPort: port, hostPort: port, protocol: 'tcp' }] } });
    const app = wl('app', 'h2', { dependsOn: ['db'], container: { ...spec(), env: [{ name: 'EDGEFLEET_DB_PORT', value: 'mine', secret: false }] } });
    const d1 = desired(dbSpec(5432), app);
    const want1 = new Map(d1.workloads.map((w) => [w.name, w]));
    expect(discoveryEnv(app, want1)).toEqual([
      { name: 'EDGEFLEET_DB_HOST', value: '127.0.0.1', secret: false },
      { name: 'EDGEFLEET_DB_PORTS', value: '5432/tcp', secret: false },
    ]);
    const db = ctr('db', 'h-5432');
    const created = withDiscovery(app, want1);
    const running = ctr('app', 'h2', { dependencies: { db: db.id }, discovery: created.container.labels[LABEL_DISCOVERY] });
    expect(plan(d1, [db, running], facts()).steps).toEqual([]);
    // A container from before discovery (no endpoints recorded) is recreated with them.
    const old = ctr('app', 'h2', { dependencies: { db: db.id } });
    expect(plan(d1, [db, old], facts()).steps).toEqual([
      { kind: 'remove', workload: 'app', containerId: old.id, reason: 'endpoints of its dependencies changed', drift: false },
      { kind: 'create', workload: 'app', instance: created, dependencies: { db: db.id } },
    ]);
    // The dependency moves to another port (a new db container): the dependent gets the new env.
    const d2 = desired(dbSpec(6543), app);
    const newDb = ctr('db', 'h-6543');
    const steps = plan(d2, [newDb, running], facts()).steps;
    expect(steps.map((x) => x.kind)).toEqual(['remove', 'create']);
    const recreated = steps[1] as Extract<Step, { kind: 'create' }>;
    expect(recreated.instance.container.env).toContainEqual({ name: 'EDGEFLEET_DB_PORTS', value: '6543/tcp', secret: false });
    expect(recreated.instance.container.env).toContainEqual({ name: 'EDGEFLEET_DB_PORT', value: 'mine', secret: false });
  });

  it('a dependent waits (is not recreated) while its replaced dependency is not ready yet', () => {
    const d = desired(wl('db', 'h1'), wl('app', 'h2', { dependsOn: ['db'] }));
    const app = ctr('app', 'h2', { dependencies: { db: 'old-db' } });
    const p = plan(d, [ctr('db', 'h1', { health: 'starting' }), app], facts());
    expect(p.steps).toEqual([]);
  });

  it('restarts an unhealthy container', () => {
    const c = ctr('a', 'h1', { health: 'unhealthy' });
    expect(plan(desired(wl('a', 'h1')), [c], facts()).steps).toEqual([
      { kind: 'restart', workload: 'a', containerId: c.id, reason: 'unhealthy', timeoutS: 10 },
    ]);
  });

  it('crash-loop hold: stops a running or restarting container and starts nothing until it ends', () => {
    const held = new Map([['a', 'crash loop: next start in 10s']]);
    const c = ctr('a', 'h1', { state: 'restarting' });
    expect(plan(desired(wl('a', 'h1')), [c], facts({ crashHeld: held })).steps).toEqual([
      { kind: 'stop', workload: 'a', containerId: c.id, reason: 'crash loop: next start in 10s', timeoutS: 10 },
    ]);
    const stopped = ctr('a', 'h1', { state: 'exited', exitCode: 1 });
    const p = plan(desired(wl('a', 'h1')), [stopped], facts({ crashHeld: held, stoppedByAgent: new Set([stopped.id]) }));
    expect(p.steps).toEqual([]);
    expect(p.waiting.get('a')).toBe('crash loop: next start in 10s');
    // Hold over: start again, and it is not drift since the agent stopped it.
    expect(plan(desired(wl('a', 'h1')), [stopped], facts({ stoppedByAgent: new Set([stopped.id]) })).steps).toEqual([
      { kind: 'start', workload: 'a', containerId: stopped.id, reason: 'crash-loop backoff ended', drift: false },
    ]);
  });

  it('replaces a container changed in place outside edgefleet (docker update, pause)', () => {
    const updated = ctr('a', 'h1', { live: { restartPolicy: 'no', memoryBytes: 0, cpuMillis: 0 } });
    const p = plan(desired(wl('a', 'h1')), [updated], facts());
    expect(p.steps).toEqual([
      { kind: 'remove', workload: 'a', containerId: updated.id, reason: 'restart policy changed outside edgefleet (unless-stopped -> no)', drift: true },
      { kind: 'create', workload: 'a', instance: wl('a', 'h1'), dependencies: {} },
    ]);
    const paused = ctr('a', 'h1', { state: 'paused' });
    expect(kinds(plan(desired(wl('a', 'h1')), [paused], facts()).steps)).toEqual(['remove:a', 'create:a']);
  });

  it('a workload whose last create failed waits for its backoff', () => {
    const p = plan(desired(wl('a', 'h1')), [], facts({ pullBlocked: new Set(['a']) }));
    expect(p.steps).toEqual([]);
    expect(p.waiting.get('a')).toBe('last attempt failed; backing off');
  });
});
