// `edgefleet broker config mosquitto`: prints, or writes into --out-dir, the Mosquitto
// configuration that gives the embedded broker's per-node isolation (broker/mosquitto-config.ts),
// with the controller's own credentials and the enrolled nodes' password hashes from the data dir.
// Run it again after nodes are enrolled or removed (with --reload-pid-file it also makes
// mosquitto reload); docs/brokers.md.
import { Command } from 'commander';
import { isAbsolute, join, resolve } from 'node:path';
import { CONTROLLER_DEFAULTS } from '../config.js';
import { DEFAULT_CONTROLLER_USERNAME } from '../broker/external.js';
import { mosquittoFiles, mosquittoPasswordHash, type MosquittoConfigInput, type MosquittoListener } from '../broker/mosquitto-config.js';
import { ensureControllerPassword, readNodeHashes, signalReload, writeMosquittoFiles } from '../broker/mosquitto-files.js';

export interface MosquittoConfigFlags {
  dataDir: string;
  outDir?: string;
  configDir?: string;
  prefix: string;
  listen?: string;
  tlsListen?: string;
  tlsCa?: string;
  tlsCert?: string;
  tlsKey?: string;
  tlsCrl?: string;
  anonymousNodes?: boolean;
  persistenceDir: string;
  persistence: boolean;
  controllerUsername: string;
  group: string;
  reloadPidFile?: string;
}

function hostPort(flag: string, v: string): MosquittoListener {
  const m = /^(.+):(\d{1,5})$/.exec(v);
  if (!m) throw new Error(`${flag}: ${JSON.stringify(v.slice(0, 80))} is not HOST:PORT (e.g. 127.0.0.1:1883)`);
  return { host: (m[1] as string).replace(/^\[(.*)\]$/, '$1'), port: Number(m[2]) };
}

function absolute(flag: string, p: string): string {
  const abs = resolve(p);
  if (!isAbsolute(abs)) throw new Error(`${flag}: ${p} is not a path`);
  return abs;
}

export function mosquittoConfigCmd(f: MosquittoConfigFlags, out: (s: string) => void, err: (s: string) => void): number {
  if (f.tlsListen && !(f.tlsCa && f.tlsCert && f.tlsKey)) {
    throw new Error('--tls-listen needs --tls-ca (the controller\'s CA, <data-dir>/pki/ca.crt), --tls-cert and --tls-key (the broker\'s certificate and key)');
  }
  const listener = f.listen !== undefined ? hostPort('--listen', f.listen) : f.tlsListen ? null : { host: '127.0.0.1', port: 1883 };
  const confDir = absolute('--config-dir', f.configDir ?? f.outDir ?? '/etc/mosquitto/edgefleet');
  const controller = ensureControllerPassword(f.dataDir);
  if (controller.created) err(`created the controller's broker password: ${controller.file} (the controller reads it when started with --broker)\n`);
  const nodes = f.anonymousNodes ? new Map<string, string>() : readNodeHashes(f.dataDir);
  const input: MosquittoConfigInput = {
    prefix: f.prefix,
    identity: f.anonymousNodes ? 'clientid' : 'username',
    listener,
    tls: f.tlsListen
      ? {
          ...hostPort('--tls-listen', f.tlsListen),
          caFile: absolute('--tls-ca', f.tlsCa as string),
          certFile: absolute('--tls-cert', f.tlsCert as string),
          keyFile: absolute('--tls-key', f.tlsKey as string),
          ...(f.tlsCrl ? { crlFile: absolute('--tls-crl', f.tlsCrl) } : {}),
        }
      : null,
    controller: { username: f.controllerUsername, passwordHash: mosquittoPasswordHash(controller.password) },
    nodes,
    paths: {
      passwordFile: join(confDir, 'passwd'),
      aclFile: join(confDir, 'acl'),
      persistenceDir: f.persistence ? absolute('--persistence-dir', f.persistenceDir) : null,
    },
  };
  const files = mosquittoFiles(input);
  if (!f.outDir) {
    out(`# ---- ${join(confDir, 'mosquitto.conf')} ----\n${files.conf}\n# ---- ${join(confDir, 'acl')} ----\n${files.acl}\n# ---- ${join(confDir, 'passwd')} ----\n${files.passwd}`);
  } else {
    const written = writeMosquittoFiles(absolute('--out-dir', f.outDir), files, f.group || null);
    out(`wrote ${written.join(', ')} (${nodes.size} nodes)\n`);
    if (!f.anonymousNodes && nodes.size === 0) err('no enrolled nodes yet: nodes are added when they enroll; run this again afterwards\n');
  }
  if (f.reloadPidFile) {
    const pid = signalReload(f.reloadPidFile);
    out(`mosquitto (pid ${pid}) reloads its password file and ACL\n`);
  }
  return 0;
}

export function registerBrokerCommands(program: Command, out: (s: string) => void, setCode: (c: number) => void): void {
  const broker = program.command('broker').description('configuration for an external MQTT broker (docs/brokers.md)');
  const config = broker.command('config').description("a broker configuration with the embedded broker's per-node isolation");
  config
    .command('mosquitto')
    .description('print (or write with --out-dir) mosquitto.conf, acl and passwd for Mosquitto 2')
    .option('--data-dir <dir>', "the controller's data dir (its broker password, the enrolled nodes' hashes)", process.env.EDGEFLEET_DATA_DIR ?? CONTROLLER_DEFAULTS.dataDir)
    .option('--out-dir <dir>', 'write the files here (atomically) instead of printing them')
    .option('--config-dir <dir>', 'where mosquitto will find acl and passwd (default: --out-dir, else /etc/mosquitto/edgefleet)')
    .option('--prefix <prefix>', 'MQTT topic prefix', CONTROLLER_DEFAULTS.prefix)
    .option('--listen <host:port>', 'plaintext listener (default 127.0.0.1:1883 unless only --tls-listen is given)')
    .option('--tls-listen <host:port>', 'TLS listener; nodes present client certificates from the controller\'s CA (CN = node id)')
    .option('--tls-ca <file>', "the controller's CA certificate (<data-dir>/pki/ca.crt)")
    .option('--tls-cert <file>', "the broker's server certificate")
    .option('--tls-key <file>', "the broker's server key")
    .option('--tls-crl <file>', 'a CRL of revoked node certificates')
    .option('--anonymous-nodes', 'development on loopback only: nodes without credentials, identified by client id')
    .option('--persistence-dir <dir>', 'where mosquitto keeps retained messages and sessions', '/var/lib/mosquitto')
    .option('--no-persistence', 'no persistence (retained desired state is sent again by the controller after a broker restart)')
    .option('--controller-username <name>', "the controller's user (as the controller's --broker-username)", DEFAULT_CONTROLLER_USERNAME)
    .option('--group <name>', 'group owning acl and passwd (mosquitto re-reads them as its own user on SIGHUP); empty: leave as is', 'mosquitto')
    .option('--reload-pid-file <file>', 'after writing, send SIGHUP to the mosquitto of this pid file (e.g. /run/mosquitto/mosquitto.pid)')
    .action((f: MosquittoConfigFlags) => {
      setCode(mosquittoConfigCmd(f, out, (s) => void process.stderr.write(s)));
    });
}
