// The admin token on a real controller: created 0600 on first start and kept across restarts,
// required by every route but /healthz (401 JSON errors with a code), compared exactly.
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startController, type RunningController } from '../../controller/app.js';
import { makeControllerConfig } from '../../controller/config.js';
import { captureLogs } from '../helpers/logs.js';

describe('API auth (real controller)', () => {
  let dir: string;
  let ctl: RunningController;
  const cfg = () => makeControllerConfig({ dataDir: dir, mqttPort: 0, httpPort: 0 });
  const url = (path: string): string => `http://127.0.0.1:${ctl.httpPort}${path}`;
  const tokenFile = (): string => join(dir, 'admin.token');

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ef-auth-'));
    ctl = await startController(cfg(), { logger: pino({ level: 'silent' }) });
  });

  afterAll(async () => {
    await ctl?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('creates the token on first start, readable by its owner only', () => {
    expect(ctl.adminTokenFile).toBe(tokenFile());
    expect(statSync(tokenFile()).mode & 0o777).toBe(0o600);
    expect(readFileSync(tokenFile(), 'utf8').trim()).toBe(ctl.adminToken);
    expect(ctl.adminToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('refuses a request without a token, or with a wrong one, with a coded JSON 401', async () => {
    const none = await fetch(url('/api/v1/nodes'));
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer realm="edgefleet"');
    expect(await none.json()).toEqual({ error: { code: 'EF_CTL_UNAUTHORIZED', message: expect.stringContaining('missing bearer token') } });
    for (const header of ['Bearer not-the-token', `Bearer ${ctl.adminToken}x`, `Basic ${ctl.adminToken}`, ctl.adminToken]) {
      const res = await fetch(url('/api/v1/nodes'), { headers: { authorization: header } });
      expect(res.status, header).toBe(401);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('EF_CTL_UNAUTHORIZED');
    }
  });

  it('guards every route but /healthz, including unknown and disguised paths and writes', async () => {
    for (const path of ['/api/v1/events', '/api/v1/top/nodes', '/api/v1/nodes/x', '/api/v1/nodes/x/telemetry', '/api/v1/nope', '/%61pi/v1/nodes', '/']) {
      expect((await fetch(url(path))).status, path).toBe(401);
    }
    expect((await fetch(url('/api/v1/apply'), { method: 'POST', body: 'x' })).status).toBe(401);
    expect((await fetch(url('/api/v1/workloads/x'), { method: 'DELETE' })).status).toBe(401);
    expect((await fetch(url('/healthz'))).status).toBe(200);
  });

  it('accepts the token, case-insensitive scheme', async () => {
    for (const scheme of ['Bearer', 'bearer']) {
      const res = await fetch(url('/api/v1/nodes'), { headers: { authorization: `${scheme} ${ctl.adminToken}` } });
      expect(res.status).toBe(200);
    }
  });

  it('keeps the token across restarts and tightens a file others could read', async () => {
    const token = ctl.adminToken;
    await ctl.close();
    chmodSync(tokenFile(), 0o644);
    const logs = captureLogs('info');
    ctl = await startController(cfg(), { logger: logs.logger });
    expect(ctl.adminToken).toBe(token);
    expect(statSync(tokenFile()).mode & 0o777).toBe(0o600);
    await logs.waitFor((l) => l.msg === 'the admin token was readable by others; made it 0600');
    expect(logs.lines.some((l) => JSON.stringify(l).includes(token))).toBe(false); // never logged
  });

  it('refuses to start with a malformed token file', async () => {
    await ctl.close();
    writeFileSync(tokenFile(), 'short\n', { mode: 0o600 });
    await expect(startController(cfg(), { logger: pino({ level: 'silent' }) })).rejects.toThrow(/admin token in .* is malformed/);
    rmSync(tokenFile());
    ctl = await startController(cfg(), { logger: pino({ level: 'silent' }) });
    expect(ctl.adminToken).not.toBe('short');
  });
});
