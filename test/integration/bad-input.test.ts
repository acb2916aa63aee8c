// Bad input on every path gets a clear, logged error and crashes nothing: a real controller
// (embedded aedes, SQLite file, fastify) in this process, real mqtt.js clients, logs read back
// from the controller's own pino stream.
import { connectAsync, type MqttClient } from 'mqtt';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startController, type RunningController } from '../../controller/app.js';
import { makeControllerConfig } from '../../controller/config.js';
import { encode, MAX_BYTES } from '../../proto/codec.js';
import { nodeTopic } from '../../proto/topics.js';
import type { Hello, NodeState } from '../../proto/types.js';
import { authedFetch } from '../helpers/auth.js';
import { helloMessage, testNodeState } from '../fixtures/wire-messages.js';
import { captureLogs, type CapturedLogger } from '../helpers/logs.js';
import { mqttLogin } from '../helpers/identity.js';

const P = 'edgefleet/v1';
// Every API call in this file carries the controller's admin token.
let fetch: ReturnType<typeof authedFetch>;

const hello = (nodeId: string): Hello => ({ ...helloMessage(), nodeId, labels: { zone: 'a' }, appliedEpoch: 0, appliedGeneration: 0 });

const state = (nodeId: string): NodeState => testNodeState(nodeId, { conditions: [], reportedAtMs: 1 });

describe('bad input (real controller, real MQTT clients)', () => {
  let dir: string;
  let logs: CapturedLogger;
  let ctl: RunningController;
  const clients: MqttClient[] = [];
  let api = '';

  const client = async (id: string): Promise<MqttClient> => {
    const c = await connectAsync(`mqtt://127.0.0.1:${ctl.mqttPort}`, { ...(await mqttLogin(ctl, id)), reconnectPeriod: 0 });
    clients.push(c);
    return c;
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ef-bad-'));
    logs = captureLogs();
    ctl = await startController(makeControllerConfig({ dataDir: dir, mqttPort: 0, httpPort: 0, scheduleDebounceMs: 10 }), {
      logger: logs.logger,
    });
    api = `http://127.0.0.1:${ctl.httpPort}`;
    fetch = authedFetch(dir);
  });

  afterAll(async () => {
    await Promise.all(clients.map((c) => c.endAsync(true)));
    await ctl?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a bad manifest is refused with every problem named by field path', async () => {
    const res = await fetch(`${api}/api/v1/apply`, {
      method: 'POST',
      headers: { 'content-type': 'application/yaml' },
      body: 'apiVersion: edgefleet.io/v1\nkind: Workload\nmetadata: { name: Bad_Name }\nspec:\n  contaner: {}\n  placement: { mode: replicated, replicas: -1 }\n',
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; message: string; problems: { path: string }[] } };
    expect(body.error.code).toBe('EF_MANIFEST_INVALID');
    const paths = body.error.problems.map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['metadata.name', 'spec.placement.replicas']));
    expect(body.error.message).toContain('metadata.name');
    await logs.waitFor((l) => l.code === 'EF_MANIFEST_INVALID');
  });

  it('a body over the API limit is refused with 413', async () => {
    const res = await fetch(`${api}/api/v1/apply`, {
      method: 'POST',
      headers: { 'content-type': 'application/yaml' },
      body: `# ${'x'.repeat(1024 * 1024 + 10)}`,
    });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('EF_CTL_BODY_TOO_LARGE');
  });

  it('a payload that is not protobuf is logged as malformed, on every topic', async () => {
    const c = await client('n-garbage');
    for (const kind of ['hello', 'state', 'telemetry', 'events', 'replies'] as const) {
      await c.publishAsync(nodeTopic(P, 'n-garbage', kind), Buffer.from('{"this":"is json, not protobuf"}'), { qos: 1 });
      const line = await logs.waitFor((l) => l.code === 'EF_WIRE_MALFORMED' && l.node === 'n-garbage' && l.kind === kind);
      expect(line.msg).toMatch(new RegExp(`^rejected ${kind} from n-garbage: ${kind}: not a valid protobuf message`));
    }
  });

  it('a payload over the size limit is refused before decoding, on every topic', async () => {
    const c = await client('n-big');
    for (const kind of ['hello', 'state', 'telemetry', 'events', 'replies'] as const) {
      await c.publishAsync(nodeTopic(P, 'n-big', kind), Buffer.alloc(MAX_BYTES[kind] + 1, 1), { qos: 1 });
      const line = await logs.waitFor((l) => l.code === 'EF_WIRE_TOO_LARGE' && l.node === 'n-big' && l.kind === kind);
      expect(line.msg).toContain(`exceeds the ${MAX_BYTES[kind]} B limit`);
    }
  });

  it("an unknown node's message is refused until it says hello", async () => {
    const c = await client('ghost');
    await c.publishAsync(nodeTopic(P, 'ghost', 'state'), Buffer.from(encode('state', state('ghost'))), { qos: 1 });
    const line = await logs.waitFor((l) => l.code === 'EF_CTL_UNKNOWN_NODE' && l.node === 'ghost');
    expect(line.msg).toBe('rejected state from unknown node ghost: a node must send hello first');
    const nodes = (await (await fetch(`${api}/api/v1/nodes`)).json()) as { items: { name: string }[] };
    expect(nodes.items.map((n) => n.name)).not.toContain('ghost');
  });

  it("a payload naming another node than its topic is refused", async () => {
    const c = await client('n-liar');
    await c.publishAsync(nodeTopic(P, 'n-liar', 'hello'), Buffer.from(encode('hello', hello('someone-else'))), { qos: 1 });
    const line = await logs.waitFor((l) => l.code === 'EF_CTL_TOPIC_MISMATCH' && l.node === 'n-liar');
    expect(line.msg).toContain('the payload says node someone-else');
  });

  it('a node publishing on another node\'s topic is refused by the broker', async () => {
    const c = await client('n-intruder');
    // MQTT 3.1.1 has no PUBACK error code: the broker refuses and closes the connection.
    c.publish(nodeTopic(P, 'victim', 'hello'), Buffer.from(encode('hello', hello('victim'))), { qos: 1 });
    const line = await logs.waitFor((l) => l.msg === 'publish refused' && l.node === 'n-intruder');
    expect(line.reason).toBe('node n-intruder may not publish for node victim');
  });

  it('after all of it the controller still works: a valid hello registers the node', async () => {
    const c = await client('n-good');
    await c.publishAsync(nodeTopic(P, 'n-good', 'hello'), Buffer.from(encode('hello', hello('n-good'))), { qos: 1 });
    const nodes = await waitForNode(api, 'n-good');
    expect(nodes).toMatchObject({ name: 'n-good', status: 'Online', labels: { zone: 'a' } });
    expect(ctl.counters.rejected).toMatchObject({
      EF_WIRE_MALFORMED: 5,
      EF_WIRE_TOO_LARGE: 5,
      EF_CTL_UNKNOWN_NODE: 1,
      EF_CTL_TOPIC_MISMATCH: 1,
    });
  });
});

async function waitForNode(api: string, id: string): Promise<unknown> {
  for (let i = 0; i < 100; i++) {
    const body = (await (await fetch(`${api}/api/v1/nodes`)).json()) as { items: { name: string }[] };
    const n = body.items.find((x) => x.name === id);
    if (n) return n;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`node ${id} never registered`);
}
