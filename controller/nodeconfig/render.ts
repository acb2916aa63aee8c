// How configuration reaches a container: every key of the node's resolved configuration becomes
// an environment variable of every workload on that node, except the keys the workload sets in
// its own env (or secretEnv), which always win. Pure, with a cache.
//
// The rendered spec hash is the workload's spec hash when no configuration reaches the container
// (so turning the feature on recreates nothing), and otherwise a hash of the spec hash and the
// variables added. A configuration change therefore changes the hash, and with it the desired
// snapshot, on exactly the nodes whose containers see a different environment; the agent
// replaces those containers like after any other spec change.
import { createHash } from 'node:crypto';
import { MAX_ITEMS } from '../../proto/codec.js';
import type { ContainerSpec } from '../../proto/types.js';
import type { ResolvedConfig } from './resolve.js';

export interface Renderable {
  specHash: string;
  container: ContainerSpec;
}

export interface Rendered {
  specHash: string;
  container: ContainerSpec;
  /** Config keys that reached the container. */
  applied: readonly string[];
  /** Config keys the workload's own env overrides. */
  shadowed: readonly string[];
  /** Config keys left out because the container already had MAX_ITEMS.envPerContainer variables. */
  dropped: readonly string[];
}

export function renderWorkload(w: Renderable, cfg: ResolvedConfig): Rendered {
  if (cfg.env.length === 0) return { specHash: w.specHash, container: w.container, applied: [], shadowed: [], dropped: [] };
  const own = new Set(w.container.env.map((e) => e.name));
  const shadowed: string[] = [];
  const candidates: { name: string; value: string }[] = [];
  for (const e of cfg.env) {
    if (own.has(e.name)) shadowed.push(e.name);
    else candidates.push(e);
  }
  const room = Math.max(0, MAX_ITEMS.envPerContainer - w.container.env.length);
  const added = candidates.slice(0, room);
  const dropped = candidates.slice(room).map((e) => e.name);
  if (added.length === 0) return { specHash: w.specHash, container: w.container, applied: [], shadowed, dropped };
  const h = createHash('sha256').update(w.specHash).update('\0config\0');
  for (const e of added) h.update(`${e.name.length}:${e.name}${Buffer.byteLength(e.value)}:`).update(e.value);
  return {
    specHash: h.digest('hex').slice(0, 16),
    container: { ...w.container, env: [...w.container.env, ...added.map((e) => ({ name: e.name, value: e.value, secret: false }))] },
    applied: added.map((e) => e.name),
    shadowed,
    dropped,
  };
}

/** Upper bound on cached renderings; past it the cache starts over (it only saves work). */
const MAX_CACHED = 50_000;

/**
 * One rendering per (workload spec, configuration): the 10,000 nodes of a site share one object.
 * Keyed by spec hash, which covers the whole container spec, so a changed workload misses.
 */
export class RenderCache {
  private readonly map = new Map<string, Rendered>();

  render(w: Renderable, cfg: ResolvedConfig): Rendered {
    if (cfg.env.length === 0) return renderWorkload(w, cfg);
    const key = `${w.specHash}\0${cfg.hash}`;
    const hit = this.map.get(key);
    if (hit) return hit;
    if (this.map.size >= MAX_CACHED) this.map.clear();
    const r = renderWorkload(w, cfg);
    this.map.set(key, r);
    return r;
  }
}
