// The `edgefleet` CLI (every command but `agent`, which bin/edgefleet.ts routes to agent/).
import { isIPv4 } from 'node:net';
import { Command, CommanderError, Option } from 'commander';
import { startController } from '../app.js';
import { CONTROLLER_DEFAULTS, makeControllerConfig, type ControllerConfig } from '../config.js';
import { isControllerError } from '../errors.js';
import { makeLogger } from '../logger.js';
import { ApiError, resolveTarget } from './client.js';
import type { TargetFlags } from './credentials.js';
import { addClientAuthOptions, addGetOptions, getFleetCmd, registerFleetCommands, type GetFlags } from './fleet.js';
import { registerPlacementCommands } from './placement.js';
import { applyCmd, deleteCmd } from './resources.js';
import { registerRolloutCommands } from './rollout.js';
import { registerSimCommand } from './sim.js';
import { registerDay2Commands } from './day2.js';
import { registerBrokerCommands } from './broker.js';
import { registerConfigCommands } from './config.js';
import { registerTokenCommands } from './tokens.js';
import { up } from './up.js';

interface ControllerFlags {
  dataDir: string;
  host: string;
  mqttPort: number;
  httpPort: number;
  prefix: string;
  logLevel: string;
  maxConnectsPerSecond: number;
  telemetryIntervalMs: number;
  broker?: string;
  brokerUsername: string;
  brokerClientId: string;
  brokerPasswordFile?: string;
  brokerCa?: string;
  brokerCert?: string;
  brokerKey?: string;
  nodeSilenceTimeoutMs: number;
  metricsNoAuth?: boolean;
  brokerAuthPort?: number;
  brokerAuthHost?: string;
  mosquittoDir?: string;
  mosquittoPidFile?: string;
  mqttTlsPort?: number;
  tlsName?: string[];
  insecureHttp?: boolean;
}

function controllerOptions(cmd: Command): Command {
  return cmd
    .option('--data-dir <dir>', 'where the store lives', process.env.EDGEFLEET_DATA_DIR ?? CONTROLLER_DEFAULTS.dataDir)
    .option('--host <addr>', 'address to listen on (MQTT and HTTP)', CONTROLLER_DEFAULTS.mqttHost)
    .option('--mqtt-port <port>', 'MQTT port', (v) => Number(v), CONTROLLER_DEFAULTS.mqttPort)
    .option('--http-port <port>', 'HTTP API port', (v) => Number(v), CONTROLLER_DEFAULTS.httpPort)
    .option('--mqtt-tls-port <port>', `MQTT over TLS port, client certificates required (default ${DEFAULT_MQTT_TLS_PORT} when --host is not loopback; on loopback only when given)`, (v) => Number(v))
    .option('--tls-name <name...>', 'extra DNS names or IP addresses for the server certificate (how agents reach this controller)')
    .option('--insecure-http', 'off loopback: serve the API over plain HTTP instead of HTTPS (logged as a warning; MQTT stays TLS)')
    .option('--prefix <prefix>', 'MQTT topic prefix', CONTROLLER_DEFAULTS.prefix)
    .option('--max-connects-per-second <n>', 'accepted MQTT connects per second; over it a CONNECT waits for a slot (up to 20 s), beyond that agents back off (0: no limit)', (v) => Number(v), CONTROLLER_DEFAULTS.maxConnectsPerSecond)
    .option('--telemetry-interval-ms <ms>', 'how often agents sample telemetry', (v) => Number(v), CONTROLLER_DEFAULTS.telemetryIntervalMs)
    .option('--log-level <level>', 'trace|debug|info|warn|error', process.env.EDGEFLEET_LOG_LEVEL ?? CONTROLLER_DEFAULTS.logLevel)
    .option('--broker <url>', 'use this external MQTT broker (mqtt://host:port, mqtts://host:port) instead of the embedded one (env EDGEFLEET_BROKER); see docs/brokers.md', process.env.EDGEFLEET_BROKER)
    .option('--broker-username <name>', "the controller's user name at the external broker", CONTROLLER_DEFAULTS.brokerUsername)
    .option('--broker-client-id <id>', "the controller's MQTT client id (its persistent session) at the external broker", CONTROLLER_DEFAULTS.brokerClientId)
    .option('--broker-password-file <file>', "file with the controller's broker password (default: <data-dir>/broker/controller.password if present; env EDGEFLEET_BROKER_PASSWORD wins)")
    .option('--broker-ca <file>', "PEM CA that signed the external broker's certificate (mqtts)")
    .option('--broker-cert <file>', "the controller's client certificate at the external broker (mqtts)")
    .option('--broker-key <file>', "the key of --broker-cert")
    .option('--broker-auth-port <port>', 'serve the HTTP auth endpoint for brokers that delegate auth (EMQX HTTP authn/authz) on this port; see docs/brokers.md', (v) => Number(v))
    .option('--broker-auth-host <addr>', 'address of the broker auth endpoint (default: --host)')
    .option('--mosquitto-dir <dir>', "rewrite this Mosquitto configuration dir's passwd when nodes enroll or are removed (see `broker config mosquitto`)")
    .option('--mosquitto-pid-file <file>', 'and send SIGHUP to the mosquitto of this pid file afterwards')
    .option('--node-silence-timeout-ms <ms>', 'external broker: a node silent this long is marked Offline (0: max(60 s, 3 telemetry intervals))', (v) => Number(v), CONTROLLER_DEFAULTS.nodeSilenceTimeoutMs)
    .option('--metrics-no-auth', 'serve /metrics without the admin token (for a Prometheus scraper on a trusted network)');
}

