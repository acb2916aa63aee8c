// Who may connect to the broker, as one pure function over the credentials the store holds
// (broker/auth-port.ts). Deny by default: no credentials, unknown or revoked nodes, a username or
// certificate name that is not the client id, a wrong secret, a superseded certificate.
import type { AuthDecision, ClientAuthenticator, ClientCredentials } from '../broker/auth-port.js';
import { sameHash, sha256Hex, type NodeCredentials } from './identity-store.js';

const MAX_PASSWORD_BYTES = 256;

const deny = (reason: string): AuthDecision => ({ allow: false, reason });

export function authenticateNode(c: ClientCredentials, lookup: (nodeId: string) => NodeCredentials | undefined): AuthDecision {
  const id = c.clientId;
  if (c.transport === 'tls') {
    const cn = c.certificateCommonName;
    if (!cn) return deny('no client certificate from the controller\'s CA');
    if (cn !== id) return deny(`certificate is for node ${cn}, client id is ${id.slice(0, 80)}`);
    const cred = lookup(cn);
    if (!cred) return deny(`node ${cn} is not enrolled`);
    if (cred.revokedAtMs !== null) return deny(`node ${cn} was removed`);
    if (c.certificateSerial !== undefined && cred.certSerial !== null && c.certificateSerial.toUpperCase() !== cred.certSerial.toUpperCase()) {
      return deny(`node ${cn} presented a superseded certificate`);
    }
    return { allow: true, nodeId: cn, role: 'node' };
  }
  if (c.username === undefined || c.username === '') return deny('anonymous clients are refused: connect with username = node id and the node\'s secret');
  if (c.username !== id) return deny(`username ${c.username.slice(0, 80)} is not the client id ${id.slice(0, 80)}`);
  if (!c.password || c.password.length === 0 || c.password.length > MAX_PASSWORD_BYTES) return deny(`no usable password for node ${id}`);
  const cred = lookup(id);
  if (!cred) return deny(`node ${id} is not enrolled`);
  if (cred.revokedAtMs !== null) return deny(`node ${id} was removed`);
  if (!sameHash(sha256Hex(c.password), cred.secretSha256)) return deny(`wrong secret for node ${id}`);
  return { allow: true, nodeId: id, role: 'node' };
}

export class NodeAuthenticator implements ClientAuthenticator {
  constructor(private readonly lookup: (nodeId: string) => NodeCredentials | undefined) {}

  authenticate(c: ClientCredentials): AuthDecision {
    return authenticateNode(c, this.lookup);
  }
}
