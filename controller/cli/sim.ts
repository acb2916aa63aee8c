// `edgefleet sim`: a simulated fleet against a running controller, for capacity planning and for
// the fleet benchmarks. N real MQTT clients speaking the real protocol, spread over W worker
// processes, each with a fake in-memory runtime (controller/sim/). Scenarios measure what the
// controller sees; without --scenario the fleet stays up (with telemetry) until Ctrl-C.
import { Command, Option } from 'commander';
import { resolveTarget } from './credentials.js';
import { httpController } from '../sim/controller-view.js';
import { enrollSimNodes, type EnrolledFleet } from '../sim/enroll.js';
import { nodeIdOf, SimFleet } from '../sim/fleet.js';
import { applyScenario, connectScenario, ingestScenario, steadyScenario, type Metric, type ScenarioContext } from '../sim/scenarios.js';

const SCENARIOS = ['connect', 'apply', 'steady', 'ingest', 'all', 'none'] as const;
type Scenario = (typeof SCENARIOS)[number];

interface SimFlags {
  controller: string;
  api?: string;
  token?: string;
  dataDir?: string;
  nodes: number;
  workers: number;
  nodePrefix: string;
  prefix: string;
  labels: string[];
  telemetryInterval: string;
  scenario: Scenario;
  applyDelay: string;
  window: string;
  connectRate: number;
  openRate: number;
  ingestSteps: string;
  batch: number;
  credentials?: string;
  timeout: string;
  json?: boolean;
}

/** "10s", "250ms", "2m" or plain milliseconds. */
export function parseDurationMs(name: string, text: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m)?$/.exec(text.trim());
  if (!m) throw new Error(`${name}: ${JSON.stringify(text)} is not a duration (e.g. 10s, 250ms, 2m)`);
  const unit = m[2] === 'm' ? 60_000 : m[2] === 's' ? 1000 : 1;
  return Math.round(Number(m[1]) * unit);
}

function parseLabels(items: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of items.flatMap((s) => s.split(',')).filter(Boolean)) {
    const i = item.indexOf('=');
    if (i <= 0) throw new Error(`--labels: ${JSON.stringify(item)} is not key=value`);
    out[item.slice(0, i)] = item.slice(i + 1);
  }
  return out;
}

function int(name: string, min: number, max: number): (v: string) => number {
  return (v) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min || n > max) throw new Error(`${name}: ${v} must be an integer between ${min} and ${max}`);
    return n;
  };
}

function render(metrics: readonly Metric[]): string {
  const w = Math.max(...metrics.map((m) => m.name.length));
  return metrics.map((m) => `${m.name.padEnd(w)}  ${String(Number.isFinite(m.value) ? Math.round(m.value * 10) / 10 : m.value).padStart(10)} ${m.unit}${m.note ? `  (${m.note})` : ''}`).join('\n');
}

