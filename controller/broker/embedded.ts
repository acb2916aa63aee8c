// The embedded MQTT broker: aedes on a plain TCP listener and, when given a certificate, a TLS
// listener, with authentication (auth-port.ts: never optional, anonymous clients are refused), the
// ACL hooks and a Bus for the rest of the controller. Nagle is switched off on every accepted
// socket: with it, each QoS 1 request and its ack wait ~44 ms (ARCHITECTURE.md).
import { Aedes, type AuthenticateError, type Client } from 'aedes';
import { createServer, type Server, type Socket } from 'node:net';
import { createServer as createTlsServer, TLSSocket } from 'node:tls';
import type { Logger } from 'pino';
import type { Bus, BusHandler, PublishOptions } from './bus.js';
import { canConnect, canPublish, canSubscribe } from './acl.js';
import type { ClientAuthenticator, ClientCredentials } from './auth-port.js';
import { ConnectRateLimiter, DEFAULT_MAX_CONNECTS_PER_SECOND } from './connect-rate.js';
import { MAX_MQTT_PACKET_BYTES, guardSocket } from './packet-guard.js';
import { indexRetained, type RetainedPersistence } from './retained-index.js';

export interface BrokerTlsOptions {
  host: string;
  port: number;
  /** PEM: the server's key and certificate, and the CA client certificates must chain to. */
  key: string;
  cert: string;
  ca: string;
}

export interface EmbeddedBrokerOptions {
  /** The plaintext listener: keep it on loopback (the controller's defaults do). */
  host: string;
  port: number;
  /** The TLS listener (client certificates from `ca` required); absent: none. */
  tls?: BrokerTlsOptions;
  prefix: string;
  logger: Logger;
  /** Decides who may connect; there is no way to switch authentication off. */
  authenticator: ClientAuthenticator;
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
  /** The TLS listener's port; 0 when there is none. */
  readonly tlsPort: number;
  readonly aedes: Aedes;
  /** CONNECTs admitted and refused by the rate limit. */
  connectStats(): { admitted: number; refused: number };
  /** Ends the client connected as this node id, if any; resolves once its Last Will is published. */
  disconnectClient(clientId: string): Promise<boolean>;
  close(): Promise<void>;
}

const CONNACK_IDENTIFIER_REJECTED = 2;
const CONNACK_SERVER_UNAVAILABLE = 3;
const CONNACK_BAD_USERNAME_OR_PASSWORD = 4;
const CONNACK_NOT_AUTHORIZED = 5;

/** What the transport says about a client: its socket is a TLSSocket on the TLS listener. */
export function credentialsOf(client: Client, username: string | undefined, password: Buffer | undefined): ClientCredentials {
  const conn = client.conn as unknown as Socket;
  const base = {
    clientId: client.id,
    ...(username !== undefined ? { username } : {}),
    ...(password !== undefined ? { password } : {}),
    ...(conn.remoteAddress ? { remoteAddress: conn.remoteAddress } : {}),
  };
  if (!(conn instanceof TLSSocket)) return { ...base, transport: 'tcp' };
  // Only a certificate the TLS layer verified against our CA counts; requestCert without
  // rejectUnauthorized lets us answer CONNACK 5 with a reason instead of a bare handshake failure.
  if (!conn.authorized) return { ...base, transport: 'tls' };
  const peer = conn.getPeerCertificate();
  const cn = peer.subject?.CN;
  return {
    ...base,
    transport: 'tls',
    ...(typeof cn === 'string' && cn ? { certificateCommonName: cn } : {}),
    ...(peer.serialNumber ? { certificateSerial: peer.serialNumber } : {}),
  };
}

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
    authenticate: (client, username, password, done) => {
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
      const creds = credentialsOf(client, username, password);
      const d = opts.authenticator.authenticate(creds);
      if (!d.allow || d.nodeId !== client.id) {
        const reason = d.allow ? `authenticated as ${d.nodeId}, client id is ${client.id}` : d.reason;
        log.warn({ clientId: client.id.slice(0, 80), transport: creds.transport, remote: creds.remoteAddress, reason }, 'connection refused: not authenticated');
        const code = creds.transport === 'tcp' && username !== undefined ? CONNACK_BAD_USERNAME_OR_PASSWORD : CONNACK_NOT_AUTHORIZED;
        done(Object.assign(new Error(reason), { returnCode: code }) as AuthenticateError, false);
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
  log.info({ host: opts.host, port }, 'MQTT broker listening (plaintext, credentials required)');

  let tlsServer: Server | null = null;
  let tlsPort = 0;
  if (opts.tls) {
    const t = opts.tls;
    const ts = createTlsServer({ key: t.key, cert: t.cert, ca: t.ca, requestCert: true, rejectUnauthorized: false, minVersion: 'TLSv1.2' }, (socket) => {
      socket.setNoDelay(true);
      aedes.handle(socket);
    });
    ts.on('tlsClientError', (err) => log.debug({ err: err.message }, 'TLS handshake failed'));
    tlsServer = ts;
    await new Promise<void>((resolve, reject) => {
      ts.once('error', reject);
      ts.listen(t.port, t.host, () => {
        ts.off('error', reject);
        resolve();
      });
    });
    const a = ts.address();
    tlsPort = typeof a === 'object' && a ? a.port : t.port;
    log.info({ host: t.host, port: tlsPort }, 'MQTT broker listening (TLS, client certificates required)');
  }

  return {
    port,
    tlsPort,
    aedes,
    connectStats: () => rate.stats(),
    disconnectClient(clientId: string): Promise<boolean> {
      const c = (aedes as unknown as { clients: Record<string, Client | undefined> }).clients[clientId];
      if (!c) return Promise.resolve(false);
      return new Promise((resolve) => c.close(() => resolve(true)));
    },
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
        aedes.close(() => {
          let left = tlsServer ? 2 : 1;
          const one = (): void => void (--left === 0 && resolve());
          server.close(one);
          tlsServer?.close(one);
        });
      });
    },
  };
}
