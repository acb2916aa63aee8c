// `get` (workloads, placements), `apply` and `delete`. Nodes and events are in fleet.ts.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { PlacementJson, WorkloadJson } from '../api/views.js';
import type { Unplaced } from '../schedule/schedule.js';
import { api, type ApiTarget } from './client.js';
import { render, table, type OutputFormat } from './format.js';

const MANIFEST_EXT = new Set(['.yaml', '.yml', '.json']);

/** Reads FILE, every manifest file in DIR (sorted), or stdin for "-". */
export function readManifestSource(path: string): { text: string; files: string[] } {
  if (path === '-') return { text: readFileSync(0, 'utf8'), files: ['<stdin>'] };
  const st = statSync(path);
  if (!st.isDirectory()) return { text: readFileSync(path, 'utf8'), files: [path] };
  const files = readdirSync(path)
    .filter((f) => MANIFEST_EXT.has(extname(f)))
    .sort()
    .map((f) => join(path, f));
  // JSON files become YAML documents too: JSON is YAML, and `---` separates them.
  return { text: files.map((f) => readFileSync(f, 'utf8')).join('\n---\n'), files };
}

export async function applyCmd(server: ApiTarget | string, path: string, out: (s: string) => void): Promise<number> {
  const { text } = readManifestSource(path);
  const res = await api<{ results: { kind?: string; name: string; outcome: string; revision: number }[]; unplaced: Unplaced[] }>(
    server,
    'POST',
    '/api/v1/apply',
    { text, type: 'application/yaml' },
  );
  for (const r of res.results) {
    out(r.kind === 'nodepolicy' ? `nodepolicy/${r.name} ${r.outcome}\n` : `workload/${r.name} ${r.outcome} (revision ${r.revision})\n`);
  }
  for (const u of res.unplaced) out(`workload/${u.workload} not fully placed: ${u.message}\n`);
  return res.unplaced.length > 0 ? 2 : 0; // 2: placement unsatisfiable (applied all the same)
}

export async function deleteCmd(server: ApiTarget | string, kind: string, name: string, out: (s: string) => void): Promise<number> {
  const route: Record<string, string> = { workload: 'workloads', workloads: 'workloads', nodepolicy: 'nodepolicies', nodepolicies: 'nodepolicies' };
  const path = route[kind];
  if (!path) throw new Error(`cannot delete ${kind}: only workload and nodepolicy can be deleted`);
  await api(server, 'DELETE', `/api/v1/${path}/${encodeURIComponent(name)}`);
  out(`${path === 'workloads' ? 'workload' : 'nodepolicy'}/${name} deleted\n`);
  return 0;
}

export async function getCmd(server: ApiTarget | string, what: string, format: OutputFormat, out: (s: string) => void): Promise<number> {
  switch (what) {
    case 'workload':
    case 'workloads': {
      const { items } = await api<{ items: WorkloadJson[] }>(server, 'GET', '/api/v1/workloads');
      out(
        render(format, items, () =>
          table(
            ['NAME', 'MODE', 'WANTED', 'PLACED', 'RUNNING', 'REVISION', 'IMAGE', 'UNPLACED'],
            items.map((w) => [
              w.name,
              w.mode,
              w.replicas === null ? 'all' : String(w.replicas),
              String(w.placed),
              String(w.running),
              String(w.revision),
              w.image,
              w.unplaced ?? '',
            ]),
          ),
        ),
      );
      return 0;
    }
    case 'placement':
    case 'placements': {
      const { items } = await api<{ items: PlacementJson[] }>(server, 'GET', '/api/v1/placements');
      out(
        render(format, items, () =>
          table(
            ['WORKLOAD', 'NODE', 'PHASE', 'HEALTH', 'CONTAINER', 'RESTARTS', 'UP TO DATE', 'LAST ERROR'],
            items.map((p) => [
              p.workload,
              p.node,
              p.phase,
              p.health,
              p.containerId || '-',
              String(p.restartCount),
              p.current ? 'yes' : 'no',
              p.lastError,
            ]),
          ),
        ),
      );
      return 0;
    }
    default:
      throw new Error(`cannot get ${JSON.stringify(what)}: use nodes, workloads, placements or events`);
  }
}
