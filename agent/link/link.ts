// The agent's MQTT link. Publishes only its own upstream topics, subscribes only to its own
// desired (and commands) topic, and leaves a retained Last Will saying it went offline.
// mqtt.js's in-memory offline queue is not our buffer: publishes while disconnected are refused
// here, and the caller re-sends a fresh state on reconnect.
import { connect, type IClientOptions, type MqttClient } from 'mqtt';
import { Socket } from 'node:net';
import type { Logger } from 'pino';
import { nodeTopic, type UpstreamKind } from '../../proto/topics.js';
import { driveReconnects, type Reconnector } from './reconnect.js';

/**
 * How long the agent waits for its CONNACK once connected: the controller's broker holds a CONNECT
 * over its connect rate for up to 20 s (DEFAULT_MAX_CONNECT_WAIT_MS, controller/broker/connect-rate.ts)
 * instead of refusing it, so this must be longer. A silent partition is caught sooner, at the
 * TCP/TLS connection (connectWithinMs below).
 */
export const AGENT_CONNACK_TIMEOUT_MS = 30_000;

/**
 * Ends a stream whose TCP (or TLS) connection is not up within `ms`: a SYN into a silent partition
 * gives up about as fast as keepalive would notice, whatever the CONNACK wait. No-op for a stream
 * that is not a socket or is already connected.
 */
export function connectWithin(stream: unknown, ms: number): void {
  if (!(stream instanceof Socket) || !stream.connecting) return;
  // A TLSSocket says `encrypted` (checked so, not by class, the bundle loads node:tls only for mqtts://).
  const tls = (stream as Socket & { encrypted?: boolean }).encrypted === true;
  const timer = setTimeout(() => stream.destroy(new Error(`no ${tls ? 'TLS' : 'TCP'} connection to the controller within ${ms} ms`)), ms);
  const done = (): void => clearTimeout(timer);
  stream.once(tls ? 'secureConnect' : 'connect', done);
  stream.once('close', done);
}

export interface LinkOptions {
  url: string;
  nodeId: string;
  prefix: string;
  logger: Logger;
  /** Encoded NodeState with online = false, left with the broker as the Last Will. */
  will: Uint8Array;
  /** A half-open link is noticed after 1.5 x this without an answer (default 15). */
  keepaliveS?: number;
  /** First retry window; it doubles per failed try up to reconnectMaxMs, full jitter (reconnect.ts). */
  reconnectMs?: number;
  reconnectMaxMs?: number;
  random?: () => number;
  /** How the node proves who it is: its secret on mqtt:// (loopback), its client certificate on mqtts://. */
  credentials: { secret: string; keyPem: string; certPem: string; caPem: string };
  onConnect: () => void;
  onDisconnect: () => void;
  onDesired: (payload: Buffer) => void;
  onCommand: (payload: Buffer) => void;
}

export class Link {
  private readonly client: MqttClient;
  private readonly desiredTopic: string;
  private readonly commandsTopic: string;
  private readonly reconnector: Reconnector;

  constructor(private readonly opts: LinkOptions) {
    const log = opts.logger;
    this.desiredTopic = nodeTopic(opts.prefix, opts.nodeId, 'desired');
    this.commandsTopic = nodeTopic(opts.prefix, opts.nodeId, 'commands');
    const base = opts.reconnectMs ?? 2_000;
    const tls = opts.url.startsWith('mqtts:');
    const c = opts.credentials;
    const options: IClientOptions = {
      clientId: opts.nodeId,
      ...(tls ? { key: c.keyPem, cert: c.certPem, ca: c.caPem, rejectUnauthorized: true } : { username: opts.nodeId, password: c.secret }),
      clean: true,
      keepalive: opts.keepaliveS ?? 15,
      // Reconnects are ours (agent/link/reconnect.ts): mqtt.js would retry on one fixed period.
      reconnectPeriod: 0,
      // Covers the TCP connection and the CONNACK, which the broker may hold while it admits a storm
      // at its connect rate; connectWithin() below keeps a silent partition's give-up quick.
      connectTimeout: AGENT_CONNACK_TIMEOUT_MS,
      queueQoSZero: false,
      resubscribe: false,
      // mqtt-packet's write cache is 65,536 pre-built 2-byte Buffers (about 6 MB of heap); an
      // agent writes a few packets a minute, so it builds the two bytes when it needs them.
      writeCache: false,
      will: {
        topic: nodeTopic(opts.prefix, opts.nodeId, 'state'),
        payload: Buffer.from(opts.will),
        qos: 1,
        retain: true,
      },
    };
    // The node's enrollment credentials are its identity: a user:password in the URL would
    // override them inside mqtt.js, so it is dropped here.
    const url = new URL(opts.url);
    url.username = '';
    url.password = '';
    this.client = connect(url.toString(), options);
    // A CONNECT into a silent partition must give up about as fast as keepalive would notice.
    const tcpMs = Math.min(10_000, Math.max(2_000, (opts.keepaliveS ?? 15) * 1500));
    connectWithin(this.client.stream, tcpMs);
    // mqtt.js builds the next stream synchronously right after emitting 'reconnect'.
    this.client.on('reconnect', () => queueMicrotask(() => connectWithin(this.client.stream, tcpMs)));
    this.reconnector = driveReconnects(this.client, {
      baseMs: base,
      maxMs: opts.reconnectMaxMs ?? 60_000,
      ...(opts.random ? { random: opts.random } : {}),
      onSchedule: (delayMs, attempt) => log.info({ delayMs, attempt }, 'reconnecting after backoff'),
    });
    this.client.on('connect', () => {
      // Nagle would hold every QoS 1 ack ~40 ms.
      (this.client.stream as Partial<Socket>).setNoDelay?.(true);
      log.info({ url: opts.url }, 'connected to controller');
      this.client.subscribe(
        [this.desiredTopic, this.commandsTopic],
        { qos: 1 },
        (err) => err && log.error({ err: err.message }, 'subscribe failed'),
      );
      opts.onConnect();
    });
    this.client.on('close', () => {
      // Each reconnect starts a fresh session and fresh mqtt.js stores, so a QoS 1 publish still
      // waiting for its PUBACK would wait forever: fail it now and let the outbox send it again.
      for (const id of Object.keys(this.client.outgoing)) this.client.removeOutgoingMessage(Number(id));
      opts.onDisconnect();
    });
    this.client.on('offline', () => log.info('link offline'));
    this.client.on('error', (err) => log.warn({ err: err.message }, 'link error'));
    this.client.on('message', (topic, payload) => {
      if (topic === this.desiredTopic) opts.onDesired(payload);
      else if (topic === this.commandsTopic) opts.onCommand(payload);
      else log.warn({ topic }, 'message on an unexpected topic ignored');
    });
  }

  get connected(): boolean {
    return this.client.connected;
  }

  /** Publishes at QoS 1; resolves when the broker acknowledged. Refuses while disconnected. */
  publish(kind: UpstreamKind, payload: Uint8Array, retain = false): Promise<void> {
    if (!this.client.connected) return Promise.reject(new Error('link is down'));
    return new Promise((resolve, reject) => {
      this.client.publish(nodeTopic(this.opts.prefix, this.opts.nodeId, kind), Buffer.from(payload), { qos: 1, retain }, (err) =>
        err ? reject(err) : resolve(),
      );
    });
  }

  /** Publishes the given final state, then disconnects cleanly (no Last Will). */
  async close(finalState?: Uint8Array): Promise<void> {
    this.reconnector.stop();
    if (finalState && this.client.connected) {
      await this.publish('state', finalState, true).catch(() => undefined);
    }
    await this.client.endAsync();
  }
}
