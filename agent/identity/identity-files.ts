// The node's credentials on disk, under <state-dir>/identity (0700; secrets 0600):
//   node.key     its private key (ECDSA P-256, PKCS#8 PEM): generated here, never sent anywhere
//   node.crt     its client certificate from the controller's CA (CN = node id)
//   ca.crt       the controller's CA, pinned by the join token's hash
//   secret       its password for the controller's loopback plaintext listener
//   identity.json {nodeId, enrolledAtMs, certNotAfterMs}
import { chmodSync, closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { AgentError } from '../errors.js';

export interface NodeIdentity {
  nodeId: string;
  secret: string;
  keyPem: string;
  certPem: string;
  caPem: string;
  enrolledAtMs: number;
  certNotAfterMs: number | null;
}

export const IDENTITY_DIR = 'identity';
const MAX_FILE_BYTES = 64 * 1024;

export function identityDir(stateDir: string): string {
  return join(stateDir, IDENTITY_DIR);
}

export function hasIdentity(stateDir: string): boolean {
  return existsSync(join(identityDir(stateDir), 'identity.json'));
}

function writeFile(file: string, text: string, mode: number): void {
  const tmp = `${file}.tmp`;
  const fd = openSync(tmp, 'w', mode);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  chmodSync(tmp, mode);
  renameSync(tmp, file);
}

/** Writes every file, identity.json last: its presence means the set is complete. */
export function saveIdentity(stateDir: string, id: NodeIdentity): void {
  const dir = identityDir(stateDir);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  writeFile(join(dir, 'node.key'), id.keyPem, 0o600);
  writeFile(join(dir, 'secret'), `${id.secret}\n`, 0o600);
  writeFile(join(dir, 'node.crt'), id.certPem, 0o644);
  writeFile(join(dir, 'ca.crt'), id.caPem, 0o644);
  writeFile(join(dir, 'identity.json'), `${JSON.stringify({ nodeId: id.nodeId, enrolledAtMs: id.enrolledAtMs, certNotAfterMs: id.certNotAfterMs })}\n`, 0o600);
}

function read(file: string): string {
  const text = readFileSync(file, 'utf8');
  if (text.length > MAX_FILE_BYTES) throw new Error(`${file} is larger than ${MAX_FILE_BYTES} bytes`);
  return text;
}

/** The stored identity, null when the node never enrolled; an error when it is for another node or damaged. */
export function loadIdentity(stateDir: string, nodeId: string): NodeIdentity | null {
  const dir = identityDir(stateDir);
  if (!hasIdentity(stateDir)) return null;
  try {
    const meta = JSON.parse(read(join(dir, 'identity.json'))) as { nodeId?: unknown; enrolledAtMs?: unknown; certNotAfterMs?: unknown };
    if (meta.nodeId !== nodeId) {
      throw new AgentError(
        'EF_AGENT_NOT_ENROLLED',
        `the credentials in ${dir} are for node ${JSON.stringify(meta.nodeId)}, not ${nodeId}: use that node id, or another --state-dir`,
      );
    }
    return {
      nodeId,
      secret: read(join(dir, 'secret')).trim(),
      keyPem: read(join(dir, 'node.key')),
      certPem: read(join(dir, 'node.crt')),
      caPem: read(join(dir, 'ca.crt')),
      enrolledAtMs: typeof meta.enrolledAtMs === 'number' ? meta.enrolledAtMs : 0,
      certNotAfterMs: typeof meta.certNotAfterMs === 'number' ? meta.certNotAfterMs : null,
    };
  } catch (cause) {
    if (cause instanceof AgentError) throw cause;
    throw new AgentError('EF_AGENT_NOT_ENROLLED', `the credentials in ${dir} are unreadable (${(cause as Error).message}); remove the directory and join again`, { cause });
  }
}
