import { describe, expect, it } from 'vitest';
import { deliveryOf } from '../../../controller/fleet/delivery.js';
import { nodeStatus } from '../../../controller/fleet/registry.js';
import type { Condition, NodeState } from '../../../proto/types.js';

const cond = (type: string, status: boolean): Condition => ({ type, status, reason: '', message: '', sinceMs: 0 });
const state = (conditions: Condition[]): NodeState => ({
  nodeId: 'n',
  bootId: 'b',
  online: true,
  appliedEpoch: 1,
  appliedGeneration: 1,
  workloads: [],
  conditions,
  reportedAtMs: 0,
});

describe('node status', () => {
  it('Online when connected with no bad condition, also before any state', () => {
    expect(nodeStatus({ online: true, state: null })).toBe('Online');
    expect(nodeStatus({ online: true, state: state([cond('RuntimeReachable', true), cond('Converged', false)]) })).toBe('Online');
  });

  it('Degraded when the agent reports its runtime unreachable', () => {
    expect(nodeStatus({ online: true, state: state([cond('RuntimeReachable', false)]) })).toBe('Degraded');
  });

  it('Offline wins over everything', () => {
    expect(nodeStatus({ online: false, state: state([cond('RuntimeReachable', false)]) })).toBe('Offline');
    expect(nodeStatus({ online: false, state: null })).toBe('Offline');
  });
});

describe('delivery (applied vs desired generation)', () => {
  const e = 1000;
  it('current when the node applied the desired generation of this epoch, or nothing is desired', () => {
    expect(deliveryOf(true, { epoch: e, generation: 7 }, { epoch: e, generation: 7 })).toEqual({ delivery: 'current', deliveryMessage: '' });
    expect(deliveryOf(false, { epoch: 0, generation: 0 }, undefined).delivery).toBe('current');
  });

  it('pending while an online node is behind', () => {
    expect(deliveryOf(true, { epoch: e, generation: 6 }, { epoch: e, generation: 7 })).toEqual({
      delivery: 'pending',
      deliveryMessage: 'generation 7 not applied yet (applied 6)',
    });
  });

  it('pending-offline, with the generation waiting, when the node is offline and behind', () => {
    expect(deliveryOf(false, { epoch: e, generation: 6 }, { epoch: e, generation: 7 })).toEqual({
      delivery: 'pending-offline',
      deliveryMessage: 'offline, pending delivery of generation 7',
    });
  });

  it('a generation from another epoch does not count as applied', () => {
    expect(deliveryOf(true, { epoch: e - 1, generation: 9 }, { epoch: e, generation: 7 }).delivery).toBe('pending');
  });
});
