// The embedded broker (real aedes on a real TCP port) against clients that misbehave on purpose:
// an oversized packet is refused from its header, a connection that never says CONNECT is closed,
// very deep topic filters are refused, and a subscriber that stops reading is disconnected while
// another subscriber keeps receiving everything.
import { connect as mqttConnect, type MqttClient } from 'mqtt';
import { connect as netConnect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedBroker, type EmbeddedBroker } from '../../controller/broker/embedded.js';
import { MAX_MQTT_PACKET_BYTES } from '../../controller/broker/packet-guard.js';
import { nodeTopic } from '../../proto/topics.js';
import { captureLogs } from '../helpers/logs.js';
import { waitUntil } from '../helpers/wait.js';
import { brokerIdentity } from '../helpers/identity.js';

const PREFIX = 'edgefleet/v1';

const identity = brokerIdentity();
const str = (s: string): Buffer => Buffer.concat([Buffer.from([Buffer.byteLength(s) >> 8, Buffer.byteLength(s) & 0xff]), Buffer.from(s)]);

/** MQTT 3.1.1 CONNECT for `clientId` with its enrolled username and secret, clean session, keepalive 60 s. */
function connectPacket(clientId: string): Buffer {
  const login = identity.login(clientId);
  const body = Buffer.concat([Buffer.from([0, 4]), Buffer.from('MQTT'), Buffer.from([4, 0xc2, 0, 60]), str(clientId), str(login.username), str(login.password)]);
  return Buffer.concat([Buffer.from([0x10, body.length]), body]);
}

/** A PUBLISH fixed header announcing `length` bytes (the body never follows). */
function hugePublishHeader(length: number): Buffer {
  const out = [0x30];
  let v = length;
  do {
    let b = v % 128;
    v = Math.floor(v / 128);
    if (v > 0) b |= 0x80;
    out.push(b);
  } while (v > 0);
  return Buffer.from(out);
}

function rawSocket(port: number): Promise<{ socket: Socket; closed: Promise<void>; received: () => Buffer }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = netConnect(port, '127.0.0.1', () => resolve({ socket, closed, received: () => Buffer.concat(chunks) }));
    const closed = new Promise<void>((r) => socket.once('close', () => r()));
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', () => undefined);
    socket.once('error', reject);
  });
}

function client(port: number, clientId: string): Promise<MqttClient> {
  return new Promise((resolve, reject) => {
    const c = mqttConnect(`mqtt://127.0.0.1:${port}`, { ...identity.login(clientId), reconnectPeriod: 0, protocolVersion: 4 });
    c.once('connect', () => resolve(c));
    c.once('error', reject);
  });
}

