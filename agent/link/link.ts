// The agent's MQTT link. Publishes only its own upstream topics, subscribes only to its own
// desired (and commands) topic, and leaves a retained Last Will saying it went offline.
// mqtt.js's in-memory offline queue is not our buffer: publishes while disconnected are refused
// here, and the caller re-sends a fresh state on reconnect.
import { connect, type IClientOptions, type MqttClient } from 'mqtt';
import type { Socket } from 'node:net';
import type { Logger } from 'pino';
import { nodeTopic, type UpstreamKind } from '../../proto/topics.js';

export interface LinkOptions {
  url: string;
  nodeId: string;
  prefix: string;
  logger: Logger;
  /** Encoded NodeState with online = false, left with the broker as the Last Will. */
  will: Uint8Array;
  keepaliveS?: number;
  /** Base reconnect period; each agent adds its own jitter so a restart is no thundering herd. */
  reconnectMs?: number;
  random?: () => number;
  onConnect: () => void;
  onDisconnect: () => void;
  onDesired: (payload: Buffer) => void;
  onCommand: (payload: Buffer) => void;
}

export class Link {
  private readonly client: MqttClient;
  private readonly desiredTopic: string;
  private readonly commandsTopic: string;

  constructor(private readonly opts: LinkOptions) {
    const log = opts.logger;
    this.desiredTopic = nodeTopic(opts.prefix, opts.nodeId, 'desired');
    this.commandsTopic = nodeTopic(opts.prefix, opts.nodeId, 'commands');
    const base = opts.reconnectMs ?? 2_000;
    const options: IClientOptions = {
      clientId: opts.nodeId,
      clean: true,
      keepalive: opts.keepaliveS ?? 30,
      reconnectPeriod: Math.round(base / 2 + (base / 2) * (opts.random ?? Math.random)()),
      connectTimeout: 10_000,
      queueQoSZero: false,
      resubscribe: false,
      will: {
        topic: nodeTopic(opts.prefix, opts.nodeId, 'state'),
        payload: Buffer.from(opts.will),
        qos: 1,
        retain: true,
      },
    };
    this.client = connect(opts.url, options);
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
    this.client.on('close', () => opts.onDisconnect());
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
    if (finalState && this.client.connected) {
      await this.publish('state', finalState, true).catch(() => undefined);
    }
    await this.client.endAsync();
  }
}
