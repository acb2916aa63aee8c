// Which broker the controller talks to: the embedded aedes (default) or an external one by URL
// (external.ts). The rest of the controller sees only the Bus and this small lifecycle.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { ControllerConfig } from '../config.js';
import { ControllerError } from '../errors.js';
import type { Bus } from './bus.js';
import type { ClientAuthenticator } from './auth-port.js';
import type { ConnectQueueStats } from './connect-rate.js';
import { startEmbeddedBroker, type EmbeddedBrokerOptions } from './embedded.js';
import { createExternalBus, redactUrl, type BrokerLinkStatus } from './external.js';

export interface ControllerBroker extends Bus {
  readonly kind: 'embedded' | 'external';
  /** The port agents connect to: the embedded listener's, or the external broker's. */
  readonly port: number;
  /** The embedded TLS listener's port; 0 when there is none (or the broker is external). */
  readonly tlsPort: number;
  /** Ends a node's connection (embedded only; an external broker is told through its own config). */
  disconnectClient(nodeId: string): Promise<boolean>;
  /** Where agents connect (credentials never included). */
  readonly url: string;
  /** Call after every handler is subscribed: an external link connects only now. */
  start(): Promise<void>;
  /** The external link's state; null for the embedded broker (it is this process). */
  link(): BrokerLinkStatus | null;
  /** The embedded broker's CONNECT admissions; null for an external broker. */
  connectStats(): ConnectQueueStats | null;
  close(): Promise<void>;
}

/** Where `edgefleet broker config` leaves the controller's own broker password. */
export function defaultBrokerPasswordFile(dataDir: string): string {
  return join(dataDir, 'broker', 'controller.password');
}

const MAX_PASSWORD_BYTES = 1024;

export function readBrokerPassword(file: string): string {
  let raw: Buffer;
  try {
    raw = readFileSync(file);
  } catch (err) {
    throw new ControllerError('EF_CTL_CONFIG_INVALID', `cannot read the broker password file ${file}: ${(err as Error).message}`, { cause: err });
  }
  if (raw.length > MAX_PASSWORD_BYTES) {
    throw new ControllerError('EF_CTL_CONFIG_INVALID', `broker password file ${file} is larger than ${MAX_PASSWORD_BYTES} bytes: it should hold one password line`);
  }
  const pw = raw.toString('utf8').trim();
  if (!pw) throw new ControllerError('EF_CTL_CONFIG_INVALID', `broker password file ${file} is empty`);
  return pw;
}

/**
 * What only the embedded broker takes, passed through: who may connect (required: authentication
 * never switches off), its TLS listener, rate-limit hooks, ...
 */
export type EmbeddedExtras = Omit<Partial<EmbeddedBrokerOptions>, 'host' | 'port' | 'prefix' | 'logger' | 'authenticator'> & {
  authenticator: ClientAuthenticator;
};

export async function openBroker(cfg: ControllerConfig, logger: Logger, embedded: EmbeddedExtras): Promise<ControllerBroker> {
  if (cfg.brokerUrl === null) {
    const b = await startEmbeddedBroker({
      maxConnectsPerSecond: cfg.maxConnectsPerSecond,
      ...embedded,
      // Nodes are served once every handler is subscribed and start-up is done (start() below).
      listenOnStart: true,
      host: cfg.mqttHost,
      port: cfg.mqttPort,
      prefix: cfg.prefix,
      logger,
    });
    return {
      kind: 'embedded',
      get port() {
        return b.port;
      },
      get tlsPort() {
        return b.tlsPort;
      },
      disconnectClient: (id) => b.disconnectClient(id),
      get url() {
        return `mqtt://${cfg.mqttHost}:${b.port}`;
      },
      publish: (t, p, o) => b.publish(t, p, o),
      subscribe: (f, h) => b.subscribe(f, h),
      start: () => b.start(),
      link: () => null,
      connectStats: () => b.connectStats(),
      close: () => b.close(),
    };
  }

  const url = new URL(cfg.brokerUrl);
  const passwordFile = cfg.brokerPasswordFile ?? (existsSync(defaultBrokerPasswordFile(cfg.dataDir)) ? defaultBrokerPasswordFile(cfg.dataDir) : null);
  const fromEnv = process.env.EDGEFLEET_BROKER_PASSWORD;
  const password = fromEnv ?? (passwordFile ? readBrokerPassword(passwordFile) : undefined);
  const bus = createExternalBus({
    url: cfg.brokerUrl,
    clientId: cfg.brokerClientId,
    // A client certificate alone identifies the controller on mqtts; otherwise user + password.
    ...(password !== undefined || !cfg.brokerCertFile ? { username: cfg.brokerUsername } : {}),
    ...(password !== undefined ? { password } : {}),
    ...(cfg.brokerCaFile ? { caFile: cfg.brokerCaFile } : {}),
    ...(cfg.brokerCertFile ? { certFile: cfg.brokerCertFile } : {}),
    ...(cfg.brokerKeyFile ? { keyFile: cfg.brokerKeyFile } : {}),
    logger,
  });
  const port = url.port ? Number(url.port) : url.protocol === 'mqtts:' ? 8883 : 1883;
  logger.info({ url: redactUrl(cfg.brokerUrl), username: cfg.brokerUsername, passwordFrom: fromEnv !== undefined ? 'EDGEFLEET_BROKER_PASSWORD' : (passwordFile ?? 'none') }, 'using an external MQTT broker');
  return {
    kind: 'external',
    port,
    tlsPort: 0,
    disconnectClient: () => Promise.resolve(false),
    url: redactUrl(cfg.brokerUrl),
    publish: (t, p, o) => bus.publish(t, p, o),
    subscribe: (f, h) => bus.subscribe(f, h),
    start: () => bus.start(),
    link: () => bus.status(),
    connectStats: () => null,
    close: () => bus.close(),
  };
}
