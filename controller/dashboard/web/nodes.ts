// The node table: one page at a time from the server (filtered, sorted and cut there), rows
// keyed by node name and updated cell by cell, so a refresh every few seconds rewrites only
// what changed and never rebuilds the table.
import type { DashNodePage, DashNodeRow } from '../types.js';
import { getJson } from './api.js';
import { ago, byId, el, fmt, setClass, setText } from './dom.js';

interface Row {
  tr: HTMLTableRowElement;
  cells: HTMLTableCellElement[];
}

const COLUMNS = 9;

export class NodesTable {
  private readonly body: HTMLTableSectionElement;
  private readonly rows = new Map<string, Row>();
  private page = 1;
  private pages = 1;
  private inFlight: AbortController | null = null;
  private again = false;

  constructor(private readonly onSelect: (name: string) => void, private readonly onError: (err: unknown) => void) {
    this.body = byId<HTMLTableElement>('nodes').tBodies[0] as HTMLTableSectionElement;
    let typing: number | undefined;
    byId<HTMLInputElement>('filter').addEventListener('input', () => {
      clearTimeout(typing);
      typing = window.setTimeout(() => this.go(1), 250);
    });
    byId<HTMLSelectElement>('status-filter').addEventListener('change', () => this.go(1));
    byId<HTMLSelectElement>('sort').addEventListener('change', () => this.go(1));
    byId('prev').addEventListener('click', () => this.go(this.page - 1));
    byId('next').addEventListener('click', () => this.go(this.page + 1));
    this.body.addEventListener('click', (e) => {
      const tr = (e.target as HTMLElement).closest('tr');
      if (tr?.dataset.node) this.onSelect(tr.dataset.node);
    });
  }

  private go(page: number): void {
    this.page = Math.max(1, Math.min(page, this.pages));
    this.inFlight?.abort(); // the filter changed: the answer in flight is for another question
    this.inFlight = null;
    void this.refresh();
  }

  /** Fetches the current page; a refresh asked for while one is running runs once after it. */
  async refresh(): Promise<void> {
    if (this.inFlight) {
      this.again = true;
      return;
    }
    const ctl = new AbortController();
    this.inFlight = ctl;
    const q = new URLSearchParams({ page: String(this.page), pageSize: '50', sort: byId<HTMLSelectElement>('sort').value });
    const filter = byId<HTMLInputElement>('filter').value.trim();
    const status = byId<HTMLSelectElement>('status-filter').value;
    if (filter) q.set('filter', filter);
    if (status) q.set('status', status);
    try {
      this.render(await getJson<DashNodePage>(`/api/v1/dashboard/nodes?${q.toString()}`, ctl.signal));
    } catch (err) {
      if (!ctl.signal.aborted) this.onError(err);
    } finally {
      if (this.inFlight === ctl) this.inFlight = null;
      if (this.again) {
        this.again = false;
        void this.refresh();
      }
    }
  }

  private render(p: DashNodePage): void {
    this.page = p.page;
    this.pages = p.pages;
    setText(byId('page-info'), p.total === 0 ? 'no nodes match' : `${(p.page - 1) * p.pageSize + 1}–${(p.page - 1) * p.pageSize + p.items.length} of ${p.total} nodes · page ${p.page} of ${p.pages}`);
    byId<HTMLButtonElement>('prev').disabled = p.page <= 1;
    byId<HTMLButtonElement>('next').disabled = p.page >= p.pages;
    const keep = new Set(p.items.map((n) => n.name));
    for (const [name, row] of this.rows) {
      if (keep.has(name)) continue;
      row.tr.remove();
      this.rows.delete(name);
    }
    // In order: appending an existing row moves it; rows already in place stay untouched.
    let at: ChildNode | null = this.body.firstChild;
    for (const n of p.items) {
      const row = this.rows.get(n.name) ?? this.create(n.name);
      this.update(row, n, p.nowMs);
      if (row.tr === at) at = at.nextSibling;
      else this.body.insertBefore(row.tr, at);
    }
  }

  private create(name: string): Row {
    const cells = Array.from({ length: COLUMNS }, (_, i) => el('td', i >= 5 ? { class: 'num' } : {}));
    const tr = el('tr', { 'data-node': name }, ...cells);
    const row = { tr, cells };
    this.rows.set(name, row);
    return row;
  }

  private update(row: Row, n: DashNodeRow, nowMs: number): void {
    const c = (i: number): HTMLTableCellElement => row.cells[i] as HTMLTableCellElement;
    setText(c(0), n.name);
    setText(c(1), n.status);
    setClass(c(1), `status ${n.status}`);
    setText(c(2), Object.keys(n.labels).sort().map((k) => `${k}=${n.labels[k] ?? ''}`).join(', '));
    setClass(c(2), 'labels');
    setText(c(3), ago(n.lastSeenMs, nowMs));
    setText(c(4), `${n.appliedGeneration} / ${n.desiredGeneration}${n.delivery === 'current' ? '' : ` (${n.delivery})`}`);
    setClass(c(4), n.delivery === 'current' ? '' : 'behind');
    setText(c(5), fmt(n.cpuPercent));
    setText(c(6), fmt(n.memoryPercent));
    setText(c(7), fmt(n.temperatureC));
    setText(c(8), n.outboxBacklog > 0 ? String(n.outboxBacklog) : '');
  }
}
