// The one table: a fixed-width text rendering for the terminal and docs/benchmarks.md (Markdown),
// and the JSON document written next to it.
import { ratioOf, targetMet, type Row } from './types.js';

export interface Machine {
  cpus: number;
  memoryGiB: number;
  node: string;
  docker: string;
  kernel: string;
  /** 1-minute load average when the run started and when it ended: a busy machine shows here. */
  load: { start: number; end: number };
}

export interface Results {
  mode: 'quick' | 'full';
  startedAt: string;
  durationS: number;
  machine: Machine;
  rows: (Row & { ratio?: number; targetMet?: boolean })[];
  failures: { bench: string; error: string }[];
}

/** Three significant digits, without exponent notation, thousands separated. */
export function fmt(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  const abs = Math.abs(v);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3;
  return v.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}

function cells(r: Row): string[] {
  const ratio = ratioOf(r);
  const met = targetMet(r);
  const target = r.target ? `${r.target.op} ${fmt(r.target.value)} ${met ? 'ok' : 'MISSED'}` : '';
  return [
    `${r.group}: ${r.metric}`,
    fmt(r.value),
    r.unit,
    r.reference ? `${fmt(r.reference.value)} ${r.reference.what}` : '',
    ratio === undefined ? '' : `${ratio.toFixed(2)}x`,
    target,
    r.note ?? '',
  ];
}

const HEAD = ['metric', 'value', 'unit', 'reference', 'ratio', 'target', 'note'];

export function renderText(rows: readonly Row[]): string {
  const table = [HEAD, ...rows.map(cells)];
  const widths = HEAD.map((_, c) => Math.max(...table.map((r) => (r[c] ?? '').length)));
  const right = new Set([1, 4]);
  const line = (r: string[]): string =>
    r.map((v, c) => (right.has(c) ? v.padStart(widths[c] ?? 0) : v.padEnd(widths[c] ?? 0))).join('  ').trimEnd();
  return [line(HEAD), line(widths.map((w) => '-'.repeat(w))), ...table.slice(1).map(line)].join('\n');
}

export function renderMarkdown(rows: readonly Row[]): string {
  const esc = (s: string): string => s.replace(/\|/g, '\\|');
  return [
    `| ${HEAD.join(' | ')} |`,
    `|${HEAD.map((_, c) => (c === 1 || c === 4 ? ' ---: ' : ' --- ')).join('|')}|`,
    ...rows.map((r) => `| ${cells(r).map(esc).join(' | ')} |`),
  ].join('\n');
}

export function withDerived(rows: readonly Row[]): Results['rows'] {
  return rows.map((r) => {
    const ratio = ratioOf(r);
    const met = targetMet(r);
    return { ...r, ...(ratio === undefined ? {} : { ratio }), ...(met === undefined ? {} : { targetMet: met }) };
  });
}
