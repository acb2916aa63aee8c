// `edgefleet rollout history|status|undo|pause|resume workload NAME`.
// `status` follows the rollout until every reachable node is done (exit 0), or it was rolled
// back or paused (exit 1); `--no-wait` prints once.
import { Option, type Command } from 'commander';
import { stringify } from 'yaml';
import type { HistoryJson, RolloutJson } from '../api/routes-rollout.js';
import { api, resolveTarget, type ApiTarget } from './client.js';
import type { TargetFlags } from './credentials.js';
import { ago, table } from './format.js';

export const EXIT_ROLLOUT_FAILED = 1;
const ACTIONS = ['history', 'status', 'undo', 'pause', 'resume'] as const;
type Action = (typeof ACTIONS)[number];
const enc = encodeURIComponent;

export interface RolloutFlags extends TargetFlags {
  output: 'table' | 'json' | 'yaml';
  toRevision?: string;
  wait: boolean;
  timeout: string;
  intervalMs?: number;
}

export function historyText(h: HistoryJson, nowMs: number): string {
  const rows = h.items.map((r) => [String(r.revision), r.current ? '*' : '', r.change, String(r.configVersion), r.image, r.specHash.slice(0, 8), ago(r.createdAtMs, nowMs)]);
  return table(['REVISION', 'CURRENT', 'CHANGE', 'CONFIG', 'IMAGE', 'SPEC', 'AGE'], rows);
}

/** One line: where the rollout stands, with its counts. */
export function statusLine(r: RolloutJson): string {
  const c = r.counts;
  const head =
    r.phase === 'none'
      ? `workload/${r.workload}: revision ${r.current}, no rollout yet`
      : `workload/${r.workload} revision ${r.target}${r.stable !== null && r.stable !== r.target ? ` (from ${r.stable})` : ''}: ${r.phase}, wave ${r.waves.length}`;
  const counts = `done ${c.done}, in progress ${c.updating}, failed ${c.failed}, pending ${c.pending}, pending-offline ${c['pending-offline']}`;
  return `${head}; ${counts}${r.reason ? `; ${r.reason}` : ''}\n${r.configNote ? `note: ${r.configNote}\n` : ''}`;
}

function statusText(r: RolloutJson): string {
  let s = statusLine(r);
  if (r.nodes.length) {
    s += '\n' + table(['NODE', 'REVISION', 'PHASE', 'WAVE', 'REASON'], r.nodes.map((n) => [n.name, String(n.given), n.phase, n.wave ? String(n.wave) : '-', n.reason || '-']));
  }
  return s;
}

function parseTimeoutMs(v: string): number {
  const m = /^(\d+)(ms|s|m|h)$/.exec(v);
  if (!m) throw new Error(`--timeout ${JSON.stringify(v)}: write a duration like 90s, 10m or 1h`);
  return Number(m[1]) * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[m[2] as 'ms'];
}

function parseRevision(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d{1,15}$/.test(v) || Number(v) < 1) throw new Error(`--to-revision ${JSON.stringify(v)}: give a revision number from \`edgefleet rollout history workload NAME\``);
  return Number(v);
}

export async function rolloutCmd(target: ApiTarget, action: string, kind: string, name: string, o: RolloutFlags, out: (s: string) => void): Promise<number> {
  if (!(ACTIONS as readonly string[]).includes(action)) throw new Error(`unknown rollout action ${JSON.stringify(action)}: use ${ACTIONS.join(', ')}`);
  if (kind !== 'workload' && kind !== 'workloads') throw new Error(`rollouts are per workload: write \`edgefleet rollout ${action} workload NAME\``);
  if (o.toRevision !== undefined && action !== 'undo') throw new Error('--to-revision goes with undo only');
  const base = `/api/v1/workloads/${enc(name)}`;
  const emit = (v: unknown, text: () => string): void => out(o.output === 'json' ? `${JSON.stringify(v, null, 2)}\n` : o.output === 'yaml' ? stringify(v) : text());
  switch (action as Action) {
    case 'history': {
      const h = await api<HistoryJson>(target, 'GET', `${base}/revisions`);
      emit(h, () => historyText(h, Date.now()));
      return 0;
    }
    case 'undo': {
      const to = parseRevision(o.toRevision);
      const r = await api<RolloutJson>(target, 'POST', `${base}/rollout/undo`, { text: JSON.stringify(to === undefined ? {} : { toRevision: to }), type: 'application/json' });
      emit(r, () => `workload/${name} rolling back to revision ${r.current}\n${statusLine(r)}`);
      return 0;
    }
    case 'pause':
    case 'resume': {
      const r = await api<RolloutJson>(target, 'POST', `${base}/rollout/${action}`);
      emit(r, () => statusLine(r));
      return 0;
    }
    case 'status':
      return statusCmd(target, base, o, out, emit);
  }
}

async function statusCmd(target: ApiTarget, base: string, o: RolloutFlags, out: (s: string) => void, emit: (v: unknown, text: () => string) => void): Promise<number> {
  const deadline = Date.now() + parseTimeoutMs(o.timeout);
  const code = (r: RolloutJson): number => (r.failed || r.phase === 'paused' ? EXIT_ROLLOUT_FAILED : 0);
  let last = '';
  for (;;) {
    const r = await api<RolloutJson>(target, 'GET', `${base}/rollout`);
    if (!o.wait) {
      emit(r, () => statusText(r));
      return code(r);
    }
    const settled = r.finished || r.failed || r.phase === 'paused' || r.phase === 'none';
    const line = statusLine(r);
    if (settled) {
      emit(r, () => (line === last ? '' : line));
      return code(r);
    }
    if (o.output === 'table' && line !== last) out(line);
    last = line;
    if (Date.now() > deadline) {
      out(`timed out after ${o.timeout}: ${line}`);
      return EXIT_ROLLOUT_FAILED;
    }
    await new Promise((res) => setTimeout(res, o.intervalMs ?? 1000));
  }
}

export function registerRolloutCommands(program: Command, out: (s: string) => void, setCode: (code: number) => void): void {
  program
    .command('rollout')
    .description('revisions and rollouts of a workload: history, status (follows until done), undo, pause, resume')
    .argument('<action>', ACTIONS.join(' | '))
    .argument('<kind>', 'workload')
    .argument('<name>')
    .option('--to-revision <n>', 'undo: the revision to go back to (default: the last good one)')
    .option('--no-wait', 'status: print once instead of following the rollout')
    .option('--timeout <duration>', 'status: give up after this long (exit 1)', '30m')
    .addOption(new Option('-o, --output <format>', 'output format').choices(['table', 'json', 'yaml']).default('table'))
    .addOption(new Option('--server <url>', 'controller API URL (env EDGEFLEET_SERVER)'))
    .action(async (action: string, kind: string, name: string, o: RolloutFlags) => {
      setCode(await rolloutCmd(resolveTarget(o), action, kind, name, o, out));
    });
}
