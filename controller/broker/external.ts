// The controller as a client of an external MQTT broker (Mosquitto, EMQX, HiveMQ): the Bus over
// mqtt.js. Invariants:
// - One persistent session (clean: false, a fixed client id that is never a valid node id), so
//   what agents publish while the controller is down waits in the broker's queue for it.
// - Handlers are registered before the link starts (start()), so the session backlog that the
//   broker delivers right after CONNACK always finds its handler.
// - Every (re)connect subscribes every filter again: a SUBSCRIBE also brings the retained
//   messages (the nodes' latest state), which a controller needs after it was away.
// - Retained publishes (desired state) are the truth the broker must hold. The bus keeps the
//   latest payload per retained topic; one not yet acknowledged is sent again on reconnect, and
//   when the broker lost the session (sessionPresent false after a reconnect: it restarted
//   without persistence) every retained payload is sent again. Snapshots are idempotent (the
//   agent applies only a newer epoch/generation), so a duplicate is harmless.
// - While the link is down a retained publish resolves at once (it is kept and sent on
//   reconnect); any other publish is refused: mqtt.js's offline queue is unbounded (STYLE 9).
import { connect, type IClientOptions, type IConnackPacket, type MqttClient } from 'mqtt';
import { readFileSync } from 'node:fs';
import type { Socket } from 'node:net';
import type { Logger } from 'pino';
import { ControllerError } from '../errors.js';
import type { Bus, BusHandler, PublishOptions } from './bus.js';
import { topicMatches } from './topic-filter.js';

/** Starts with `_`: never a valid node id, so no node can take the controller's session over. */
export const DEFAULT_CONTROLLER_CLIENT_ID = '_edgefleet';
export const DEFAULT_CONTROLLER_USERNAME = '_edgefleet';

export interface ExternalBusOptions {
  /** mqtt://host:port or mqtts://host:port */
  url: string;
  clientId: string;
  username?: string;
  password?: string;
  /** PEM files for mqtts: the broker's CA, and the controller's client certificate and key. */
  caFile?: string;
  certFile?: string;
  keyFile?: string;
  logger: Logger;
  /** Fixed retry period after a lost link (the controller is one client: no herd to spread). */
  reconnectMs?: number;
  /** Retained payloads sent at once on reconnect (the rest wait for their acks). */
  flushBatch?: number;
}

export interface BrokerLinkStatus {
  connected: boolean;
  url: string;
  connects: number;
  disconnects: number;
  /** Retained publishes the broker has not acknowledged yet. */
  pendingRetained: number;
  lastError: string | null;
}

export interface ExternalBus extends Bus {
  /**
   * Connects. Resolves on the first CONNACK, or once the first try failed for a network reason
   * (the link keeps retrying in the background). Rejects when the broker refuses the
   * controller's credentials: that is a configuration error, not an outage.
   */
  start(): Promise<void>;
  status(): BrokerLinkStatus;
  /** Called on every state change of the link (for readiness and logs). */
  onLinkChange(fn: (connected: boolean) => void): void;
  close(): Promise<void>;
}

interface Subscription {
  filter: string;
  handler: BusHandler;
}

// CONNACK return codes 4 (bad user name or password) and 5 (not authorized); MQTT 5: 0x86, 0x87.
const REFUSED_CODES = new Set([4, 5, 0x86, 0x87]);

