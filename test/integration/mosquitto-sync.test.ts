// The controller keeps a real Mosquitto's password file in step with enrollment
// (--mosquitto-dir, --mosquitto-pid-file): the configuration comes from `edgefleet broker config
// mosquitto`, the controller connects with the password that command created in its data dir, a
// node the controller records can log in once mosquitto reloaded, and a removed one cannot.
import { connectAsync } from 'mqtt';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startController, type RunningController } from '../../controller/app.js';
import { makeControllerConfig } from '../../controller/config.js';
import { startMosquitto, type Mosquitto } from '../helpers/mosquitto.js';
import { waitUntil } from '../helpers/wait.js';

/** The CONNACK's refusal code, or 0 when accepted. */
async function connectCode(url: string, id: string, password: string): Promise<number> {
  try {
    const c = await connectAsync(url, { clientId: id, username: id, password, reconnectPeriod: 0 });
    await c.endAsync(true);
    return 0;
  } catch (err) {
    return Number((err as { code?: unknown }).code ?? -1);
  }
}

describe('controller-maintained Mosquitto password file (real mosquitto, SIGHUP)', () => {
  let dir: string;
  let mosq: Mosquitto;
  let ctl: RunningController;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ef-msync-'));
    const dataDir = join(dir, 'controller');
    mosq = await startMosquitto({ cli: { dataDir, args: ['--no-persistence'] } });
    ctl = await startController(
      makeControllerConfig({ dataDir, httpPort: 0, brokerUrl: mosq.url, mosquittoDir: mosq.dir, mosquittoPidFile: mosq.pidFile }),
      { logger: pino({ level: 'silent' }) },
    );
  });

  afterAll(async () => {
    await ctl?.close();
    await mosq?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('the controller logs in with the password `broker config mosquitto` created, after rewriting passwd itself', () => {
    expect(ctl.broker.link()).toMatchObject({ connected: true });
  });

  it('a recorded node can log in after the reload; a removed one cannot', async () => {
    expect(await connectCode(mosq.url, 'sync-a', 'secret-a')).toBe(5);
    // What enrollment calls while the node's secret is at hand.
    ctl.mosquitto.nodeEnrolled('sync-a', 'secret-a');
    await waitUntil('sync-a accepted', async () => (await connectCode(mosq.url, 'sync-a', 'secret-a')) === 0);
    expect(await connectCode(mosq.url, 'sync-a', 'secret-b')).toBe(5);
    ctl.mosquitto.nodeRemoved('sync-a');
    await waitUntil('sync-a refused', async () => (await connectCode(mosq.url, 'sync-a', 'secret-a')) === 5);
    // The controller's own session survived both reloads.
    expect(ctl.broker.link()).toMatchObject({ connected: true, connects: 1 });
  });
});
