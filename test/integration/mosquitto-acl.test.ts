// Per-node isolation on a real Mosquitto with the generated configuration (broker/mosquitto-config.ts),
// the same rules as the embedded broker (broker/acl.ts): a node reads only its own desired and
// commands, publishes only its own upstream topics; the controller's user reads and writes all.
// Nodes log in with user name = node id and their secret (mosquitto_passwd-format hashes written
// by our code); a removed node (password file rewritten, SIGHUP) cannot log in again.
import { connectAsync, type IClientOptions, type MqttClient } from 'mqtt';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONTROLLER_CLIENT_ID, DEFAULT_CONTROLLER_USERNAME } from '../../controller/broker/external.js';
import { nodeTopic } from '../../proto/topics.js';
import { startMosquitto, type Mosquitto } from '../helpers/mosquitto.js';
import { waitUntil } from '../helpers/wait.js';

const P = 'edgefleet/v1';
const SECRETS = new Map([
  ['acl-a', 'secret-of-a'],
  ['acl-b', 'secret-of-b'],
]);

describe('Mosquitto with the generated ACL and password file (real mosquitto)', () => {
  let mosq: Mosquitto;
  let controller: MqttClient;
  const clients: MqttClient[] = [];
  const states: string[] = [];

  const node = async (id: string, extra: Partial<IClientOptions> = {}): Promise<MqttClient> => {
    const c = await connectAsync(mosq.url, { clientId: id, username: id, password: SECRETS.get(id) ?? '', reconnectPeriod: 0, ...extra });
    clients.push(c);
    return c;
  };
  /** The CONNACK's refusal code, or 0 when the broker accepted the connection. */
  const connectCode = async (opts: IClientOptions): Promise<number> => {
    try {
      const c = await connectAsync(mosq.url, { reconnectPeriod: 0, ...opts });
      await c.endAsync(true);
      return 0;
    } catch (err) {
      return Number((err as { code?: unknown }).code ?? -1);
    }
  };

  beforeAll(async () => {
    mosq = await startMosquitto({ identity: 'username', nodes: SECRETS });
    controller = await connectAsync(mosq.url, {
      clientId: DEFAULT_CONTROLLER_CLIENT_ID,
      username: DEFAULT_CONTROLLER_USERNAME,
      password: mosq.controllerPassword,
      reconnectPeriod: 0,
    });
    controller.on('message', (topic, payload) => {
      if (topic.endsWith('/state')) states.push(`${topic} ${payload.toString()}`);
    });
    await controller.subscribeAsync(`${P}/nodes/+/state`, { qos: 1 });
    for (const id of SECRETS.keys()) {
      await controller.publishAsync(nodeTopic(P, id, 'desired'), Buffer.from(`desired of ${id}`), { qos: 1, retain: true });
    }
  });

  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.endAsync(true)));
  });

  afterAll(async () => {
    await controller?.endAsync(true);
    await mosq?.stop();
  });

  it('a node reads its own retained desired state', async () => {
    const a = await node('acl-a');
    const got: string[] = [];
    a.on('message', (t, p) => got.push(`${t} ${p.toString()}`));
    const [grant] = await a.subscribeAsync(nodeTopic(P, 'acl-a', 'desired'), { qos: 1 });
    expect(grant?.qos).toBe(1);
    await waitUntil('its desired state', () => got.length === 1);
    expect(got).toEqual([`${nodeTopic(P, 'acl-a', 'desired')} desired of acl-a`]);
  });

  it("node A cannot subscribe to node B's desired state, nor to everyone's", async () => {
    const a = await node('acl-a');
    const got: string[] = [];
    a.on('message', (t) => got.push(t));
    // Mosquitto 2.0 grants these subscriptions and checks read access on every delivery instead.
    await a.subscribeAsync([nodeTopic(P, 'acl-b', 'desired'), `${P}/nodes/+/desired`, `${P}/#`], { qos: 1 });
    // Its own subscription after those: one connection delivers in order, so once its own retained
    // message is here, any retained message the others could have brought would have come first.
    await a.subscribeAsync(nodeTopic(P, 'acl-a', 'desired'), { qos: 1 });
    await waitUntil('its own desired state', () => got.includes(nodeTopic(P, 'acl-a', 'desired')));
    // Live messages too: B's new desired state, then A's, published in that order by the controller.
    await controller.publishAsync(nodeTopic(P, 'acl-b', 'desired'), Buffer.from('new desired of acl-b'), { qos: 1, retain: true });
    await controller.publishAsync(nodeTopic(P, 'acl-a', 'desired'), Buffer.from('desired of acl-a'), { qos: 1, retain: true });
    await waitUntil('its own live desired state', () => got.length >= 2);
    // Delivered once per matching subscription (its own exact one, `+/desired` and `#`): all A's.
    expect(new Set(got)).toEqual(new Set([nodeTopic(P, 'acl-a', 'desired')]));
  });

  it("node A's publish on node B's topic never reaches the controller; its own does", async () => {
    const a = await node('acl-a');
    states.length = 0;
    await a.publishAsync(nodeTopic(P, 'acl-b', 'state'), Buffer.from('forged by a'), { qos: 1 });
    await a.publishAsync(nodeTopic(P, 'acl-a', 'desired'), Buffer.from('a writes its own desired'), { qos: 1 });
    await a.publishAsync(nodeTopic(P, 'acl-a', 'state'), Buffer.from('a is fine'), { qos: 1 });
    await waitUntil("a's own state at the controller", () => states.length >= 1);
    expect(states).toEqual([`${nodeTopic(P, 'acl-a', 'state')} a is fine`]);
    // The desired topic it may not write still holds the controller's message.
    const b = await node('acl-b');
    const got: string[] = [];
    b.on('message', (_t, p) => got.push(p.toString()));
    await b.subscribeAsync(nodeTopic(P, 'acl-b', 'desired'), { qos: 1 });
    await waitUntil("b's desired state", () => got.length === 1);
    expect(got[0]).toMatch(/^(new )?desired of acl-b$/);
  });

  it('anonymous clients, wrong secrets and another node\'s user name are refused at CONNECT', async () => {
    expect(await connectCode({ clientId: 'acl-a' })).toBe(5);
    expect(await connectCode({ clientId: 'acl-a', username: 'acl-a', password: 'wrong' })).toBe(5);
    expect(await connectCode({ clientId: 'acl-a', username: 'acl-a', password: SECRETS.get('acl-b') ?? '' })).toBe(5);
    expect(await connectCode({ clientId: 'acl-a', username: 'acl-a', password: SECRETS.get('acl-a') ?? '' })).toBe(0);
  });

  it('a node removed from the password file (rewritten, SIGHUP) cannot log in again', async () => {
    await mosq.setNodes(new Map([['acl-b', SECRETS.get('acl-b') ?? '']]));
    expect(await connectCode({ clientId: 'acl-a', username: 'acl-a', password: SECRETS.get('acl-a') ?? '' })).toBe(5);
    expect(await connectCode({ clientId: 'acl-b', username: 'acl-b', password: SECRETS.get('acl-b') ?? '' })).toBe(0);
    await mosq.setNodes(SECRETS);
  });
});
