// Fleet-state commands: `get nodes` (-l selector, -o wide), `get events`, `get catalog`, `describe node|workload`,
// `top nodes`, and watch mode (-w) for every `get` and `top`: re-render every 2 s until Ctrl-C.
import { Command, Option } from 'commander';
import { stringify } from 'yaml';
import type { NodeDetailJson, TopNodeJson } from '../api/views-fleet.js';
import type { NodeJson, PlacementJson, WorkloadJson } from '../api/views.js';
import type { StoredEvent } from '../fleet/event-store.js';
import { api, resolveTarget, type ApiTarget } from './client.js';
import type { TargetFlags } from './credentials.js';
import { catalogTable, describeNode, describeWorkload, eventsTable, nodesTable, topTable } from './fleet-format.js';
import type { CatalogEntry } from '../fleet/catalog.js';
import { render, type OutputFormat } from './format.js';
import { getCmd } from './resources.js';

export type GetFormat = OutputFormat | 'wide';

export interface GetFlags extends TargetFlags {
  output: GetFormat;
  selector?: string;
  watch?: boolean;
  node?: string;
  workload?: string;
  type?: string;
  since?: string;
  limit?: string;
}

export const WATCH_INTERVAL_MS = 2000;

const enc = encodeURIComponent;

function query(params: Record<string, string | undefined>): string {
  const parts = Object.entries(params)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${enc(k)}=${enc(v as string)}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

async function renderGet(target: ApiTarget, what: string, o: GetFlags): Promise<string> {
  const now = Date.now();
  const format: OutputFormat = o.output === 'wide' ? 'table' : o.output;
  switch (what) {
    case 'node':
    case 'nodes': {
      const q = query({ selector: o.selector });
      const { items } = await api<{ items: NodeJson[] }>(target, 'GET', `/api/v1/nodes${q}`);
      let usage: Map<string, TopNodeJson> | null = null;
      if (o.output === 'wide') {
        const top = await api<{ items: TopNodeJson[] }>(target, 'GET', `/api/v1/top/nodes${q}`);
        usage = new Map(top.items.map((t) => [t.name, t]));
      }
      return render(format, items, () => nodesTable(items, usage, now));
    }
    case 'event':
    case 'catalog': {
      const { items } = await api<{ items: CatalogEntry[] }>(target, 'GET', `/api/v1/catalog${query({ workload: o.workload })}`);
      return render(format, items, () => (items.length ? catalogTable(items) : 'No workload is placed anywhere.\n'));
    }
    case 'events': {
      const q = query({ node: o.node, workload: o.workload, type: o.type, since: o.since, limit: o.limit });
      const { items } = await api<{ items: StoredEvent[] }>(target, 'GET', `/api/v1/events${q}`);
      return render(format, items, () => (items.length ? eventsTable(items, now) : 'No events.\n'));
    }
    default: {
      if (o.selector) throw new Error(`-l/--selector works with nodes only, not ${what}`);
      let text = '';
      await getCmd(target, what, format, (s) => (text += s));
      return text;
    }
  }
}

/**
 * Runs `once`, and with watch re-runs it every intervalMs until the signal aborts (Ctrl-C).
 * On a terminal each run replaces the screen; otherwise runs follow each other.
 */
export async function watchLoop(
  once: () => Promise<string>,
  out: (s: string) => void,
  opts: { watch: boolean; intervalMs?: number; signal?: AbortSignal; tty?: boolean },
): Promise<number> {
  if (!opts.watch) {
    out(await once());
    return 0;
  }
  const signal = opts.signal ?? sigintSignal();
  const tty = opts.tty ?? process.stdout.isTTY === true;
  let first = true;
  while (!signal.aborted) {
    let text: string;
    try {
      text = await once();
    } catch (err) {
      // A controller restart must not end the watch: show the error and keep polling.
      text = `error: ${err instanceof Error ? err.message : String(err)}\n`;
    }
    if (signal.aborted) break;
    out(tty ? `\x1b[2J\x1b[H${text}` : `${first ? '' : '\n'}${text}`);
    first = false;
    await sleep(opts.intervalMs ?? WATCH_INTERVAL_MS, signal);
  }
  return 0;
}

function sigintSignal(): AbortSignal {
  const ac = new AbortController();
  const stop = (): void => ac.abort();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return ac.signal;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const t = setTimeout(done, ms);
    function done(): void {
      clearTimeout(t);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}

export function getFleetCmd(target: ApiTarget, what: string, o: GetFlags, out: (s: string) => void): Promise<number> {
  return watchLoop(() => renderGet(target, what, o), out, { watch: o.watch === true });
}

/** Options `get` gains for fleet state; the command itself is defined in main.ts. */
export function addGetOptions(cmd: Command): Command {
  return cmd
    .option('-l, --selector <selector>', 'label selector for nodes: k=v, k!=v, k, !k, k in (a,b)')
    .option('-w, --watch', 're-render every 2 s until Ctrl-C')
    .option('--node <name>', 'events: only this node')
    .option('--workload <name>', 'events, catalog: only this workload')
    .option('--type <type>', 'events: only this type')
    .option('--since <time>', 'events: since a duration ago (10m, 2h) or a time')
    .option('--limit <n>', 'events: at most this many (newest)');
}

/** Adds --token and --data-dir to every command that talks to the API (those with --server). */
export function addClientAuthOptions(program: Command): void {
  for (const cmd of program.commands) {
    const has = (flag: string): boolean => cmd.options.some((o) => o.long === flag);
    if (!has('--server')) continue;
    if (!has('--token')) cmd.addOption(new Option('--token <token>', 'admin bearer token (env EDGEFLEET_TOKEN)'));
    if (!has('--token-file')) cmd.addOption(new Option('--token-file <path>', 'read the bearer token from a file, e.g. the data dir\'s read.token for read-only use (env EDGEFLEET_TOKEN_FILE)'));
    if (!has('--data-dir')) cmd.addOption(new Option('--data-dir <dir>', "local controller's data dir, to read its admin.token"));
  }
}

interface DescribeFlags extends TargetFlags {
  output: 'text' | 'json' | 'yaml';
}

async function renderDescribe(target: ApiTarget, kind: string, name: string, o: DescribeFlags): Promise<string> {
  const now = Date.now();
  const dump = (v: unknown): string | null => (o.output === 'json' ? `${JSON.stringify(v, null, 2)}\n` : o.output === 'yaml' ? stringify(v) : null);
  switch (kind) {
    case 'node':
    case 'nodes': {
      const n = await api<NodeDetailJson>(target, 'GET', `/api/v1/nodes/${enc(name)}`);
      return dump(n) ?? describeNode(n, now);
    }
    case 'workload':
    case 'workloads': {
      const w = await api<WorkloadJson>(target, 'GET', `/api/v1/workloads/${enc(name)}`);
      const placements = (await api<{ items: PlacementJson[] }>(target, 'GET', '/api/v1/placements')).items.filter((p) => p.workload === name);
      const events = (await api<{ items: StoredEvent[] }>(target, 'GET', `/api/v1/events${query({ workload: name, limit: '20' })}`)).items;
      return dump({ ...w, placements, events }) ?? describeWorkload(w, placements, events, now);
    }
    default:
      throw new Error(`cannot describe ${JSON.stringify(kind)}: use node or workload`);
  }
}

/** `describe` and `top`, registered on the program by main.ts. */
export function registerFleetCommands(program: Command, out: (s: string) => void, setCode: (code: number) => void): void {
  program
    .command('describe')
    .description('show everything about a node or a workload, with recent events')
    .argument('<kind>', 'node | workload')
    .argument('<name>')
    .addOption(new Option('-o, --output <format>', 'output format').choices(['text', 'json', 'yaml']).default('text'))
    .addOption(new Option('--server <url>', 'controller API URL (env EDGEFLEET_SERVER)'))
    .action(async (kind: string, name: string, o: DescribeFlags) => {
      out(await renderDescribe(resolveTarget(o), kind, name, o));
      setCode(0);
    });

  program
    .command('top')
    .description('latest CPU, memory, disk and temperature per node')
    .argument('<what>', 'nodes')
    .option('-l, --selector <selector>', 'label selector: k=v, k!=v, k, !k, k in (a,b)')
    .option('-w, --watch', 're-render every 2 s until Ctrl-C')
    .addOption(new Option('-o, --output <format>', 'output format').choices(['table', 'json', 'yaml']).default('table'))
    .addOption(new Option('--server <url>', 'controller API URL (env EDGEFLEET_SERVER)'))
    .action(async (what: string, o: TargetFlags & { selector?: string; watch?: boolean; output: OutputFormat }) => {
      if (what !== 'nodes' && what !== 'node') throw new Error(`cannot top ${JSON.stringify(what)}: use nodes`);
      const target = resolveTarget(o);
      const once = async (): Promise<string> => {
        const { items } = await api<{ items: TopNodeJson[] }>(target, 'GET', `/api/v1/top/nodes${query({ selector: o.selector })}`);
        return render(o.output, items, () => topTable(items, Date.now()));
      };
      setCode(await watchLoop(once, out, { watch: o.watch === true }));
    });
}
