// Day-2 commands: `edgefleet logs workload NAME --node N [--tail 200] [--since 10m] [-f]` and
// `edgefleet restart workload NAME [--node N]`. There is no `exec`, by design (docs/day2.md).
import { Option, type Command } from 'commander';
import type { Writable } from 'node:stream';
import type { RestartResult } from '../api/routes-commands.js';
import { ApiError, api, resolveTarget, type ApiTarget } from './client.js';
import type { TargetFlags } from './credentials.js';
import { unauthorizedHint } from './credentials.js';
import { table } from './format.js';
import { cliFetch, describeRequestError } from './trust.js';

const enc = encodeURIComponent;

export interface LogsFlags extends TargetFlags {
  node: string;
  tail?: string;
  since?: string;
  follow?: boolean;
}

function kindOf(kind: string): void {
  if (kind !== 'workload' && kind !== 'workloads') throw new Error(`${JSON.stringify(kind)}: only workload logs and restarts exist (edgefleet logs workload NAME --node N)`);
}

async function write(outStream: Writable, text: string): Promise<void> {
  if (outStream.write(text)) return;
  await new Promise<void>((resolve) => {
    const done = (): void => {
      outStream.off('drain', done);
      outStream.off('close', done);
      resolve();
    };
    outStream.on('drain', done);
    outStream.on('close', done);
  });
}

/** Streams the NDJSON answer of the logs route to `outStream`, one log line per line. */
export async function logsCmd(target: ApiTarget, name: string, o: LogsFlags, outStream: Writable, signal?: AbortSignal): Promise<number> {
  // `logs -f | head`: once the reader closes the pipe, stop quietly (the controller then cancels
  // the stream on the agent) instead of dying on EPIPE.
  const ac = new AbortController();
  let closed = false;
  const onOutError = (): void => {
    closed = true;
    ac.abort();
  };
  outStream.on('error', onOutError);
  signal?.addEventListener('abort', () => ac.abort(signal.reason), { once: true });
  try {
    return await streamLogs(target, name, o, outStream, ac.signal);
  } catch (err) {
    if (closed) return 0;
    throw err;
  } finally {
    outStream.off('error', onOutError);
  }
}

async function streamLogs(target: ApiTarget, name: string, o: LogsFlags, outStream: Writable, signal: AbortSignal): Promise<number> {
  const params = new URLSearchParams({ node: o.node });
  if (o.tail !== undefined) params.set('tail', o.tail);
  if (o.since !== undefined) params.set('since', o.since);
  if (o.follow) params.set('follow', 'true');
  const url = `${target.server}/api/v1/workloads/${enc(name)}/logs?${params.toString()}`;
  let res: Response;
  try {
    res = await cliFetch(url, { headers: target.token ? { authorization: `Bearer ${target.token}` } : {}, signal }, target.ca);
  } catch (cause) {
    if (signal.aborted) throw cause;
    throw new ApiError(0, 'EF_CLI_UNREACHABLE', describeRequestError(target.server, cause));
  }
  if (!res.ok || !res.body) {
    const text = await res.text();
    let e: { code?: string; message?: string } | undefined;
    try {
      e = (JSON.parse(text) as { error?: { code?: string; message?: string } }).error;
    } catch {
      e = undefined;
    }
    if (res.status === 401) throw new ApiError(401, e?.code ?? 'HTTP_401', `${e?.message ?? 'unauthorized'}: ${unauthorizedHint(target)}`);
    throw new ApiError(res.status, e?.code ?? `HTTP_${res.status}`, e?.message ?? text.slice(0, 500));
  }
  const decoder = new TextDecoder();
  let rest = '';
  const handle = async (line: string): Promise<number | null> => {
    if (line.trim() === '') return null;
    const msg = JSON.parse(line) as { lines?: string[]; done?: boolean; error?: { code: string; message: string } };
    if (msg.lines && msg.lines.length > 0) await write(outStream, `${msg.lines.join('\n')}\n`);
    if (msg.done) return 0;
    if (msg.error) {
      process.stderr.write(`error: ${msg.error.message} (${msg.error.code})\n`);
      return 1;
    }
    return null;
  };
  for await (const chunk of res.body) {
    if (signal.aborted) return 0;
    rest += decoder.decode(chunk, { stream: true });
    const parts = rest.split('\n');
    rest = parts.pop() ?? '';
    for (const p of parts) {
      const code = await handle(p);
      if (code !== null) return code;
    }
  }
  const code = await handle(rest + decoder.decode());
  if (code !== null) return code;
  process.stderr.write('error: the controller ended the log stream without saying why\n');
  return 1;
}

export async function restartCmd(target: ApiTarget, name: string, node: string | undefined, out: (s: string) => void): Promise<number> {
  const path = `/api/v1/workloads/${enc(name)}/restart${node ? `?node=${enc(node)}` : ''}`;
  const r = await api<{ workload: string; results: RestartResult[] }>(target, 'POST', path);
  const rows = r.results.map((x) => [x.node, x.ok ? 'restarted' : 'failed', x.ok ? (x.containerId ?? '').slice(0, 12) : `${x.error ?? ''} (${x.code ?? ''})`]);
  out(table(['NODE', 'RESULT', 'CONTAINER / ERROR'], rows));
  return r.results.every((x) => x.ok) ? 0 : 1;
}

export function registerDay2Commands(program: Command, out: (s: string) => void, setCode: (code: number) => void): void {
  program
    .command('logs')
    .description("a workload's container output on one node (no exec, by design: see docs/day2.md)")
    .argument('<kind>', 'workload')
    .argument('<name>')
    .requiredOption('--node <name>', 'the node whose container to read')
    .option('--tail <n>', 'the last N lines, or all (default 200; all with --since)')
    .option('--since <time>', 'only lines since a duration ago (10m, 2h) or a time')
    .option('-f, --follow', 'keep streaming new lines until Ctrl-C or the container stops')
    .addOption(new Option('--server <url>', 'controller API URL (env EDGEFLEET_SERVER)'))
    .action(async (kind: string, name: string, o: LogsFlags) => {
      kindOf(kind);
      setCode(await logsCmd(resolveTarget(o), name, o, process.stdout));
    });

  program
    .command('restart')
    .description("restart a workload's container on one node, or on every node running it")
    .argument('<kind>', 'workload')
    .argument('<name>')
    .option('--node <name>', 'only this node (default: every node the workload is placed on)')
    .addOption(new Option('--server <url>', 'controller API URL (env EDGEFLEET_SERVER)'))
    .action(async (kind: string, name: string, o: TargetFlags & { node?: string }) => {
      kindOf(kind);
      setCode(await restartCmd(resolveTarget(o), name, o.node, out));
    });
}
