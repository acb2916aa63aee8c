// `edgefleet config set|unset|get|list`: configuration at fleet, label-selector or node scope.
//   config set [--selector S | --node N] KEY=VALUE...   (no flag: the whole fleet)
//   config unset [--selector S | --node N] KEY...
//   config get [--selector S | --node N] KEY             the value stored at that scope (exit 1 if unset)
//   config list [--selector S | --node N | --fleet]      stored entries
//   config list --node N --effective                     what the node's containers get, and from where
import { Option, type Command } from 'commander';
import { stringify } from 'yaml';
import type { ConfigChangeJson, ConfigEntryJson, NodeConfigResponse } from '../api/routes-config.js';
import { parseAssignment, scopeText } from '../nodeconfig/entries.js';
import type { ConfigValueJson } from '../nodeconfig/views.js';
import { api, resolveTarget, type ApiTarget } from './client.js';
import type { TargetFlags } from './credentials.js';
import { table, type OutputFormat } from './format.js';

export interface ScopeFlags {
  selector?: string;
  node?: string;
  fleet?: boolean;
}

const enc = encodeURIComponent;

function scopeBody(f: ScopeFlags): { scope: 'fleet' | 'selector' | 'node'; selector?: string; node?: string } {
  if (f.selector !== undefined && f.node !== undefined) throw new Error('give --selector or --node, not both');
  if (f.fleet && (f.selector !== undefined || f.node !== undefined)) throw new Error('--fleet takes neither --selector nor --node');
  if (f.selector !== undefined) return { scope: 'selector', selector: f.selector };
  if (f.node !== undefined) return { scope: 'node', node: f.node };
  return { scope: 'fleet' };
}

function nodesText(nodes: readonly string[]): string {
  if (nodes.length === 0) return 'no node gets a new desired state';
  const shown = nodes.slice(0, 10).join(', ') + (nodes.length > 10 ? `, and ${nodes.length - 10} more` : '');
  return `${nodes.length} node(s) get a new desired state: ${shown}`;
}

export async function configChangeCmd(target: ApiTarget | string, action: 'set' | 'unset', args: readonly string[], f: ScopeFlags, out: (s: string) => void): Promise<number> {
  if (args.length === 0) throw new Error(action === 'set' ? 'config set needs KEY=VALUE arguments' : 'config unset needs KEY arguments');
  const set: Record<string, string> = {};
  const unset: string[] = [];
  for (const a of args) {
    if (action === 'set') {
      const { key, value } = parseAssignment(a);
      if (key in set) throw new Error(`${key} is given twice`);
      set[key] = value;
    } else {
      if (a.includes('=')) throw new Error(`${JSON.stringify(a)}: config unset takes KEY only`);
      unset.push(a);
    }
  }
  const res = await api<ConfigChangeJson>(target, 'POST', '/api/v1/config', {
    text: JSON.stringify({ ...scopeBody(f), set, unset }),
    type: 'application/json',
  });
  const where = scopeText(res.scope);
  for (const o of res.outcomes) out(`${o.key} ${o.outcome} at ${where}\n`);
  out(`${nodesText(res.nodes)}${res.revisions.some((r) => r.waves) ? ' (now; workloads with waves reach the rest wave by wave)' : ''}\n`);
  for (const r of res.revisions) {
    const how = r.waves ? `rolls out in waves (edgefleet rollout status workload ${r.workload})` : 'goes to all its nodes at once';
    out(`workload ${r.workload}: revision ${r.revision} (config version ${res.configVersion ?? '?'}) changes ${r.nodes} node(s); ${how}\n`);
  }
  if (res.configVersion !== undefined && res.revisions.length === 0) out(`no workload's containers change: no new revision (config version ${res.configVersion})\n`);
  for (const o of res.overridden) out(`note: ${o.key} is overridden by ${scopeText(o.by)} on ${o.nodes} node(s) (higher precedence; see docs/config.md)\n`);
  return 0;
}

function sourceText(s: { kind: string; target: string }): string {
  return scopeText({ kind: s.kind as 'fleet', target: s.target });
}

export function entriesTable(items: readonly ConfigEntryJson[]): string {
  if (items.length === 0) return 'No configuration.\n';
  return table(
    ['SCOPE', 'TARGET', 'KEY', 'VALUE'],
    items.map((e) => [e.scope, e.target || '-', e.key, oneLine(e.value)]),
  );
}

/** Values may hold newlines; a table row must not. */
function oneLine(v: string, max = 60): string {
  const s = JSON.stringify(v).slice(1, -1);
  return s.length > max ? `${s.slice(0, max - 3)}...` : s;
}