const DEFAULT_MQTT_TLS_PORT = 8883;

/** 127.0.0.0/8, ::1, localhost: the development addresses where plaintext stays the default. */
export function isLoopbackHost(h: string): boolean {
  const x = h.toLowerCase().replace(/^\[|\]$/g, '');
  return x === 'localhost' || x === '::1' || (isIPv4(x) && x.startsWith('127.'));
}

/**
 * Off loopback (a real address, or 0.0.0.0): MQTT over TLS on --host (default 8883), the plaintext
 * MQTT listener on 127.0.0.1 only, and the API over HTTPS unless --insecure-http. On loopback,
 * everything stays as given (plain MQTT and HTTP; TLS MQTT only with --mqtt-tls-port).
 */
function toConfig(f: ControllerFlags, o: { tlsOffLoopback: boolean } = { tlsOffLoopback: true }): ControllerConfig {
  const secure = o.tlsOffLoopback && !isLoopbackHost(f.host);
  return makeControllerConfig({
    dataDir: f.dataDir,
    mqttHost: secure ? '127.0.0.1' : f.host,
    httpHost: f.host,
    mqttPort: f.mqttPort,
    httpPort: f.httpPort,
    mqttTlsHost: f.host,
    mqttTlsPort: f.mqttTlsPort ?? (secure ? DEFAULT_MQTT_TLS_PORT : null),
    tlsNames: f.tlsName ?? [],
    httpTls: secure && f.insecureHttp !== true,
    prefix: f.prefix,
    logLevel: f.logLevel,
    maxConnectsPerSecond: f.maxConnectsPerSecond,
    telemetryIntervalMs: f.telemetryIntervalMs,
    brokerUrl: f.broker || null,
    brokerUsername: f.brokerUsername,
    brokerClientId: f.brokerClientId,
    brokerPasswordFile: f.brokerPasswordFile ?? null,
    brokerCaFile: f.brokerCa ?? null,
    brokerCertFile: f.brokerCert ?? null,
    brokerKeyFile: f.brokerKey ?? null,
    nodeSilenceTimeoutMs: f.nodeSilenceTimeoutMs,
    metricsNoAuth: f.metricsNoAuth === true,
    brokerAuthPort: f.brokerAuthPort ?? null,
    brokerAuthHost: f.brokerAuthHost ?? f.host,
    mosquittoDir: f.mosquittoDir ?? null,
    mosquittoPidFile: f.mosquittoPidFile ?? null,
  });
}

function waitForSignal(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}

