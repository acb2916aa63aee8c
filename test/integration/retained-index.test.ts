// Retained desired snapshots through the embedded broker's exact-topic index (retained-index.ts):
// a node subscribing to its own topic gets its own retained message and no other, a cleared one
// is gone, and wildcard filters still see every retained message (the persistence's own scan).
import { connect, type MqttClient } from 'mqtt';
import { pino } from 'pino';
import type { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedBroker, type EmbeddedBroker } from '../../controller/broker/embedded.js';
import type { RetainedPacket } from '../../controller/broker/retained-index.js';
import { brokerIdentity } from '../helpers/identity.js';

const P = 'edgefleet/v1';
const id = (s: string): string => `ri-${s}-${process.pid}`;
const topic = (node: string): string => `${P}/nodes/${node}/desired`;

async function firstMessage(node: string): Promise<{ payload: string; retain: boolean }> {
  const c: MqttClient = connect(`mqtt://127.0.0.1:${broker.port}`, { ...identity.login(node), reconnectPeriod: 0 });
  try {
    return await new Promise((resolve, reject) => {
      c.once('message', (_t, payload, packet) => resolve({ payload: payload.toString(), retain: packet.retain }));
      c.once('error', reject);
      c.on('connect', () =>
        c.subscribe(topic(node), { qos: 1 }, (err) => {
          if (err) return reject(err);
          // A live marker after the subscription: it arrives first only if nothing retained did.
          void broker.publish(topic(node), Buffer.from('marker'), { qos: 1, retain: false });
        }),
      );
    });
  } finally {
    c.end(true);
  }
}

let broker: EmbeddedBroker;
const identity = brokerIdentity();

describe('retained messages by exact topic (embedded aedes)', () => {
  beforeAll(async () => {
    broker = await startEmbeddedBroker({ host: '127.0.0.1', port: 0, prefix: P, logger: pino({ level: 'silent' }), maxConnectsPerSecond: 0, authenticator: identity.authenticator });
    for (const n of ['a', 'b', 'c']) await broker.publish(topic(id(n)), Buffer.from(`desired-${n}`), { qos: 1, retain: true });
    await broker.publish(topic(id('c')), Buffer.alloc(0), { qos: 1, retain: true }); // cleared
  });
  afterAll(async () => {
    await broker.close();
    identity.close();
  });

  it("gives a node its own retained snapshot, not another node's", async () => {
    expect(await firstMessage(id('a'))).toEqual({ payload: 'desired-a', retain: true });
    expect(await firstMessage(id('b'))).toEqual({ payload: 'desired-b', retain: true });
  });

  it('forgets a retained message cleared with an empty payload', async () => {
    expect(await firstMessage(id('c'))).toEqual({ payload: 'marker', retain: false });
  });

  it('still answers wildcard filters from the full scan', async () => {
    const p = (broker.aedes as unknown as { persistence: { createRetainedStreamCombi(f: string[]): Readable } }).persistence;
    const got: string[] = [];
    for await (const m of p.createRetainedStreamCombi([`${P}/nodes/+/desired`])) got.push((m as RetainedPacket).payload.toString());
    expect(got.filter((s) => s.startsWith('desired-')).sort()).toEqual(['desired-a', 'desired-b']);
  });
});
