// Fleet state end to end in one process: a real controller (embedded aedes, SQLite file, fastify)
// and real mqtt.js clients publishing encoded telemetry, events and states. QoS 1 redelivery
// never duplicates a row, gaps are reported, history is downsampled, events are queryable, the
// node registry shows Degraded and pending delivery.
import Database from 'better-sqlite3';
import { connectAsync, type MqttClient } from 'mqtt';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startController, type RunningController } from '../../controller/app.js';
import { makeControllerConfig } from '../../controller/config.js';
import { encode } from '../../proto/codec.js';
import { nodeTopic } from '../../proto/topics.js';
import type { EdgeEvent, Hello, NodeState, TelemetryBatch, TelemetrySample } from '../../proto/types.js';
import { authedFetch } from '../helpers/auth.js';
import { waitUntil } from '../helpers/wait.js';
import { mqttLogin } from '../helpers/identity.js';
import { testNodeHello, testNodeState } from '../fixtures/wire-messages.js';

const P = 'edgefleet/v1';
const MIN = 60_000;

const hello = (nodeId: string, labels: Record<string, string>): Hello => testNodeHello(nodeId, { labels, arch: 'arm64' });
const state = (nodeId: string, runtimeOk: boolean, online = true): NodeState =>
  testNodeState(nodeId, { online, conditions: [{ type: 'RuntimeReachable', status: runtimeOk, reason: runtimeOk ? 'DockerAnswers' : 'DockerUnavailable', message: '', sinceMs: 1 }] });
const sample = (seq: number, tsMs: number): TelemetrySample => ({
  seq,
  tsMs,
  cpuPercent: 40,
  load1: 0.7,
  memoryUsedBytes: 600,
  memoryTotalBytes: 1000,
  swapUsedBytes: 0,
  swapTotalBytes: 0,
  disks: [{ mount: '/', usedBytes: 95, sizeBytes: 100 }],
  netRxBytesPerS: 10,
  netTxBytesPerS: 20,
  temperatureC: 48.5,
  uptimeS: 100,
  workloads: [{ name: 'web', cpuPercent: 12, memoryBytes: 2048 }],
});
const event = (seq: number, workload: string, type: string): EdgeEvent => ({
  seq,
  tsMs: Date.now() - 1000 + seq,
  type,
  severity: type === 'Crashed' ? 'error' : 'info',
  workload,
  reason: type,
  message: `${type} ${workload}`,
  attributes: { attempt: String(seq) },
});

