// Fleet benchmarks (issue 9): a real controller process (dist/bin/edgefleet.js, its CPU and RSS
// read from /proc) and `edgefleet sim`'s simulated nodes (controller/sim/: real mqtt.js clients,
// real protocol, fake in-memory runtime) in worker processes. fleet-1k runs in --quick; fleet-10k
// only in the full run. Scenarios: connect storm after a controller restart (vs the configured
// connect rate: nodes / rate is the floor), a fleet-wide apply (per node, API call to the
// controller seeing the new generation applied), steady telemetry at 10 s (controller CPU and
// RSS vs the same fleet without telemetry), and the highest sustained telemetry ingest with
// SQLite history on. EF_BENCH_CPU_PROF=<dir> runs the controller under --cpu-prof;
// EF_BENCH_FLEET_SCENARIOS=connect,apply,steady,ingest picks scenarios (profiling one at a time);
// EF_SIM_HOLD=0 gives the nodes the old backoff (every refused TCP try doubles the window).
// The same scenarios run against a real Mosquitto (broker 'mosquitto': fleet-mosquitto.ts).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { httpController } from '../../controller/sim/controller-view.js';
import { enrollSimNodes, type EnrolledFleet } from '../../controller/sim/enroll.js';
import { nodeIdOf, SIM_RECONNECT, SimFleet } from '../../controller/sim/fleet.js';
import { allOnline, applyScenario, connectScenario, ingestScenario, POLL_MS, settled, steadyScenario, type Metric, type ScenarioContext } from '../../controller/sim/scenarios.js';
import { startMosquitto } from '../helpers/mosquitto.js';
import { freePort } from '../helpers/ports.js';
import { waitUntil } from '../helpers/wait.js';
import { BIN, cpuMs, rssBytes, runBin, sampleFootprints, startNode, type Footprint, type Proc } from './procs.js';
import { median } from './stats.js';
import { PartialResults, type Bench, type BenchContext, type Row } from './types.js';

interface Ctl {
  proc: Proc;
  spawnedAtMs: number;
  readyAtMs: number;
  server: string;
  token: string;
}

async function startController(dataDir: string, httpPort: number, brokerArgs: readonly string[]): Promise<Ctl> {
  const prof = process.env.EF_BENCH_CPU_PROF;
  const spawnedAtMs = Date.now();
  const proc = startNode([
    ...(prof ? ['--cpu-prof', '--cpu-prof-dir', prof] : []),
    BIN,
    'controller',
    '--data-dir', dataDir,
    '--host', '127.0.0.1',
    '--http-port', String(httpPort),
    ...brokerArgs,
  ]);
  const ready = await proc.waitForLog((l) => l.msg === 'controller ready', 120_000);
  const token = readFileSync(String(ready.adminTokenFile), 'utf8').trim();
  return { proc, spawnedAtMs, readyAtMs: Date.now(), server: `http://127.0.0.1:${httpPort}`, token };
}

/** EF_BENCH_CTL_LOG=<dir>: each controller's log lines (JSON) are written there when it stops. */
function keepLog(c: Ctl, what: string): void {
  const dir = process.env.EF_BENCH_CTL_LOG;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `controller-${c.proc.pid}-${what}.log`), c.proc.lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
}

export interface FleetSize {
  name: string;
  nodes: number;
  workers: number;
  /** The targets apply to the 10,000-node fleet. */
  targets: boolean;
}

const RATE = 500; // the controller's default --max-connects-per-second

/** aedes: the controller's embedded broker; mosquitto: a real Mosquitto the controller is a client of. */
export type FleetBrokerKind = 'aedes' | 'mosquitto';

/** Where the simulated nodes connect, and the controller's flags for that broker. */
interface BrokerSide {
  url: string;
  args: string[];
  /** A broker process apart from the controller (mosquitto), for its CPU and RSS. */
  pid: number | null;
  /** After enrollment: resolves once the broker lets every one of the n enrolled nodes log in. */
  enrolled(ctl: Ctl, n: number): Promise<void>;
  stop(): Promise<void>;
}