/** The effective configuration of one node: KEY, VALUE, FROM, and what it overrides or what overrides it. */
export function effectiveTable(values: readonly ConfigValueJson[]): string {
  if (values.length === 0) return 'No configuration reaches this node.\n';
  return table(
    ['KEY', 'VALUE', 'FROM', 'NOTES'],
    values.map((v) => {
      const notes = [
        ...v.overrides.map((o) => `overrides ${sourceText(o.source)} (${oneLine(o.value, 20)})`),
        ...(v.shadowedBy.length ? [`workload env wins in ${v.shadowedBy.join(', ')}`] : []),
        ...(v.droppedBy.length ? [`dropped in ${v.droppedBy.join(', ')}: env limit`] : []),
      ];
      return [v.key, oneLine(v.value), sourceText(v.source), notes.join('; ') || '-'];
    }),
  );
}

function dump(format: OutputFormat, v: unknown, asTable: () => string): string {
  return format === 'json' ? `${JSON.stringify(v, null, 2)}\n` : format === 'yaml' ? stringify(v) : asTable();
}

export async function configListCmd(target: ApiTarget | string, f: ScopeFlags & { effective?: boolean; output: OutputFormat }, out: (s: string) => void): Promise<number> {
  if (f.effective) {
    if (f.node === undefined) throw new Error('--effective needs --node NAME');
    const r = await api<NodeConfigResponse>(target, 'GET', `/api/v1/nodes/${enc(f.node)}/config`);
    out(dump(f.output, r, () => effectiveTable(r.values)));
    return 0;
  }
  let q = '';
  if (f.selector !== undefined || f.node !== undefined || f.fleet) {
    const s = scopeBody(f);
    q = `?scope=${s.scope}${s.scope === 'fleet' ? '' : `&target=${enc(s.selector ?? s.node ?? '')}`}`;
  }
  const { items } = await api<{ items: ConfigEntryJson[] }>(target, 'GET', `/api/v1/config${q}`);
  out(dump(f.output, { items }, () => entriesTable(items)));
  return 0;
}

export async function configGetCmd(target: ApiTarget | string, key: string, f: ScopeFlags, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const s = scopeBody(f);
  const q = `?scope=${s.scope}${s.scope === 'fleet' ? '' : `&target=${enc(s.selector ?? s.node ?? '')}`}`;
  const { items } = await api<{ items: ConfigEntryJson[] }>(target, 'GET', `/api/v1/config${q}`);
  const hit = items.find((e) => e.key === key);
  if (!hit) {
    err(`${key} is not set at ${s.scope === 'fleet' ? 'fleet' : `${s.scope} ${s.selector ?? s.node ?? ''}`}\n`);
    return 1;
  }
  out(`${hit.value}\n`);
  return 0;
}

export function registerConfigCommands(program: Command, out: (s: string) => void, setCode: (code: number) => void): void {
  const serverOpt = (): Option => new Option('--server <url>', 'controller API URL (env EDGEFLEET_SERVER)');
  const scoped = (c: Command): Command =>
    c
      .option('--selector <selector>', 'the nodes whose labels match (k=v, k!=v, k, !k, k in (a,b)); without it: the whole fleet')
      .option('--node <name>', 'one node')
      .addOption(serverOpt())
      // addClientAuthOptions (fleet.ts) sees top-level commands only; these are subcommands.
      .addOption(new Option('--token <token>', 'admin bearer token (env EDGEFLEET_TOKEN)'))
      .addOption(new Option('--data-dir <dir>', "local controller's data dir, to read its admin.token"));
  const config = program.command('config').description('configuration (environment variables) at fleet, label-selector or node scope');
  scoped(config.command('set').description('set KEY=VALUE; the containers of every affected node are replaced with the new env').argument('<pairs...>', 'KEY=VALUE')).action(
    async (pairs: string[], o: TargetFlags & ScopeFlags) => setCode(await configChangeCmd(resolveTarget(o), 'set', pairs, o, out)),
  );
  scoped(config.command('unset').description('remove keys from one scope').argument('<keys...>', 'KEY')).action(
    async (keys: string[], o: TargetFlags & ScopeFlags) => setCode(await configChangeCmd(resolveTarget(o), 'unset', keys, o, out)),
  );
  scoped(config.command('get').description('the value stored for KEY at one scope (exit 1 when unset)').argument('<key>')).action(
    async (key: string, o: TargetFlags & ScopeFlags) => setCode(await configGetCmd(resolveTarget(o), key, o, out, (s) => void process.stderr.write(s))),
  );
  scoped(config.command('list').description('stored entries (all scopes, or one); --node N --effective: what the node gets, and from where'))
    .option('--fleet', 'only fleet-wide entries')
    .option('--effective', "with --node: the node's resolved configuration, with the scope of each value")
    .addOption(new Option('-o, --output <format>', 'output format').choices(['table', 'json', 'yaml']).default('table'))
    .action(async (o: TargetFlags & ScopeFlags & { effective?: boolean; output: OutputFormat }) => setCode(await configListCmd(resolveTarget(o), o, out)));
}
