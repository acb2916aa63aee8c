// Workloads with their placements, unplaced reasons and (when the controller reports one) rollout
// progress. Small (one row per workload, at most 20 node names each): rows keyed by name.
import type { DashRollout, DashWorkloadRow } from '../types.js';
import { getJson } from './api.js';
import { byId, el, setText } from './dom.js';

export function rolloutText(r: DashRollout | null): string {
  if (!r) return '';
  const parts = [`rev ${r.revision} ${r.state}${r.reason ? ` (${r.reason})` : ''}`, `${r.done}/${r.total} done`];
  if (r.inProgress) parts.push(`${r.inProgress} updating`);
  if (r.failed) parts.push(`${r.failed} failed`);
  if (r.pending) parts.push(`${r.pending} waiting`);
  if (r.pendingOffline) parts.push(`${r.pendingOffline} pending (offline)`);
  return parts.join(', ');
}

export class WorkloadsTable {
  private readonly body: HTMLTableSectionElement;
  private readonly rows = new Map<string, HTMLTableCellElement[]>();

  constructor(private readonly onError: (err: unknown) => void) {
    this.body = byId<HTMLTableElement>('workloads').tBodies[0] as HTMLTableSectionElement;
  }

  async refresh(): Promise<void> {
    try {
      this.render((await getJson<{ items: DashWorkloadRow[] }>('/api/v1/dashboard/workloads')).items);
    } catch (err) {
      this.onError(err);
    }
  }

  private render(items: DashWorkloadRow[]): void {
    const keep = new Set(items.map((w) => w.name));
    for (const [name, cells] of this.rows) {
      if (keep.has(name)) continue;
      cells[0]?.parentElement?.remove();
      this.rows.delete(name);
    }
    for (const w of items) {
      let cells = this.rows.get(w.name);
      if (!cells) {
        cells = Array.from({ length: 7 }, (_, i) => el('td', i === 3 ? { class: 'num' } : {}));
        this.body.append(el('tr', { 'data-workload': w.name }, ...cells));
        this.rows.set(w.name, cells);
      }
      const c = (i: number): HTMLTableCellElement => (cells as HTMLTableCellElement[])[i] as HTMLTableCellElement;
      const wanted = w.replicas === null ? `perNode` : `${w.replicas} replicas`;
      setText(c(0), `${w.name} (rev ${w.revision})`);
      setText(c(1), w.image);
      setText(c(2), `${wanted}, ${w.placed} placed`);
      setText(c(3), `${w.running}/${w.placed}`);
      setText(c(4), w.nodes.join(', ') + (w.placed > w.nodes.length ? ` … +${w.placed - w.nodes.length}` : ''));
      setText(c(5), rolloutText(w.rollout));
      setText(c(6), w.unplaced ?? '');
    }
  }
}