async function embeddedSide(): Promise<BrokerSide> {
  const port = await freePort();
  const args = ['--mqtt-port', String(port), '--max-connects-per-second', String(RATE)];
  return { url: `mqtt://127.0.0.1:${port}`, args, pid: null, enrolled: () => Promise.resolve(), stop: () => Promise.resolve() };
}

/**
 * The simulated nodes stay quiet between scenarios (no telemetry), which an agent never does (it
 * sends every 10 s): with an external broker the controller would mark them Offline after its
 * default 60 s silence timeout, so the benchmark gives it 10 min.
 */
const SILENCE_TIMEOUT_MS = 600_000;

/**
 * Debian's Mosquitto on a free 127.0.0.1 port, configured by `edgefleet broker config mosquitto`
 * (no persistence) in the controller's data dir; the controller keeps its passwd in step as the
 * simulated nodes enroll (--mosquitto-dir) and SIGHUPs it (--mosquitto-pid-file).
 */
async function mosquittoSide(dataDir: string): Promise<BrokerSide> {
  const m = await startMosquitto({ cli: { dataDir, args: ['--no-persistence'], run: runBin } });
  const pid = Number(readFileSync(m.pidFile, 'utf8').trim());
  const args = ['--broker', m.url, '--mosquitto-dir', m.dir, '--mosquitto-pid-file', m.pidFile, '--node-silence-timeout-ms', String(SILENCE_TIMEOUT_MS)];
  const enrolled = async (ctl: Ctl, n: number): Promise<void> => {
    // The controller rewrote passwd with all n nodes; one more SIGHUP after that, and its reload,
    // proves mosquitto read that file (its signals may have coalesced before).
    await ctl.proc.waitForLog((l) => l.component === 'mosquitto-sync' && Number(l.nodes) >= n, 120_000);
    const before = m.log.length;
    process.kill(pid, 'SIGHUP');
    await waitUntil('mosquitto reloaded the password file with every node', () => m.log.slice(before).some((l) => l.includes('Reloading config')), 30_000, 20);
  };
  return { url: m.url, args, pid, enrolled, stop: () => m.stop() };
}

function row(group: string, m: Metric, extra: Partial<Row> = {}): Row {
  return { group, metric: m.name, value: Math.round(m.value * 10) / 10, unit: m.unit, ...(m.note ? { note: m.note } : {}), ...extra };
}

function connectRows(g: string, n: number, ctl: Ctl, connect: Metric[], targets: boolean): Row[] {
  const floor = connect.find((m) => m.name.startsWith('floor'))!;
  const rows: Row[] = [];
  for (const m of connect) {
    if (m.name.startsWith('floor')) continue;
    if (m.name.startsWith('all online')) {
      const note = `${m.note}; from controller spawn, ready after ${ctl.readyAtMs - ctl.spawnedAtMs} ms`;
      rows.push(row(g, { ...m, name: 'connect storm: all online after restart (controller view)', note }, {
        reference: { what: `floor ${n}/${RATE} per s`, value: floor.value },
        ...(targets ? { target: { op: '<=', value: 30_000 } } : {}),
      }));
    } else if (m.name.startsWith('most CONNACKs')) {
      rows.push(row(g, { ...m, name: 'connect storm: most CONNACKs in any 1 s (node view)' }, { reference: { what: 'configured limit', value: RATE } }));
    } else if (m.name.startsWith('most CONNECTs admitted')) {
      rows.push(row(g, { ...m, name: `connect storm: ${m.name}` }, { reference: { what: 'configured limit', value: RATE }, target: { op: '<=', value: RATE } }));
    } else rows.push(row(g, { ...m, name: `connect storm: ${m.name}` }));
  }
  return rows;
}