export function createExternalBus(opts: ExternalBusOptions): ExternalBus {
  const log = opts.logger.child({ component: 'broker-link', url: redactUrl(opts.url) });
  const subs: Subscription[] = [];
  const retained = new Map<string, Buffer>();
  const pending = new Set<string>();
  const linkListeners: ((connected: boolean) => void)[] = [];
  const flushBatch = opts.flushBatch ?? 500;
  let client: MqttClient | null = null;
  let everConnected = false;
  let connects = 0;
  let disconnects = 0;
  let lastError: string | null = null;
  let closing = false;

  const connected = (): boolean => client?.connected === true;

  const subscribeAll = async (c: MqttClient, filters: string[]): Promise<void> => {
    if (filters.length === 0) return;
    const granted = await c.subscribeAsync(filters, { qos: 1 });
    const refused = granted.filter((g) => g.qos === 128 || g.qos > 2).map((g) => g.topic);
    if (refused.length > 0) {
      throw new ControllerError(
        'EF_CTL_BROKER_REFUSED',
        `the broker refused the controller's subscription to ${refused.join(', ')}: give the controller's user read access to the whole prefix (see docs/brokers.md)`,
      );
    }
  };

  const sendRetained = (c: MqttClient, topic: string, payload: Buffer): Promise<void> =>
    new Promise((resolve) => {
      c.publish(topic, payload, { qos: 1, retain: true }, (err) => {
        // Acked: no longer pending, unless a newer payload for the topic arrived meanwhile. An
        // empty payload (a deletion) is kept only until the broker has it.
        if (!err && retained.get(topic) === payload) {
          pending.delete(topic);
          if (payload.length === 0) retained.delete(topic);
        }
        resolve();
      });
    });

  const flush = async (c: MqttClient, everything: boolean): Promise<void> => {
    const topics = everything ? [...retained.keys()] : [...pending];
    for (const t of topics) pending.add(t);
    for (let i = 0; i < topics.length && c.connected; i += flushBatch) {
      await Promise.all(
        topics.slice(i, i + flushBatch).flatMap((t) => {
          const p = retained.get(t);
          return p ? [sendRetained(c, t, p)] : [];
        }),
      );
    }
    if (topics.length > 0) log.info({ messages: topics.length, everything }, 'sent retained messages to the broker');
  };

  const onConnect = (c: MqttClient, connack: IConnackPacket): void => {
    (c.stream as Partial<Socket>).setNoDelay?.(true);
    connects++;
    lastError = null;
    const lostSession = everConnected && !connack.sessionPresent;
    log.info({ sessionPresent: connack.sessionPresent, reconnect: everConnected }, 'connected to the broker');
    everConnected = true;
    for (const fn of linkListeners) fn(true);
    subscribeAll(c, subs.map((s) => s.filter))
      .then(() => flush(c, lostSession))
      .catch((err: unknown) => {
        lastError = err instanceof Error ? err.message : String(err);
        log.error({ err: lastError }, 'after connecting: subscribing or sending retained messages failed');
      });
  };

  const onMessage = (topic: string, payload: Buffer): void => {
    for (const s of subs) {
      if (!topicMatches(s.filter, topic)) continue;
      try {
        s.handler(topic, payload);
      } catch (err) {
        log.error({ err, topic: topic.slice(0, 200) }, 'message handler failed');
      }
    }
  };

  const clientOptions = (): IClientOptions => {
    const o: IClientOptions = {
      clientId: opts.clientId,
      clean: false,
      protocolVersion: 4,
      keepalive: 30,
      reconnectPeriod: opts.reconnectMs ?? 1000,
      connectTimeout: 10_000,
      resubscribe: false,
      queueQoSZero: false,
    };
    if (opts.username !== undefined) o.username = opts.username;
    if (opts.password !== undefined) o.password = opts.password;
    if (opts.caFile) o.ca = readFileSync(opts.caFile);
    if (opts.certFile) o.cert = readFileSync(opts.certFile);
    if (opts.keyFile) o.key = readFileSync(opts.keyFile);
    if (opts.url.startsWith('mqtts:')) o.rejectUnauthorized = true;
    return o;
  };

  return {
    start(): Promise<void> {
      if (client) return Promise.resolve();
      const c = connect(opts.url, clientOptions());
      client = c;
      c.on('message', onMessage);
      c.on('close', () => {
        // A QoS 1 publish waiting for its PUBACK: fail it now (retained ones stay pending and are
        // sent again on reconnect), instead of leaving it to mqtt.js's unbounded store.
        for (const id of Object.keys(c.outgoing)) c.removeOutgoingMessage(Number(id));
        if (everConnected && !closing) {
          disconnects++;
          log.warn('lost the broker link; reconnecting');
        }
        for (const fn of linkListeners) fn(false);
      });
      c.on('connect', (connack) => onConnect(c, connack));
      return new Promise((resolve, reject) => {
        const settle = (): void => {
          c.off('connect', onFirst);
          c.off('error', onFirstError);
          c.off('offline', onFirstOffline);
        };
        const onFirst = (): void => {
          settle();
          resolve();
        };
        const onFirstError = (err: Error & { code?: unknown }): void => {
          if (typeof err.code === 'number' && REFUSED_CODES.has(err.code)) {
            settle();
            c.end(true);
            reject(
              new ControllerError(
                'EF_CTL_BROKER_REFUSED',
                `the broker at ${redactUrl(opts.url)} refused the controller (${err.message}): check --broker-username and the password file`,
                { cause: err },
              ),
            );
          }
        };
        const onFirstOffline = (): void => {
          settle();
          log.warn({ err: lastError }, 'the broker is not reachable yet; the controller keeps trying in the background');
          resolve();
        };
        c.on('connect', onFirst);
        c.on('error', onFirstError);
        c.on('offline', onFirstOffline);
        c.on('error', (err) => {
          lastError = err.message;
          log.warn({ err: err.message }, 'broker link error');
        });
      });
    },

    publish(topic: string, payload: Uint8Array, p: PublishOptions): Promise<void> {
      const buf = Buffer.from(payload);
      if (p.retain) {
        retained.set(topic, buf);
        pending.add(topic);
        const c = client;
        if (!c?.connected) return Promise.resolve();
        return sendRetained(c, topic, buf);
      }
      const c = client;
      if (!c?.connected) return Promise.reject(new ControllerError('EF_CTL_BROKER_DOWN', `the broker link is down; not sent to ${topic.slice(0, 200)}`));
      return c.publishAsync(topic, buf, { qos: p.qos, retain: false }).then(() => undefined);
    },

    async subscribe(filter: string, handler: BusHandler): Promise<void> {
      subs.push({ filter, handler });
      // Before start() the filter is subscribed with the rest on connect.
      const c = client;
      if (c?.connected) await subscribeAll(c, [filter]);
    },

    status: () => ({
      connected: connected(),
      url: redactUrl(opts.url),
      connects,
      disconnects,
      pendingRetained: pending.size,
      lastError,
    }),

    onLinkChange(fn) {
      linkListeners.push(fn);
    },

    async close(): Promise<void> {
      closing = true;
      const c = client;
      if (!c) return;
      // A clean DISCONNECT keeps the session (clean: false): the broker queues for us meanwhile.
      await c.endAsync(!c.connected);
    },
  };
}

/** user:password@ never reaches a log line. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/[^@/]*@/, '//***@');
}
