// One line per unplaced workload, every node counted once by the first reason that excluded it:
// "1/3 replicas placed; 40 nodes: 31 did not match nodeSelector, 6 insufficient memory, 3 cordoned"
import type { PlacementMode } from '../manifest/types.js';

export function explain(
  mode: PlacementMode,
  placed: number,
  wanted: number,
  nodeCount: number,
  reasons: Record<string, number>,
  preemptedBy: readonly string[] = [],
): string {
  const parts = Object.entries(reasons)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([r, n]) => `${n} ${r}`);
  const head =
    mode === 'replicated'
      ? `${placed}/${wanted} replicas placed; `
      : wanted > 0
        ? `on ${placed}/${wanted} eligible nodes; `
        : 'no eligible node; ';
  const nodes = `${nodeCount} node${nodeCount === 1 ? '' : 's'}: ${parts.length ? parts.join(', ') : 'none registered'}`;
  const lost = preemptedBy.length ? `; preempted by higher-priority ${preemptedBy.join(', ')}` : '';
  return head + nodes + lost;
}
