// Mosquitto's TLS listener as generated (require_certificate, use_identity_as_username): nodes are
// identified by the CN of a client certificate from the controller's CA, the controller connects
// over mqtts with its own certificate (CN _edgefleet), and the generated %u patterns isolate the
// nodes. Real mosquitto, real TLS, certificates from a real CA made for the test.
import { connectAsync, type IClientOptions, type MqttClient } from 'mqtt';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startController, type RunningController } from '../../controller/app.js';
import { makeControllerConfig } from '../../controller/config.js';
import { nodeTopic } from '../../proto/topics.js';
import { startMosquitto, type Mosquitto } from '../helpers/mosquitto.js';
import { connectNodeClient, controllerApi, PREFIX as P, zoneSleeper, type NodeClient } from '../helpers/node-client.js';
import { createTestCa, type TestCa } from '../helpers/test-ca.js';
import { waitUntil } from '../helpers/wait.js';

const manifest = zoneSleeper('tls', 'tls');

describe('Mosquitto TLS listener with client certificates (real mosquitto, real TLS)', () => {
  let dir: string;
  let ca: TestCa;
  let mosq: Mosquitto;
  let ctl: RunningController;
  const clients: MqttClient[] = [];

  const tlsOptions = (pair: { certFile: string; keyFile: string } | null, caFile = ca.caFile): IClientOptions => ({
    ca: readFileSync(caFile),
    ...(pair ? { cert: readFileSync(pair.certFile), key: readFileSync(pair.keyFile) } : {}),
    rejectUnauthorized: true,
    reconnectPeriod: 0,
    connectTimeout: 5000,
  });
  // No Last Will and no subscription until the test makes one: these tests are about what the
  // certificate's identity may subscribe to.
  const node = async (id: string): Promise<NodeClient> => {
    const n = await connectNodeClient(mosq.tlsUrl ?? '', id, { zone: 'tls', options: { clientId: id, ...tlsOptions(await ca.client(id)) }, will: false, subscribe: false });
    clients.push(n.client);
    return n;
  };
  const refused = async (opts: IClientOptions): Promise<boolean> => {
    try {
      const c = await connectAsync(mosq.tlsUrl ?? '', opts);
      await c.endAsync(true);
      return false;
    } catch {
      return true;
    }
  };
  const api = controllerApi(() => ({ dataDir: join(dir, 'controller'), httpPort: ctl.httpPort }));

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ef-mtls-'));
    ca = await createTestCa(dir);
    mosq = await startMosquitto({ identity: 'username', tls: { caFile: ca.caFile, ...ca.server } });
    const own = await ca.client('_edgefleet');
    ctl = await startController(
      makeControllerConfig({
        dataDir: join(dir, 'controller'),
        httpPort: 0,
        scheduleDebounceMs: 10,
        brokerUrl: mosq.tlsUrl,
        brokerCaFile: ca.caFile,
        brokerCertFile: own.certFile,
        brokerKeyFile: own.keyFile,
      }),
      { logger: pino({ level: 'silent' }) },
    );
  });

  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.endAsync(true)));
  });

  afterAll(async () => {
    await ctl?.close();
    await mosq?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('the controller is connected over mqtts with its certificate alone', () => {
    expect(ctl.broker.link()).toMatchObject({ connected: true, url: mosq.tlsUrl });
  });

  it('a node with a certificate comes Online and gets its desired state', async () => {
    const a = await node('tls-a');
    await a.client.subscribeAsync(nodeTopic(P, 'tls-a', 'desired'), { qos: 1 });
    await a.hello();
    await waitUntil('tls-a online', async () => (await api.status('tls-a')) === 'Online');
    const res = await api.apply(manifest);
    expect(res.status).toBe(200);
    await waitUntil('its desired state', () => a.desired.find((d) => d.workloads.length === 1));
  });

  it("node B's certificate does not read node A's desired state", async () => {
    const b = await node('tls-b');
    // A's desired state is retained at the broker (the test above): a permitted subscription would
    // bring it at once, before anything published later.
    await b.client.subscribeAsync([nodeTopic(P, 'tls-a', 'desired'), `${P}/nodes/+/desired`], { qos: 1 });
    const own = nodeTopic(P, 'tls-b', 'commands');
    await b.client.subscribeAsync(own, { qos: 1 });
    const probe = await connectAsync(mosq.tlsUrl ?? '', { clientId: '_edgefleet-probe', ...tlsOptions(await ca.client('_edgefleet')) });
    clients.push(probe);
    await probe.publishAsync(own, Buffer.from('probe'), { qos: 1 });
    await waitUntil('the probe on its own topic', () => b.topics.includes(own));
    expect(b.topics).toEqual([own]);
  });

  it('refuses a client without a certificate, and one with a certificate from another CA', async () => {
    expect(await refused({ clientId: 'tls-c', ...tlsOptions(null) })).toBe(true);
    const other = await createTestCa(mkdtempSync(join(dir, 'other-')));
    const foreign = await other.client('tls-c');
    expect(await refused({ clientId: 'tls-c', ...tlsOptions(foreign) })).toBe(true);
    // The control: a certificate from the right CA is accepted.
    expect(await refused({ clientId: 'tls-c', ...tlsOptions(await ca.client('tls-c')) })).toBe(false);
  });
});