export async function simCmd(f: SimFlags, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const startedAt = Date.now();
  const labels = { 'sim-fleet': f.nodePrefix, ...parseLabels(f.labels) };
  const intervalMs = parseDurationMs('--telemetry-interval', f.telemetryInterval);
  const timeoutMs = parseDurationMs('--timeout', f.timeout);
  const scenario = f.scenario;
  const needsApi = scenario !== 'none';
  const target = f.api ? resolveTarget({ server: f.api, token: f.token, dataDir: f.dataDir }) : null;
  if (needsApi && !target) throw new Error(`--scenario ${scenario} reads the controller's view: give --api http://HOST:PORT`);
  // The broker refuses anonymous clients: without a credentials file, enroll every node first.
  let enrolled: EnrolledFleet | null = null;
  if (!f.credentials) {
    if (f.controller.startsWith('mqtts:')) throw new Error('--controller mqtts://: simulated nodes enroll without certificates; use the loopback mqtt:// listener, or give --credentials');
    const ids = Array.from({ length: f.nodes }, (_, i) => nodeIdOf(f.nodePrefix, i + 1));
    enrolled = await enrollSimNodes(target ?? resolveTarget({ token: f.token, dataDir: f.dataDir }), ids);
    err(`sim: enrolled ${enrolled.enrolled} nodes in ${enrolled.ms} ms\n`);
  }
  const credentialsFile = f.credentials ?? enrolled?.credentialsFile;
  const fleet = await SimFleet.start({
    url: f.controller,
    prefix: f.prefix,
    nodes: f.nodes,
    workers: f.workers,
    nodePrefix: f.nodePrefix,
    labels,
    applyDelayMs: parseDurationMs('--apply-delay', f.applyDelay),
    openPerSecond: f.openRate,
    ...(credentialsFile ? { credentialsFile } : {}),
  }).catch((e: unknown) => {
    enrolled?.remove();
    throw e;
  });
  err(`sim: ${f.nodes} nodes in ${fleet.pids.length} worker processes (pids ${fleet.pids.join(', ')}) -> ${f.controller}\n`);
  const metrics: Metric[] = [];
  try {
    if (scenario === 'none') {
      fleet.telemetry({ mode: 'interval', intervalMs, samples: 1 });
      await new Promise<void>((resolve) => {
        process.once('SIGINT', () => resolve());
        process.once('SIGTERM', () => resolve());
      });
      return 0;
    }
    const ctx: ScenarioContext = { fleet, ctl: httpController(target!.server, target!.token), selector: `sim-fleet=${f.nodePrefix}`, log: (m) => err(`sim: ${m}\n`) };
    const all = scenario === 'all';
    metrics.push(...(await connectScenario(ctx, { sinceMs: startedAt, maxConnectsPerSecond: f.connectRate, timeoutMs })));
    if (all || scenario === 'apply') {
      metrics.push(...(await applyScenario(ctx, { workload: `${f.nodePrefix}-apply-${Date.now().toString(36)}`, label: { key: 'sim-fleet', value: f.nodePrefix }, timeoutMs })));
    }
    if (all || scenario === 'steady') metrics.push(...(await steadyScenario(ctx, { intervalMs, windowMs: parseDurationMs('--window', f.window) })));
    if (all || scenario === 'ingest') {
      const steps = f.ingestSteps.split(',').map((s) => int('--ingest-steps', 1, 10_000_000)(s.trim()));
      const r = await ingestScenario(ctx, { steps, samplesPerBatch: f.batch, warmMs: 2_000, windowMs: parseDurationMs('--window', f.window) });
      metrics.push(...r.metrics);
    }
    out(f.json ? `${JSON.stringify({ nodes: f.nodes, workers: fleet.pids.length, scenario, metrics }, null, 2)}\n` : `${render(metrics)}\n`);
    return 0;
  } finally {
    await fleet.stop();
    enrolled?.remove();
  }
}

export function registerSimCommand(program: Command, out: (s: string) => void, setCode: (c: number) => void): void {
  program
    .command('sim')
    .description('simulate a fleet of nodes (real MQTT clients, fake runtime) against a controller; capacity planning and benchmarks')
    .requiredOption('--controller <url>', "the controller's MQTT URL, e.g. mqtt://127.0.0.1:1883")
    .option('--api <url>', "the controller's HTTP API, e.g. http://127.0.0.1:8080 (every scenario reads it; the nodes enroll through it unless --credentials)")
    .option('--token <token>', 'admin bearer token (env EDGEFLEET_TOKEN)')
    .option('--data-dir <dir>', "local controller's data dir, to read its admin.token")
    .option('--nodes <n>', 'simulated nodes', int('--nodes', 1, 100_000), 100)
    .option('--workers <n>', 'worker processes the nodes are spread over', int('--workers', 1, 64), 2)
    .option('--node-prefix <id>', 'node ids are <id>-00001 ...; also the value of their sim-fleet label', 'sim')
    .option('--prefix <prefix>', 'MQTT topic prefix', 'edgefleet/v1')
    .option('--labels <k=v,...>', 'extra labels of every simulated node (repeatable)', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option('--telemetry-interval <duration>', 'telemetry interval of the steady scenario and of --scenario none', '10s')
    .addOption(new Option('--scenario <name>', 'what to measure; none: keep the fleet up until Ctrl-C').choices([...SCENARIOS]).default('all'))
    .option('--apply-delay <duration>', 'how long the fake runtime takes to "start" containers', '0ms')
    .option('--window <duration>', 'measurement window of the steady and ingest scenarios', '20s')
    .option('--connect-rate <n>', "the controller's --max-connects-per-second, to report the floor nodes/rate", int('--connect-rate', 0, 100_000), 500)
    .option('--open-rate <n>', 'open at most this many new connections per second at start (0: all at once)', int('--open-rate', 0, 100_000), 0)
    .option('--ingest-steps <list>', 'offered telemetry rates to try, samples/s', '5000,10000,15000,20000,25000,30000,40000')
    .option('--batch <n>', 'samples per telemetry batch in the ingest scenario', int('--batch', 1, 10_000), 10)
    .option('--credentials <file>', 'per-node MQTT credentials, JSON (see controller/sim/credentials.ts); default: enroll every node with a join token')
    .option('--timeout <duration>', 'give up a scenario step after this long', '120s')
    .option('--json', 'print the results as JSON')
    .action(async (f: SimFlags) => {
      setCode(await simCmd(f, out, (s) => void process.stderr.write(s)));
    });
}
