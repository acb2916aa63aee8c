// Output formats for `get`: aligned tables for people, JSON and YAML for programs.
import { stringify } from 'yaml';

export type OutputFormat = 'table' | 'json' | 'yaml';

export function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('   ').trimEnd();
  return [line(headers), ...rows.map(line)].join('\n') + '\n';
}

export function render(format: OutputFormat, items: unknown[], asTable: () => string): string {
  switch (format) {
    case 'json':
      return JSON.stringify({ items }, null, 2) + '\n';
    case 'yaml':
      return stringify({ items });
    case 'table':
      return asTable();
  }
}

export function ago(ms: number, nowMs: number): string {
  if (!ms) return '-';
  const s = Math.max(0, Math.round((nowMs - ms) / 1000));
  if (s < 120) return `${s}s`;
  if (s < 7200) return `${Math.round(s / 60)}m`;
  if (s < 172800) return `${Math.round(s / 3600)}h`;
  return `${Math.round(s / 86400)}d`;
}

export function labelsText(labels: Record<string, string>): string {
  const parts = Object.entries(labels).map(([k, v]) => `${k}=${v}`);
  return parts.length ? parts.join(',') : '-';
}
