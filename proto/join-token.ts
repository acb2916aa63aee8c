// Join tokens, shared by both sides: `EF1:<sha256 of the controller's CA certificate (DER), hex>:<id>.<secret>`.
// The CA hash lets an agent that holds only the token trust the controller it has never seen
// (like k3s's "K10<ca-hash>::<user>:<secret>"); the id names the token in `token list|revoke`,
// and only a hash of the secret is stored on the controller.

export const JOIN_TOKEN_VERSION = 'EF1';
/** A token is well under this; anything longer is refused before parsing. */
export const JOIN_TOKEN_MAX_LENGTH = 256;

const ID_RE = /^[a-z0-9]{6}$/;
const SECRET_RE = /^[A-Za-z0-9_-]{32,64}$/;
const HASH_RE = /^[0-9a-f]{64}$/;

export interface JoinToken {
  caSha256: string;
  id: string;
  secret: string;
}

export function isTokenId(s: string): boolean {
  return ID_RE.test(s);
}

export function formatJoinToken(t: JoinToken): string {
  return `${JOIN_TOKEN_VERSION}:${t.caSha256}:${t.id}.${t.secret}`;
}

/** Parses a join token; the message says what is wrong without echoing the secret. */
export function parseJoinToken(text: string): { ok: true; token: JoinToken } | { ok: false; message: string } {
  const s = text.trim();
  if (s.length > JOIN_TOKEN_MAX_LENGTH) return { ok: false, message: `a join token is at most ${JOIN_TOKEN_MAX_LENGTH} characters` };
  const parts = s.split(':');
  if (parts.length !== 3 || parts[0] !== JOIN_TOKEN_VERSION) {
    return { ok: false, message: `a join token looks like ${JOIN_TOKEN_VERSION}:<ca-sha256>:<id>.<secret> (print one with \`edgefleet token create\`)` };
  }
  const [, caSha256 = '', cred = ''] = parts;
  if (!HASH_RE.test(caSha256)) return { ok: false, message: 'the join token\'s CA hash is not 64 lowercase hex digits' };
  const dot = cred.indexOf('.');
  const id = cred.slice(0, dot);
  const secret = cred.slice(dot + 1);
  if (dot < 0 || !ID_RE.test(id) || !SECRET_RE.test(secret)) return { ok: false, message: 'the join token\'s <id>.<secret> part is malformed' };
  return { ok: true, token: { caSha256, id, secret } };
}

/** What an enrolling node signs with its new private key, proving it holds the key it sends. */
export function enrollProofText(nodeId: string, tokenId: string): string {
  return `edgefleet-enroll\n${nodeId}\n${tokenId}`;
}

/** The answer of POST /v1/enroll. */
export interface EnrollResponse {
  nodeId: string;
  /** Password for the loopback plaintext listener (username = node id). */
  secret: string;
  caCert: string;
  /** Client certificate (PEM), present when a public key was sent. */
  cert?: string;
  certNotAfterMs?: number;
  labels: Record<string, string>;
}
