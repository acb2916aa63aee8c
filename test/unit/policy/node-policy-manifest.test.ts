// The NodePolicy manifest kind: validation, conversion to the wire's node policy, and the merge
// of the policies matching a node's labels.
import { describe, expect, it } from 'vitest';
import { parseNodePolicy, policyForNode } from '../../../controller/manifest/node-policy.js';
import { decode, encode } from '../../../proto/codec.js';

const manifest = (spec: Record<string, unknown>, name = 'plant-heat') => ({ apiVersion: 'edgefleet.io/v1', kind: 'NodePolicy', metadata: { name }, spec });

describe('NodePolicy manifest', () => {
  it('converts when/for/then/until/untilFor to structured rules that survive the wire', () => {
    const p = parseNodePolicy(
      manifest({
        selector: { site: 'plant-1' },
        evictMemoryPercent: 85,
        maintenanceWindow: '02:00-04:00',
        rules: [
          {
            name: 'hot',
            when: { metric: 'temperature_c', op: 'gt', value: 80 },
            for: '30s',
            then: { action: 'cap_cpu_below_priority', priority: 5, cpus: 0.5 },
            until: { metric: 'temperature_c', op: 'lt', value: 70 },
            untilFor: '1m',
          },
        ],
      }),
    );
    expect(p.policy.rules).toEqual([
      {
        name: 'hot',
        when: '',
        then: '',
        until: '',
        forMs: 30_000,
        condition: { metric: 'temperature_c', op: 'gt', value: 80 },
        action: { kind: 'cap_cpu_below_priority', priority: 5, cpuMillis: 500 },
        clear: { metric: 'temperature_c', op: 'lt', value: 70 },
        clearForMs: 60_000,
      },
    ]);
    const d = { nodeId: 'n1', controllerEpoch: 1, generation: 1, workloads: [], policy: p.policy, telemetryIntervalMs: 1000, issuedAtMs: 0 };
    expect(decode('desired', encode('desired', d)).policy).toEqual(p.policy);
  });

  it('rejects unknown metrics, actions and bad windows', () => {
    const rule = { name: 'r', when: { metric: 'humidity', op: 'gt', value: 1 }, then: { action: 'refuse_pulls' } };
    expect(() => parseNodePolicy(manifest({ rules: [rule] }))).toThrow(/metric/);
    expect(() => parseNodePolicy(manifest({ rules: [{ ...rule, when: { metric: 'cpu_percent', op: 'gt', value: 1 }, then: { action: 'reboot' } }] }))).toThrow();
    expect(() => parseNodePolicy(manifest({ maintenanceWindow: 'nightly' }))).toThrow(/maintenance window "nightly"/);
  });

  it('merges the policies matching a node: rules prefixed, lowest thresholds, first window by name', () => {
    const a = parseNodePolicy(manifest({ evictMemoryPercent: 85, rules: [{ name: 'r', when: { metric: 'cpu_percent', op: 'gt', value: 95 }, then: { action: 'refuse_pulls' } }] }, 'a'));
    const b = parseNodePolicy(manifest({ selector: { site: 'x' }, evictMemoryPercent: 80, maintenanceWindow: '01:00-02:00' }, 'b'));
    const c = parseNodePolicy(manifest({ selector: { site: 'y' }, evictDiskPercent: 50 }, 'c'));
    const merged = policyForNode([c, b, a], { site: 'x' });
    expect(merged).toMatchObject({ evictMemoryPercent: 80, evictDiskPercent: 0, maintenanceWindow: '01:00-02:00' });
    expect(merged?.rules.map((r) => r.name)).toEqual(['a.r']);
    expect(policyForNode([b, c], { site: 'z' })).toBeUndefined();
  });
});
