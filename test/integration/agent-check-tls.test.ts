// `edgefleet agent check` against TLS endpoints (an https API and an mqtts broker on 127.0.0.1
// with a self-signed certificate): verified with the CA the node pinned at enrollment
// (<state-dir>/identity/ca.crt), refused without it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer as createTlsServer, type Server as TlsServer } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runChecks } from '../../agent/check/run.js';
import { selfSignedServer } from '../helpers/certs.js';

const listen = async (s: HttpsServer | TlsServer): Promise<number> => {
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  return (s.address() as { port: number }).port;
};

describe('agent check over TLS', () => {
  let dir: string;
  let https: HttpsServer;
  let mqtts: TlsServer;
  let api = '';
  let server = '';
  let connects = 0;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ef-check-tls-'));
    const { certPem, keyPem } = await selfSignedServer('edgefleet-test-controller');
    https = createHttpsServer({ cert: certPem, key: keyPem }, (_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}'));
    // A broker that answers every CONNECT with CONNACK "not authorized", as a real one does to an anonymous client.
    mqtts = createTlsServer({ cert: certPem, key: keyPem }, (sock) => {
      sock.once('data', (d: Buffer) => {
        if (d[0] === 0x10) connects++;
        sock.end(Buffer.from([0x20, 0x02, 0x00, 0x05]));
      });
    });
    api = `https://127.0.0.1:${await listen(https)}`;
    server = `mqtts://127.0.0.1:${await listen(mqtts)}`;
    mkdirSync(join(dir, 'enrolled', 'identity'), { recursive: true });
    writeFileSync(join(dir, 'enrolled', 'identity', 'ca.crt'), certPem);
    mkdirSync(join(dir, 'fresh'), { recursive: true });
  });

  afterAll(async () => {
    await new Promise((r) => https?.close(r));
    await new Promise((r) => mqtts?.close(r));
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const check = (stateDir: string) =>
    runChecks({
      agentVersion: 't',
      input: { server, nodeId: 'tls-1', stateDir },
      api,
      configFile: undefined,
      configProblems: [],
      configMode: undefined,
      tokenInFile: false,
      timeoutMs: 5000,
    });

  it('verifies the API and the broker with the pinned CA', async () => {
    const r = await check(join(dir, 'enrolled'));
    const byId = Object.fromEntries(r.checks.map((c) => [c.id, c]));
    expect(byId['controller-api']).toMatchObject({ status: 'ok' });
    expect(byId['controller-mqtt']).toMatchObject({ status: 'ok', details: { tls: true, verified: true, returnCode: 5 } });
    expect(byId['controller-mqtt']?.message).not.toMatch(/not verified/);
    expect(byId.certificates).toMatchObject({ status: 'ok', message: expect.stringMatching(/ca\.crt/) });
    expect(connects).toBeGreaterThan(0);
  });

  it('without a pinned CA: the API check fails on the unknown certificate, the broker probe says it did not verify', async () => {
    const r = await check(join(dir, 'fresh'));
    const byId = Object.fromEntries(r.checks.map((c) => [c.id, c]));
    expect(byId['controller-api']).toMatchObject({ status: 'error', message: expect.stringMatching(/self[- ]signed/i) });
    expect(byId['controller-mqtt']).toMatchObject({ status: 'ok', details: { tls: true, verified: false } });
    expect(byId['controller-mqtt']?.message).toMatch(/certificate not verified by this check/);
  });
});
