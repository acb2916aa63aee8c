// The fleet in numbers: nodes by status, workloads, unplaced. Tiles are made once and their
// numbers updated in place.
import { NODE_STATUSES, type DashOverview } from '../types.js';
import { byId, el, setText } from './dom.js';

export class OverviewTiles {
  private readonly tiles = new Map<string, HTMLElement>();

  constructor() {
    const box = byId('overview');
    const add = (key: string, label: string, cls: string): void => {
      const n = el('div', { class: 'n', 'data-count': key }, '–');
      box.append(el('div', { class: `tile ${cls}` }, n, el('div', { class: 'k' }, label)));
      this.tiles.set(key, n);
    };
    add('total', 'nodes', 'total');
    for (const s of NODE_STATUSES) add(s, s.toLowerCase(), s);
    add('workloads', 'workloads', 'workloads');
    add('unplaced', 'unplaced', 'unplaced');
  }

  render(o: DashOverview): void {
    const set = (k: string, v: number): void => {
      const t = this.tiles.get(k);
      if (t) setText(t, v.toLocaleString('en-US'));
    };
    set('total', o.nodes.total);
    for (const s of NODE_STATUSES) set(s, o.nodes.byStatus[s]);
    set('workloads', o.workloads.total);
    set('unplaced', o.workloads.unplaced);
  }
}
