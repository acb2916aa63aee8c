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
import { ConnectQueue, DEFAULT_MAX_CONNECT_WAIT_MS, DEFAULT_MAX_CONNECTS_PER_SECOND, type ConnectQueueStats } from './connect-rate.js';
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
  /**
   * Accepted CONNECTs per second (connect-rate.ts): over it a CONNECT is held until a slot frees,
   * in arrival order, for at most maxConnectWaitMs; beyond that CONNACK 3, server unavailable. 0: no limit.
   */
  maxConnectsPerSecond?: number;
  /** The longest a CONNECT is held for a slot (default 20 s; clients must wait longer for their CONNACK). 0: never held. */
  maxConnectWaitMs?: number;
  now?: () => number;
  /** Every rate decision, for tests and metrics: admitted at atMs after heldMs in the queue, or refused. */
  onConnectDecision?: (admitted: boolean, atMs: number, heldMs: number) => void;
  /** A connection that sends no CONNECT within this is closed (default 10 s). */
  connectTimeoutMs?: number;
  /** A subscriber whose socket stays full this long is disconnected (default 5 s). */
  drainTimeoutMs?: number;
  /**
   * Listen only on start(): the controller opens its MQTT ports once its handlers are subscribed
   * (no early hello is published to nobody) and its start-up work is done. Until then a node's
   * connect is refused at once (ECONNREFUSED), and the agent retries within its first backoff
   * window; a listener bound early but not yet accepting (a busy event loop) let the kernel's
   * accept queue overflow, and dropped SYNs left nodes waiting for TCP's own 1-3-7-15 s retries.
   * Default false: listening when startEmbeddedBroker resolves.
   */
  listenOnStart?: boolean;
}

export interface EmbeddedBroker extends Bus {
  readonly port: number;
  /** The TLS listener's port; 0 when there is none. */
  readonly tlsPort: number;
  readonly aedes: Aedes;
  /** CONNECTs admitted (at once or after a wait), held now, and refused by the rate limit. */
  connectStats(): ConnectQueueStats;
  /** Opens the listeners (listenOnStart); a no-op when they are open. `port` and `tlsPort` are known after it. */
  start(): Promise<void>;
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

/** A CONNECT waiting for a rate slot: admit() runs authentication and answers aedes. */
interface HeldConnect {
  client: Client;
  atMs: number;
  admit: () => void;
}

/**
 * The accept queue asked of the kernel (capped by net.core.somaxconn): a restarted fleet connects
 * within a second or two, faster than a busy controller accepts, and Node's default of 511 drops
 * the rest of the SYNs (the node then waits for TCP's retry, 1 s, 3 s, 7 s later).
 */
const LISTEN_BACKLOG = 8192;

function listenOn(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port, host, backlog: LISTEN_BACKLOG }, () => {
      server.off('error', reject);
      const a = server.address();
      resolve(typeof a === 'object' && a ? a.port : port);
    });
  });
}

export async function startEmbeddedBroker(opts: EmbeddedBrokerOptions): Promise<EmbeddedBroker> {
  const log = opts.logger.child({ component: 'broker' });
  const now = opts.now ?? Date.now;
  const queue = new ConnectQueue<HeldConnect>(opts.maxConnectsPerSecond ?? DEFAULT_MAX_CONNECTS_PER_SECOND, opts.maxConnectWaitMs ?? DEFAULT_MAX_CONNECT_WAIT_MS);
  let refusedLogged = 0;
  let heldLogged = 0;
  let drainTimer: NodeJS.Timeout | null = null;
  // One timer for the whole queue, set for when the limiter frees its next slot.
  const drainAt = (atMs: number): void => {
    if (drainTimer) return;
    drainTimer = setTimeout(drain, Math.max(0, atMs - now()));
  };
  const drain = (): void => {
    drainTimer = null;
    const t = now();
    // A client that went away while held takes no slot (aedes ignores a late answer for it anyway).
    const r = queue.drain(t, (h) => !h.client.closed && !(h.client.conn as unknown as Socket).destroyed);
    for (const h of r.admitted) {
      opts.onConnectDecision?.(true, t, t - h.atMs);
      h.admit();
    }
    if (r.nextAtMs !== null) drainAt(r.nextAtMs);
    else if (r.admitted.length > 0) log.info({ ...queue.stats() }, 'connect queue drained');
  };
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
    // The rate limit sits here, not in preConnect: holding the callback holds the CONNACK (aedes has
    // paused the client), and a refusal from authenticate is answered with a CONNACK carrying the
    // return code (3, server unavailable); preConnect would only drop the socket.
    authenticate: (client, username, password, done) => {
      const admit = (): void => {
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
      };
      const t = now();
      const decision = queue.arrive({ client, atMs: t, admit }, t);
      if (decision === 'admit') {
        opts.onConnectDecision?.(true, t, 0);
        admit();
        return;
      }
      if (decision === 'hold') {
        // One line per second at most: a storm must not also flood the log.
        if (t - heldLogged >= 1000) {
          heldLogged = t;
          log.info({ ...queue.stats() }, 'connect rate limit reached; holding CONNECTs until a slot frees');
        }
        drainAt(queue.nextAtMs() ?? t);
        return;
      }
      opts.onConnectDecision?.(false, t, 0);
      if (t - refusedLogged >= 1000) {
        refusedLogged = t;
        log.warn({ ...queue.stats() }, 'connect queue full; refusing with server unavailable');
      }
      const err = Object.assign(new Error('connect rate limit'), { returnCode: CONNACK_SERVER_UNAVAILABLE }) as AuthenticateError;
      done(err, false);
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
  let port = 0;
  let tlsServer: Server | null = null;
  let tlsPort = 0;
  if (opts.tls) {
    tlsServer = createTlsServer({ key: opts.tls.key, cert: opts.tls.cert, ca: opts.tls.ca, requestCert: true, rejectUnauthorized: false, minVersion: 'TLSv1.2' }, (socket) => {
      socket.setNoDelay(true);
      aedes.handle(socket);
    });
    tlsServer.on('tlsClientError', (err) => log.debug({ err: err.message }, 'TLS handshake failed'));
  }
  let listening = false;
  const listen = async (): Promise<void> => {
    if (listening) return;
    listening = true;
    port = await listenOn(server, opts.port, opts.host);
    log.info({ host: opts.host, port }, 'MQTT broker listening (plaintext, credentials required)');
    if (tlsServer && opts.tls) {
      tlsPort = await listenOn(tlsServer, opts.tls.port, opts.tls.host);
      log.info({ host: opts.tls.host, port: tlsPort }, 'MQTT broker listening (TLS, client certificates required)');
    }
  };
  if (!opts.listenOnStart) await listen();

  return {
    get port() {
      return port;
    },
    get tlsPort() {
      return tlsPort;
    },
    aedes,
    connectStats: () => queue.stats(),
    start: listen,
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
      if (drainTimer) clearTimeout(drainTimer);
      drainTimer = null;
      queue.clear(); // their clients are closed below; aedes ignores an answer after that
      return new Promise((resolve) => {
        aedes.close(() => {
          if (!listening) return resolve();
          let left = tlsServer ? 2 : 1;
          const one = (): void => void (--left === 0 && resolve());
          server.close(one);
          tlsServer?.close(one);
        });
      });
    },
  };
}
