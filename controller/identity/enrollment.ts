// Enrollment: a node presents a join token, its node id and (for TLS) its own public key with a
// signature proving it holds the private key; the controller answers with a client certificate
// from its CA (CN = node id) and a per-node secret for the loopback plaintext listener. The private
// key never leaves the device. Every refusal says what to do next.
import { randomBytes, verify } from 'node:crypto';
import type { Logger } from 'pino';
import { z } from 'zod';
import { enrollProofText, parseJoinToken, type EnrollResponse } from '../../proto/join-token.js';
import { isValidNodeId } from '../../proto/topics.js';
import { IdentityStore, sha256Hex, tokenStatus, type TokenInfo, type TokenStatus } from './identity-store.js';
import { parseNodePublicKey, type Pki } from './pki.js';

export const ENROLL_BODY_LIMIT = 8 * 1024;

export const enrollRequestSchema = z.strictObject({
  token: z.string().max(256),
  nodeId: z.string().max(63),
  /** base64 SPKI DER of an ECDSA P-256 key; absent: secret only (loopback plaintext). */
  publicKey: z.string().max(1024).optional(),
  /** base64 DER ECDSA signature (SHA-256) over enrollProofText. */
  proof: z.string().max(512).optional(),
});
export type EnrollRequest = z.infer<typeof enrollRequestSchema>;

export type EnrollResult = EnrollResponse;

export class EnrollError extends Error {
  override readonly name = 'EnrollError';
  constructor(
    readonly status: number,
    readonly code: 'EF_CTL_TOKEN_REFUSED' | 'EF_CTL_BAD_REQUEST' | 'EF_CTL_NODE_ENROLLED',
    message: string,
  ) {
    super(message);
  }
}

export function describeTokenRefusal(t: TokenInfo | undefined, why: TokenStatus | 'unknown', nowMs: number): string {
  const again = 'ask the operator for a new one (`edgefleet token create`)';
  if (!t || why === 'unknown') return `join token not recognised by this controller (deleted, mistyped, or made by another controller); ${again}`;
  if (why === 'expired') return `join token ${t.id} expired at ${new Date(t.expiresAtMs ?? nowMs).toISOString()}; ${again}`;
  if (why === 'used-up') return `join token ${t.id} is used up (${t.uses} of ${t.maxUses ?? t.uses} uses); ${again}`;
  if (why === 'revoked') return `join token ${t.id} was revoked at ${new Date(t.revokedAtMs ?? nowMs).toISOString()}; ${again}`;
  return `join token ${t.id} cannot be used`;
}

export class Enrollment {
  constructor(
    private readonly store: IdentityStore,
    private readonly pki: Pki,
    private readonly now: () => number,
    private readonly logger: Logger,
    /**
     * Called after a node enrolled, with the token's labels (applied as operator labels) and its
     * secret, while it is at hand (an external broker needs its own hash of it).
     */
    private readonly onEnrolled: (nodeId: string, labels: Record<string, string>, secret: string) => void = () => undefined,
  ) {}

  async enroll(body: unknown): Promise<EnrollResult> {
    const parsed = enrollRequestSchema.safeParse(body);
    if (!parsed.success) {
      throw new EnrollError(400, 'EF_CTL_BAD_REQUEST', `send JSON {"token": "EF1:...", "nodeId": "...", "publicKey"?: base64 SPKI, "proof"?: base64}: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ')}`);
    }
    const req = parsed.data;
    if (!isValidNodeId(req.nodeId)) {
      throw new EnrollError(400, 'EF_CTL_BAD_REQUEST', `node id ${JSON.stringify(req.nodeId)} must be 1-63 lowercase letters, digits, '.', '_' or '-', starting and ending with a letter or digit`);
    }
    const tok = parseJoinToken(req.token);
    if (!tok.ok) throw new EnrollError(401, 'EF_CTL_TOKEN_REFUSED', tok.message);
    const nowMs = this.now();
    const log = this.logger.child({ node: req.nodeId, token: tok.token.id });
    const refuse = (t: TokenInfo | undefined, why: TokenStatus | 'unknown' | 'enrolled'): never => {
      if (why === 'enrolled') {
        log.warn('enrollment refused: node already enrolled');
        throw new EnrollError(409, 'EF_CTL_NODE_ENROLLED', `node ${req.nodeId} is already enrolled; to enroll it again, remove it first (edgefleet node rm ${req.nodeId})`);
      }
      log.warn({ why }, 'enrollment refused');
      throw new EnrollError(401, 'EF_CTL_TOKEN_REFUSED', describeTokenRefusal(t, why, nowMs));
    };
    if (tok.token.caSha256 !== this.pki.caSha256) {
      log.warn('enrollment refused: token pins another CA');
      throw new EnrollError(401, 'EF_CTL_TOKEN_REFUSED', 'this join token was made by another controller (its CA hash does not match this controller\'s CA)');
    }
    const t = this.store.verifyToken(tok.token.id, tok.token.secret);
    if (!t) refuse(undefined, 'unknown');
    const status = tokenStatus(t!, nowMs);
    if (status !== 'active') refuse(t, status);
    const existing = this.store.credentials(req.nodeId);
    if (existing && existing.revokedAtMs === null) refuse(t, 'enrolled');

    let cert: { certPem: string; serial: string; notAfterMs: number } | null = null;
    if (req.publicKey !== undefined) {
      const der = Buffer.from(req.publicKey, 'base64');
      let key;
      try {
        key = parseNodePublicKey(der);
      } catch (err) {
        throw new EnrollError(400, 'EF_CTL_BAD_REQUEST', `publicKey: not a usable key (${(err as Error).message}); send the base64 SPKI DER of an ECDSA P-256 key`);
      }
      const proof = Buffer.from(req.proof ?? '', 'base64');
      if (proof.length === 0 || !verify('sha256', Buffer.from(enrollProofText(req.nodeId, tok.token.id)), key, proof)) {
        throw new EnrollError(400, 'EF_CTL_BAD_REQUEST', 'proof: the signature does not match the public key (sign enrollProofText with the private key)');
      }
      cert = await this.pki.issueClientCert(req.nodeId, der, nowMs);
    }
    const secret = randomBytes(32).toString('base64url');
    const r = this.store.enroll(tok.token.id, { nodeId: req.nodeId, secretSha256: sha256Hex(secret), certSerial: cert?.serial ?? null, certNotAfterMs: cert?.notAfterMs ?? null }, this.now());
    if (!r.ok) refuse(this.store.token(tok.token.id), r.why);
    this.onEnrolled(req.nodeId, t!.labels, secret);
    log.info({ certificate: cert ? { serial: cert.serial, notAfter: new Date(cert.notAfterMs).toISOString() } : null }, 'node enrolled');
    return {
      nodeId: req.nodeId,
      secret,
      caCert: this.pki.caCertPem,
      ...(cert ? { cert: cert.certPem, certNotAfterMs: cert.notAfterMs } : {}),
      labels: t!.labels,
    };
  }
}
