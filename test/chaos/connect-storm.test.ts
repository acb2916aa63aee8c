// A controller restart with a few hundred agents: the broker admits at most its configured
// CONNECT rate in any 1 s window. Over the rate it holds CONNECTs (their CONNACK waits) in arrival
// order, up to its wait bound; beyond that it refuses with CONNACK 3 (server unavailable) and the
// agents' own jittered backoff (agent/link/reconnect.ts) spreads the retries. Every one gets back
// in. Lightweight mqtt.js clients in this process stand in for agents; they wait for their CONNACK
// as long as agents do and reconnect with the agent's reconnect module, nothing else.
import { connect, type MqttClient } from 'mqtt';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { AGENT_CONNACK_TIMEOUT_MS } from '../../agent/link/link.js';
import { driveReconnects, type Reconnector } from '../../agent/link/reconnect.js';
import { startEmbeddedBroker, type EmbeddedBroker } from '../../controller/broker/embedded.js';
import { brokerIdentity } from '../helpers/identity.js';
import { waitUntil } from '../helpers/wait.js';

/** 300 at 100/s in CI; `npm run soak` runs the 1,000 (EF_CHAOS_CLIENTS, EF_CHAOS_CONNECT_RATE). */
const CLIENTS = Number(process.env.EF_CHAOS_CLIENTS ?? 300);
const RATE = Number(process.env.EF_CHAOS_CONNECT_RATE ?? 100);

function maxInAnyWindow(times: number[]): number {
  const t = [...times].sort((a, b) => a - b);
  let max = 0;
  let lo = 0;
  for (let hi = 0; hi < t.length; hi++) {
    while (t[hi]! - t[lo]! >= 1000) lo++;
    max = Math.max(max, hi - lo + 1);
  }
  return max;
}

for (const mode of [
  { name: 'held until a slot frees, none refused', maxConnectWaitMs: undefined },
  { name: 'a short wait bound: the rest refused with CONNACK 3 and back off', maxConnectWaitMs: 500 },
] as const) describe(`connect storm: ${CLIENTS} agents reconnect after a controller restart${CLIENTS >= 1000 ? '' : ' (scaled from 1,000)'}; ${mode.name}`, () => {
  let broker: EmbeddedBroker | null = null;
  const clients: { c: MqttClient; r: Reconnector }[] = [];
  const admitted: number[] = [];
  let maxHeldMs = 0;
  let refused = 0;
  const identity = brokerIdentity();
  const start = (port: number): Promise<EmbeddedBroker> =>
    startEmbeddedBroker({
      host: '127.0.0.1',
      port,
      prefix: 'edgefleet/v1',
      logger: pino({ level: 'silent' }),
      maxConnectsPerSecond: RATE,
      ...(mode.maxConnectWaitMs !== undefined ? { maxConnectWaitMs: mode.maxConnectWaitMs } : {}),
      authenticator: identity.authenticator,
      onConnectDecision: (ok, at, heldMs) => {
        if (!ok) return void refused++;
        admitted.push(at);
        maxHeldMs = Math.max(maxHeldMs, heldMs);
      },
    });

  afterAll(async () => {
    for (const { c, r } of clients) {
      r.stop();
      c.end(true);
    }
    await broker?.close();
    identity.close();
  });

  it(`admits at most ${RATE}/s in any 1 s window and every client gets back in`, async () => {
    broker = await start(0);
    const port = broker.port;
    const connected = new Set<number>();
    for (let i = 0; i < CLIENTS; i++) {
      const c = connect(`mqtt://127.0.0.1:${port}`, { ...identity.login(`storm-${process.pid}-${i}`), reconnectPeriod: 0, clean: true, keepalive: 30, connectTimeout: AGENT_CONNACK_TIMEOUT_MS });
      c.on('error', () => undefined); // refusals and ECONNREFUSED: the reconnector handles them
      c.on('connect', () => connected.add(i));
      c.on('close', () => connected.delete(i));
      clients.push({ c, r: driveReconnects(c, { baseMs: 500, maxMs: 4000 }) });
    }
    await waitUntil('first connect of every client', () => connected.size === CLIENTS, 120_000, 50);
    const firstMax = maxInAnyWindow(admitted);

    // The restart: the broker goes away for 1 s and comes back on the same port.
    await broker.close();
    broker = null;
    await new Promise((r) => setTimeout(r, 1000));
    admitted.length = 0;
    refused = 0;
    maxHeldMs = 0;
    const t0 = Date.now();
    broker = await start(port);
    // A generous wait, not a speed bound: how long it took is printed (speed lives in `npm run bench`).
    await waitUntil('every client reconnected', () => connected.size === CLIENTS, 180_000, 50);
    const allBackMs = Date.now() - t0;
    const max = maxInAnyWindow(admitted);
    const stats = broker.connectStats();
    console.log(
      `connect storm (${mode.name}): ${CLIENTS} clients, limit ${RATE}/s; initial connect: max ${firstMax} admitted in any 1 s; ` +
        `after restart: all back in ${allBackMs} ms, max ${max} admitted in any 1 s, ${stats.held} held (longest ${maxHeldMs} ms), ` +
        `${refused} refused with CONNACK 3, ${admitted.length} admitted`,
    );
    expect(firstMax).toBeLessThanOrEqual(RATE);
    expect(max).toBeLessThanOrEqual(RATE);
    expect(admitted.length).toBeGreaterThanOrEqual(CLIENTS);
    if (mode.maxConnectWaitMs === undefined) {
      // All of them fit in the queue (300 at 100/s: 3 s of waiting, the bound is 20 s).
      expect(refused).toBe(0);
      expect(stats.held).toBeGreaterThan(0);
    } else {
      // The queue holds 50 (0.5 s at 100/s): the rest were refused at least once, and came back.
      expect(refused).toBeGreaterThan(0);
    }
  }, 360_000);
});
