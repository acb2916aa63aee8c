// The files behind `edgefleet broker config mosquitto`, in the controller's data dir and in the
// directory Mosquitto reads:
//   <dataDir>/broker/controller.password  the controller's own broker password (0600; the
//                                         controller reads it when started with --broker)
//   <dataDir>/broker/nodes.passwd         one mosquitto_passwd line per enrolled node (hashes
//                                         only: mosquitto needs PBKDF2 of the secret, and the
//                                         store keeps only a sha256, so the hash is made while
//                                         the secret is at hand, at enrollment)
//   <out>/mosquitto.conf <out>/acl <out>/passwd   what mosquitto reads; rewritten atomically,
//                                         then SIGHUP makes mosquitto reload passwd and acl.
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isValidNodeId } from '../../proto/topics.js';
import { ControllerError } from '../errors.js';
import { mosquittoPasswordHash, type MosquittoFiles } from './mosquitto-config.js';
import { defaultBrokerPasswordFile } from './open.js';

const MAX_NODES_FILE_BYTES = 64 * 1024 * 1024;
const HASH_LINE = /^([a-z0-9][a-z0-9._-]{0,62}):(\$7\$\d+\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+)$/;

export function nodesPasswdFile(dataDir: string): string {
  return join(dataDir, 'broker', 'nodes.passwd');
}

function writeAtomic(file: string, content: string, mode: number, dirMode = 0o700): void {
  mkdirSync(dirname(file), { recursive: true, mode: dirMode });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, content, { mode });
  chmodSync(tmp, mode);
  renameSync(tmp, file);
}

/** The controller's broker password, created (32 random bytes, 0600) on first use. */
export function ensureControllerPassword(dataDir: string): { file: string; password: string; created: boolean } {
  const file = defaultBrokerPasswordFile(dataDir);
  if (existsSync(file)) {
    const password = readFileSync(file, 'utf8').trim();
    if (password) return { file, password, created: false };
  }
  const password = randomBytes(32).toString('base64url');
  writeAtomic(file, `${password}\n`, 0o600);
  return { file, password, created: true };
}

/** Node id -> mosquitto hash; every malformed line is reported at once. */
export function readNodeHashes(dataDir: string): Map<string, string> {
  const file = nodesPasswdFile(dataDir);
  const out = new Map<string, string>();
  if (!existsSync(file)) return out;
  const raw = readFileSync(file);
  if (raw.length > MAX_NODES_FILE_BYTES) throw new ControllerError('EF_CTL_CONFIG_INVALID', `${file} is larger than ${MAX_NODES_FILE_BYTES} bytes`);
  const problems: string[] = [];
  raw
    .toString('utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      const m = HASH_LINE.exec(line.trim());
      if (!m || !isValidNodeId(m[1] as string)) problems.push(`${file} line ${i + 1}: not "node-id:$7$..." (a mosquitto_passwd line for a valid node id)`);
      else out.set(m[1] as string, m[2] as string);
    });
  if (problems.length > 0) throw new ControllerError('EF_CTL_CONFIG_INVALID', problems.join('\n'), { details: problems });
  return out;
}

function writeNodeHashes(dataDir: string, hashes: ReadonlyMap<string, string>): void {
  const lines = [...hashes.keys()].sort().map((id) => `${id}:${hashes.get(id) as string}`);
  writeAtomic(nodesPasswdFile(dataDir), lines.length ? `${lines.join('\n')}\n` : '', 0o600);
}

/** At enrollment, while the plaintext secret is at hand: keep its mosquitto hash. */
export function recordNodeSecret(dataDir: string, nodeId: string, secret: string): void {
  const hashes = readNodeHashes(dataDir);
  hashes.set(nodeId, mosquittoPasswordHash(secret));
  writeNodeHashes(dataDir, hashes);
}

/** At node removal. Returns false when the node had no entry. */
export function forgetNodeSecret(dataDir: string, nodeId: string): boolean {
  const hashes = readNodeHashes(dataDir);
  if (!hashes.delete(nodeId)) return false;
  writeNodeHashes(dataDir, hashes);
  return true;
}

/** Group id of a group in /etc/group, or null. */
function groupId(name: string): number | null {
  try {
    for (const line of readFileSync('/etc/group', 'utf8').split('\n')) {
      const [n, , gid] = line.split(':');
      if (n === name && gid !== undefined && /^\d+$/.test(gid)) return Number(gid);
    }
  } catch {
    return null;
  }
  return null;
}

/**
 * Writes mosquitto.conf, acl and passwd into dir. acl and passwd are 0640 and, when the group
 * exists, owned by it: mosquitto re-reads them after dropping to its own user (on SIGHUP).
 */
export function writeMosquittoFiles(dir: string, f: Partial<MosquittoFiles>, group: string | null): string[] {
  const gid = group ? groupId(group) : null;
  const all: [string, string | undefined, number][] = [
    [join(dir, 'mosquitto.conf'), f.conf, 0o644],
    [join(dir, 'acl'), f.acl, 0o640],
    [join(dir, 'passwd'), f.passwd, 0o640],
  ];
  const written = all.filter((w): w is [string, string, number] => w[1] !== undefined);
  for (const [file, content, mode] of written) {
    writeAtomic(file, content, mode, 0o755);
    if (gid !== null && mode === 0o640) chownSync(file, process.getuid?.() ?? 0, gid);
  }
  return written.map(([file]) => file);
}

/** SIGHUP to the mosquitto whose pid file this is: it reloads passwd and acl without dropping clients. */
export function signalReload(pidFile: string): number {
  let raw: string;
  try {
    raw = readFileSync(pidFile, 'utf8').trim();
  } catch (err) {
    throw new ControllerError('EF_CTL_CONFIG_INVALID', `cannot read mosquitto's pid file ${pidFile}: ${(err as Error).message}`, { cause: err });
  }
  if (!/^\d{1,9}$/.test(raw)) throw new ControllerError('EF_CTL_CONFIG_INVALID', `${pidFile} does not hold a process id`);
  const pid = Number(raw);
  try {
    process.kill(pid, 'SIGHUP');
  } catch (err) {
    throw new ControllerError('EF_CTL_CONFIG_INVALID', `could not signal mosquitto (pid ${pid} from ${pidFile}): ${(err as Error).message}`, { cause: err });
  }
  return pid;
}
