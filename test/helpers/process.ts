// Real processes of the built CLI (dist/), with their JSON log lines collected for assertions.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { processJoinEnv } from './identity.js';
import { childLines } from './line-log.js';

export const BIN = fileURLToPath(new URL('../../dist/bin/edgefleet.js', import.meta.url));
/** The agent as shipped: a launcher that execs node with V8 flags on the bundle (scripts/bundle-agent.mjs). */
export const AGENT_LAUNCHER = fileURLToPath(new URL('../../dist/edgefleet-agent', import.meta.url));

export interface Proc {
  child: ChildProcess;
  lines: Record<string, unknown>[];
  stderr: string[];
  waitForLog(match: (l: Record<string, unknown>) => boolean, timeoutMs?: number): Promise<Record<string, unknown>>;
  exited: Promise<number | null>;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export function requireBuild(): void {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run \`npm run build\` first (npm test does)`);
}

/** Controllers this test process started, so agents started after them can enroll with them. */
const controllers: { proc: Proc; dataDir: string; host: string }[] = [];

function flag(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

/**
 * The broker refuses anonymous clients: an agent process (args with --node-id and --state-dir) whose
 * state dir holds no credentials gets a one-use join token from the controller it points at (the
 * live controller started here whose MQTT port is in --server, else the only live one), and
 * enrolls itself on start. Pass --token (or EDGEFLEET_JOIN_TOKEN) to choose yourself.
 */
function agentJoinEnv(args: readonly string[], env: Record<string, string>): Record<string, string> {
  const stateDir = flag(args, '--state-dir');
  const server = flag(args, '--server');
  if (!flag(args, '--node-id') || !stateDir || !server || args.includes('--token') || env.EDGEFLEET_JOIN_TOKEN || args[0] === 'join' || args[1] === 'join') return {};
  if (existsSync(join(stateDir, 'identity', 'identity.json'))) return {};
  const port = Number(new URL(server).port);
  const live = controllers.filter((c) => c.proc.child.exitCode === null && c.proc.child.signalCode === null);
  const ready = (c: (typeof live)[number]): Record<string, unknown> | undefined => c.proc.lines.find((l) => l.msg === 'controller ready');
  const c = live.find((x) => ready(x)?.mqttPort === port || ready(x)?.mqttTlsPort === port) ?? (live.length === 1 ? live[0] : undefined);
  const r = c && ready(c);
  if (!c || !r) throw new Error(`startProc: no running controller to enroll agent ${String(flag(args, '--node-id'))} with; start one first, or pass --token`);
  return processJoinEnv(BIN, `http://${c.host}:${String(r.httpPort)}`, c.dataDir);
}

/**
 * `opts.prefix` runs node under a wrapper, e.g. `ip netns exec NAME` (it execs, so the pid stays node's).
 * `opts.command` replaces `node dist/bin/edgefleet.js`, e.g. [AGENT_LAUNCHER] for the shipped agent.
 */
export function startProc(args: string[], env: Record<string, string> = {}, opts: { prefix?: string[]; command?: string[] } = {}): Proc {
  requireBuild();
  const [cmd, ...pre] = [...(opts.prefix ?? []), ...(opts.command ?? [process.execPath, BIN])];
  const joinEnv = args[0] === 'agent' || opts.command ? agentJoinEnv(args, env) : {};
  const child = spawn(cmd ?? process.execPath, [...pre, ...args], { env: { ...process.env, ...joinEnv, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const { log, stderr, lastStderr } = childLines(child);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const proc: Proc = {
    child,
    lines: log.lines,
    stderr,
    exited,
    waitForLog: (match, timeoutMs = 20_000) => log.waitFor(match, timeoutMs, lastStderr),
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
  if (args[0] === 'controller') controllers.push({ proc, dataDir: flag(args, '--data-dir') ?? '', host: flag(args, '--host') ?? '127.0.0.1' });
  return proc;
}

/** Runs the CLI to completion. */
export function runCli(
  args: string[],
  env: Record<string, string> = {},
  input?: string,
  opts: { cwd?: string } = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  requireBuild();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'], cwd: opts.cwd });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}
