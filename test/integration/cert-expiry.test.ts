// Certificate expiry in hello, against a real controller (embedded aedes, SQLite file, HTTP API):
// a node whose client certificate expires within 30 days, or has expired, is warned about in the
// controller's log and shown with the date; one with a year left is not warned about. The hellos
// come from bare MQTT clients enrolled through the real API (the agent's own report is covered by
// enrollment.test.ts), so the expiry can be any date.
import { connectAsync, type MqttClient } from 'mqtt';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startController, type RunningController } from '../../controller/app.js';
import { certExpiryText } from '../../controller/cli/fleet-format.js';
import { makeControllerConfig } from '../../controller/config.js';
import { encode } from '../../proto/codec.js';
import { nodeTopic } from '../../proto/topics.js';
import { helloMessage } from '../fixtures/wire-messages.js';
import { mqttLogin } from '../helpers/identity.js';
import { captureLogs } from '../helpers/logs.js';
import { waitUntil } from '../helpers/wait.js';

const DAY = 86_400_000;

describe('client certificate expiry (real controller)', () => {
  let dir: string;
  let ctl: RunningController;
  const logs = captureLogs('info');
  const clients: MqttClient[] = [];
  const id = (s: string): string => `cert-${s}-${process.pid}`;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ef-certexp-'));
    ctl = await startController(makeControllerConfig({ dataDir: join(dir, 'controller'), mqttPort: 0, httpPort: 0 }), { logger: logs.logger });
  });

  afterAll(async () => {
    await Promise.all(clients.map((c) => c.endAsync()));
    await ctl?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const hello = async (nodeId: string, certNotAfterMs: number): Promise<void> => {
    const c = await connectAsync(`mqtt://127.0.0.1:${ctl.mqttPort}`, { ...(await mqttLogin(ctl, nodeId)), reconnectPeriod: 0 });
    clients.push(c);
    await c.publishAsync(nodeTopic('edgefleet/v1', nodeId, 'hello'), Buffer.from(encode('hello', { ...helloMessage(), nodeId, certNotAfterMs })), { qos: 1 });
  };
  const certOf = async (nodeId: string): Promise<number | null | undefined> => {
    const res = await fetch(`http://127.0.0.1:${ctl.httpPort}/api/v1/nodes`, { headers: { authorization: `Bearer ${ctl.adminToken}` } });
    return ((await res.json()) as { items: { name: string; certExpiresMs: number | null }[] }).items.find((n) => n.name === nodeId)?.certExpiresMs;
  };

  it('warns about a certificate under 30 days and an expired one, not about one with a year left', async () => {
    const now = Date.now();
    const soon = now + 10 * DAY + 3_600_000;
    const gone = now - 2 * DAY - 3_600_000;
    const fine = now + 365 * DAY;
    await hello(id('fine'), fine);
    await hello(id('soon'), soon);
    await hello(id('gone'), gone);
    const w = await logs.waitFor((l) => l.node === id('soon') && l.level === 40);
    expect(w.msg).toBe(`node ${id('soon')}: its client certificate expires in 10 days (under 30)`);
    expect(w.certNotAfter).toBe(new Date(soon).toISOString());
    const e = await logs.waitFor((l) => l.node === id('gone') && l.level === 40);
    expect(e.msg).toBe(`node ${id('gone')}: its client certificate has expired`);
    await waitUntil('all three listed', async () => (await certOf(id('fine'))) === fine && (await certOf(id('gone'))) === gone);
    expect(await certOf(id('soon'))).toBe(soon);
    // The warning is logged before the hello reaches the registry, which lists the fine node: none for it.
    expect(logs.lines.filter((l) => l.node === id('fine') && l.level >= 40)).toEqual([]);
  });

  it('formats the expiry for get nodes -o wide and describe', () => {
    const now = Date.parse('2026-12-06T12:00:00Z');
    expect(certExpiryText(null, now)).toBe('-');
    expect(certExpiryText(Date.parse('2027-12-06T12:00:00Z'), now)).toBe('2027-12-06 (in 365d)');
    expect(certExpiryText(Date.parse('2026-12-01T12:00:00Z'), now)).toBe('2026-12-01 (EXPIRED 5d ago)');
  });
});
