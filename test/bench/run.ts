// `npm run bench [-- --quick] [-- --only scheduler,wire]`: runs every benchmark one after the other
// (they share 2 cores; never in parallel), prints ONE table to stdout and writes it to
// bench-results/latest.json (and latest.md, the same table in Markdown). Progress goes to stderr.
// A benchmark that fails is reported and the others still run; the exit code is then 1.
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { agentIdleBench } from './agent-idle.js';
import { applyLatencyBench } from './apply-latency.js';
import { desiredBench } from './desired.js';
import { fleetBrokerBench } from './fleet-broker.js';
import { fleetMosquittoBench } from './fleet-mosquitto.js';
import { fleet10kBench, fleet1kBench } from './fleet-sim.js';
import { moduleRssBench } from './module-rss.js';
import { ROOT } from './procs.js';
import { schedulerBench } from './scheduler.js';
import { renderMarkdown, renderText, withDerived, type Machine, type Results } from './table.js';
import { PartialResults, type Bench, type BenchContext, type Row } from './types.js';
import { wireBench } from './wire.js';

const BENCHES: readonly Bench[] = [schedulerBench, desiredBench, wireBench, applyLatencyBench, agentIdleBench, moduleRssBench, fleet1kBench, fleet10kBench, fleetBrokerBench, fleetMosquittoBench];

function parseArgs(argv: readonly string[]): { quick: boolean; only: Set<string> | null } {
  let quick = false;
  let only: Set<string> | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--quick') quick = true;
    else if (a === '--only') only = new Set((argv[++i] ?? '').split(',').filter(Boolean));
    else throw new Error(`unknown argument ${String(a)}; usage: run.js [--quick] [--only ${BENCHES.map((b) => b.name).join(',')}]`);
  }
  const unknown = [...(only ?? [])].filter((n) => !BENCHES.some((b) => b.name === n));
  if (unknown.length > 0) throw new Error(`unknown benchmark ${unknown.join(', ')}; known: ${BENCHES.map((b) => b.name).join(', ')}`);
  return { quick, only };
}

async function machine(loadAtStart: number): Promise<Machine> {
  let docker = 'unavailable';
  try {
    docker = (await promisify(execFile)('docker', ['version', '--format', '{{.Server.Version}}'])).stdout.trim();
  } catch {
    // reported as unavailable; the Docker benchmarks then fail with the fix
  }
  const memoryGiB = Math.round((totalmem() / 1024 ** 3) * 10) / 10;
  const load = { start: loadAtStart, end: loadavg()[0] ?? 0 };
  return { cpus: availableParallelism(), memoryGiB, node: process.version, docker, kernel: release(), load };
}

async function main(): Promise<number> {
  const { quick, only } = parseArgs(process.argv.slice(2));
  const startedAt = new Date().toISOString();
  const loadAtStart = loadavg()[0] ?? 0;
  const t0 = performance.now();
  const ctx: BenchContext = { quick, log: (m) => process.stderr.write(`[bench ${((performance.now() - t0) / 1000).toFixed(1)}s] ${m}\n`) };
  const rows: Row[] = [];
  const failures: Results['failures'] = [];
  for (const bench of BENCHES) {
    if (only && !only.has(bench.name)) continue;
    if (quick && bench.fullOnly && !only) {
      ctx.log(`${bench.name}: full run only (not in --quick)`);
      continue;
    }
    ctx.log(`${bench.name}: start`);
    try {
      rows.push(...(await bench.run(ctx)));
    } catch (err) {
      if (err instanceof PartialResults) rows.push(...err.rows);
      const error = err instanceof Error ? (err.stack ?? err.message) : String(err);
      failures.push({ bench: bench.name, error });
      ctx.log(`${bench.name}: FAILED: ${error}`);
    }
  }
  const results: Results = {
    mode: quick ? 'quick' : 'full',
    startedAt,
    durationS: Math.round((performance.now() - t0) / 100) / 10,
    machine: await machine(loadAtStart),
    rows: withDerived(rows),
    failures,
  };
  const m = results.machine;
  process.stdout.write(`\n${renderText(rows)}\n\n`);
  process.stdout.write(`${results.mode} run, ${results.durationS} s; ${m.cpus} cpus, ${m.memoryGiB} GiB, node ${m.node}, docker ${m.docker}, linux ${m.kernel}; load ${m.load.start.toFixed(2)} -> ${m.load.end.toFixed(2)}\n`);
  const dir = join(ROOT, 'bench-results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(dir, 'latest.md'), `${renderMarkdown(rows)}\n`);
  process.stdout.write(`written: bench-results/latest.json, bench-results/latest.md\n`);
  for (const f of failures) process.stdout.write(`FAILED: ${f.bench}: ${f.error.split('\n')[0] ?? ''}\n`);
  return failures.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