/** pids: the controller's, then the broker's when it is a process of its own; idle: their footprints without telemetry. */
async function steadyRows(g: string, view: ScenarioContext, pids: readonly number[], windowMs: number, idle: readonly Footprint[]): Promise<Row[]> {
  let busy: Footprint[] = [];
  const steady = await steadyScenario(view, {
    intervalMs: 10_000,
    windowMs,
    during: async (w) => {
      busy = await sampleFootprints(pids, w);
      return [];
    },
  });
  const rows = steady.map((m) => row(g, m));
  const same = 'same fleet, no telemetry';
  const r1 = (v: number): number => Math.round(v * 10) / 10;
  busy.forEach((b, i) => {
    const who = i === 0 ? 'controller' : 'mosquitto';
    const was = idle[i];
    if (!was) return;
    rows.push(row(g, { name: `steady 10 s telemetry: ${who} CPU`, value: b.cpuPercent, unit: '% of a core', note: `${windowMs / 1000} s window` }, { reference: { what: same, value: r1(was.cpuPercent) } }));
    rows.push(row(g, { name: `steady 10 s telemetry: ${who} RSS`, value: median(b.rssBytes) / 2 ** 20, unit: 'MiB' }, { reference: { what: same, value: r1(median(was.rssBytes) / 2 ** 20) } }));
  });
  return rows;
}

export const RESYNC_METRIC = "controller restart: every node's state again (controller view)";

/** With an external broker the nodes stay connected while the controller restarts: the time until it counts them all online again. */
async function resyncRow(g: string, view: ScenarioContext, ctl: Ctl, timeoutMs: number): Promise<Row> {
  const { ms } = await allOnline(view, ctl.spawnedAtMs, timeoutMs);
  const reconnected = (await view.fleet.snapshot(true)).connacks?.length ?? 0;
  const note = `${view.fleet.nodeIds.length} nodes, ${reconnected} of them reconnected (the rest stayed connected to the broker: their retained states come again on the controller's resubscribe); summary polled every ${POLL_MS} ms; from controller spawn, ready after ${ctl.readyAtMs - ctl.spawnedAtMs} ms`;
  return row(g, { name: RESYNC_METRIC, value: ms, unit: 'ms', note });
}

/** Every fleet bench's rows in this run (also when it failed part way), for fleet-mosquitto's reference column. */
export const fleetRowsOfThisRun = new Map<string, Row[]>();