describe('embedded broker under hostile clients (real aedes, real sockets)', () => {
  const logs = captureLogs('debug');
  let broker: EmbeddedBroker;
  const disconnected: string[] = [];

  beforeAll(async () => {
    broker = await startEmbeddedBroker({ host: '127.0.0.1', port: 0, prefix: PREFIX, logger: logs.logger, connectTimeoutMs: 300, drainTimeoutMs: 500, authenticator: identity.authenticator });
    broker.aedes.on('clientDisconnect', (c) => disconnected.push(c.id));
    broker.aedes.on('clientError', (c) => disconnected.push(c.id));
  });

  afterAll(async () => {
    await broker?.close();
    identity.close();
  });

  it('refuses an oversized packet from its header, before and after CONNECT, without buffering it', async () => {
    for (const [what, first] of [
      ['as the first packet', hugePublishHeader(200 * 1024 * 1024)],
      ['after CONNECT', Buffer.concat([connectPacket('big-1'), hugePublishHeader(MAX_MQTT_PACKET_BYTES + 1)])],
    ] as const) {
      const heapBefore = process.memoryUsage().heapUsed;
      const s = await rawSocket(broker.port);
      s.socket.write(first);
      // Some of the body, which must not be waited for.
      s.socket.write(Buffer.alloc(64 * 1024, 0x41));
      await s.closed;
      expect(process.memoryUsage().heapUsed - heapBefore, what).toBeLessThan(32 * 2 ** 20);
    }
    const refused = logs.lines.filter((l) => l.msg === 'oversized MQTT packet refused; connection closed');
    expect(refused.map((l) => l.bytes)).toEqual([200 * 1024 * 1024, MAX_MQTT_PACKET_BYTES + 1]);
  });

  it('a packet just under the limit still passes the guard (the broker stays usable)', async () => {
    const c = await client(broker.port, 'edge-ok');
    const got = new Promise<Buffer>((resolve) => c.on('message', (_t, p) => resolve(p)));
    await c.subscribeAsync(nodeTopic(PREFIX, 'edge-ok', 'desired'), { qos: 1 });
    const payload = Buffer.alloc(1024 * 1024, 7);
    await broker.publish(nodeTopic(PREFIX, 'edge-ok', 'desired'), payload, { qos: 1, retain: false });
    expect((await got).length).toBe(payload.length);
    await c.endAsync();
  });

  it('closes connections that never send CONNECT, or only part of it', async () => {
    const silent = await rawSocket(broker.port);
    const partial = await rawSocket(broker.port);
    partial.socket.write(connectPacket('edge-partial').subarray(0, 5));
    await Promise.all([silent.closed, partial.closed]);
    expect(silent.received().length).toBe(0);
  });

  it('refuses very deep topics and filters; the client is cut off, the broker keeps serving', async () => {
    const deep = `${PREFIX}/nodes/edge-deep/${Array.from({ length: 40 }, (_, i) => `l${i}`).join('/')}`;
    const c = mqttConnect(`mqtt://127.0.0.1:${broker.port}`, { ...identity.login('edge-deep'), reconnectPeriod: 0 });
    c.on('error', () => undefined);
    await new Promise<void>((r) => c.once('connect', () => r()));
    const outcome = await c.subscribeAsync(deep, { qos: 1 }).then(
      (grants) => (grants.every((g) => g.qos === 128) ? 'refused' : 'granted'),
      () => 'refused',
    );
    expect(outcome).toBe('refused');
    c.end(true);
    const ok = await client(broker.port, 'edge-after-deep');
    expect(ok.connected).toBe(true);
    await ok.endAsync();
  });

  it('disconnects a subscriber that stops reading, while another keeps receiving everything', async () => {
    const slow = await client(broker.port, 'edge-slow');
    const fast = await client(broker.port, 'edge-fast');
    await slow.subscribeAsync(nodeTopic(PREFIX, 'edge-slow', 'desired'), { qos: 1 });
    await fast.subscribeAsync(nodeTopic(PREFIX, 'edge-fast', 'desired'), { qos: 1 });
    // The slow node's socket stops being read: its kernel buffers fill, then the broker's.
    (slow.stream as Socket).pause();
    const big = Buffer.alloc(512 * 1024, 1);
    const toSlow = Array.from({ length: 120 }, () => broker.publish(nodeTopic(PREFIX, 'edge-slow', 'desired'), big, { qos: 1, retain: false }).catch(() => undefined));

    const received: number[] = [];
    fast.on('message', (_t, p) => received.push(p.readUInt32BE(0)));
    const count = 200;
    for (let i = 0; i < count; i++) {
      const p = Buffer.alloc(64);
      p.writeUInt32BE(i, 0);
      await broker.publish(nodeTopic(PREFIX, 'edge-fast', 'desired'), p, { qos: 1, retain: false });
    }
    await waitUntil('every message at the fast subscriber', () => received.length >= count, 30_000);
    expect(received).toEqual(Array.from({ length: count }, (_, i) => i));
    await waitUntil('the stalled subscriber disconnected', () => disconnected.includes('edge-slow'), 30_000);
    await Promise.all(toSlow);
    slow.end(true);
    await fast.endAsync();
  });
});
