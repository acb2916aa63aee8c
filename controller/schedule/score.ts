// Soft rules: among nodes that may take a new instance, which is best. The order is
// lexicographic, so every choice can be explained in one sentence:
//   1. spread: the node whose spread-label value runs the fewest instances of this workload;
//   2. preferences: the highest sum of weights of matched preferences;
//   3. load: the fewest placements on the node;
//   4. node id (determinism).
import { compileRule, nodeValue, ruleMatches, valueGetter } from './eligibility.js';
import type { SchedNode, SchedWorkload } from './types.js';

export function preferenceScore(w: SchedWorkload, node: SchedNode): number {
  let score = 0;
  for (const p of w.placement.preferences) if (ruleMatches(p, node)) score += p.weight;
  return score;
}

/** preferenceScore for one workload, its rules prepared once (asked for every node). */
export function compilePreferences(w: SchedWorkload): (node: SchedNode) => number {
  const prefs = w.placement.preferences.map((p) => ({ matches: compileRule(p), weight: p.weight }));
  if (prefs.length === 0) return () => 0;
  return (node) => {
    let score = 0;
    for (let i = 0; i < prefs.length; i++) {
      const p = prefs[i] as (typeof prefs)[number];
      if (p.matches(node)) score += p.weight;
    }
    return score;
  };
}

/** spreadGroup for one workload, the key's kind decided once. */
export function compileSpreadGroup(w: SchedWorkload): (node: SchedNode) => string {
  const key = w.placement.spread?.key;
  if (key === undefined) return () => '';
  const value = valueGetter(key);
  return (node) => value(node) ?? '';
}

/** The spread group of a node: the value of the spread label ('' when the node lacks it). */
export function spreadGroup(w: SchedWorkload, node: SchedNode): string {
  const key = w.placement.spread?.key;
  return key === undefined ? '' : (nodeValue(node, key) ?? '');
}

/** Instances of one workload per spread group, kept as placements are added and removed. */
export class SpreadCount {
  private readonly counts = new Map<string, number>();

  constructor(private readonly w: SchedWorkload) {}

  add(node: SchedNode, delta = 1): void {
    const g = spreadGroup(this.w, node);
    this.counts.set(g, (this.counts.get(g) ?? 0) + delta);
  }

  of(node: SchedNode): number {
    return this.w.placement.spread ? (this.counts.get(spreadGroup(this.w, node)) ?? 0) : 0;
  }

  /** Instances in one spread group. */
  inGroup(group: string): number {
    return this.w.placement.spread ? (this.counts.get(group) ?? 0) : 0;
  }
}

export interface Candidate {
  node: SchedNode;
  spread: number;
  preference: number;
  load: number;
}

/** Negative when a is the better place for a new instance. */
export function compareCandidates(a: Candidate, b: Candidate): number {
  return (
    a.spread - b.spread ||
    b.preference - a.preference ||
    a.load - b.load ||
    (a.node.id < b.node.id ? -1 : a.node.id > b.node.id ? 1 : 0)
  );
}

/** Negative when a is the better instance to drop on scale-down: the reverse of adding. */
export function compareForRemoval(a: Candidate, b: Candidate): number {
  const down = (n: SchedNode): number => (n.online ? 0 : 2) + (n.cordoned ? 1 : 0);
  return down(b.node) - down(a.node) || -compareCandidates(a, b);
}
