// Join tokens, token status and the broker's authentication decision: pure functions, no broker.
import { describe, expect, it } from 'vitest';
import { authenticateNode } from '../../../controller/identity/authenticator.js';
import { sha256Hex, tokenStatus, type NodeCredentials, type TokenInfo } from '../../../controller/identity/identity-store.js';
import { parseTtlMs } from '../../../controller/api/routes-identity.js';
import { formatJoinToken, parseJoinToken } from '../../../proto/join-token.js';
import type { ClientCredentials } from '../../../controller/broker/auth-port.js';

const HASH = 'a'.repeat(64);
const SECRET = 'S'.repeat(43);

describe('join tokens', () => {
  it('format and parse round-trip', () => {
    const text = formatJoinToken({ caSha256: HASH, id: 'abc123', secret: SECRET });
    expect(text).toBe(`EF1:${HASH}:abc123.${SECRET}`);
    expect(parseJoinToken(`  ${text}\n`)).toEqual({ ok: true, token: { caSha256: HASH, id: 'abc123', secret: SECRET } });
  });

  it.each([
    ['', /looks like EF1/],
    ['K10abc::server:secret', /looks like EF1/],
    [`EF2:${HASH}:abc123.${SECRET}`, /looks like EF1/],
    [`EF1:${HASH.slice(1)}:abc123.${SECRET}`, /CA hash/],
    [`EF1:${HASH.toUpperCase()}:abc123.${SECRET}`, /CA hash/],
    [`EF1:${HASH}:abc12.${SECRET}`, /malformed/],
    [`EF1:${HASH}:abc123${SECRET}`, /malformed/],
    [`EF1:${HASH}:abc123.short`, /malformed/],
    [`EF1:${HASH}:abc123.${SECRET}:extra`, /looks like EF1/],
    ['x'.repeat(300), /at most 256/],
  ])('refuses %j with a message that does not echo the secret', (text, message) => {
    const r = parseJoinToken(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toMatch(message);
      expect(r.message).not.toContain(SECRET);
    }
  });
});

describe('token status', () => {
  const t: TokenInfo = { id: 'abc123', createdAtMs: 0, expiresAtMs: 1000, maxUses: 2, uses: 0, labels: {}, revokedAtMs: null };
  it('is active, then expired at its expiry, used up at its last use, revoked when revoked', () => {
    expect(tokenStatus(t, 999)).toBe('active');
    expect(tokenStatus(t, 1000)).toBe('expired');
    expect(tokenStatus({ ...t, uses: 2 }, 0)).toBe('used-up');
    expect(tokenStatus({ ...t, revokedAtMs: 5 }, 0)).toBe('revoked');
    expect(tokenStatus({ ...t, expiresAtMs: null, maxUses: null, uses: 1e6 }, 1e15)).toBe('active');
  });

  it('parses ttls and refuses nonsense', () => {
    expect(parseTtlMs('24h')).toBe(86_400_000);
    expect(parseTtlMs('1h30m')).toBe(5_400_000);
    expect(parseTtlMs('7d')).toBe(7 * 86_400_000);
    expect(parseTtlMs('0')).toBeNull();
    for (const bad of ['', '24', '1y', '-1h', '30s', '400d', '1 h', 'h']) expect(() => parseTtlMs(bad), bad).toThrow(/ttl/);
  });
});

describe('broker authentication (deny by default)', () => {
  const secret = 'the-secret-of-node-a';
  const creds = new Map<string, NodeCredentials>([
    ['node-a', { nodeId: 'node-a', secretSha256: sha256Hex(secret), certSerial: 'ABCD', certNotAfterMs: null, tokenId: 't', enrolledAtMs: 0, revokedAtMs: null }],
    ['node-r', { nodeId: 'node-r', secretSha256: sha256Hex(secret), certSerial: 'EF01', certNotAfterMs: null, tokenId: 't', enrolledAtMs: 0, revokedAtMs: 10 }],
  ]);
  const decide = (c: Partial<ClientCredentials>): ReturnType<typeof authenticateNode> =>
    authenticateNode({ clientId: 'node-a', transport: 'tcp', ...c }, (id) => creds.get(id));

  it('admits a node with its own secret, or its own current certificate', () => {
    expect(decide({ username: 'node-a', password: Buffer.from(secret) })).toEqual({ allow: true, nodeId: 'node-a', role: 'node' });
    expect(decide({ transport: 'tls', certificateCommonName: 'node-a', certificateSerial: 'abcd' })).toEqual({ allow: true, nodeId: 'node-a', role: 'node' });
  });

  it.each<[string, Partial<ClientCredentials>, RegExp]>([
    ['anonymous', {}, /anonymous/],
    ['empty username', { username: '', password: Buffer.from(secret) }, /anonymous/],
    ['username is another node', { username: 'node-b', password: Buffer.from(secret) }, /not the client id/],
    ['no password', { username: 'node-a' }, /no usable password/],
    ['wrong password', { username: 'node-a', password: Buffer.from('guess') }, /wrong secret/],
    ['oversized password', { username: 'node-a', password: Buffer.alloc(10_000, 1) }, /no usable password/],
    ['unknown node', { clientId: 'node-x', username: 'node-x', password: Buffer.from(secret) }, /not enrolled/],
    ['removed node', { clientId: 'node-r', username: 'node-r', password: Buffer.from(secret) }, /removed/],
    ['TLS without a verified certificate', { transport: 'tls' }, /no client certificate/],
    ['TLS certificate of another node', { transport: 'tls', certificateCommonName: 'node-b' }, /certificate is for node node-b/],
    ['TLS superseded certificate', { transport: 'tls', certificateCommonName: 'node-a', certificateSerial: '1234' }, /superseded/],
    ['TLS removed node', { clientId: 'node-r', transport: 'tls', certificateCommonName: 'node-r', certificateSerial: 'EF01' }, /removed/],
    ['TLS password alone', { transport: 'tls', username: 'node-a', password: Buffer.from(secret) }, /no client certificate/],
  ])('refuses: %s', (_name, c, reason) => {
    const d = decide(c);
    expect(d.allow).toBe(false);
    if (!d.allow) expect(d.reason).toMatch(reason);
  });
});
