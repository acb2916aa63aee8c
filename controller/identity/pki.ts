// The controller's certificate authority, created on first start under <dataDir>/pki (ECDSA P-256):
//   ca.key ca.crt          the CA that signs node client certificates and the server certificate
//   server.key server.crt  the MQTT TLS and HTTPS server certificate (re-issued when a name is missing
//                          or it expires within 30 days)
// Keys are 0600, the directory 0700. @peculiar/x509 (and reflect-metadata, which it needs) is loaded
// lazily on first use: a controller that never issues a certificate does not pay for it at startup.
import { createHash, createPrivateKey, createPublicKey, randomBytes, webcrypto, X509Certificate, type KeyObject } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { hostname, networkInterfaces } from 'node:os';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { ControllerError } from '../errors.js';

const DAY_MS = 86_400_000;
const CA_DAYS = 3650;
const SERVER_DAYS = 365;
export const CLIENT_CERT_DAYS = 365;
const RENEW_BEFORE_MS = 30 * DAY_MS;
const EC = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;

type X509Module = typeof import('@peculiar/x509');
let x509Module: Promise<X509Module> | null = null;
async function x509(): Promise<X509Module> {
  x509Module ??= (async () => {
    await import('reflect-metadata');
    const m = await import('@peculiar/x509');
    m.cryptoProvider.set(webcrypto as unknown as Parameters<typeof m.cryptoProvider.set>[0]);
    return m;
  })();
  return x509Module;
}

export interface IssuedCert {
  certPem: string;
  /** Hex serial, as node's X509Certificate and the TLS layer report it (upper case). */
  serial: string;
  notAfterMs: number;
}

export interface Pki {
  readonly dir: string;
  readonly caCertPem: string;
  /** sha256 of the CA certificate's DER, lower-case hex: what join tokens pin. */
  readonly caSha256: string;
  readonly serverCertPem: string;
  readonly serverKeyPem: string;
  /** Signs a client certificate (CN = nodeId, clientAuth) for an ECDSA P-256 public key (SPKI DER). */
  issueClientCert(nodeId: string, spkiDer: Buffer, nowMs: number): Promise<IssuedCert>;
}

export function caFingerprint(caCertPem: string): string {
  return createHash('sha256').update(new X509Certificate(caCertPem).raw).digest('hex');
}

function writeSecret(file: string, text: string): void {
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, text, { mode: 0o600 });
  chmodSync(tmp, 0o600);
  renameSync(tmp, file);
}

function serialHex(): string {
  // 16 random bytes, top bit cleared so the DER integer stays positive.
  const b = randomBytes(16);
  b[0] = (b[0] ?? 0) & 0x7f | 0x10;
  return b.toString('hex');
}

/**
 * Names the server certificate must carry: loopback, this host, and every configured host; a
 * wildcard listen address (0.0.0.0, ::) stands for every address of this machine's interfaces.
 */
export function serverNames(hosts: readonly string[]): string[] {
  const names = new Set(['localhost', '127.0.0.1', '::1', hostname().toLowerCase()]);
  for (const h of hosts) {
    if (h === '0.0.0.0' || h === '::') {
      for (const list of Object.values(networkInterfaces())) {
        for (const a of list ?? []) if (!a.address.includes('%')) names.add(a.address.toLowerCase());
      }
    } else if (h) names.add(h.toLowerCase());
  }
  return [...names];
}

function hasNames(cert: X509Certificate, names: readonly string[]): boolean {
  const san = cert.subjectAltName ?? '';
  const present = new Set(san.split(', ').map((e) => e.replace(/^(DNS|IP Address):/, '').toLowerCase()));
  return names.every((n) => present.has(n));
}

