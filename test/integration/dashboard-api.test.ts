// The dashboard's API on a real controller fed by real MQTT clients: server-side paging,
// filtering and sorting, refusal of a bad query with a message naming the parameter, the live
// stream (text/event-stream read with fetch and a bearer token, as the page does), and the page
// served with its security headers.
import { connectAsync, type MqttClient } from 'mqtt';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startController, type RunningController } from '../../controller/app.js';
import { makeControllerConfig } from '../../controller/config.js';
import type { DashNodePage } from '../../controller/dashboard/types.js';
import { encode } from '../../proto/codec.js';
import { nodeTopic } from '../../proto/topics.js';
import type { Hello, NodeState } from '../../proto/types.js';
import { mqttLogin } from '../helpers/identity.js';
import { waitUntil } from '../helpers/wait.js';
import { testNodeHello, testNodeState } from '../fixtures/wire-messages.js';

const P = 'edgefleet/v1';
const hello = (nodeId: string, labels: Record<string, string>): Hello => testNodeHello(nodeId, { labels, capacity: { cpuMillis: 1000, memoryBytes: 2 ** 30, diskBytes: 2 ** 30 } });
const offline = (nodeId: string): NodeState => testNodeState(nodeId, { online: false, conditions: [] });

describe('dashboard API (real controller, real MQTT clients)', () => {
  let dir: string;
  let ctl: RunningController;
  const clients: MqttClient[] = [];
  const get = async <T>(path: string, token = ctl.adminToken): Promise<{ status: number; body: T }> => {
    const res = await fetch(`http://127.0.0.1:${ctl.httpPort}${path}`, { headers: { authorization: `Bearer ${token}` } });
    return { status: res.status, body: (await res.json()) as T };
  };
  const names = (p: DashNodePage): string[] => p.items.map((n) => n.name);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ef-dash-api-'));
    ctl = await startController(makeControllerConfig({ dataDir: dir, mqttPort: 0, httpPort: 0, scheduleDebounceMs: 10 }), {
      logger: pino({ level: 'silent' }),
      dashboard: { tickMs: 100 },
    });
    for (let i = 1; i <= 7; i++) {
      const id = `n${i}`;
      const c = await connectAsync(`mqtt://127.0.0.1:${ctl.mqttPort}`, { ...(await mqttLogin(ctl, id)), reconnectPeriod: 0 });
      clients.push(c);
      await c.publishAsync(nodeTopic(P, id, 'hello'), Buffer.from(encode('hello', hello(id, { zone: i <= 3 ? 'a' : 'b', rack: `r${i}` }))), { qos: 1 });
    }
    await clients[5]?.publishAsync(nodeTopic(P, 'n6', 'state'), Buffer.from(encode('state', offline('n6'))), { qos: 1 });
    await waitUntil('n6 offline', async () => (await get<{ nodes: { byStatus: { Offline: number } } }>('/api/v1/dashboard/overview')).body.nodes.byStatus.Offline === 1);
  });

  afterAll(async () => {
    await Promise.all(clients.map((c) => c.endAsync(true)));
    await ctl?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('pages on the server, and a page past the end is the last page', async () => {
    const first = (await get<DashNodePage>('/api/v1/dashboard/nodes?pageSize=3')).body;
    expect(names(first)).toEqual(['n1', 'n2', 'n3']);
    expect(first).toMatchObject({ total: 7, page: 1, pages: 3, pageSize: 3 });
    expect(names((await get<DashNodePage>('/api/v1/dashboard/nodes?pageSize=3&page=3')).body)).toEqual(['n7']);
    expect((await get<DashNodePage>('/api/v1/dashboard/nodes?pageSize=3&page=99')).body).toMatchObject({ page: 3, items: [{ name: 'n7' }] });
  });

  it('filters by words in the name or labels and by status, and sorts problems first', async () => {
    expect(names((await get<DashNodePage>('/api/v1/dashboard/nodes?filter=zone%3Da')).body)).toEqual(['n1', 'n2', 'n3']);
    expect(names((await get<DashNodePage>('/api/v1/dashboard/nodes?filter=ZONE%3Db%20r5')).body)).toEqual(['n5']);
    expect(names((await get<DashNodePage>('/api/v1/dashboard/nodes?status=Offline')).body)).toEqual(['n6']);
    expect(names((await get<DashNodePage>('/api/v1/dashboard/nodes?sort=status')).body)[0]).toBe('n6');
    expect((await get<DashNodePage>('/api/v1/dashboard/nodes?filter=nothing-like-this')).body).toMatchObject({ total: 0, pages: 1, items: [] });
  });

  it('refuses a bad query with a message that names the parameter', async () => {
    for (const [query, param] of [
      ['pageSize=500', 'pageSize'],
      ['page=0', 'page'],
      ['status=Sleeping', 'status'],
      ['sort=random', 'sort'],
      [`filter=${'x'.repeat(201)}`, 'filter'],
      ['bogus=1', 'bogus'],
    ] as const) {
      const r = await get<{ error: { code: string; message: string } }>(`/api/v1/dashboard/nodes?${query}`);
      expect(r.status, query).toBe(400);
      expect(r.body.error.code).toBe('EF_CTL_BAD_REQUEST');
      expect(r.body.error.message, query).toContain(param);
    }
  });

  it('streams a tick at once and events as they arrive, to a reader with the read-only token', async () => {
    const ac = new AbortController();
    const res = await fetch(`http://127.0.0.1:${ctl.httpPort}/api/v1/dashboard/stream`, { headers: { authorization: `Bearer ${ctl.readToken}` }, signal: ac.signal });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    let text = '';
    const until = async (needle: string): Promise<void> => {
      while (!text.includes(needle)) {
        const { value, done } = await reader.read();
        if (done) throw new Error(`stream ended before ${needle}`);
        text += value;
      }
    };
    await until('\n\n');
    expect(text).toMatch(/^event: tick\ndata: \{"seq":\d+,"overview":\{"nodes":\{"total":7,/);
    await clients[0]?.publishAsync(
      nodeTopic(P, 'n1', 'events'),
      Buffer.from(encode('events', { nodeId: 'n1', bootId: 'boot-1', dropped: 0, events: [{ seq: 1, tsMs: Date.now(), type: 'Started', severity: 'info', workload: 'w', reason: 'Started', message: 'stream-marker', attributes: {} }] })),
      { qos: 1 },
    );
    await until('stream-marker');
    expect(text).toMatch(/event: events\ndata: \{"items":\[\{"node":"n1",[^\n]*"message":"stream-marker"\}\]\}\n\n/);
    ac.abort();
  });

  it('serves the page without a token, with a policy that allows only its own origin', async () => {
    const res = await fetch(`http://127.0.0.1:${ctl.httpPort}/ui`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
    );
    expect(await res.text()).toContain('<script type="module" src="/ui/assets/app.js"></script>');
    expect((await fetch(`http://127.0.0.1:${ctl.httpPort}/ui/assets/app.js`)).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await fetch(`http://127.0.0.1:${ctl.httpPort}/ui/assets/..%2Fcontroller.db`)).status).toBe(404);
  });
});
