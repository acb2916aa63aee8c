// Prometheus metrics, probes and log redaction on real processes: a real controller (embedded
// aedes, SQLite file, fastify) fed by real mqtt.js clients, and the shipped agent as a real
// process. Values are asserted from the scraped text, as Prometheus would read them.
import { connectAsync, type MqttClient } from 'mqtt';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startController, type RunningController } from '../../controller/app.js';
import { startEmbeddedBroker, type EmbeddedBroker } from '../../controller/broker/embedded.js';
import { makeControllerConfig } from '../../controller/config.js';
import { encode } from '../../proto/codec.js';
import { nodeTopic } from '../../proto/topics.js';
import type { Hello, TelemetrySample } from '../../proto/types.js';
import { AGENT_LAUNCHER, startProc, type Proc } from '../helpers/process.js';
import { promValue } from '../helpers/prom.js';
import { waitUntil } from '../helpers/wait.js';
import { brokerIdentity, mqttLogin } from '../helpers/identity.js';
import { testNodeHello } from '../fixtures/wire-messages.js';

const P = 'edgefleet/v1';

const hello = (nodeId: string): Hello => testNodeHello(nodeId, { labels: { zone: 'a' } });
const sample = (seq: number): TelemetrySample => ({
  seq,
  tsMs: Date.now() - 10_000 + seq,
  cpuPercent: 12,
  load1: 0.2,
  memoryUsedBytes: 500,
  memoryTotalBytes: 1000,
  swapUsedBytes: 0,
  swapTotalBytes: 0,
  disks: [],
  netRxBytesPerS: 0,
  netTxBytesPerS: 0,
  uptimeS: 10,
  workloads: [],
});

