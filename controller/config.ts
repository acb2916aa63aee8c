// Controller configuration: validated once at start-up, every problem reported at once, frozen.
import { isValidNodeId, isValidPrefix } from '../proto/topics.js';
import { ControllerError } from './errors.js';

export interface ControllerConfig {
  readonly dataDir: string;
  readonly mqttHost: string;
  readonly mqttPort: number;
  /** Where the TLS MQTT listener (client certificates required) listens; its port, null: none. */
  readonly mqttTlsHost: string;
  readonly mqttTlsPort: number | null;
  /** Extra names (DNS or IP) the server certificate carries, besides loopback, this host and the listen addresses. */
  readonly tlsNames: readonly string[];
  readonly httpHost: string;
  readonly httpPort: number;
  /** Serve the API over HTTPS with the server certificate (the default off loopback; see cli/main.ts). */
  readonly httpTls: boolean;
  readonly prefix: string;
  readonly telemetryIntervalMs: number;
  readonly scheduleDebounceMs: number;
  /** Accepted MQTT CONNECTs per second (broker/connect-rate.ts); 0 turns the limit off. */
  readonly maxConnectsPerSecond: number;
  readonly logLevel: string;
  /**
   * An external broker (mqtt://host:port or mqtts://host:port) instead of the embedded aedes;
   * null: embedded. With it, mqttHost/mqttPort/maxConnectsPerSecond do not apply.
   */
  readonly brokerUrl: string | null;
  /** The controller's own identity at the external broker (never a valid node id). */
  readonly brokerClientId: string;
  readonly brokerUsername: string;
  /** A file holding the controller's broker password; default <dataDir>/broker/controller.password when it exists. */
  readonly brokerPasswordFile: string | null;
  /** PEM files for mqtts: the broker's CA, the controller's client certificate and key. */
  readonly brokerCaFile: string | null;
  readonly brokerCertFile: string | null;
  readonly brokerKeyFile: string | null;
  /**
   * With an external broker the controller sees no connects or disconnects, only messages (and
   * the Last Will the broker publishes for a node whose link died). A node silent for longer than
   * this is marked Offline. 0: the default, max(60 s, 3 x telemetryIntervalMs).
   */
  readonly nodeSilenceTimeoutMs: number;
  /** /metrics without the admin token (for a scraper on a trusted network). */
  readonly metricsNoAuth: boolean;
  /**
   * The HTTP auth endpoint for brokers that delegate authentication (EMQX HTTP authn/authz):
   * where it listens; port null: not served.
   */
  readonly brokerAuthHost: string;
  readonly brokerAuthPort: number | null;
  /**
   * A Mosquitto's configuration dir (as written by `broker config mosquitto --out-dir`): the
   * controller rewrites its passwd when nodes enroll or are removed; null: it does not.
   */
  readonly mosquittoDir: string | null;
  /** mosquitto's pid file: SIGHUP after each rewrite, so it reloads passwd. */
  readonly mosquittoPidFile: string | null;
}

export const CONTROLLER_DEFAULTS: ControllerConfig = Object.freeze({
  dataDir: './.edgefleet/controller',
  mqttHost: '127.0.0.1',
  mqttPort: 1883,
  mqttTlsHost: '127.0.0.1',
  mqttTlsPort: null,
  tlsNames: [],
  httpHost: '127.0.0.1',
  httpPort: 8080,
  httpTls: false,
  prefix: 'edgefleet/v1',
  telemetryIntervalMs: 10_000,
  scheduleDebounceMs: 200,
  maxConnectsPerSecond: 500,
  logLevel: 'info',
  brokerUrl: null,
  brokerClientId: '_edgefleet',
  brokerUsername: '_edgefleet',
  brokerPasswordFile: null,
  brokerCaFile: null,
  brokerCertFile: null,
  brokerKeyFile: null,
  nodeSilenceTimeoutMs: 0,
  metricsNoAuth: false,
  brokerAuthHost: '127.0.0.1',
  brokerAuthPort: null,
  mosquittoDir: null,
  mosquittoPidFile: null,
});

/** The silence after which a node counts as Offline when the broker is external. */
export function nodeSilenceTimeoutMs(c: Pick<ControllerConfig, 'nodeSilenceTimeoutMs' | 'telemetryIntervalMs'>): number {
  return c.nodeSilenceTimeoutMs > 0 ? c.nodeSilenceTimeoutMs : Math.max(60_000, 3 * c.telemetryIntervalMs);
}

const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'];

