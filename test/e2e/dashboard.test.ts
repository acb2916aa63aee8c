// The dashboard in a real browser (Debian's Chromium via playwright-core) against a real
// controller (embedded aedes, SQLite file, fastify) fed by real MQTT clients acting as nodes.
// Assertions are on what a person sees: the sign-in, the counts, a node's row, a chart drawn,
// a filter, the workloads with an unplaced reason, and an event and a new node arriving live
// without a reload. Screenshots: test-artifacts/dashboard-*.png.
import { connectAsync, type MqttClient } from 'mqtt';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startController, type RunningController } from '../../controller/app.js';
import { makeControllerConfig } from '../../controller/config.js';
import { encode } from '../../proto/codec.js';
import { nodeTopic } from '../../proto/topics.js';
import type { EdgeEvent, Hello, NodeState, TelemetrySample } from '../../proto/types.js';
import { artifactPath, launchChromium, type Browser } from '../helpers/browser.js';
import { requireBuild } from '../helpers/process.js';
import { mqttLogin } from '../helpers/identity.js';
import { testNodeHello, testNodeState } from '../fixtures/wire-messages.js';

const P = 'edgefleet/v1';
const GiB = 2 ** 30;

const hello = (nodeId: string, labels: Record<string, string>): Hello =>
  testNodeHello(nodeId, { labels, arch: 'arm64', capacity: { cpuMillis: 4000, memoryBytes: 4 * GiB, diskBytes: 32 * GiB } });
const state = (nodeId: string, online: boolean): NodeState => testNodeState(nodeId, { online });
const sample = (seq: number, tsMs: number, cpu: number, temp: number): TelemetrySample => ({
  seq,
  tsMs,
  cpuPercent: cpu,
  load1: 0.5,
  memoryUsedBytes: GiB,
  memoryTotalBytes: 4 * GiB,
  swapUsedBytes: 0,
  swapTotalBytes: 0,
  disks: [{ mount: '/', usedBytes: 5 * GiB, sizeBytes: 32 * GiB }],
  netRxBytesPerS: 100,
  netTxBytesPerS: 50,
  temperatureC: temp,
  uptimeS: 1000 + seq,
  workloads: [],
});
const event = (seq: number, type: string, message: string): EdgeEvent => ({
  seq,
  tsMs: Date.now(),
  type,
  severity: 'error',
  workload: 'web',
  reason: type,
  message,
  attributes: {},
});