describe('controller metrics and probes (real controller, real MQTT clients)', () => {
  let dir: string;
  let ctl: RunningController;
  const clients: MqttClient[] = [];
  const url = (path: string): string => `http://127.0.0.1:${ctl.httpPort}${path}`;
  const scrape = async (): Promise<string> => {
    const res = await fetch(url('/metrics'), { headers: { authorization: `Bearer ${ctl.adminToken}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    return res.text();
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ef-obs-'));
    ctl = await startController(makeControllerConfig({ dataDir: dir, mqttPort: 0, httpPort: 0, scheduleDebounceMs: 10 }), { logger: pino({ level: 'silent' }) });
  });

  afterAll(async () => {
    await Promise.all(clients.map((c) => c.endAsync(true)));
    await ctl?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers /livez and /readyz without a token, and guards /metrics with it', async () => {
    expect(await (await fetch(url('/livez'))).json()).toEqual({ ok: true });
    const ready = await fetch(url('/readyz'));
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ ready: true });
    const anon = await fetch(url('/metrics'));
    expect(anon.status).toBe(401);
    expect(((await anon.json()) as { error: { code: string } }).error.code).toBe('EF_CTL_UNAUTHORIZED');
    expect((await fetch(url('/metrics'), { headers: { authorization: 'Bearer not-the-admin-token' } })).status).toBe(401);
  });

  it('counts nodes by status, messages in and out by type, decode errors, scheduler runs and agent backlogs', async () => {
    const before = await scrape();
    expect(promValue(before, 'edgefleet_nodes', { status: 'Online' })).toBe(0);
    expect(promValue(before, 'edgefleet_messages_received_total', { type: 'telemetry' })).toBe(0);

    for (const id of ['obs-a', 'obs-b']) {
      const c = await connectAsync(`mqtt://127.0.0.1:${ctl.mqttPort}`, { ...(await mqttLogin(ctl, id)), reconnectPeriod: 0 });
      clients.push(c);
      await c.publishAsync(nodeTopic(P, id, 'hello'), Buffer.from(encode('hello', hello(id))), { qos: 1 });
    }
    const [a, b] = clients as [MqttClient, MqttClient];
    await a.publishAsync(nodeTopic(P, 'obs-a', 'telemetry'), Buffer.from(encode('telemetry', { nodeId: 'obs-a', bootId: 'boot-1', dropped: 0, samples: [sample(1), sample(2), sample(3)], outboxBacklog: 40 })), { qos: 1 });
    await b.publishAsync(nodeTopic(P, 'obs-b', 'telemetry'), Buffer.from(encode('telemetry', { nodeId: 'obs-b', bootId: 'boot-1', dropped: 0, samples: [sample(1)], outboxBacklog: 2 })), { qos: 1 });
    // Not protobuf at all, and a payload naming another node: one decode error, one mismatch.
    await a.publishAsync(nodeTopic(P, 'obs-a', 'telemetry'), Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f]), { qos: 1 });
    await a.publishAsync(nodeTopic(P, 'obs-a', 'events'), Buffer.from(encode('events', { nodeId: 'obs-b', bootId: 'boot-1', dropped: 0, events: [] })), { qos: 1 });

    const apply = await fetch(url('/api/v1/apply'), {
      method: 'POST',
      headers: { authorization: `Bearer ${ctl.adminToken}`, 'content-type': 'application/yaml' },
      body: 'apiVersion: edgefleet.io/v1\nkind: Workload\nmetadata: {name: obs}\nspec:\n  container: {image: edgefleet/busybox:local}\n  placement: {mode: perNode}\n',
    });
    expect(apply.status).toBe(200);

    const text = await waitUntil('every message counted', async () => {
      const t = await scrape();
      return promValue(t, 'edgefleet_messages_received_total', { type: 'telemetry' }) === 2 && promValue(t, 'edgefleet_decode_errors_total', { code: 'EF_WIRE_MALFORMED' }) === 1 ? t : false;
    });
    expect(promValue(text, 'edgefleet_nodes', { status: 'Online' })).toBe(2);
    expect(promValue(text, 'edgefleet_nodes', { status: 'Offline' })).toBe(0);
    expect(promValue(text, 'edgefleet_messages_received_total', { type: 'hello' })).toBe(2);
    expect(promValue(text, 'edgefleet_messages_rejected_total', { code: 'EF_WIRE_MALFORMED' })).toBe(1);
    expect(promValue(text, 'edgefleet_messages_rejected_total', { code: 'EF_CTL_TOPIC_MISMATCH' })).toBe(1);
    expect(promValue(text, 'edgefleet_decode_errors_total', { code: 'EF_WIRE_INVALID' })).toBe(0);
    // perNode on two nodes: each got a desired snapshot naming the workload.
    expect(promValue(text, 'edgefleet_messages_sent_total', { type: 'desired' })).toBeGreaterThanOrEqual(2);
    expect(promValue(text, 'edgefleet_scheduler_duration_seconds_count')).toBeGreaterThanOrEqual(2);
    expect(promValue(text, 'edgefleet_reconcile_duration_seconds_count')).toBeGreaterThanOrEqual(2);
    expect(promValue(text, 'edgefleet_agent_outbox_backlog_records')).toBe(42);
    expect(promValue(text, 'edgefleet_agent_outbox_backlog_max_records')).toBe(40);
    expect(promValue(text, 'edgefleet_agent_outbox_backlog_nodes')).toBe(2);
    expect(promValue(text, 'process_resident_memory_bytes')).toBeGreaterThan(0);

    // A drained outbox reports 0 ...
    await a.publishAsync(nodeTopic(P, 'obs-a', 'telemetry'), Buffer.from(encode('telemetry', { nodeId: 'obs-a', bootId: 'boot-1', dropped: 0, samples: [sample(4)] })), { qos: 1 });
    const drained = await waitUntil('a drained', async () => {
      const t = await scrape();
      return promValue(t, 'edgefleet_messages_received_total', { type: 'telemetry' }) === 3 ? t : false;
    });
    expect(promValue(drained, 'edgefleet_agent_outbox_backlog_records')).toBe(2);
    expect(promValue(drained, 'edgefleet_agent_outbox_backlog_nodes')).toBe(1);
    // ... and an offline node's figure is stale, so it no longer counts. b says goodbye as an
    // agent does on shutdown: its retained state, offline.
    await b.publishAsync(nodeTopic(P, 'obs-b', 'state'), Buffer.from(encode('state', { nodeId: 'obs-b', bootId: 'boot-1', online: false, appliedEpoch: 0, appliedGeneration: 0, workloads: [], conditions: [], reportedAtMs: Date.now() })), { qos: 1, retain: true });
    const gone = await waitUntil('b offline', async () => {
      const t = await scrape();
      return promValue(t, 'edgefleet_nodes', { status: 'Offline' }) === 1 ? t : false;
    });
    expect(promValue(gone, 'edgefleet_agent_outbox_backlog_records')).toBe(0);
    expect(promValue(gone, 'edgefleet_agent_outbox_backlog_nodes')).toBe(0);
    expect(promValue(gone, 'edgefleet_nodes', { status: 'Online' })).toBe(1);
  });
});