export async function ensurePki(dataDir: string, opts: { hosts: readonly string[]; now: () => number; logger: Logger }): Promise<Pki> {
  const log = opts.logger.child({ component: 'pki' });
  const dir = join(dataDir, 'pki');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const f = (n: string): string => join(dir, n);
  const nowMs = opts.now();
  try {
    if (!existsSync(f('ca.key')) || !existsSync(f('ca.crt'))) {
      const m = await x509();
      const keys = (await webcrypto.subtle.generateKey(EC, true, ['sign', 'verify'])) as webcrypto.CryptoKeyPair;
      const ca = await m.X509CertificateGenerator.createSelfSigned({
        serialNumber: serialHex(),
        name: `CN=edgefleet CA ${randomBytes(4).toString('hex')}`,
        notBefore: new Date(nowMs - 60_000),
        notAfter: new Date(nowMs + CA_DAYS * DAY_MS),
        keys,
        signingAlgorithm: EC,
        extensions: [
          new m.BasicConstraintsExtension(true, 0, true),
          new m.KeyUsagesExtension(m.KeyUsageFlags.keyCertSign | m.KeyUsageFlags.cRLSign, true),
          await m.SubjectKeyIdentifierExtension.create(keys.publicKey),
        ],
      });
      const pkcs8 = Buffer.from(await webcrypto.subtle.exportKey('pkcs8', keys.privateKey));
      writeSecret(f('ca.key'), createPrivateKey({ key: pkcs8, format: 'der', type: 'pkcs8' }).export({ format: 'pem', type: 'pkcs8' }).toString());
      writeFileSync(f('ca.crt'), ca.toString('pem') + '\n', { mode: 0o644 });
      log.info({ dir }, 'created the controller certificate authority');
    }
    const caCertPem = readFileSync(f('ca.crt'), 'utf8');
    const caKeyPem = readFileSync(f('ca.key'), 'utf8');
    const caCert = new X509Certificate(caCertPem);
    const names = serverNames(opts.hosts);

    let signingKey: webcrypto.CryptoKey | null = null;
    const caSigningKey = async (): Promise<webcrypto.CryptoKey> => {
      const der = createPrivateKey(caKeyPem).export({ format: 'der', type: 'pkcs8' });
      signingKey ??= await webcrypto.subtle.importKey('pkcs8', der, EC, false, ['sign']);
      return signingKey;
    };
    const issue = async (subject: string, publicKey: Buffer | webcrypto.CryptoKey, days: number, at: number, server: string[] | null): Promise<IssuedCert> => {
      const m = await x509();
      const serial = serialHex();
      const notAfterMs = at + days * DAY_MS;
      const cert = await m.X509CertificateGenerator.create({
        serialNumber: serial,
        subject,
        issuer: new m.X509Certificate(caCertPem).subject,
        notBefore: new Date(at - 60_000),
        notAfter: new Date(notAfterMs),
        publicKey,
        signingKey: await caSigningKey(),
        signingAlgorithm: EC,
        extensions: [
          new m.BasicConstraintsExtension(false, undefined, true),
          new m.KeyUsagesExtension(m.KeyUsageFlags.digitalSignature, true),
          new m.ExtendedKeyUsageExtension([server ? m.ExtendedKeyUsage.serverAuth : m.ExtendedKeyUsage.clientAuth]),
          ...(server ? [new m.SubjectAlternativeNameExtension(server.map((n) => ({ type: isIP(n) ? ('ip' as const) : ('dns' as const), value: n })))] : []),
          await m.AuthorityKeyIdentifierExtension.create(new m.X509Certificate(caCertPem).publicKey),
        ],
      });
      const pem = cert.toString('pem') + '\n';
      return { certPem: pem, serial: new X509Certificate(pem).serialNumber, notAfterMs };
    };

    const serverOk = (): boolean => {
      if (!existsSync(f('server.key')) || !existsSync(f('server.crt'))) return false;
      const c = new X509Certificate(readFileSync(f('server.crt')));
      return c.checkIssued(caCert) && Date.parse(c.validTo) - nowMs > RENEW_BEFORE_MS && hasNames(c, names);
    };
    if (!serverOk()) {
      const keys = (await webcrypto.subtle.generateKey(EC, true, ['sign', 'verify'])) as webcrypto.CryptoKeyPair;
      const issued = await issue('CN=edgefleet controller', keys.publicKey, SERVER_DAYS, nowMs, names);
      const pkcs8 = Buffer.from(await webcrypto.subtle.exportKey('pkcs8', keys.privateKey));
      writeSecret(f('server.key'), createPrivateKey({ key: pkcs8, format: 'der', type: 'pkcs8' }).export({ format: 'pem', type: 'pkcs8' }).toString());
      writeFileSync(f('server.crt'), issued.certPem, { mode: 0o644 });
      log.info({ names }, 'issued the controller server certificate');
    }
    return {
      dir,
      caCertPem,
      caSha256: caFingerprint(caCertPem),
      serverCertPem: readFileSync(f('server.crt'), 'utf8'),
      serverKeyPem: readFileSync(f('server.key'), 'utf8'),
      issueClientCert: (nodeId, spkiDer, at) => issue(`CN=${nodeId}`, spkiDer, CLIENT_CERT_DAYS, at, null),
    };
  } catch (cause) {
    if (cause instanceof ControllerError) throw cause;
    throw new ControllerError('EF_CTL_STORE_FAILED', `cannot set up the certificate authority in ${dir}: ${(cause as Error).message}`, { cause });
  }
}

/** Validates an enrolling node's public key: SPKI DER of an ECDSA P-256 key, nothing else. */
export function parseNodePublicKey(spkiDer: Buffer): KeyObject {
  const key = createPublicKey({ key: spkiDer, format: 'der', type: 'spki' });
  if (key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
    throw new Error('the public key must be ECDSA P-256');
  }
  return key;
}
