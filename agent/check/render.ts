// Human output: one line per check, the verdict first; and the JSON shape for --json.
import type { CheckReport, CheckStatus } from './types.js';

const MARK: Record<CheckStatus, string> = { ok: '[ ok ]', warn: '[warn]', error: '[FAIL]', skip: '[skip]' };

export function renderHuman(r: CheckReport): string {
  const width = Math.max(...r.checks.map((c) => c.id.length));
  const lines = [`edgefleet agent check: agent ${r.agentVersion}${r.nodeId ? `, node ${r.nodeId}` : ''}`, ''];
  for (const c of r.checks) lines.push(`${MARK[c.status]} ${c.id.padEnd(width)}  ${c.message}`);
  const { ok, warn, error, skip } = r.summary;
  lines.push('', `${ok} ok, ${warn} warning${warn === 1 ? '' : 's'}, ${error} error${error === 1 ? '' : 's'}, ${skip} skipped`);
  return `${lines.join('\n')}\n`;
}

export function renderJson(r: CheckReport): string {
  return `${JSON.stringify({ ...r, ok: r.summary.error === 0 }, null, 2)}\n`;
}
