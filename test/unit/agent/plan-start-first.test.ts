// startFirst on the node: the old container keeps running until the new one is ready (running,
// and healthy when it has a health check), then goes; with ports the agent stops first anyway.
import { describe, expect, it } from 'vitest';
import { plan, type Step } from '../../../agent/plan.js';
import type { ActualContainer } from '../../../agent/runtime/port.js';
import type { WorkloadInstance } from '../../../proto/types.js';
import { containerSpec, desiredState } from '../../fixtures/container-spec.js';
import { actualContainer, planFacts, workloadInstance } from '../../fixtures/plan-inputs.js';

const wl = (hash: string, over: Partial<WorkloadInstance> = {}): WorkloadInstance => workloadInstance('a', hash, { revision: 2, updateStrategy: 'startFirst', ...over });
const ctr = (hash: string, over: Partial<ActualContainer> = {}): ActualContainer => actualContainer('a', hash, over);
const facts = planFacts();
const kinds = (steps: Step[]): string[] => steps.map((s) => `${s.kind}:${s.kind === 'remove' ? s.containerId : s.workload}`);

describe('plan: startFirst', () => {
  it('creates the new container while the old one keeps running', () => {
    const old = ctr('h1');
    const p = plan(desiredState(wl('h2')), [old], facts);
    expect(kinds(p.steps)).toEqual(['create:a']);
    expect(p.waiting.get('a')).toContain('keeps running until the new container is ready');
  });

  it('keeps the old one while the new one is starting or unhealthy, removes it once the new one is healthy', () => {
    const old = ctr('h1');
    const starting = ctr('h2', { health: 'starting' });
    expect(kinds(plan(desiredState(wl('h2')), [old, starting], facts).steps)).toEqual([]);
    const unhealthy = { ...starting, health: 'unhealthy' as const };
    expect(kinds(plan(desiredState(wl('h2')), [old, unhealthy], facts).steps)).toEqual(['restart:a']);
    const healthy = { ...starting, health: 'healthy' as const };
    const p = plan(desiredState(wl('h2')), [old, healthy], facts);
    expect(kinds(p.steps)).toEqual([`remove:${old.id}`]);
    expect(p.waiting.size).toBe(0);
    // Once it is gone: converged.
    expect(plan(desiredState(wl('h2')), [healthy], facts).steps).toEqual([]);
  });

  it('an old container that is not running is removed at once; with ports the agent stops first', () => {
    const exited = ctr('h1', { state: 'exited' });
    expect(kinds(plan(desiredState(wl('h2')), [exited], facts).steps)).toEqual([`remove:${exited.id}`, 'create:a']);
    const old = ctr('h1');
    const withPorts = wl('h2', { container: containerSpec({ stopTimeoutS: 10, ports: [{ containerPort: 8080, hostPort: 8080, protocol: 'tcp' }] }) });
    expect(kinds(plan(desiredState(withPorts), [old], facts).steps)).toEqual([`remove:${old.id}`, 'create:a']);
  });

  it('stopFirst (the default) removes first, then creates', () => {
    const old = ctr('h1');
    expect(kinds(plan(desiredState(wl('h2', { updateStrategy: 'stopFirst' })), [old], facts).steps)).toEqual([`remove:${old.id}`, 'create:a']);
  });
});
