// Broker side by side (issue 9, item 5): the same simulated nodes (controller/sim/, real mqtt.js
// clients) against the controller's embedded aedes broker (controller/broker/embedded.ts, rate
// limit off, its ACL on) and against a real Mosquitto, each in its own process. What is compared:
// the time until every node is connected, and QoS 1 telemetry throughput (one sample per message)
// through the broker to one fleet-wide subscriber -- in process for aedes, as the controller
// subscribes; a separate mqtt.js process (QoS 0 subscription) for Mosquitto, as a controller
// would be its client. The controller itself is not in this comparison: fleet-mosquitto.ts runs
// the fleet scenarios with the controller as a client of Mosquitto (`--broker mqtt://...`).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { nodeIdOf, SimFleet } from '../../controller/sim/fleet.js';
import { freePort } from '../helpers/ports.js';
import { ROOT, startNode, type Proc } from './procs.js';
import { sleep } from './stats.js';
import type { Bench, BenchContext, Row } from './types.js';

const FILTER = 'edgefleet/v1/nodes/+/telemetry';
const NODE_PREFIX = `m${process.pid}`;

interface Broker {
  name: string;
  port: number;
  /** Telemetry messages the fleet-wide subscriber has received so far. */
  received(): number;
  stop(): Promise<void>;
}

function lastCount(p: Proc): number {
  for (let i = p.lines.length - 1; i >= 0; i--) if (p.lines[i]?.msg === 'count') return Number(p.lines[i]?.n);
  return 0;
}

/**
 * Every simulated node's login (the broker refuses anonymous clients): the aedes process enrolls
 * them in the controller's identity store on a temporary SQLite file; Mosquitto (anonymous allowed
 * in its configuration) ignores them.
 */
function writeCredentials(dir: string, ids: readonly string[]): string {
  const file = join(dir, 'credentials.json');
  const nodes = Object.fromEntries(ids.map((id) => [id, { username: id, password: randomBytes(24).toString('base64url') }]));
  writeFileSync(file, JSON.stringify({ nodes }), { mode: 0o600 });
  return file;
}

async function startAedes(dir: string, credentialsFile: string): Promise<Broker> {
  const port = await freePort();
  const mod = (p: string): string => JSON.stringify(pathToFileURL(join(ROOT, p)).href);
  const body = `import { pino } from 'pino'; import { readFileSync } from 'node:fs';
import { startEmbeddedBroker } from ${mod('dist/controller/broker/embedded.js')};
import { openSqliteStore } from ${mod('dist/controller/store/sqlite.js')};
import { IdentityStore, sha256Hex } from ${mod('dist/controller/identity/identity-store.js')};
import { NodeAuthenticator } from ${mod('dist/controller/identity/authenticator.js')};
const ids = new IdentityStore(openSqliteStore(${JSON.stringify(join(dir, 'identity'))}, Date.now()).database);
const creds = JSON.parse(readFileSync(${JSON.stringify(credentialsFile)}, 'utf8')).nodes;
const tok = ids.createToken({ ttlMs: null, maxUses: null, labels: {} }, Date.now()).info.id;
for (const [id, c] of Object.entries(creds)) ids.enroll(tok, { nodeId: id, secretSha256: sha256Hex(c.password), certSerial: null, certNotAfterMs: null }, Date.now());
const b = await startEmbeddedBroker({ host: '127.0.0.1', port: ${port}, prefix: 'edgefleet/v1', logger: pino({ level: 'silent' }), maxConnectsPerSecond: 0, authenticator: new NodeAuthenticator((id) => ids.credentials(id)) });
let n = 0; await b.subscribe(${JSON.stringify(FILTER)}, () => { n++; });
console.log(JSON.stringify({ msg: 'ready' })); setInterval(() => console.log(JSON.stringify({ msg: 'count', n })), 200);`;
  const p = startNode(['--input-type=module', '-e', body]);
  await p.waitForLog((l) => l.msg === 'ready');
  return { name: 'aedes (embedded)', port, received: () => lastCount(p), stop: () => p.stop() };
}

