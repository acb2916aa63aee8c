// Mosquitto configuration giving the per-node isolation of the embedded broker (acl.ts): a node
// publishes only its own upstream topics and reads only its own desired and commands topics; the
// controller reads and writes the whole prefix. Pure: every input is an argument, the output is
// file contents (the CLI writes them, broker/mosquitto-files.ts).
//
// Mosquitto cannot call our code, so identity comes from what it checks itself:
// - 'username': a node authenticates as user = its node id, with its per-node secret in the
//   password file (mosquitto_passwd's PBKDF2-SHA512 format, below), or on the TLS listener with a
//   client certificate from the controller's CA (use_identity_as_username: user = the CN). The
//   ACL patterns use %u, the identity mosquitto verified.
// - 'clientid': anonymous nodes, identified by the client id they claim (%c). Development on
//   loopback only: anyone who can reach the port can claim any node id.
import { pbkdf2Sync, randomBytes } from 'node:crypto';
import { DOWNSTREAM_KINDS, UPSTREAM_KINDS, isValidNodeId, isValidPrefix } from '../../proto/topics.js';

export type NodeIdentity = 'username' | 'clientid';

export interface MosquittoListener {
  host: string;
  port: number;
}

export interface MosquittoTlsListener extends MosquittoListener {
  /** The CA that issues node certificates (the controller's <dataDir>/pki/ca.crt). */
  caFile: string;
  certFile: string;
  keyFile: string;
  /** Revoked node certificates, if the operator keeps a CRL. */
  crlFile?: string;
}

export interface MosquittoConfigInput {
  prefix: string;
  identity: NodeIdentity;
  listener: MosquittoListener | null;
  tls: MosquittoTlsListener | null;
  controller: { username: string; passwordHash: string };
  /** user name (node id) -> mosquitto password hash, for nodes that log in with a secret. */
  nodes: ReadonlyMap<string, string>;
  /** Absolute paths the configuration refers to. */
  paths: { passwordFile: string; aclFile: string; persistenceDir: string | null };
  /** The controller's session backlog while it is away (QoS 1 messages). */
  maxQueuedMessages?: number;
}

export interface MosquittoFiles {
  conf: string;
  acl: string;
  passwd: string;
}

export const MOSQUITTO_PBKDF2_ITERATIONS = 101;

/** mosquitto_passwd's format ($7$: PBKDF2-HMAC-SHA512, 12-byte salt, 64-byte hash, base64). */
export function mosquittoPasswordHash(password: string, salt: Buffer = randomBytes(12), iterations = MOSQUITTO_PBKDF2_ITERATIONS): string {
  const hash = pbkdf2Sync(password, salt, iterations, 64, 'sha512');
  return `$7$${iterations}$${salt.toString('base64')}$${hash.toString('base64')}`;
}

export function verifyMosquittoPassword(password: string, stored: string): boolean {
  const m = /^\$7\$(\d+)\$([A-Za-z0-9+/=]+)\$([A-Za-z0-9+/=]+)$/.exec(stored);
  if (!m) return false;
  return mosquittoPasswordHash(password, Buffer.from(m[2] as string, 'base64'), Number(m[1])) === stored;
}

