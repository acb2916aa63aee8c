// Real processes for the benchmarks: the built CLI (dist/bin/edgefleet.js, next to this compiled
// file's dist/test/bench/), bare Node references, and what /proc says about any of them. Every
// child is killed when the runner exits, however it exits.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { childLines } from '../helpers/line-log.js';
import { sleep } from './stats.js';

export const BIN = fileURLToPath(new URL('../../bin/edgefleet.js', import.meta.url));
/** The agent as shipped: the launcher runs the bundle under its V8 flags (scripts/bundle-agent.mjs). */
export const AGENT_LAUNCHER = fileURLToPath(new URL('../../edgefleet-agent', import.meta.url));
/** The repository root: bare imports in `node -e` children resolve from its node_modules. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ): 100 on every Linux build we run on. */
const CLK_TCK = 100;

type LogLine = Record<string, unknown>;

export interface Proc {
  child: ChildProcess;
  pid: number;
  lines: LogLine[];
  waitForLog(match: (l: LogLine) => boolean, timeoutMs?: number): Promise<LogLine>;
  stop(): Promise<void>;
}

const live = new Set<ChildProcess>();
process.on('exit', () => {
  for (const c of live) c.kill('SIGKILL');
});

function track(child: ChildProcess): number {
  live.add(child);
  child.once('exit', () => live.delete(child));
  if (child.pid === undefined) throw new Error('process did not start');
  return child.pid;
}

/**
 * A node process whose stdout is JSON log lines (pino) or plain lines, collected for waiting.
 * `command`: a launcher that execs node (its pid stays node's) instead of node itself.
 */
export function startNode(args: string[], opts: { cwd?: string; command?: string; env?: Record<string, string> } = {}): Proc {
  const child = spawn(opts.command ?? process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], cwd: opts.cwd ?? ROOT, env: { ...process.env, ...opts.env } });
  const pid = track(child);
  const { log, lastStderr } = childLines(child);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    child,
    pid,
    lines: log.lines,
    waitForLog: (match, timeoutMs = 30_000) => log.waitFor(match, timeoutMs, () => ` (pid ${pid})${lastStderr()}`),
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(killer);
    },
  };
}

/** The built CLI, e.g. ['controller', ...] or ['agent', ...]. */
export function startCli(args: string[]): Proc {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: npm run bench builds it first`);
  return startNode([BIN, ...args]);
}

/** Runs the built CLI to completion (e.g. `broker config mosquitto`): its exit code and stderr. */
export function runBin(args: string[]): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'ignore', 'pipe'], cwd: ROOT });
  track(child);
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stderr })));
}

/** The agent exactly as an installed device runs it: dist/edgefleet-agent with `args`. */
export function startShippedAgent(args: string[], env: Record<string, string> = {}): Proc {
  if (!existsSync(AGENT_LAUNCHER)) throw new Error(`${AGENT_LAUNCHER} is missing: npm run build makes it (scripts/bundle-agent.mjs)`);
  return startNode(args, { command: AGENT_LAUNCHER, env });
}

/** Resident set size in bytes (VmRSS). */
export function rssBytes(pid: number): number {
  const m = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!m?.[1]) throw new Error(`no VmRSS for pid ${pid}`);
  return Number(m[1]) * 1024;
}

/** User + system CPU time in ms (fields 14 and 15 of /proc/<pid>/stat). */
export function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may hold spaces and parentheses: split after its closing one.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return ((utime + stime) * 1000) / CLK_TCK;
}

export interface Footprint {
  rssBytes: number[];
  /** CPU time over the window as a percentage of one core. */
  cpuPercent: number;
}

/** RSS every `everyMs` and CPU time over `durationMs`, for several processes in the same window. */
export async function sampleFootprints(pids: readonly number[], durationMs: number, everyMs = 1_000): Promise<Footprint[]> {
  const rss: number[][] = pids.map(() => []);
  const cpu0 = pids.map(cpuMs);
  const t0 = performance.now();
  for (let t = 0; t < durationMs; t += everyMs) {
    pids.forEach((pid, i) => rss[i]?.push(rssBytes(pid)));
    await sleep(Math.max(0, t0 + t + everyMs - performance.now()));
  }
  const elapsed = performance.now() - t0;
  const cpu1 = pids.map(cpuMs);
  return pids.map((_, i) => ({ rssBytes: rss[i] ?? [], cpuPercent: (((cpu1[i] ?? 0) - (cpu0[i] ?? 0)) / elapsed) * 100 }));
}

/** A bare Node process doing nothing but keep a timer: the agent's reference, exactly as the issue states it. */
export function startBareNode(): Proc {
  return startNode(['-e', 'setInterval(()=>{},1000)']);
}

/** An idle ES module process that has only imported `imports` (bare specifiers or file paths), then says ready. */
export function startImporter(imports: readonly string[]): Proc {
  const body = `${imports.map((m) => `await import(${JSON.stringify(m)});`).join('')}console.log('ready');setInterval(()=>{},1000);`;
  return startNode(['--input-type=module', '-e', body]);
}
