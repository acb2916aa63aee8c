// The production defaults off loopback, through the real binary: a controller bound to a
// non-loopback address, the host end of a veth pair this test creates (test/helpers/netns.ts;
// link-local, and the traffic never leaves the machine). The API is
// HTTPS with the controller's CA and refuses plain HTTP; MQTT over TLS demands a client
// certificate; plaintext MQTT answers on 127.0.0.1 only; an agent that joins with a token (CA
// pinned) over https connects with mqtts:// and receives its desired state.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectAsync } from 'mqtt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNetNs, type NetNs } from '../helpers/netns.js';
import { AGENT_LAUNCHER, runCli, startProc, type Proc } from '../helpers/process.js';

/** GET over HTTPS trusting only `ca`; status and body. */
function httpsGet(url: string, ca: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpsRequest(url, { ca, headers, timeout: 10_000 }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end();
  });
}

/** GET over plain HTTP: resolves with the status, rejects when the server will not speak HTTP. */
function httpGet(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { timeout: 10_000 }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end();
  });
}

/** Whether a TCP connection to host:port is accepted. */
function tcpOpen(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = connect({ host, port });
    s.once('connect', () => (s.destroy(), resolve(true)));
    s.once('error', () => resolve(false));
  });
}

describe('e2e: off loopback, TLS is the default (controller on a veth address this test creates)', () => {
  // Slot 3: the partition chaos test uses slot 0 and may run at the same time.
  let ns: NetNs | undefined;
  let ip = '';
  let dir: string;
  let controller: Proc;
  let agent: Proc | undefined;
  let ca = '';
  let httpPort = 0;
  let mqttPort = 0;
  let tlsPort = 0;
  const nodeId = `tls-${process.pid}`;

  beforeAll(async () => {
    ns = createNetNs(3);
    ip = ns.hostIp;
    dir = mkdtempSync(join(tmpdir(), 'ef-tls-'));
    controller = startProc(['controller', '--data-dir', join(dir, 'controller'), '--host', ip, '--mqtt-port', '0', '--http-port', '0', '--mqtt-tls-port', '0']);
    const ready = await controller.waitForLog((l) => l.msg === 'controller ready', 30_000);
    httpPort = Number(ready.httpPort);
    mqttPort = Number(ready.mqttPort);
    tlsPort = Number(ready.mqttTlsPort);
    ca = readFileSync(join(dir, 'controller', 'pki', 'ca.crt'), 'utf8');
  });

  afterAll(async () => {
    await agent?.stop();
    await controller?.stop();
    ns?.destroy();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('serves the API over HTTPS with a certificate from our CA naming the address, and refuses plain HTTP', async () => {
    expect(controller.lines.find((l) => l.msg === 'controller ready')?.httpTls).toBe(true);
    const ok = await httpsGet(`https://${ip}:${httpPort}/healthz`, ca);
    expect(ok.status).toBe(200);
    // Without our CA the certificate is not trusted.
    await expect(httpsGet(`https://${ip}:${httpPort}/healthz`, '-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n')).rejects.toThrow();
    await expect(httpGet(`http://${ip}:${httpPort}/healthz`)).rejects.toThrow();
  });

  it('binds plaintext MQTT on 127.0.0.1 only; MQTT over TLS is on the address and demands a client certificate', async () => {
    expect(await tcpOpen('127.0.0.1', mqttPort)).toBe(true);
    expect(await tcpOpen(ip, mqttPort)).toBe(false);
    expect(await tcpOpen(ip, tlsPort)).toBe(true);
    const noCert = await connectAsync(`mqtts://${ip}:${tlsPort}`, { ca, rejectUnauthorized: true, reconnectPeriod: 0, connectTimeout: 5_000, clientId: 'no-cert' }).then(
      async (c) => (await c.endAsync(), 'allowed'),
      () => 'refused',
    );
    expect(noCert).toBe('refused');
  });

  it('the shipped agent joins with a token over HTTPS (CA pinned), connects with mqtts:// and receives its desired state', async () => {
    const admin = readFileSync(join(dir, 'controller', 'admin.token'), 'utf8').trim();
    const api = `https://${ip}:${httpPort}`;
    // The operator's CLI trusts the controller's CA through NODE_EXTRA_CA_CERTS (docs/security.md).
    const tok = await runCli(['token', 'create', '--server', api, '--token', admin, '--uses', '1', '--ttl', '10m'], { NODE_EXTRA_CA_CERTS: join(dir, 'controller', 'pki', 'ca.crt') });
    expect(tok.stderr).toBe('');
    expect(tok.code).toBe(0);
    const token = tok.stdout.trim();
    const stateDir = join(dir, 'agent');
    const server = `mqtts://${ip}:${tlsPort}`;
    // The agent as shipped (the bundle loads node:https and node:tls only when first used).
    const join1 = await new Promise<{ code: number; stderr: string }>((resolve) => {
      execFile(AGENT_LAUNCHER, ['join', '--server', server, '--api', api, '--token', token, '--node-id', nodeId, '--state-dir', stateDir], (err, _out, stderr) => resolve({ code: err ? Number(err.code) : 0, stderr }));
    });
    expect(join1.stderr).toBe('');
    expect(join1.code).toBe(0);
    agent = startProc(['agent', '--server', server, '--node-id', nodeId, '--state-dir', stateDir], {}, { command: [AGENT_LAUNCHER] });
    const got = await agent.waitForLog((l) => l.msg === 'new desired state', 30_000);
    expect(Number(got.generation)).toBeGreaterThan(0);
    const nodes = await httpsGet(`${api}/api/v1/nodes`, ca, { authorization: `Bearer ${admin}` });
    expect(nodes.status).toBe(200);
    expect(nodes.body).toContain(nodeId);
  });

  it("the CLI trusts the controller's CA with --ca FILE or EDGEFLEET_CA; without it, it says so", async () => {
    const admin = readFileSync(join(dir, 'controller', 'admin.token'), 'utf8').trim();
    const caFile = join(dir, 'controller', 'pki', 'ca.crt');
    const args = ['get', 'nodes', '--server', `https://${ip}:${httpPort}`, '--token', admin];
    const noExtraCa = { NODE_EXTRA_CA_CERTS: '' };
    for (const r of [await runCli(['--ca', caFile, ...args], noExtraCa), await runCli([...args, '--ca', caFile], noExtraCa), await runCli(args, { ...noExtraCa, EDGEFLEET_CA: caFile })]) {
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(nodeId);
    }
    const bare = await runCli(args, noExtraCa);
    expect(bare.code).toBe(1);
    expect(bare.stderr).toMatch(/presented a certificate this machine does not trust \([A-Z_]+\); pass its CA with --ca FILE or EDGEFLEET_CA/);
    const wrong = await runCli(['--ca', join(dir, 'controller', 'admin.token'), ...args], noExtraCa);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/--ca .*admin\.token holds no PEM certificate/);
  });
});