describe('/metrics --metrics-no-auth', () => {
  it('serves metrics without a token when the operator opened them, and nothing else', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ef-obs-open-'));
    const ctl = await startController(makeControllerConfig({ dataDir: dir, mqttPort: 0, httpPort: 0, metricsNoAuth: true }), { logger: pino({ level: 'silent' }) });
    try {
      const res = await fetch(`http://127.0.0.1:${ctl.httpPort}/metrics`);
      expect(res.status).toBe(200);
      expect(promValue(await res.text(), 'edgefleet_nodes', { status: 'Online' })).toBe(0);
      expect((await fetch(`http://127.0.0.1:${ctl.httpPort}/api/v1/nodes`)).status).toBe(401);
    } finally {
      await ctl.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('agent --metrics-port (the shipped agent, a real process)', () => {
  let broker: EmbeddedBroker;
  let agent: Proc | null = null;
  let dir: string;
  const SECRET = 'pa55-in-the-url-never-logged';
  const identity = brokerIdentity();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ef-obs-agent-'));
    broker = await startEmbeddedBroker({ host: '127.0.0.1', port: 0, prefix: P, logger: pino({ level: 'silent' }), authenticator: identity.authenticator });
    identity.enrollAgent(`obs-agent-${process.pid}`, dir);
  });
  afterAll(async () => {
    await agent?.stop();
    await broker?.close();
    identity.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stays ready with the broker gone, reports its outbox, and never logs the password in its server URL', async () => {
    agent = startProc(
      ['--server', `mqtt://edge:${SECRET}@127.0.0.1:${broker.port}`, '--node-id', `obs-agent-${process.pid}`, '--state-dir', dir, '--metrics-port', '0', '--reconnect-ms', '200', '--reconnect-max-ms', '400'],
      { EDGEFLEET_LOG_FORMAT: 'json' },
      { command: [AGENT_LAUNCHER] },
    );
    const listening = await agent.waitForLog((l) => l.component === 'metrics' && typeof l.port === 'number');
    const base = `http://127.0.0.1:${String(listening.port)}`;
    await agent.waitForLog((l) => l.msg === 'connected to controller');
    const connected = await (await fetch(`${base}/metrics`)).text();
    expect(promValue(connected, 'edgefleet_agent_link_connected')).toBe(1);
    expect(promValue(connected, 'edgefleet_agent_outbox_max_bytes')).toBe(32 * 1024 * 1024);

    await broker.close(); // the controller's broker goes away: offline is a normal state
    const offline = await waitUntil('the agent noticed', async () => {
      const t = await (await fetch(`${base}/metrics`)).text();
      return promValue(t, 'edgefleet_agent_link_connected') === 0 ? t : false;
    });
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ ready: true, link: 'offline' });
    expect((await fetch(`${base}/livez`)).status).toBe(200);
    expect(promValue(offline, 'edgefleet_agent_outbox_records', { stream: 'telemetry' })).toBeGreaterThanOrEqual(0);
    expect((await fetch(`${base}/nope`)).status).toBe(404);

    const logged = JSON.stringify(agent.lines) + agent.stderr.join('\n');
    expect(logged).not.toContain(SECRET);
    expect(agent.lines.find((l) => l.msg === 'connected to controller')?.url).toBe(`mqtt://edge:[REDACTED]@127.0.0.1:${broker.port}`);
  });
});
