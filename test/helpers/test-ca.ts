// A small real certificate authority for TLS tests (@peculiar/x509 over node's WebCrypto, ECDSA
// P-256): a CA, a server certificate for 127.0.0.1, and client certificates whose CN is the
// identity (a node id, or the controller's user), written as PEM files into a directory.
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { webcrypto } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

type ProviderCrypto = Parameters<typeof x509.cryptoProvider.set>[0];
type KeyPair = Parameters<typeof x509.X509CertificateGenerator.createSelfSigned>[0]['keys'];

const ALG = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' };
const DAY = 86_400_000;

export interface PemPair {
  certFile: string;
  keyFile: string;
}

export interface TestCa {
  caFile: string;
  server: PemPair;
  /** A client certificate with CN = name, signed by this CA. */
  client(name: string): Promise<PemPair>;
}

async function keyPair(): Promise<KeyPair> {
  return (await webcrypto.subtle.generateKey(ALG, true, ['sign', 'verify'])) as unknown as KeyPair;
}

async function keyPem(keys: KeyPair): Promise<string> {
  const der = Buffer.from(await webcrypto.subtle.exportKey('pkcs8', keys.privateKey as unknown as webcrypto.CryptoKey));
  return `-----BEGIN PRIVATE KEY-----\n${der.toString('base64').replace(/(.{64})/g, '$1\n').replace(/\n$/, '')}\n-----END PRIVATE KEY-----\n`;
}

let serial = 1;
const nextSerial = (): string => `${Date.now().toString(16)}${(serial++).toString(16).padStart(4, '0')}`;

export async function createTestCa(dir: string): Promise<TestCa> {
  x509.cryptoProvider.set(webcrypto as unknown as ProviderCrypto);
  const now = Date.now();
  const caKeys = await keyPair();
  const ca = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: nextSerial(),
    name: 'CN=edgefleet test CA',
    notBefore: new Date(now - DAY),
    notAfter: new Date(now + DAY),
    keys: caKeys,
    signingAlgorithm: ALG,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
    ],
  });
  const caFile = join(dir, 'ca.crt');
  writeFileSync(caFile, ca.toString('pem'));

  const issue = async (name: string, server: boolean): Promise<PemPair> => {
    const keys = await keyPair();
    const cert = await x509.X509CertificateGenerator.create({
      serialNumber: nextSerial(),
      subject: `CN=${name}`,
      issuer: ca.subject,
      notBefore: new Date(now - DAY),
      notAfter: new Date(now + DAY),
      signingAlgorithm: ALG,
      publicKey: keys.publicKey,
      signingKey: caKeys.privateKey,
      extensions: [
        new x509.BasicConstraintsExtension(false, undefined, true),
        new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
        new x509.ExtendedKeyUsageExtension([server ? x509.ExtendedKeyUsage.serverAuth : x509.ExtendedKeyUsage.clientAuth]),
        ...(server ? [new x509.SubjectAlternativeNameExtension([{ type: 'ip', value: '127.0.0.1' }, { type: 'dns', value: 'localhost' }])] : []),
      ],
    });
    const base = join(dir, name.replace(/[^A-Za-z0-9._-]/g, '_'));
    const pair = { certFile: `${base}.crt`, keyFile: `${base}.key` };
    writeFileSync(pair.certFile, cert.toString('pem'));
    writeFileSync(pair.keyFile, await keyPem(keys), { mode: 0o600 });
    return pair;
  };

  return { caFile, server: await issue('server', true), client: (name) => issue(name, false) };
}