export async function runFleet(ctx: BenchContext, size: FleetSize, broker: FleetBrokerKind = 'aedes'): Promise<Row[]> {
  const g = size.name;
  const n = size.nodes;
  const dir = mkdtempSync(join(tmpdir(), `ef-${g}-`));
  const dataDir = join(dir, 'controller');
  const httpPort = await freePort();
  const side = broker === 'aedes' ? await embeddedSide() : await mosquittoSide(dataDir);
  const rows: Row[] = [];
  fleetRowsOfThisRun.set(g, rows);
  let ctl: Ctl;
  try {
    ctl = await startController(dataDir, httpPort, side.args);
  } catch (err) {
    await side.stop();
    throw err;
  }
  const prefix = `b${process.pid}`;
  let fleet: SimFleet | null = null;
  let enrolled: EnrolledFleet | null = null;
  // The controller restarts on the same ports. Embedded broker: a connect storm, every node
  // reconnects with the agent's backoff against the connect-rate limit. External broker: the
  // nodes stay connected to it; the controller picks their states up again.
  const restart = async (c: Ctl): Promise<Ctl> => {
    await c.proc.stop();
    keepLog(c, 'fill');
    fleet?.mark();
    return startController(dataDir, httpPort, side.args);
  };
  const pids = (): number[] => [ctl.proc.pid, ...(side.pid === null ? [] : [side.pid])];
  const picked = process.env.EF_BENCH_FLEET_SCENARIOS?.split(',');
  const want = (s: string): boolean => !picked || picked.includes(s);
  try {
    // The first fill is not measured: opened at 200/s (below the limit) so no backoff tail delays the run.
    enrolled = await enrollSimNodes({ server: ctl.server, token: ctl.token }, Array.from({ length: n }, (_, i) => nodeIdOf(prefix, i + 1)), { concurrency: 32 });
    await side.enrolled(ctl, n);
    ctx.log(`${g}: enrolled ${n} simulated nodes in ${enrolled.ms} ms (${broker})`);
    fleet = await SimFleet.start({ url: side.url, credentialsFile: enrolled.credentialsFile, prefix: 'edgefleet/v1', nodes: n, workers: size.workers, nodePrefix: prefix, labels: { 'sim-fleet': prefix }, openPerSecond: Math.min(RATE * 0.9, 200), reconnect: { ...SIM_RECONNECT, holdOnRefused: process.env.EF_SIM_HOLD !== '0' } });
    const view = (c: Ctl): ScenarioContext => ({ fleet: fleet!, ctl: httpController(c.server, c.token), selector: `sim-fleet=${prefix}`, log: ctx.log });
    const timeoutMs = Math.max(120_000, n * 60);
    await settled(view(ctl), timeoutMs);
    ctx.log(`${g}: ${n} simulated nodes online in ${fleet.pids.length} workers`);

    if (want('connect')) {
      ctl = await restart(ctl);
      ctx.log(`${g}: controller restarted (ready ${ctl.readyAtMs - ctl.spawnedAtMs} ms after spawn)`);
      if (broker === 'aedes') rows.push(...connectRows(g, n, ctl, await connectScenario(view(ctl), { sinceMs: ctl.spawnedAtMs, maxConnectsPerSecond: RATE, timeoutMs }), size.targets));
      else rows.push(await resyncRow(g, view(ctl), ctl, timeoutMs));
    }
    // Idle reference for the steady window: the same fleet, connected, no telemetry.
    await settled(view(ctl), timeoutMs);
    const windowMs = ctx.quick ? 5_000 : 20_000;
    const idle = want('steady') ? await sampleFootprints(pids(), windowMs) : [];
    if (want('apply')) {
      const apply = await applyScenario(view(ctl), { workload: `${prefix}-w1`, label: { key: 'sim-fleet', value: prefix }, timeoutMs });
      for (const m of apply) rows.push(row(g, { ...m, name: `fleet-wide ${m.name}` }, m.name.startsWith('apply acked max') && size.targets ? { target: { op: '<=', value: 5_000 } } : {}));
    }
    if (want('steady')) rows.push(...(await steadyRows(g, view(ctl), pids(), windowMs, idle)));
    if (want('ingest')) {
      const steps = ctx.quick ? [10_000, 20_000, 30_000] : [5_000, 10_000, 15_000, 20_000, 25_000, 30_000, 35_000, 40_000, 50_000];
      const ingest = await ingestScenario(view(ctl), { steps, samplesPerBatch: 10, warmMs: 2_000, windowMs: ctx.quick ? 3_000 : 6_000, controllerCpuMs: () => cpuMs(ctl.proc.pid) });
      for (const m of ingest.metrics) rows.push(row(g, m, m.unit === 'samples/s' ? { target: { op: '>=', value: 20_000 } } : {}));
    }
    const snap = await fleet.snapshot();
    const simRss = snap.workerRssBytes.reduce((a, b) => a + b, 0);
    rows.push(row(g, { name: 'simulator memory per node', value: simRss / n / 1024, unit: 'KiB', note: `${snap.workerRssBytes.length} workers, ${(simRss / 2 ** 20).toFixed(0)} MiB RSS in all` }));
    rows.push(row(g, { name: 'controller RSS at the end', value: rssBytes(ctl.proc.pid) / 2 ** 20, unit: 'MiB', note: `${n} nodes connected${side.pid === null ? ', broker included' : ''}` }));
    if (side.pid !== null) rows.push(row(g, { name: 'mosquitto RSS at the end', value: rssBytes(side.pid) / 2 ** 20, unit: 'MiB', note: `${n} nodes connected` }));
    return rows;
  } catch (err) {
    // What was measured before the failure stays in the table; the runner still reports the failure.
    throw new PartialResults(rows, err instanceof Error ? (err.stack ?? err.message) : String(err));
  } finally {
    await fleet?.stop();
    enrolled?.remove();
    await ctl.proc.stop();
    keepLog(ctl, 'restarted');
    await side.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

export const FLEET_1K: FleetSize = { name: 'fleet-1k', nodes: 1_000, workers: 2, targets: false };
export const fleet1kBench: Bench = { name: 'fleet-1k', run: (ctx) => runFleet(ctx, FLEET_1K) };
export const fleet10kBench: Bench = { name: 'fleet-10k', fullOnly: true, run: (ctx) => runFleet(ctx, { name: 'fleet-10k', nodes: 10_000, workers: 4, targets: true }) };