export function makeControllerConfig(input: Partial<ControllerConfig>): ControllerConfig {
  const c = { ...CONTROLLER_DEFAULTS, ...stripUndefined(input) };
  const problems: string[] = [];
  const port = (name: string, v: number): void => {
    if (!Number.isInteger(v) || v < 0 || v > 65535) problems.push(`${name}: ${v} is not a TCP port (0-65535; 0 picks a free one)`);
  };
  port('mqttPort', c.mqttPort);
  if (c.mqttTlsPort !== null) port('mqttTlsPort', c.mqttTlsPort);
  for (const n of c.tlsNames) if (!/^[A-Za-z0-9.:-]{1,253}$/.test(n)) problems.push(`tlsNames: ${JSON.stringify(n.slice(0, 80))} is not a host name or IP address`);
  port('httpPort', c.httpPort);
  if (!c.dataDir) problems.push('dataDir: must not be empty');
  if (!isValidPrefix(c.prefix)) problems.push(`prefix: ${JSON.stringify(c.prefix)} must be a topic path without wildcards, $ or empty levels`);
  if (!Number.isInteger(c.telemetryIntervalMs) || c.telemetryIntervalMs < 1000 || c.telemetryIntervalMs > 3_600_000) {
    problems.push(`telemetryIntervalMs: ${c.telemetryIntervalMs} must be between 1000 and 3600000`);
  }
  if (!Number.isInteger(c.scheduleDebounceMs) || c.scheduleDebounceMs < 0 || c.scheduleDebounceMs > 60_000) {
    problems.push(`scheduleDebounceMs: ${c.scheduleDebounceMs} must be between 0 and 60000`);
  }
  if (!Number.isInteger(c.maxConnectsPerSecond) || c.maxConnectsPerSecond < 0 || c.maxConnectsPerSecond > 100_000) {
    problems.push(`maxConnectsPerSecond: ${c.maxConnectsPerSecond} must be between 0 (no limit) and 100000`);
  }
  if (c.brokerUrl !== null) problems.push(...brokerUrlProblems(c.brokerUrl));
  if (c.brokerAuthPort !== null) port('brokerAuthPort', c.brokerAuthPort);
  if (c.mosquittoPidFile !== null && c.mosquittoDir === null) problems.push('mosquittoPidFile: give --mosquitto-dir too (the directory whose passwd mosquitto reloads)');
  if (!/^[\x21-\x7e]{1,64}$/.test(c.brokerClientId)) problems.push(`brokerClientId: ${JSON.stringify(c.brokerClientId.slice(0, 80))} must be 1-64 printable ASCII characters`);
  if (isValidNodeId(c.brokerClientId)) problems.push(`brokerClientId: ${c.brokerClientId} is a valid node id, so a node of that name could take the controller's session over; start it with _ (default _edgefleet)`);
  if (!/^[\x21-\x7e]{1,64}$/.test(c.brokerUsername) || c.brokerUsername.includes(':')) {
    problems.push(`brokerUsername: ${JSON.stringify(c.brokerUsername.slice(0, 80))} must be 1-64 printable ASCII characters without ':'`);
  }
  if (isValidNodeId(c.brokerUsername)) problems.push(`brokerUsername: ${c.brokerUsername} is a valid node id and could collide with a node's identity; start it with _ (default _edgefleet)`);
  if (c.brokerUrl === null && (c.brokerCaFile || c.brokerCertFile || c.brokerKeyFile || c.brokerPasswordFile)) {
    problems.push('broker TLS or password files are set but no --broker URL: they apply only to an external broker');
  }
  if ((c.brokerCertFile === null) !== (c.brokerKeyFile === null)) problems.push('brokerCertFile and brokerKeyFile go together: give both or neither');
  if (!Number.isInteger(c.nodeSilenceTimeoutMs) || c.nodeSilenceTimeoutMs < 0 || c.nodeSilenceTimeoutMs > 86_400_000) {
    problems.push(`nodeSilenceTimeoutMs: ${c.nodeSilenceTimeoutMs} must be between 0 (default) and 86400000`);
  } else if (c.nodeSilenceTimeoutMs > 0 && c.nodeSilenceTimeoutMs < 2 * c.telemetryIntervalMs) {
    problems.push(`nodeSilenceTimeoutMs: ${c.nodeSilenceTimeoutMs} is less than two telemetry intervals (${2 * c.telemetryIntervalMs} ms): healthy nodes would flap Offline`);
  }
  if (!LOG_LEVELS.includes(c.logLevel)) problems.push(`logLevel: ${c.logLevel} is not one of ${LOG_LEVELS.join(', ')}`);
  if (problems.length > 0) {
    throw new ControllerError('EF_CTL_CONFIG_INVALID', `invalid controller configuration:\n  - ${problems.join('\n  - ')}`, {
      details: problems,
    });
  }
  return Object.freeze(c);
}

function brokerUrlProblems(raw: string): string[] {
  if (raw.length > 512) return ['brokerUrl: longer than 512 characters'];
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return [`brokerUrl: ${JSON.stringify(raw.slice(0, 80))} is not a URL; expected mqtt://host:port or mqtts://host:port`];
  }
  const out: string[] = [];
  if (u.protocol !== 'mqtt:' && u.protocol !== 'mqtts:') out.push(`brokerUrl: scheme ${u.protocol} is not mqtt: or mqtts:`);
  if (!u.hostname) out.push('brokerUrl: no host');
  if (u.username || u.password) out.push('brokerUrl: put no credentials in the URL (they would show in process lists and logs); use --broker-username and --broker-password-file');
  if (u.pathname && u.pathname !== '/' && u.pathname !== '') out.push(`brokerUrl: unexpected path ${u.pathname}`);
  return out;
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
