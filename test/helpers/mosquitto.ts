// A real Mosquitto (Debian's /usr/sbin/mosquitto) on a free 127.0.0.1 port, configured by the
// project's own generator (controller/broker/mosquitto-config.ts) in a temp dir of its own.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mosquittoFiles, mosquittoPasswordHash, type MosquittoConfigInput, type NodeIdentity } from '../../controller/broker/mosquitto-config.js';
import { DEFAULT_CONTROLLER_USERNAME } from '../../controller/broker/external.js';
import { freePort } from './ports.js';
import { runCli } from './process.js';
import { waitUntil } from './wait.js';

export const MOSQUITTO_BIN = '/usr/sbin/mosquitto';

export interface Mosquitto {
  readonly port: number;
  readonly url: string;
  /** With opts.tls: the TLS listener (client certificates required, CN = user name). */
  readonly tlsUrl: string | null;
  readonly dir: string;
  /** mosquitto's pid file (SIGHUP reloads passwd and acl). */
  readonly pidFile: string;
  /** The controller's password (user DEFAULT_CONTROLLER_USERNAME), also in passwordFile. */
  readonly controllerPassword: string;
  readonly controllerPasswordFile: string;
  /** Everything mosquitto logged (stderr). */
  readonly log: string[];
  /** Rewrites the password file with these nodes (node id -> secret) and sends SIGHUP. */
  setNodes(nodes: ReadonlyMap<string, string>): Promise<void>;
  /** Stops and starts the broker on the same port (its persistence, if any, kept). */
  restart(): Promise<void>;
  /** Stops the broker process, keeping its files (restart() starts it again). */
  stopOnly(): Promise<void>;
  stop(): Promise<void>;
}

export interface MosquittoOptions {
  prefix?: string;
  identity?: NodeIdentity;
  /** Node id -> secret, for identity 'username'. */
  nodes?: ReadonlyMap<string, string>;
  persistence?: boolean;
  /** A TLS listener too, with this CA (node certificates) and server certificate. */
  tls?: { caFile: string; certFile: string; keyFile: string };
  /**
   * Generate the configuration with the built CLI (`edgefleet broker config mosquitto --data-dir
   * D --out-dir ...` plus these args) instead of calling the generator: the controller's password
   * is then the one the CLI created in D, where the controller finds it by itself.
   */
  cli?: { dataDir: string; args: string[]; run?: CliRunner };
}

/** Runs the built CLI with these args (the benchmarks pass their own: their dist/ layout differs from the tests'). */
export type CliRunner = (args: string[]) => Promise<{ code: number | null; stderr: string }>;

// Test-only additions to a generated configuration: root keeps root (the test's temp dir is not the
// mosquitto user's to read), and connection messages go to stderr for the test's log.
const testAppendix = (dir: string): string => `pid_file ${join(dir, 'mosquitto.pid')}\n${TEST_APPENDIX}`;
const TEST_APPENDIX = 'user root\nlog_dest stderr\nlog_type error\nlog_type warning\nlog_type notice\nlog_type information\nconnection_messages true\n';

export function requireMosquitto(): void {
  if (!existsSync(MOSQUITTO_BIN)) throw new Error(`${MOSQUITTO_BIN} is missing: apt-get install mosquitto (.ci/run installs it)`);
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const sock = createConnection({ host: '127.0.0.1', port });
    sock.once('connect', () => (sock.destroy(), resolve(true)));
    sock.once('error', () => resolve(false));
  });
}