/** Every problem at once; empty when the input is usable. */
export function mosquittoInputProblems(i: MosquittoConfigInput): string[] {
  const p: string[] = [];
  if (!isValidPrefix(i.prefix)) p.push(`prefix ${JSON.stringify(i.prefix)} is not a plain topic path`);
  if (!i.listener && !i.tls) p.push('no listener: give a plaintext listener, a TLS listener, or both');
  if (i.identity === 'clientid' && i.tls) p.push('anonymous nodes (identity by client id) and a TLS listener do not go together: TLS nodes are identified by their certificate');
  if (i.identity === 'clientid' && i.listener && !isLoopback(i.listener.host)) {
    p.push(`anonymous nodes are for development on loopback only; the listener is on ${i.listener.host}`);
  }
  for (const l of [i.listener, i.tls]) {
    if (l && (!Number.isInteger(l.port) || l.port < 1 || l.port > 65535)) p.push(`listener port ${l.port} is not 1-65535`);
    if (l && !/^[A-Za-z0-9.:-]{1,253}$/.test(l.host)) p.push(`listener host ${JSON.stringify(l.host.slice(0, 80))} is not a host name or address`);
  }
  if (isValidNodeId(i.controller.username)) p.push(`the controller's user ${i.controller.username} is a valid node id: a node of that name would share its access`);
  for (const [id, hash] of i.nodes) {
    if (!isValidNodeId(id)) p.push(`node ${JSON.stringify(id.slice(0, 80))} is not a valid node id`);
    if (!hash.startsWith('$7$') && !hash.startsWith('$6$')) p.push(`node ${id}: its password hash is not in mosquitto_passwd format`);
  }
  const paths = [i.paths.passwordFile, i.paths.aclFile, i.paths.persistenceDir, i.tls?.caFile, i.tls?.certFile, i.tls?.keyFile, i.tls?.crlFile];
  for (const f of paths) {
    if (f !== undefined && f !== null && (!f.startsWith('/') || /[\s#]/.test(f))) p.push(`path ${JSON.stringify(f)} must be absolute, without spaces or #`);
  }
  return p;
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

export function mosquittoFiles(i: MosquittoConfigInput): MosquittoFiles {
  const problems = mosquittoInputProblems(i);
  if (problems.length > 0) throw new Error(`cannot generate the Mosquitto configuration:\n  - ${problems.join('\n  - ')}`);
  const conf: string[] = [
    '# Generated by `edgefleet broker config mosquitto`. Regenerate it instead of editing:',
    '# nodes are added and removed by regenerating the password file, then SIGHUP to mosquitto.',
    'per_listener_settings false',
    `allow_anonymous ${i.identity === 'clientid' ? 'true' : 'false'}`,
    `password_file ${i.paths.passwordFile}`,
    `acl_file ${i.paths.aclFile}`,
    // The controller's persistent session queues what nodes send while it restarts.
    `max_queued_messages ${i.maxQueuedMessages ?? 100_000}`,
    // Nagle on the broker's sockets holds each PUBACK ~40 ms: 10,000 retained desired states in
    // batches of 100 took 5.0 s with it and 0.95 s without (docs/brokers.md).
    'set_tcp_nodelay true',
    // The largest edgefleet message (desired, telemetry, events) is 1 MiB; a little for the header.
    'max_packet_size 1049600',
  ];
  if (i.paths.persistenceDir) {
    // Retained desired state and the controller's session survive a broker restart.
    conf.push('persistence true', `persistence_location ${i.paths.persistenceDir.endsWith('/') ? i.paths.persistenceDir : `${i.paths.persistenceDir}/`}`);
  } else {
    conf.push('persistence false');
  }
  if (i.listener) conf.push('', `listener ${i.listener.port} ${i.listener.host}`);
  if (i.tls) {
    conf.push(
      '',
      `listener ${i.tls.port} ${i.tls.host}`,
      `cafile ${i.tls.caFile}`,
      `certfile ${i.tls.certFile}`,
      `keyfile ${i.tls.keyFile}`,
      'require_certificate true',
      // The certificate's CN (the node id the controller's CA signed) is the user name.
      'use_identity_as_username true',
    );
    if (i.tls.crlFile) conf.push(`crlfile ${i.tls.crlFile}`);
  }

  const who = i.identity === 'username' ? '%u' : '%c';
  const acl: string[] = [
    '# Generated by `edgefleet broker config mosquitto`: the embedded broker\'s rules (controller/broker/acl.ts).',
    `# Nodes (identity ${who === '%u' ? 'the user name mosquitto verified' : 'the client id, unauthenticated: development only'}):`,
    ...UPSTREAM_KINDS.map((k) => `pattern write ${i.prefix}/nodes/${who}/${k}`),
    ...DOWNSTREAM_KINDS.map((k) => `pattern read ${i.prefix}/nodes/${who}/${k}`),
    '',
    '# The controller:',
    `user ${i.controller.username}`,
    `topic readwrite ${i.prefix}/#`,
  ];

  return { conf: `${conf.join('\n')}\n`, acl: `${acl.join('\n')}\n`, passwd: mosquittoPasswd(i.controller, i.nodes) };
}

/** The password file alone: the controller's line, then one per node, sorted. */
export function mosquittoPasswd(controller: { username: string; passwordHash: string }, nodes: ReadonlyMap<string, string>): string {
  const lines = [`${controller.username}:${controller.passwordHash}`];
  for (const id of [...nodes.keys()].sort()) lines.push(`${id}:${nodes.get(id) as string}`);
  return `${lines.join('\n')}\n`;
}
