// `edgefleet plan -f` (a dry run of apply) and `edgefleet node label|cordon|uncordon|drain`.
// Exit codes: 0 ok, 1 error (thrown), 2 some replica stays unplaced.
import { Option, type Command } from 'commander';
import type { NodeChangeJson } from '../api/routes-nodes.js';
import type { PlanJson } from '../api/views-plan.js';
import { api, resolveTarget, type ApiTarget } from './client.js';
import type { TargetFlags } from './credentials.js';
import { stringify } from 'yaml';
import { table, type OutputFormat } from './format.js';
import { readManifestSource } from './resources.js';

export const EXIT_UNPLACED = 2;

/** `a b +c -d`: kept nodes plain, new ones with +, lost ones with -. */
function changeList(kept: readonly string[], added: readonly string[], removed: readonly string[]): string {
  const parts = [...kept, ...added.map((x) => `+${x}`), ...removed.map((x) => `-${x}`)];
  return parts.length ? parts.join(' ') : '-';
}

export function planText(p: PlanJson, footer: string): string {
  const rows = p.workloads.map((w) => {
    const kept = w.nodes.filter((n) => !w.added.includes(n));
    const change = w.outcome === 'configured' && w.recreate ? 'configured (recreates containers)' : w.outcome;
    return [w.name, change, w.mode, w.wanted === null ? 'all' : String(w.wanted), String(w.nodes.length), changeList(kept, w.added, w.removed)];
  });
  let s = rows.length ? table(['WORKLOAD', 'CHANGE', 'MODE', 'WANTED', 'PLACED', 'NODES'], rows) : 'No workload changes placement.\n';
  if (p.nodes.length) {
    s += '\n' + table(['NODE', 'STATUS', 'WORKLOADS'], p.nodes.map((n) => [n.name, n.status, changeList(n.kept, n.added, n.removed)]));
  }
  if (p.preempted.length) {
    s += '\nPreempted (lower priority, making room):\n' + p.preempted.map((x) => `  workload/${x.workload} on ${x.nodeId} for ${x.by}\n`).join('');
  }
  if (p.unplaced.length) s += '\nUnplaced:\n' + p.unplaced.map((u) => `  workload/${u.workload}: ${u.message}\n`).join('');
  return s + footer;
}

export async function planCmd(target: ApiTarget | string, path: string, format: OutputFormat, out: (s: string) => void): Promise<number> {
  const { text } = readManifestSource(path);
  const p = await api<PlanJson>(target, 'POST', '/api/v1/plan', { text, type: 'application/yaml' });
  out(format === 'json' ? `${JSON.stringify(p, null, 2)}\n` : format === 'yaml' ? stringify(p) : planText(p, '\nA dry run: nothing was changed.\n'));
  return p.unplaced.length > 0 ? EXIT_UNPLACED : 0;
}

/** `k=v` sets, `k-` removes. */
export function parseLabelChanges(args: readonly string[]): { set: Record<string, string>; remove: string[] } {
  const set: Record<string, string> = {};
  const remove: string[] = [];
  for (const a of args) {
    const eq = a.indexOf('=');
    if (eq > 0) set[a.slice(0, eq)] = a.slice(eq + 1);
    else if (a.endsWith('-') && a.length > 1) remove.push(a.slice(0, -1));
    else throw new Error(`${JSON.stringify(a)}: write key=value to set a label, key- to remove one`);
  }
  if (Object.keys(set).length === 0 && remove.length === 0) throw new Error('node label NAME needs key=value or key- arguments');
  return { set, remove };
}

const ACTIONS = new Set(['label', 'cordon', 'uncordon', 'drain']);
const enc = encodeURIComponent;

export async function nodeCmd(
  target: ApiTarget | string,
  action: string,
  name: string,
  args: readonly string[],
  out: (s: string) => void,
): Promise<number> {
  if (action === 'rm') {
    if (args.length > 0) throw new Error('node rm takes only a node name');
    const r = await api<{ removed: string; revoked: boolean; disconnected: boolean; forgotten?: boolean }>(target, 'DELETE', `/api/v1/nodes/${enc(name)}`);
    const placements = r.forgotten ? ', its workloads rescheduled' : '';
    out(`node ${r.removed} removed: credentials ${r.revoked ? 'revoked' : 'were already revoked'}, ${r.disconnected ? 'connection closed' : 'was not connected'}, retained topics cleared${placements}\n`);
    return 0;
  }
  if (!ACTIONS.has(action)) throw new Error(`unknown node action ${JSON.stringify(action)}: use label, cordon, uncordon, drain or rm`);
  if (action !== 'label' && args.length > 0) throw new Error(`node ${action} takes only a node name`);
  const res =
    action === 'label'
      ? await api<NodeChangeJson>(target, 'POST', `/api/v1/nodes/${enc(name)}/labels`, {
          text: JSON.stringify(parseLabelChanges(args)),
          type: 'application/json',
        })
      : await api<NodeChangeJson>(target, 'POST', `/api/v1/nodes/${enc(name)}/${action}`);
  const n = res.node;
  const labels = Object.entries(n.labels)
    .sort(([x], [y]) => (x < y ? -1 : 1))
    .map(([k, v]) => `${k}=${v}${k in n.operatorLabels ? '*' : ''}`);
  const done = { label: 'labeled', cordon: 'cordoned', uncordon: 'uncordoned', drain: 'draining' }[action as 'label'];
  out(`node/${n.name} ${done} (status ${n.status}; labels ${labels.length ? labels.join(',') : '-'}${labels.some((l) => l.endsWith('*')) ? ', * set by the operator' : ''})\n`);
  const moved = res.changes.workloads;
  if (moved.length) out('\n' + planText({ ...res.changes, unplaced: [] }, ''));
  for (const u of res.changes.unplaced) out(`workload/${u.workload} not fully placed: ${u.message}\n`);
  return res.changes.unplaced.length > 0 ? EXIT_UNPLACED : 0;
}

export function registerPlacementCommands(program: Command, out: (s: string) => void, setCode: (code: number) => void): void {
  const serverOpt = (): Option => new Option('--server <url>', 'controller API URL (env EDGEFLEET_SERVER)');
  program
    .command('plan')
    .description('dry run of apply: which nodes would get what, what would move, what stays unplaced and why')
    .requiredOption('-f, --filename <path>', 'a file, a directory of .yaml/.yml/.json files, or - for stdin')
    .addOption(new Option('-o, --output <format>', 'output format').choices(['table', 'json', 'yaml']).default('table'))
    .addOption(serverOpt())
    .action(async (o: TargetFlags & { filename: string; output: OutputFormat }) => {
      setCode(await planCmd(resolveTarget(o), o.filename, o.output, out));
    });

  program
    .command('node')
    .description('label, cordon, uncordon, drain or remove (rm) a node')
    .argument('<action>', 'label | cordon | uncordon | drain | rm (revokes its credentials, closes its connection, clears its retained topics)')
    .argument('<name>', 'node name')
    .argument('[labels...]', 'for label: key=value sets (the operator wins over the agent), key- removes')
    .addOption(serverOpt())
    .action(async (action: string, name: string, labels: string[], o: TargetFlags) => {
      setCode(await nodeCmd(resolveTarget(o), action, name, labels, out));
    });
}