export async function main(argv: string[]): Promise<number> {
  const out = (s: string): void => void process.stdout.write(s);
  let code = 0;
  const program = new Command('edgefleet')
    .description('edge micro-orchestration')
    .exitOverride()
    .option('--ca <file>', "PEM CA to trust for an https:// controller besides the system's roots, e.g. a copy of the controller's <data-dir>/pki/ca.crt (env EDGEFLEET_CA)");
  // The global --ca reaches every client command without each declaring it: as the `ca` of the
  // options its action passes to resolveTarget(), and as EDGEFLEET_CA for the commands that only
  // pass a server URL (the flag wins over the environment either way).
  program.hook('preAction', (_program, action) => {
    const { ca } = program.opts<{ ca?: string }>();
    if (!ca) return;
    action.setOptionValue('ca', ca);
    process.env.EDGEFLEET_CA = ca;
  });
  const serverOpt = (): Option => new Option('--server <url>', 'controller API URL (env EDGEFLEET_SERVER)');

  controllerOptions(program.command('controller').description('run the controller: MQTT broker, store, scheduler, API')).action(
    async (f: ControllerFlags) => {
      const cfg = toConfig(f);
      const logger = await makeLogger(cfg.logLevel);
      if (!isLoopbackHost(f.host)) {
        if (f.insecureHttp === true) logger.warn({ host: f.host, httpPort: cfg.httpPort }, '--insecure-http: the API (admin token, join tokens) is served over plain HTTP on a non-loopback address');
        logger.info({ host: f.host, mqttTlsPort: cfg.mqttTlsPort, plaintextMqtt: `127.0.0.1:${cfg.mqttPort}`, https: cfg.httpTls }, 'non-loopback address: MQTT over TLS, plaintext MQTT on loopback only');
      }
      const c = await startController(cfg, { logger });
      await waitForSignal();
      logger.info('stopping');
      await c.close();
    },
  );

  controllerOptions(program.command('up').description('run a controller and one local agent (first try on one machine)'))
    .option('--apply <path>', 'apply this manifest file or directory once the local node is online')
    .option('--node-id <id>', 'the local node\'s name (default: this host\'s name)')
    .action(async (f: ControllerFlags & { apply?: string; nodeId?: string }) => {
      // `up` is the one-machine development path: it talks to its controller over loopback.
      const cfg = toConfig(f, { tlsOffLoopback: false });
      code = await up(cfg, await makeLogger(cfg.logLevel), { apply: f.apply, nodeId: f.nodeId });
    });

  program
    .command('apply')
    .description('create or update workloads from manifests')
    .requiredOption('-f, --filename <path>', 'a file, a directory of .yaml/.yml/.json files, or - for stdin')
    .addOption(serverOpt())
    .action(async (o: { filename: string } & TargetFlags) => {
      code = await applyCmd(resolveTarget(o), o.filename, out);
    });

  addGetOptions(
    program
      .command('get')
      .description('list nodes, workloads, placements, events, or the service catalog')
      .argument('<what>', 'nodes | workloads | placements | events | catalog')
      .addOption(new Option('-o, --output <format>', 'output format').choices(['table', 'wide', 'json', 'yaml']).default('table'))
      .addOption(serverOpt()),
  ).action(async (what: string, o: GetFlags) => {
    code = await getFleetCmd(resolveTarget(o), what, o, out);
  });

  program
    .command('delete')
    .description('delete a workload (its containers are removed from every node) or a nodepolicy')
    .argument('<kind>', 'workload | nodepolicy')
    .argument('<name>')
    .addOption(serverOpt())
    .action(async (kind: string, name: string, o: TargetFlags) => {
      code = await deleteCmd(resolveTarget(o), kind, name, out);
    });

  registerFleetCommands(program, out, (c) => (code = c));
  registerPlacementCommands(program, out, (c) => (code = c));
  registerRolloutCommands(program, out, (c) => (code = c));
  registerSimCommand(program, out, (c) => (code = c));

  program
    .command('dashboard')
    .description('print the URL of the web dashboard (served by the controller at /ui) and where its sign-in token is')
    .addOption(serverOpt())
    .action((o: TargetFlags) => {
      const t = resolveTarget(o);
      out(`${t.server}/ui\n`);
      // Where the token is, never the token: this line may end up in a terminal log or a screen share.
      out(
        t.tokenSource
          ? `sign in with the token from ${t.tokenSource} (or read.token beside it: read-only)\n`
          : "sign in with the controller's read.token (read-only) or admin.token, both in its data dir\n",
      );
    });
  registerDay2Commands(program, out, (c) => (code = c));
  registerBrokerCommands(program, out, (c) => (code = c));
  registerConfigCommands(program, out, (c) => (code = c));
  registerTokenCommands(program, out, (c) => (code = c));
  addClientAuthOptions(program);

  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (err) {
    return report(err);
  }
}

function report(err: unknown): number {
  if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 1;
  if (err instanceof ApiError) {
    process.stderr.write(`error: ${err.message}\n`);
    for (const p of err.problems) {
      process.stderr.write(`  - ${p.doc !== undefined ? `doc ${p.doc}: ` : ''}${p.path ? `${p.path}: ` : ''}${p.message ?? ''}\n`);
    }
    return 1;
  }
  if (isControllerError(err)) {
    process.stderr.write(`error: ${err.message}\n`);
    return 2;
  }
  process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
  return 1;
}