export async function startMosquitto(opts: MosquittoOptions = {}): Promise<Mosquitto> {
  requireMosquitto();
  const dir = mkdtempSync(join(tmpdir(), 'ef-mosquitto-'));
  const port = await freePort();
  const tlsPort = opts.tls ? await freePort() : null;
  let controllerPassword = `pw-${Math.random().toString(36).slice(2)}`;
  let controllerPasswordFile = join(dir, 'controller.password');
  writeFileSync(controllerPasswordFile, `${controllerPassword}\n`, { mode: 0o600 });
  const persistenceDir = join(dir, 'data');
  mkdirSync(persistenceDir);
  const controllerHash = mosquittoPasswordHash(controllerPassword);
  let nodes = opts.nodes ?? new Map<string, string>();
  const input = (): MosquittoConfigInput => ({
    prefix: opts.prefix ?? 'edgefleet/v1',
    identity: opts.identity ?? 'username',
    listener: { host: '127.0.0.1', port },
    tls: opts.tls && tlsPort !== null ? { host: '127.0.0.1', port: tlsPort, ...opts.tls } : null,
    controller: { username: DEFAULT_CONTROLLER_USERNAME, passwordHash: controllerHash },
    nodes: new Map([...nodes].map(([id, secret]) => [id, mosquittoPasswordHash(secret)])),
    paths: { passwordFile: join(dir, 'passwd'), aclFile: join(dir, 'acl'), persistenceDir: opts.persistence ? persistenceDir : null },
  });
  const write = (): void => {
    const f = mosquittoFiles(input());
    writeFileSync(join(dir, 'mosquitto.conf'), `${f.conf}${testAppendix(dir)}`);
    writeFileSync(join(dir, 'acl'), f.acl);
    writeFileSync(join(dir, 'passwd'), f.passwd, { mode: 0o600 });
  };
  if (opts.cli) {
    const r = await (opts.cli.run ?? runCli)(['broker', 'config', 'mosquitto', '--data-dir', opts.cli.dataDir, '--out-dir', dir, '--listen', `127.0.0.1:${port}`, '--group', '', ...opts.cli.args]);
    if (r.code !== 0) throw new Error(`edgefleet broker config mosquitto failed (${r.code}): ${r.stderr}`);
    writeFileSync(join(dir, 'mosquitto.conf'), `${readFileSync(join(dir, 'mosquitto.conf'), 'utf8')}${testAppendix(dir)}`);
    controllerPasswordFile = join(opts.cli.dataDir, 'broker', 'controller.password');
    controllerPassword = readFileSync(controllerPasswordFile, 'utf8').trim();
  } else {
    write();
  }

  const log: string[] = [];
  let child: ChildProcess | null = null;
  let exited: Promise<void> = Promise.resolve();
  const launch = async (): Promise<void> => {
    const c = spawn(MOSQUITTO_BIN, ['-c', join(dir, 'mosquitto.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
    child = c;
    exited = new Promise((resolve) => c.once('exit', () => resolve()));
    c.stderr?.on('data', (d: Buffer) => log.push(...d.toString().split('\n').filter(Boolean)));
    await waitUntil(`mosquitto listening on 127.0.0.1:${port}`, async () => {
      if (c.exitCode !== null) throw new Error(`mosquitto exited with ${c.exitCode}: ${log.slice(-5).join(' | ')}`);
      return (await accepts(port)) && (tlsPort === null || (await accepts(tlsPort)));
    }, 10_000, 50);
  };
  const stop = async (): Promise<void> => {
    const c = child;
    if (c && c.exitCode === null && c.signalCode === null) c.kill('SIGTERM');
    await exited;
  };
  await launch();

  return {
    port,
    url: `mqtt://127.0.0.1:${port}`,
    tlsUrl: tlsPort === null ? null : `mqtts://127.0.0.1:${tlsPort}`,
    dir,
    pidFile: join(dir, 'mosquitto.pid'),
    controllerPassword,
    controllerPasswordFile,
    log,
    async setNodes(next) {
      if (opts.cli) throw new Error('setNodes: this mosquitto was configured by the CLI; run it again instead');
      nodes = next;
      write();
      const before = log.length;
      child?.kill('SIGHUP');
      await waitUntil('mosquitto reloaded its configuration', () => log.slice(before).some((l) => l.includes('Reloading config')), 10_000, 20);
    },
    async restart() {
      await stop();
      await launch();
    },
    stopOnly: () => stop(),
    async stop() {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