async function startMosquitto(dir: string): Promise<Broker> {
  const port = await freePort();
  const conf = join(dir, 'mosquitto.conf');
  writeFileSync(conf, `listener ${port} 127.0.0.1\nallow_anonymous true\npersistence false\nset_tcp_nodelay true\nmax_queued_messages 100000\nlog_dest stderr\nlog_type error\n`);
  const child = spawn('mosquitto', ['-c', conf], { stdio: ['ignore', 'ignore', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  child.once('error', (e) => (err += String(e)));
  const body = `import mqtt from 'mqtt'; let n = 0;
const c = mqtt.connect('mqtt://127.0.0.1:${port}', { clientId: 'bench-subscriber', reconnectPeriod: 200 });
c.on('connect', () => c.subscribe(${JSON.stringify(FILTER)}, { qos: 0 }, () => console.log(JSON.stringify({ msg: 'ready' }))));
c.on('message', () => { n++; }); setInterval(() => console.log(JSON.stringify({ msg: 'count', n })), 200);`;
  const sub = startNode(['--input-type=module', '-e', body]);
  try {
    await sub.waitForLog((l) => l.msg === 'ready', 15_000);
  } catch (cause) {
    await sub.stop();
    child.kill('SIGKILL');
    throw new Error(`mosquitto did not come up (is Debian's mosquitto installed?): ${err.slice(0, 300)}`, { cause });
  }
  return {
    name: 'mosquitto',
    port,
    received: () => lastCount(sub),
    stop: async () => {
      await sub.stop();
      child.kill('SIGTERM');
      await exited;
    },
  };
}

async function measure(ctx: BenchContext, broker: Broker, nodes: number, workers: number, offered: number, credentialsFile: string): Promise<{ connectMs: number; acked: number; delivered: number }> {
  const t0 = Date.now();
  const fleet = await SimFleet.start({ url: `mqtt://127.0.0.1:${broker.port}`, credentialsFile, prefix: 'edgefleet/v1', nodes, workers, nodePrefix: NODE_PREFIX, labels: {}, openPerSecond: 0 });
  try {
    for (;;) {
      const s = await fleet.snapshot();
      if (s.connected >= nodes) break;
      if (Date.now() - t0 > 180_000) throw new Error(`${broker.name}: only ${s.connected}/${nodes} connected after 180 s`);
      await sleep(100);
    }
    const connectMs = Date.now() - t0;
    fleet.telemetry({ mode: 'rate', batchesPerS: offered, samples: 1 });
    await sleep(2_000);
    const [a0, r0, t1] = [await fleet.snapshot(), broker.received(), Date.now()];
    await sleep(ctx.quick ? 3_000 : 6_000);
    const [a1, r1, t2] = [await fleet.snapshot(), broker.received(), Date.now()];
    fleet.telemetry({ mode: 'off' });
    const s = (t2 - t1) / 1000;
    const out = { connectMs, acked: (a1.telemetry.ackedSamples - a0.telemetry.ackedSamples) / s, delivered: (r1 - r0) / s };
    ctx.log(`fleet-broker: ${broker.name}: ${nodes} connected in ${connectMs} ms; offered ${offered} msg/s, acked ${Math.round(out.acked)}/s, delivered ${Math.round(out.delivered)}/s`);
    return out;
  } finally {
    await fleet.stop();
  }
}

async function run(ctx: BenchContext): Promise<Row[]> {
  const nodes = ctx.quick ? 1_000 : 10_000;
  const workers = ctx.quick ? 2 : 4;
  const offered = 30_000;
  const dir = mkdtempSync(join(tmpdir(), 'ef-fleet-broker-'));
  const results: Record<string, { connectMs: number; acked: number; delivered: number }> = {};
  try {
    const credentialsFile = writeCredentials(dir, Array.from({ length: nodes }, (_, i) => nodeIdOf(NODE_PREFIX, i + 1)));
    for (const start of [() => startAedes(dir, credentialsFile), () => startMosquitto(dir)]) {
      const b = await start();
      try {
        results[b.name] = await measure(ctx, b, nodes, workers, offered, credentialsFile);
      } finally {
        await b.stop();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const a = results['aedes (embedded)']!;
  const m = results.mosquitto!;
  const g = 'fleet-broker';
  const r1 = (v: number): number => Math.round(v);
  return [
    { group: g, metric: `aedes: ${nodes} simulated nodes connected`, value: a.connectMs, unit: 'ms', note: 'from simulator start, no connect-rate limit' },
    { group: g, metric: `mosquitto: ${nodes} simulated nodes connected`, value: m.connectMs, unit: 'ms', reference: { what: 'aedes (same run)', value: a.connectMs } },
    { group: g, metric: 'aedes: QoS 1 telemetry acked', value: r1(a.acked), unit: 'msg/s', note: `offered ${offered} msg/s, 1 sample per message, one in flight per node` },
    { group: g, metric: 'mosquitto: QoS 1 telemetry acked', value: r1(m.acked), unit: 'msg/s', reference: { what: 'aedes (same run)', value: r1(a.acked) } },
    { group: g, metric: 'aedes: delivered to the fleet subscriber', value: r1(a.delivered), unit: 'msg/s', note: 'in-process subscription, as the controller has' },
    { group: g, metric: 'mosquitto: delivered to the fleet subscriber', value: r1(m.delivered), unit: 'msg/s', reference: { what: 'aedes (same run)', value: r1(a.delivered) }, note: 'mqtt.js subscriber process, QoS 0' },
  ];
}

// Full run only: it compares the brokers at 10,000 nodes; --quick has to finish in under 2 minutes.
export const fleetBrokerBench: Bench = { name: 'fleet-broker', fullOnly: true, run };
