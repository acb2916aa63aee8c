// The embedded broker binds its ports before the controller is ready but serves nobody until
// start() (holdUntilStarted): a node that connects while the controller still loads its fleet
// waits for its CONNACK instead of having its hello published to nobody and lost.
import { connect, type MqttClient } from 'mqtt';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedBroker, type EmbeddedBroker } from '../../controller/broker/embedded.js';
import { brokerIdentity } from '../helpers/identity.js';
import { waitUntil } from '../helpers/wait.js';

const P = 'edgefleet/v1';

describe('embedded broker: connections accepted while starting wait for start()', () => {
  const identity = brokerIdentity();
  let broker: EmbeddedBroker | null = null;
  let client: MqttClient | null = null;
  afterAll(async () => {
    client?.end(true);
    await broker?.close();
    identity.close();
  });

  it('answers the CONNECT only after start(), and the hello sent then reaches a handler subscribed before it', async () => {
    broker = await startEmbeddedBroker({ host: '127.0.0.1', port: 0, prefix: P, logger: pino({ level: 'silent' }), authenticator: identity.authenticator, holdUntilStarted: true });
    const node = `bs-${process.pid}`;
    const events: string[] = [];
    client = connect(`mqtt://127.0.0.1:${broker.port}`, { ...identity.login(node), reconnectPeriod: 0, connectTimeout: 30_000 });
    client.on('connect', () => {
      events.push('connack');
      client!.publish(`${P}/nodes/${node}/hello`, 'hi', { qos: 1 });
    });
    client.on('error', (err) => events.push(`error ${err.message}`));
    // The TCP connection is accepted and the CONNECT sent; nothing answers it yet.
    await waitUntil('CONNECT sent', () => (client!.stream as { bytesWritten?: number }).bytesWritten! > 0, 10_000, 20);
    await new Promise((r) => setTimeout(r, 300));
    expect(events).toEqual([]);
    const hellos: string[] = [];
    await broker.subscribe(`${P}/nodes/+/hello`, (_t, payload) => hellos.push(payload.toString()));
    broker.start();
    await waitUntil('hello received', () => hellos.length > 0, 10_000, 20);
    expect(events).toEqual(['connack']);
    expect(hellos).toEqual(['hi']);
    expect(broker.connectStats()).toMatchObject({ admitted: 1, refused: 0 });
  });
});