describe('fleet state (real controller, real MQTT clients, real SQLite)', () => {
  let dir: string;
  let ctl: RunningController;
  let api: (path: string, init?: RequestInit) => Promise<Response>;
  const clients: MqttClient[] = [];
  const get = async <T>(path: string): Promise<T> => {
    const res = await api(path);
    expect(res.status, `${path}: ${await res.clone().text()}`).toBe(200);
    return (await res.json()) as T;
  };
  const node = async (id: string, labels: Record<string, string>, withWill = false): Promise<MqttClient> => {
    const c = await connectAsync(`mqtt://127.0.0.1:${ctl.mqttPort}`, {
      ...(await mqttLogin(ctl, id)),
      reconnectPeriod: 0,
      ...(withWill ? { will: { topic: nodeTopic(P, id, 'state'), payload: Buffer.from(encode('state', state(id, true, false))), qos: 1, retain: true } } : {}),
    });
    clients.push(c);
    await c.publishAsync(nodeTopic(P, id, 'hello'), Buffer.from(encode('hello', hello(id, labels))), { qos: 1 });
    return c;
  };
  const telemetry = (c: MqttClient, b: TelemetryBatch) => c.publishAsync(nodeTopic(P, b.nodeId, 'telemetry'), Buffer.from(encode('telemetry', b)), { qos: 1 });
  const rows = (sql: string, ...args: string[]): number => {
    // A second connection on the same WAL file: what is really stored, not what the API says.
    const db = new Database(join(dir, 'controller.db'), { readonly: true });
    try {
      return (db.prepare(sql).get(...args) as { n: number }).n;
    } finally {
      db.close();
    }
  };

  let a: MqttClient;
  let b: MqttClient;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ef-fleet-'));
    ctl = await startController(makeControllerConfig({ dataDir: dir, mqttPort: 0, httpPort: 0, scheduleDebounceMs: 10 }), {
      logger: pino({ level: 'silent' }),
      fleetState: { flushIntervalMs: 20 },
    });
    const f = authedFetch(dir);
    api = (path, init) => f(`http://127.0.0.1:${ctl.httpPort}${path}`, init);
    a = await node('fs-a', { zone: 'a', site: 'north' });
    b = await node('fs-b', { zone: 'b', site: 'south' }, true);
    await waitUntil('both nodes registered', async () => (await get<{ items: unknown[] }>('/api/v1/nodes')).items.length === 2);
  });

  afterAll(async () => {
    await Promise.all(clients.map((c) => c.endAsync(true)));
    await ctl?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('filters nodes with a label selector, server-side', async () => {
    const names = async (sel: string) =>
      (await get<{ items: { name: string }[] }>(`/api/v1/nodes?selector=${encodeURIComponent(sel)}`)).items.map((n) => n.name);
    expect(await names('zone=a')).toEqual(['fs-a']);
    expect(await names('site in (north,south),zone!=a')).toEqual(['fs-b']);
    expect(await names('!zone')).toEqual([]);
    const bad = await api('/api/v1/nodes?selector=zone%3D%3D%3Da');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe('EF_CTL_BAD_REQUEST');
  });

  it('QoS 1 redelivery of a telemetry batch never duplicates a row; gaps and drops are reported', async () => {
    const now = Date.now();
    const first: TelemetryBatch = { nodeId: 'fs-a', bootId: 'boot-1', dropped: 0, samples: [1, 2, 3, 4, 5].map((s) => sample(s, now - 60_000 + s * 1000)) };
    await telemetry(a, first);
    await telemetry(a, first); // what a QoS 1 redelivery looks like to the controller
    await telemetry(a, { nodeId: 'fs-a', bootId: 'boot-1', dropped: 2, samples: [9, 10].map((s) => sample(s, now - 60_000 + s * 1000)) });
    const h = await waitUntil('history with every sample', async () => {
      const r = await get<{ points: unknown[]; source: string; stream: Record<string, unknown> }>('/api/v1/nodes/fs-a/telemetry?since=10m');
      return r.points.length === 7 ? r : undefined;
    });
    expect(h.source).toBe('raw');
    expect(h.stream).toMatchObject({ received: 7, duplicates: 5, missing: 3, dropped: 2, lastSeq: 10, gaps: [{ from: 6, to: 8 }] });
    expect(rows("SELECT coalesce(sum(samples), 0) AS n FROM telemetry_raw_batches WHERE node_id = ?", 'fs-a')).toBe(7);
    expect(rows("SELECT coalesce(sum(samples), 0) AS n FROM telemetry_rollup WHERE node_id = ? AND step_ms = 60000", 'fs-a')).toBe(7);
  });

  it('older history comes back downsampled', async () => {
    const now = Date.now();
    // Two hours of older samples, one a minute, numbered after the ones above (no new gap).
    const samples = Array.from({ length: 120 }, (_, i) => sample(11 + i, now - 2 * 3_600_000 + i * MIN));
    await telemetry(a, { nodeId: 'fs-a', bootId: 'boot-1', dropped: 0, samples });
    const h = await waitUntil('downsampled history', async () => {
      const r = await get<{ points: { samples: number; cpuPercent: number; temperatureC: number }[]; source: string; stepMs: number }>(
        '/api/v1/nodes/fs-a/telemetry?since=3h&step=30m',
      );
      return r.points.reduce((n, p) => n + p.samples, 0) >= 127 ? r : undefined;
    });
    expect(h).toMatchObject({ source: '1m', stepMs: 30 * MIN });
    expect(h.points.length).toBeGreaterThanOrEqual(4);
    expect(h.points.length).toBeLessThanOrEqual(6);
    expect(h.points[0]).toMatchObject({ cpuPercent: 40, temperatureC: 48.5 });
    const bad = await api('/api/v1/nodes/fs-a/telemetry?since=yesterday');
    expect(bad.status).toBe(400);
    expect((await api('/api/v1/nodes/nobody/telemetry')).status).toBe(404);
  });

  it('events are stored once and queryable by node, workload, type, time and limit', async () => {
    const batch = { nodeId: 'fs-a', bootId: 'boot-1', dropped: 0, events: [event(1, 'web', 'Started'), event(2, 'web', 'Crashed'), event(3, 'db', 'Started')] };
    await a.publishAsync(nodeTopic(P, 'fs-a', 'events'), Buffer.from(encode('events', batch)), { qos: 1 });
    await a.publishAsync(nodeTopic(P, 'fs-a', 'events'), Buffer.from(encode('events', batch)), { qos: 1 });
    const evB = { nodeId: 'fs-b', bootId: 'boot-1', dropped: 0, events: [event(1, 'web', 'Started')] };
    await b.publishAsync(nodeTopic(P, 'fs-b', 'events'), Buffer.from(encode('events', evB)), { qos: 1 });
    type Ev = { items: { node: string; seq: number; workload: string; type: string; attributes: Record<string, string> }[] };
    await waitUntil('all events stored', async () => (await get<Ev>('/api/v1/events')).items.length === 4);
    expect(rows('SELECT count(*) AS n FROM events')).toBe(4);
    expect((await get<Ev>('/api/v1/events?node=fs-a')).items.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect((await get<Ev>('/api/v1/events?workload=web')).items.map((e) => `${e.node}/${e.seq}`).sort()).toEqual(['fs-a/1', 'fs-a/2', 'fs-b/1']);
    expect((await get<Ev>('/api/v1/events?node=fs-a&type=Crashed')).items).toEqual([expect.objectContaining({ seq: 2, attributes: { attempt: '2' } })]);
    expect((await get<Ev>('/api/v1/events?node=fs-a&limit=1')).items.map((e) => e.seq)).toEqual([3]);
    expect((await get<Ev>('/api/v1/events?since=1h')).items).toHaveLength(4);
    expect((await get<Ev>(`/api/v1/events?since=${Date.now() + 60_000}`)).items).toHaveLength(0);
    expect((await api('/api/v1/events?limit=0')).status).toBe(400);
  });

  it('top and describe show the latest usage, pressure, streams and recent events', async () => {
    type Top = { items: { name: string; cpuPercent: number | null; memoryPercent: number | null; diskPercent: number | null; temperatureC: number | null; pressure: object }[] };
    const top = await get<Top>('/api/v1/top/nodes');
    expect(top.items.find((n) => n.name === 'fs-a')).toMatchObject({ cpuPercent: 40, memoryPercent: 60, diskPercent: 95, temperatureC: 48.5, pressure: { memory: false, disk: true } });
    expect(top.items.find((n) => n.name === 'fs-b')).toMatchObject({ cpuPercent: null, pressure: { memory: false, disk: false } });
    expect(ctl.fleetState.telemetry.workloadUsage('web')).toEqual({ cpuPercent: 12, memoryBytes: 2048, instances: 1 });

    const d = await get<Record<string, unknown>>('/api/v1/nodes/fs-a');
    expect(d).toMatchObject({
      name: 'fs-a',
      status: 'Online',
      arch: 'arm64',
      hostname: 'fs-a',
      capacity: { cpuMillis: 2000 },
      usage: { cpuPercent: 40, workloads: [{ name: 'web', cpuPercent: 12 }], disks: [{ mount: '/', percent: 95 }] },
      telemetryStream: { missing: 3, dropped: 2 },
      eventStream: { received: 3, duplicates: 3 },
    });
    expect((d.events as unknown[]).length).toBe(3);
    expect((await api('/api/v1/nodes/nobody')).status).toBe(404);
  });

  it('a node whose runtime is unreachable shows Degraded, and Online again when it recovers', async () => {
    const status = async (): Promise<string | undefined> =>
      (await get<{ items: { name: string; status: string }[] }>('/api/v1/nodes')).items.find((n) => n.name === 'fs-b')?.status;
    await b.publishAsync(nodeTopic(P, 'fs-b', 'state'), Buffer.from(encode('state', state('fs-b', false))), { qos: 1 });
    await waitUntil('fs-b degraded', async () => (await status()) === 'Degraded');
    const d = await get<{ conditions: { type: string; status: boolean }[] }>('/api/v1/nodes/fs-b');
    expect(d.conditions).toContainEqual(expect.objectContaining({ type: 'RuntimeReachable', status: false }));
    await b.publishAsync(nodeTopic(P, 'fs-b', 'state'), Buffer.from(encode('state', state('fs-b', true))), { qos: 1 });
    await waitUntil('fs-b online', async () => (await status()) === 'Online');
  });

  it('an offline node behind its desired generation shows pending delivery', async () => {
    type N = { items: { name: string; status: string; desiredGeneration: number; delivery: string; deliveryMessage: string }[] };
    const before = await waitUntil('a desired snapshot for fs-b', async () =>
      (await get<N>('/api/v1/nodes')).items.find((n) => n.name === 'fs-b' && n.desiredGeneration > 0),
    );
    expect(before.delivery).toBe('pending'); // online, but it never applied anything
    b.stream.destroy(); // the Last Will says offline
    const n = await waitUntil('fs-b offline', async () => (await get<N>('/api/v1/nodes')).items.find((x) => x.name === 'fs-b' && x.status === 'Offline'));
    expect(n).toMatchObject({ delivery: 'pending-offline', deliveryMessage: `offline, pending delivery of generation ${before.desiredGeneration}` });
  });
});
