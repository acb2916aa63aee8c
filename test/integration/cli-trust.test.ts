// The CLI's --ca / EDGEFLEET_CA transport (controller/cli/trust.ts) over real TLS: a plain
// node:https server with a certificate from a CA made for the test stands in for the controller
// here (the transport only: status, headers, a streamed body, an empty one, a refused chain).
// test/e2e/tls-default.test.ts runs the real CLI against a real controller serving HTTPS.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, ApiError } from '../../controller/cli/client.js';
import { resolveTarget } from '../../controller/cli/credentials.js';
import { cliFetch, describeRequestError, parseCaBundle } from '../../controller/cli/trust.js';
import { createTestCa, type TestCa } from '../helpers/test-ca.js';

describe('CLI trust: --ca over real TLS (a node:https server stands in for the controller)', () => {
  let dir: string;
  let ca: TestCa;
  let caPem: string;
  let server: Server;
  let base = '';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ef-cli-trust-'));
    ca = await createTestCa(dir);
    caPem = readFileSync(ca.caFile, 'utf8');
    server = createServer({ cert: readFileSync(ca.server.certFile), key: readFileSync(ca.server.keyFile) }, (req, res) => {
      if (req.url === '/api/v1/nodes') {
        res.writeHead(200, { 'content-type': 'application/json', 'x-seen-auth': req.headers.authorization ?? '' });
        res.end(JSON.stringify({ items: [{ name: 'n1' }] }));
      } else if (req.url === '/stream') {
        // Two chunks apart in time: the body must arrive as a stream, not at the end.
        res.writeHead(200, { 'content-type': 'application/x-ndjson' });
        res.write('{"n":1}\n');
        setTimeout(() => res.end('{"n":2}\n'), 200);
      } else if (req.url === '/empty') {
        res.writeHead(204).end();
      } else {
        res.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { code: 'EF_CTL_UNAUTHORIZED', message: 'missing or wrong bearer token' } }));
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `https://127.0.0.1:${(server.address() as { port: number }).port}`;
  });

  afterAll(async () => {
    await new Promise((r) => server?.close(r));
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('trusts the given CA: status, headers and JSON body come through', async () => {
    const res = await cliFetch(`${base}/api/v1/nodes`, { headers: { authorization: 'Bearer t' } }, caPem);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-seen-auth')).toBe('Bearer t');
    expect(await res.json()).toEqual({ items: [{ name: 'n1' }] });
    const empty = await cliFetch(`${base}/empty`, { method: 'DELETE' }, caPem);
    expect([empty.status, await empty.text()]).toEqual([204, '']);
  });

  it('streams a body as it arrives (logs -f)', async () => {
    const res = await cliFetch(`${base}/stream`, {}, caPem);
    const reader = res.body!.getReader();
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toBe('{"n":1}\n');
    let rest = '';
    for (let r = await reader.read(); !r.done; r = await reader.read()) rest += new TextDecoder().decode(r.value);
    expect(rest).toBe('{"n":2}\n');
  });

  it('without the CA, or with another CA, the call fails and the message says to pass --ca', async () => {
    const bare = await cliFetch(`${base}/api/v1/nodes`, {}, undefined).then(() => null, (e: unknown) => e);
    expect(describeRequestError(base, bare)).toMatch(/does not trust \([A-Z_]+\); pass its CA with --ca FILE or EDGEFLEET_CA/);
    const otherDir = join(dir, 'other');
    mkdirSync(otherDir);
    const other = readFileSync((await createTestCa(otherDir)).caFile, 'utf8');
    const wrong = await cliFetch(`${base}/api/v1/nodes`, {}, other).then(() => null, (e: unknown) => e);
    expect(describeRequestError(base, wrong)).toMatch(/does not trust \([A-Z_]+\); pass its CA with --ca FILE or EDGEFLEET_CA/);
  });

  it('the API client uses the target\'s CA, and says what a 401 means', async () => {
    const target = resolveTarget({ server: base, token: 'secret', ca: ca.caFile });
    expect(target.caSource).toBe(ca.caFile);
    expect(await api<{ items: { name: string }[] }>(target, 'GET', '/api/v1/nodes')).toEqual({ items: [{ name: 'n1' }] });
    await expect(api(target, 'GET', '/api/v1/other')).rejects.toMatchObject({ status: 401, message: expect.stringMatching(/the token from --token was refused/) });
    const untrusted = await api({ server: base, token: 'secret' }, 'GET', '/api/v1/nodes').then(() => null, (e: unknown) => e);
    expect(untrusted).toBeInstanceOf(ApiError);
    expect((untrusted as ApiError).message).toMatch(/--ca FILE or EDGEFLEET_CA/);
  });

  it('refuses a file that is not a CA bundle, with a message naming it', () => {
    expect(parseCaBundle(`junk\n${caPem}junk\n${caPem}`, 'x')).toBe(`${caPem.trim()}\n${caPem.trim()}\n`);
    expect(() => parseCaBundle('hello', '--ca /f')).toThrow(/^--ca \/f holds no PEM certificate/);
    expect(() => parseCaBundle('-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n', '--ca /f')).toThrow(/^--ca \/f: certificate 1 is not a valid X\.509 certificate/);
    expect(() => parseCaBundle(readFileSync(ca.server.certFile, 'utf8'), '--ca /f')).toThrow(/^--ca \/f: certificate 1 \(CN=server\) is not a CA certificate/);
    expect(() => parseCaBundle(`${caPem}${'#'.repeat(1024 * 1024)}`, '--ca /f')).toThrow(/larger than/);
    expect(() => resolveTarget({ ca: join(dir, 'missing.crt') })).toThrow(/^--ca .*missing\.crt: no such file/);
  });
});
