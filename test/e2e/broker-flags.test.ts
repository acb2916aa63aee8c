// The external-broker flags reach the controller through the real binary (a merge once dropped
// them from the CLI's config mapping while the options still parsed): --broker-auth-port serves the
// auth endpoint, --mosquitto-dir makes the controller write mosquitto's passwd at start.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startProc, type Proc } from '../helpers/process.js';

describe('controller external-broker flags (real process)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ef-bflags-'));
  let controller: Proc | null = null;

  afterAll(async () => {
    await controller?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('--broker-auth-port and --mosquitto-dir take effect', async () => {
    const mosqDir = join(dir, 'mosquitto');
    controller = startProc(['controller', '--data-dir', join(dir, 'c'), '--mqtt-port', '0', '--http-port', '0', '--broker-auth-port', '0', '--mosquitto-dir', mosqDir]);
    const listening = await controller.waitForLog((l) => l.msg === 'broker auth endpoint listening');
    expect(Number(listening.port)).toBeGreaterThan(0);
    await controller.waitForLog((l) => l.msg === 'controller ready');
    expect(existsSync(join(mosqDir, 'passwd'))).toBe(true);
    expect(readFileSync(join(mosqDir, 'passwd'), 'utf8')).toMatch(/^_edgefleet:\$7\$101\$/);
    const r = await fetch(`http://127.0.0.1:${String(listening.port)}/broker/v1/authn`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(r.status).toBe(401);
  });
});
