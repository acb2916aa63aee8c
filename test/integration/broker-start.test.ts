// The embedded broker listens only on start() (listenOnStart): the controller opens its MQTT
// port once its handlers are subscribed and its start-up work is done. Before that a node's
// connect is refused at once, which the agent retries within its first backoff window, instead of
// being accepted by a busy process (its hello published to nobody, or its SYN dropped by a full
// accept queue).
import { connect, type MqttClient } from 'mqtt';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedBroker, type EmbeddedBroker } from '../../controller/broker/embedded.js';
import { freePort } from '../helpers/ports.js';
import { brokerIdentity } from '../helpers/identity.js';
import { waitUntil } from '../helpers/wait.js';

const P = 'edgefleet/v1';

describe('embedded broker: listening only on start()', () => {
  const identity = brokerIdentity();
  let broker: EmbeddedBroker | null = null;
  const clients: MqttClient[] = [];
  afterAll(async () => {
    for (const c of clients) c.end(true);
    await broker?.close();
    identity.close();
  });

  it('refuses connects before start(), then serves them, and the hello reaches a handler subscribed before start()', async () => {
    const port = await freePort();
    broker = await startEmbeddedBroker({ host: '127.0.0.1', port, prefix: P, logger: pino({ level: 'silent' }), authenticator: identity.authenticator, listenOnStart: true });
    const node = `bs-${process.pid}`;
    const early = connect(`mqtt://127.0.0.1:${port}`, { ...identity.login(node), reconnectPeriod: 0 });
    clients.push(early);
    const refused = await new Promise<string>((resolve) => early.once('error', (err: Error & { code?: unknown }) => resolve(String(err.code))));
    expect(refused).toBe('ECONNREFUSED');

    const hellos: string[] = [];
    await broker.subscribe(`${P}/nodes/+/hello`, (_t, payload) => hellos.push(payload.toString()));
    await broker.start();
    expect(broker.port).toBe(port);
    const c = connect(`mqtt://127.0.0.1:${port}`, { ...identity.login(node), reconnectPeriod: 0 });
    clients.push(c);
    c.on('connect', () => c.publish(`${P}/nodes/${node}/hello`, 'hi', { qos: 1 }));
    await waitUntil('hello received', () => hellos.length > 0, 10_000, 20);
    expect(hellos).toEqual(['hi']);
    expect(broker.connectStats()).toMatchObject({ admitted: 1, refused: 0 });
  });
});