describe('dashboard in Chromium (real controller, real MQTT clients)', () => {
  let dir: string;
  let ctl: RunningController;
  let browser: Browser;
  let page: Page;
  const clients = new Map<string, MqttClient>();
  const base = (): string => `http://127.0.0.1:${ctl.httpPort}`;

  const node = async (id: string, labels: Record<string, string>): Promise<MqttClient> => {
    const c = await connectAsync(`mqtt://127.0.0.1:${ctl.mqttPort}`, { ...(await mqttLogin(ctl, id)), reconnectPeriod: 0 });
    clients.set(id, c);
    await c.publishAsync(nodeTopic(P, id, 'hello'), Buffer.from(encode('hello', hello(id, labels))), { qos: 1 });
    await c.publishAsync(nodeTopic(P, id, 'state'), Buffer.from(encode('state', state(id, true))), { qos: 1, retain: true });
    return c;
  };
  const telemetry = async (id: string, samples: TelemetrySample[], outboxBacklog = 0): Promise<void> => {
    await clients.get(id)?.publishAsync(nodeTopic(P, id, 'telemetry'), Buffer.from(encode('telemetry', { nodeId: id, bootId: 'boot-1', dropped: 0, samples, outboxBacklog })), { qos: 1 });
  };
  const pageErrors: string[] = [];
  // What the page shows arrives over the network on a loaded machine: wait for it, not a fixed time.
  const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 20_000, interval: 100 });
  const rowOf = (name: string) => page.locator(`#nodes tbody tr[data-node="${name}"]`);
  const count = (key: string) => page.locator(`#overview [data-count="${key}"]`);

  beforeAll(async () => {
    requireBuild(); // the page is served from dist/web
    dir = mkdtempSync(join(tmpdir(), 'ef-dash-'));
    ctl = await startController(makeControllerConfig({ dataDir: dir, mqttPort: 0, httpPort: 0, scheduleDebounceMs: 10 }), {
      logger: pino({ level: 'silent' }),
      fleetState: { flushIntervalMs: 20 },
      dashboard: { tickMs: 250 },
    });
    const now = Date.now();
    await node('dash-a', { zone: 'a', site: 'north' });
    await node('dash-b', { zone: 'b', site: 'south' });
    await node('dash-c', { zone: 'b', site: 'south' });
    // An hour of dash-a at one sample a minute, rising CPU: what the chart draws.
    await telemetry('dash-a', Array.from({ length: 60 }, (_, i) => sample(i + 1, now - (60 - i) * 60_000, 20 + i / 2, 45 + i / 10)), 12);
    await telemetry('dash-b', [sample(1, now - 5000, 5, 38)]);
    // dash-c says goodbye: offline, as an agent does when it stops.
    await clients.get('dash-c')?.publishAsync(nodeTopic(P, 'dash-c', 'state'), Buffer.from(encode('state', state('dash-c', false))), { qos: 1, retain: true });
    const apply = await fetch(`${base()}/api/v1/apply`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ctl.adminToken}`, 'content-type': 'application/yaml' },
      body: [
        'apiVersion: edgefleet.io/v1\nkind: Workload\nmetadata: {name: web}\nspec:\n  container: {image: edgefleet/busybox:local}\n  placement: {mode: perNode, nodeSelector: {zone: a}}\n',
        'apiVersion: edgefleet.io/v1\nkind: Workload\nmetadata: {name: gpu-infer}\nspec:\n  container: {image: edgefleet/busybox:local}\n  placement: {mode: replicated, replicas: 2, nodeSelector: {gpu: "true"}}\n',
      ].join('---\n'),
    });
    expect(apply.status).toBe(200);
    browser = await launchChromium();
    page = await browser.context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
  }, 60_000);

  afterAll(async () => {
    expect(pageErrors).toEqual([]); // no script error in the page along the way
    await browser?.close();
    await Promise.all([...clients.values()].map((c) => c.endAsync(true)));
    await ctl?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('asks for a token, refuses a wrong one, and keeps the right one out of the URL', async () => {
    await page.goto(`${base()}/ui`);
    await page.locator('#login-form').waitFor();
    expect(await page.isVisible('#app')).toBe(false); // nothing of the fleet before signing in
    await page.screenshot({ path: artifactPath('dashboard-login.png') });
    await page.fill('#token', 'x'.repeat(43));
    await page.click('#login-form button[type=submit]');
    await poll(() => page.textContent('#login-error')).toBe('That token was refused.');

    await page.fill('#token', ctl.adminToken);
    await page.click('#login-form button[type=submit]');
    await page.locator('#app').waitFor();
    expect(await page.isVisible('#login')).toBe(false);
    expect(page.url()).toBe(`${base()}/ui`);
    // Browser-side expressions as strings: this file is type-checked for Node, without the DOM.
    expect(await page.evaluate("sessionStorage.getItem('edgefleet.token')")).toBe(ctl.adminToken);
    expect(await page.evaluate('localStorage.length')).toBe(0);
  });

  it('shows the counts by status and each node with labels, generations and usage', async () => {
    await poll(() => count('total').textContent()).toBe('3');
    expect(await count('Online').textContent()).toBe('2');
    expect(await count('Offline').textContent()).toBe('1');
    expect(await count('workloads').textContent()).toBe('2');
    expect(await count('unplaced').textContent()).toBe('1');

    const a = rowOf('dash-a');
    await poll(() => a.locator('td').allTextContents()).toEqual([
      'dash-a',
      'Online',
      'site=north, zone=a',
      expect.stringMatching(/^\d+s ago$/),
      expect.stringMatching(/^0 \/ \d+ \(pending\)$/),
      '49.5',
      '25.0',
      '50.9',
      '12',
    ]);
    expect(await rowOf('dash-c').locator('td').nth(1).textContent()).toBe('Offline');
    expect(await page.locator('#page-info').textContent()).toBe('1–3 of 3 nodes · page 1 of 1');
  });

  it('lists workloads with their placements, rollout progress, and why a replica has no node', async () => {
    const web = page.locator('#workloads tr[data-workload="web"] td');
    await poll(() => web.allTextContents()).toEqual([
      'web (rev 1)',
      'edgefleet/busybox:local',
      'perNode, 1 placed',
      '0/1',
      'dash-a',
      // Rollout progress: dash-a has the revision to apply and has not reported it running yet.
      'rev 1 progressing, 0/1 done, 1 updating',
      '',
    ]);
    const gpu = page.locator('#workloads tr[data-workload="gpu-infer"] td');
    await poll(async () => (await gpu.allTextContents())[6]).toBe('0/2 replicas placed; 3 nodes: 3 did not match nodeSelector');
  });

  it('draws a node\'s telemetry over time when its row is clicked', async () => {
    await rowOf('dash-a').click();
    await poll(() => page.textContent('#detail-title')).toBe('dash-a: last hour');
    const charts = page.locator('#charts figure canvas');
    await poll(() => charts.count()).toBe(3);
    // Pixels of the CPU series' colour on the CPU chart's canvas: the line was really drawn.
    const drawn = await page.evaluate(`(() => {
      const canvas = document.querySelector('#charts figure[data-series="cpuPercent"] canvas');
      const ctx = canvas && canvas.getContext('2d');
      if (!ctx) return -1;
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      let n = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i] === 0x17 && data[i + 1] === 0x5c && data[i + 2] === 0xd3) n++;
      return n;
    })()`);
    expect(drawn).toBeGreaterThan(50);
    await page.screenshot({ path: artifactPath('dashboard-node-charts.png'), fullPage: true });
  });

  it('filters nodes on the server by label', async () => {
    await page.fill('#filter', 'zone=b');
    await poll(() => page.locator('#nodes tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-node')))).toEqual(['dash-b', 'dash-c']);
    expect(await page.locator('#page-info').textContent()).toBe('1–2 of 2 nodes · page 1 of 1');
    await page.fill('#filter', '');
    await poll(() => page.locator('#nodes tbody tr').count()).toBe(3);
  });

  it('updates live, without a reload: an event, fresh telemetry in the same row, a new node', async () => {
    const rowBefore = await rowOf('dash-a').elementHandle();
    await clients.get('dash-a')?.publishAsync(nodeTopic(P, 'dash-a', 'events'), Buffer.from(encode('events', { nodeId: 'dash-a', bootId: 'boot-1', dropped: 0, events: [event(1, 'Crashed', 'exited 137: live-marker-4711')] })), { qos: 1 });
    await page.locator('#events li', { hasText: 'live-marker-4711' }).waitFor();
    expect(await page.locator('#events li').first().textContent()).toMatch(/dash-a\/web Crashed: exited 137: live-marker-4711$/);

    await telemetry('dash-a', [sample(61, Date.now(), 77, 61.5)]);
    await poll(() => rowOf('dash-a').locator('td').nth(5).textContent()).toBe('77.0');
    // The same row element, updated in place: no re-render of the table.
    expect(await rowBefore?.evaluate((tr) => tr.isConnected && tr.querySelector('td:nth-child(6)')?.textContent)).toBe('77.0');

    await node('dash-d', { zone: 'c' });
    await poll(() => count('Online').textContent()).toBe('3');
    await poll(() => rowOf('dash-d').count()).toBe(1);
    await page.screenshot({ path: artifactPath('dashboard-overview.png'), fullPage: true });
  });

  it('serves data only with the token: the page is public, the API and the stream are not', async () => {
    const shell = await fetch(`${base()}/ui`);
    expect(shell.status).toBe(200);
    expect(shell.headers.get('content-security-policy')).toContain("script-src 'self'");
    const reader = await fetch(`${base()}/api/v1/dashboard/nodes?filter=dash-a`, { headers: { authorization: `Bearer ${ctl.readToken}` } });
    expect(reader.status).toBe(200); // the read-only token is enough: the dashboard only reads
    expect(((await reader.json()) as { total: number }).total).toBe(1);
    for (const path of ['/api/v1/dashboard/nodes', '/api/v1/dashboard/overview', '/api/v1/dashboard/workloads', '/api/v1/dashboard/stream']) {
      expect((await fetch(`${base()}${path}`)).status, path).toBe(401);
    }
  });
});
