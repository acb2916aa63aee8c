// NodePolicy documents applied through the real API reach exactly the matching nodes' desired
// snapshots (real controller, real MQTT clients); an unchanged re-apply moves no generation and a
// delete takes the rules away again.
import { connectAsync, type MqttClient } from 'mqtt';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startController, type RunningController } from '../../controller/app.js';
import { makeControllerConfig } from '../../controller/config.js';
import { decode, encode } from '../../proto/codec.js';
import { nodeTopic } from '../../proto/topics.js';
import type { DesiredState } from '../../proto/types.js';
import { helloMessage } from '../fixtures/wire-messages.js';
import { readAdminToken } from '../helpers/auth.js';
import { waitUntil } from '../helpers/wait.js';
import { mqttLogin } from '../helpers/identity.js';

const P = 'edgefleet/v1';
const POLICY = `apiVersion: edgefleet.io/v1
kind: NodePolicy
metadata: { name: plant-heat }
spec:
  selector: { site: plant-1 }
  evictMemoryPercent: 85
  maintenanceWindow: "02:00-04:00"
  rules:
    - name: hot
      when: { metric: temperature_c, op: gt, value: 80 }
      for: 30s
      then: { action: cap_cpu_below_priority, priority: 5, cpus: 0.5 }
      until: { metric: temperature_c, op: lt, value: 70 }
      untilFor: 60s
`;

describe('NodePolicy through the API into desired snapshots', () => {
  let dir: string;
  let ctl: RunningController;
  let token = '';
  const clients: MqttClient[] = [];
  const desired = new Map<string, DesiredState[]>();

  const api = (method: string, path: string, body?: string) =>
    fetch(`http://127.0.0.1:${ctl.httpPort}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/yaml' } : {}) },
      ...(body ? { body } : {}),
    });
  const node = async (id: string, site: string): Promise<void> => {
    const c = await connectAsync(`mqtt://127.0.0.1:${ctl.mqttPort}`, { ...(await mqttLogin(ctl, id)), reconnectPeriod: 0 });
    clients.push(c);
    desired.set(id, []);
    c.on('message', (_t, p) => desired.get(id)?.push(decode('desired', p)));
    await c.subscribeAsync(nodeTopic(P, id, 'desired'), { qos: 1 });
    await c.publishAsync(nodeTopic(P, id, 'hello'), Buffer.from(encode('hello', { ...helloMessage(), nodeId: id, labels: { site } })), { qos: 1 });
  };
  const last = (id: string): DesiredState | undefined => desired.get(id)?.at(-1);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ef-np-'));
    ctl = await startController(makeControllerConfig({ dataDir: dir, mqttPort: 0, httpPort: 0, scheduleDebounceMs: 10 }), {
      logger: pino({ level: 'silent' }),
    });
    token = readAdminToken(dir);
    await node('np-in', 'plant-1');
    await node('np-out', 'plant-2');
    await waitUntil('both nodes have a snapshot', () => last('np-in') && last('np-out'));
  });

  afterAll(async () => {
    await Promise.all(clients.map((c) => c.endAsync(true)));
    await ctl?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('applies the policy to matching nodes only', async () => {
    const res = await api('POST', '/api/v1/apply', POLICY);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { results: unknown[] }).results).toEqual([
      { kind: 'nodepolicy', name: 'plant-heat', outcome: 'created', revision: 0 },
    ]);
    const d = await waitUntil('the policy in np-in', () => (last('np-in')?.policy.rules.length ? last('np-in') : undefined));
    expect(d.policy).toMatchObject({ evictMemoryPercent: 85, maintenanceWindow: '02:00-04:00' });
    expect(d.policy.rules[0]).toMatchObject({
      name: 'plant-heat.hot',
      forMs: 30_000,
      condition: { metric: 'temperature_c', op: 'gt', value: 80 },
      action: { kind: 'cap_cpu_below_priority', priority: 5, cpuMillis: 500 },
      clear: { metric: 'temperature_c', op: 'lt', value: 70 },
      clearForMs: 60_000,
    });
    expect(last('np-out')?.policy.rules).toEqual([]);
  });

  it('an unchanged re-apply moves no generation; delete takes the rules away', async () => {
    const gen = last('np-in')?.generation ?? 0;
    const again = (await (await api('POST', '/api/v1/apply', POLICY)).json()) as { results: { outcome: string }[] };
    expect(again.results[0]?.outcome).toBe('unchanged');
    await ctl.reconcileNow();
    expect(last('np-in')?.generation).toBe(gen);
    expect((await api('DELETE', '/api/v1/nodepolicies/plant-heat')).status).toBe(200);
    const d = await waitUntil('the rules gone', () => (last('np-in')?.generation === gen + 1 ? last('np-in') : undefined));
    expect(d.policy.rules).toEqual([]);
  });

  it('an invalid policy is refused with the field path', async () => {
    const res = await api('POST', '/api/v1/apply', POLICY.replace('op: gt', 'op: sometimes'));
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { problems: { path: string }[] } };
    expect(body.error.problems.map((p) => p.path)).toContain('spec.rules[0].when.op');
  });
});
