// Per-node telemetry over time (the controller's SQLite history, /api/v1/nodes/NAME/telemetry):
// CPU, memory and temperature for the last hour, one uPlot chart each. Charts are created once
// per selected node and given new data on refresh (setData), not rebuilt.
import uPlot from 'uplot';
import { getJson } from './api.js';
import { byId, el, setText } from './dom.js';

interface Point {
  tsMs: number;
  cpuPercent: number;
  memoryPercent: number;
  temperatureC: number | null;
}

interface History {
  node: string;
  source: string;
  points: Point[];
}

const SERIES: { key: 'cpuPercent' | 'memoryPercent' | 'temperatureC'; title: string; unit: string; color: string }[] = [
  { key: 'cpuPercent', title: 'CPU', unit: '%', color: '#175cd3' },
  { key: 'memoryPercent', title: 'Memory', unit: '%', color: '#12805c' },
  { key: 'temperatureC', title: 'Temperature', unit: '°C', color: '#c4320a' },
];

export class NodeCharts {
  private node: string | null = null;
  private charts: uPlot[] = [];
  private loading = false;

  constructor(private readonly onError: (err: unknown) => void) {
    byId('detail-close').addEventListener('click', () => this.show(null));
  }

  get selected(): string | null {
    return this.node;
  }

  show(node: string | null): void {
    for (const c of this.charts) c.destroy();
    this.charts = [];
    this.node = node;
    const box = byId('node-detail');
    box.hidden = node === null;
    byId('charts').replaceChildren();
    if (node === null) return;
    setText(byId('detail-title'), `${node}: last hour`);
    void this.refresh();
  }

  async refresh(): Promise<void> {
    const node = this.node;
    if (node === null || this.loading) return;
    this.loading = true;
    try {
      const h = await getJson<History>(`/api/v1/nodes/${encodeURIComponent(node)}/telemetry?since=1h`);
      if (this.node !== node) return; // another node was chosen meanwhile
      this.draw(h);
    } catch (err) {
      this.onError(err);
    } finally {
      this.loading = false;
    }
  }

  private draw(h: History): void {
    const xs = h.points.map((p) => p.tsMs / 1000);
    const box = byId('charts');
    const width = Math.max(320, Math.floor((box.clientWidth || 960) / 3) - 24);
    SERIES.forEach((s, i) => {
      const ys = h.points.map((p) => p[s.key]);
      const data: uPlot.AlignedData = [xs, ys];
      const existing = this.charts[i];
      if (existing) {
        existing.setData(data);
        return;
      }
      const holder = el('figure', { class: 'chart', 'data-series': s.key });
      box.append(holder);
      this.charts[i] = new uPlot(
        {
          title: `${s.title} (${s.unit})`,
          width,
          height: 180,
          series: [{}, { label: s.title, stroke: s.color, width: 2, fill: `${s.color}22`, spanGaps: false, value: (_u, v) => (v === null ? '–' : `${v.toFixed(1)} ${s.unit}`) }],
          scales: { y: s.unit === '%' ? { range: [0, 100] } : {} },
          axes: [{}, { size: 48 }],
        },
        data,
        holder,
      );
    });
  }
}
