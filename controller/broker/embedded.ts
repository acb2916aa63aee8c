// The embedded MQTT broker: aedes on a plain TCP listener, with the ACL hooks and a Bus for the
// rest of the controller. Nagle is switched off on every accepted socket: with it, each QoS 1
// request and its ack wait ~44 ms (ARCHITECTURE.md).
import { Aedes, type AuthenticateError } from 'aedes';
import { createServer, type Server, type Socket } from 'node:net';
import type { Logger } from 'pino';
import type { Bus, BusHandler, PublishOptions } from './bus.js';
import { canConnect, canPublish, canSubscribe } from './acl.js';
import { ConnectRateLimiter, DEFAULT_MAX_CONNECTS_PER_SECOND } from './connect-rate.js';
import { MAX_MQTT_PACKET_BYTES, guardSocket } from './packet-guard.js';
import { indexRetained, type RetainedPersistence } from './retained-index.js';

export interface EmbeddedBrokerOptions {
  host: string;
  port: number;
  prefix: string;
  logger: Logger;
  /** Accepted CONNECTs per second (connect-rate.ts); above it CONNACK 3, server unavailable. 0: no limit. */
  maxConnectsPerSecond?: number;
  now?: () => number;
  /** Every rate decision, for tests and metrics. */
  onConnectDecision?: (admitted: boolean, atMs: number) => void;
  /** A connection that sends no CONNECT within this is closed (default 10 s). */
  connectTimeoutMs?: number;
  /** A subscriber whose socket stays full this long is disconnected (default 5 s). */
  drainTimeoutMs?: number;
}

export interface EmbeddedBroker extends Bus {
  readonly port: number;
  readonly aedes: Aedes;
  /** CONNECTs admitted and refused by the rate limit. */
  connectStats(): { admitted: number; refused: number };
  close(): Promise<void>;
}

const CONNACK_IDENTIFIER_REJECTED = 2;
const CONNACK_SERVER_UNAVAILABLE = 3;

export async function startEmbeddedBroker(opts: EmbeddedBrokerOptions): Promise<EmbeddedBroker> {
  const log = opts.logger.child({ component: 'broker' });
  const now = opts.now ?? Date.now;
  const rate = new ConnectRateLimiter(opts.maxConnectsPerSecond ?? DEFAULT_MAX_CONNECTS_PER_SECOND);
  let refusedLogged = 0;
  const aedes = await Aedes.createBroker({
    connectTimeout: opts.connectTimeoutMs ?? 10_000,
    // A subscriber that stops reading is disconnected once its socket stays full this long, instead
    // of holding delivery slots for aedes' default 60 s (docs/security.md).
    drainTimeout: opts.drainTimeoutMs ?? 5_000,
    maxClientsIdLength: 63,
    maxTopicLevels: 8,
    preConnect: (client, packet, done) => {
      const d = canConnect(packet.clientId);
      if (!d.allow) {
        log.warn({ clientId: packet.clientId.slice(0, 80), reason: d.reason }, 'connection refused');
        const err = Object.assign(new Error(d.reason), { returnCode: CONNACK_IDENTIFIER_REJECTED }) as AuthenticateError;
        done(err, false);
        return;
      }
      void client;
      done(null, true);
    },
    // The rate limit sits here, not in preConnect: a refusal from authenticate is answered with a
    // CONNACK carrying the return code (3, server unavailable); preConnect would only drop the socket.
    authenticate: (_client, _username, _password, done) => {
      const t = now();
      const admitted = rate.take(t);
      opts.onConnectDecision?.(admitted, t);
      if (!admitted) {
        // One line per second at most: a storm must not also flood the log.
        if (t - refusedLogged >= 1000) {
          refusedLogged = t;
          log.warn({ ...rate.stats() }, 'connect rate limit reached; refusing with server unavailable');
        }
        const err = Object.assign(new Error('connect rate limit'), { returnCode: CONNACK_SERVER_UNAVAILABLE }) as AuthenticateError;
        done(err, false);
        return;
      }
      done(null, true);
    },
    authorizePublish: (client, packet, done) => {
      if (!client) return done(null); // the controller's own publishes
      const d = canPublish(opts.prefix, client.id, packet.topic);
      if (d.allow) return done(null);
      log.warn({ node: client.id, topic: packet.topic.slice(0, 200), reason: d.reason }, 'publish refused');
      done(new Error(d.reason));
    },
    authorizeSubscribe: (client, sub, done) => {
      const d = canSubscribe(opts.prefix, client.id, sub.topic);
      if (d.allow) return done(null, sub);
      log.warn({ node: client.id, filter: sub.topic.slice(0, 200), reason: d.reason }, 'subscribe refused');
      done(new Error(d.reason));
    },
  });
  indexRetained((aedes as unknown as { persistence: RetainedPersistence }).persistence);
  aedes.on('clientError', (client, err) => log.debug({ node: client.id, err: err.message }, 'client error'));
  aedes.on('connectionError', (client, err) => log.debug({ node: client.id, err: err.message }, 'connection error'));

  const server: Server = createServer((socket: Socket) => {
    socket.setNoDelay(true);
    guardSocket(socket, (bytes) => log.warn({ remote: socket.remoteAddress, bytes, max: MAX_MQTT_PACKET_BYTES }, 'oversized MQTT packet refused; connection closed'));
    aedes.handle(socket);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : opts.port;
  log.info({ host: opts.host, port }, 'MQTT broker listening');

  return {
    port,
    aedes,
    connectStats: () => rate.stats(),
    publish(topic: string, payload: Uint8Array, p: PublishOptions): Promise<void> {
      return new Promise((resolve, reject) => {
        aedes.publish(
          { cmd: 'publish', topic, payload: Buffer.from(payload), qos: p.qos, retain: p.retain, dup: false },
          (err) => (err ? reject(err) : resolve()),
        );
      });
    },
    subscribe(filter: string, handler: BusHandler): Promise<void> {
      return new Promise((resolve) => {
        aedes.subscribe(
          filter,
          (packet, cb) => {
            try {
              handler(packet.topic, Buffer.isBuffer(packet.payload) ? packet.payload : Buffer.from(packet.payload));
            } finally {
              cb();
            }
          },
          resolve,
        );
      });
    },
    close(): Promise<void> {
      // aedes.close() ends the client connections that would keep server.close() waiting.
      return new Promise((resolve) => {
        aedes.close(() => server.close(() => resolve()));
      });
    },
  };
}
