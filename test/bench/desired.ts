// Desired-state rendering: what every reconcile does after scheduling, for each of 10,000 nodes
// (10 perNode workloads each): resolve the node's configuration, render its containers, build the
// snapshot and its content hash, the way DesiredPublisher.sync does (one RenderCache and one
// container memo per sync). Three ways in each round: with no configuration, with a fleet-wide
// plus per-site, per-zone, per-role and per-node configuration, and the reference: no
// configuration, hashed in the original form (JSON.stringify of a key-sorted copy of the whole
// snapshot, per node), which is what a sync cost before configuration existed.
import { createHash } from 'node:crypto';
import { buildDesired } from '../../controller/desired/build.js';
import { parseManifestObject } from '../../controller/manifest/parse.js';
import type { ConfigEntry } from '../../controller/nodeconfig/entries.js';
import { RenderCache } from '../../controller/nodeconfig/render.js';
import { ConfigIndex } from '../../controller/nodeconfig/resolve.js';
import type { StoredWorkload } from '../../controller/store/store.js';
import { median, timedSync } from './stats.js';
import type { Bench, BenchContext, Row } from './types.js';

const NODES = 10_000;
const WORKLOADS = 10;
const SITES = 50;

function workloads(): StoredWorkload[] {
  return Array.from({ length: WORKLOADS }, (_, i) => ({
    workload: parseManifestObject({
      apiVersion: 'edgefleet.io/v1',
      kind: 'Workload',
      metadata: { name: `w${i}` },
      spec: {
        container: { image: `registry.local/app-${i}:1.${i}`, command: ['/app', '--port', `${8000 + i}`], env: { MODE: 'edge', INDEX: `${i}` }, resources: { cpus: 0.1, memory: '64Mi' } },
        placement: { mode: 'perNode' },
      },
    }),
    revision: 1,
    createdAtMs: 0,
    updatedAtMs: 0,
  }));
}

function nodes(): { id: string; labels: Record<string, string> }[] {
  return Array.from({ length: NODES }, (_, i) => ({ id: `node-${i}`, labels: { site: `s${i % SITES}`, zone: `z${i % 5}`, role: i % 3 === 0 ? 'camera' : 'edge' } }));
}

/** 5 fleet keys, 5 per site (50 sites), 1 per zone (5), 1 for cameras, 1 on each of 100 nodes. */
function configuration(): ConfigEntry[] {
  const e = (kind: ConfigEntry['kind'], target: string, key: string, value: string): ConfigEntry => ({ kind, target, key, value, updatedAtMs: 0 });
  const out: ConfigEntry[] = [];
  for (let k = 0; k < 5; k++) out.push(e('fleet', '', `FLEET_${k}`, `https://fleet.example/${'v'.repeat(40)}/${k}`));
  for (let s = 0; s < SITES; s++) for (let k = 0; k < 5; k++) out.push(e('selector', `site=s${s}`, `SITE_${k}`, `site-${s}-${k}`));
  for (let z = 0; z < 5; z++) out.push(e('selector', `zone=z${z}`, 'ZONE_NTP', `10.0.${z}.1`));
  out.push(e('selector', 'role=camera', 'FPS', '30'));
  for (let n = 0; n < 100; n++) out.push(e('node', `node-${n * 97}`, 'NODE_SERIAL', `SN-${n}`));
  return out;
}

function sortedCopy(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortedCopy);
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(o)
        .sort()
        .map((k) => [k, sortedCopy(o[k])]),
    );
  }
  return v;
}

function renderAll(placed: readonly StoredWorkload[], fleet: ReturnType<typeof nodes>, index: ConfigIndex | null, originalHash: boolean): number {
  const render = new RenderCache();
  const memo = new WeakMap<object, string>();
  let distinct = 0;
  const seen = new Set<string>();
  for (const n of fleet) {
    const config = index?.resolve(n.id, n.labels);
    if (config && !seen.has(config.hash)) {
      seen.add(config.hash);
      distinct++;
    }
    const { content } = buildDesired(n.id, placed, { telemetryIntervalMs: 10_000, memo, ...(config ? { config, render } : {}) });
    // The original form, for the reference only (buildDesired has hashed it the new way too).
    if (originalHash) createHash('sha256').update(JSON.stringify(sortedCopy(content))).digest('hex');
  }
  return distinct;
}

export const desiredBench: Bench = {
  name: 'desired',
  async run(ctx: BenchContext): Promise<Row[]> {
    const rounds = ctx.quick ? 2 : 5;
    const placed = workloads();
    const fleet = nodes();
    const index = new ConfigIndex(configuration());
    const times = { none: [] as number[], config: [] as number[], original: [] as number[] };
    let distinct = 0;
    renderAll(placed, fleet, index, false); // warm-up, not counted
    for (let r = 0; r < rounds; r++) {
      times.none.push(timedSync(() => renderAll(placed, fleet, null, false)).ms);
      const c = timedSync(() => renderAll(placed, fleet, index, false));
      times.config.push(c.ms);
      distinct = c.value;
      // The reference also builds (without the memo's help it would not be the old cost either way).
      times.original.push(timedSync(() => renderAll(placed, fleet, null, true)).ms);
      ctx.log(`desired: round ${r + 1}/${rounds}`);
    }
    // The reference pays the memoised hash as well as the original one, so it overstates the
    // original cost by at most the hash share of the no-config row.
    const reference = { what: 'original hash form, no config (same run)', value: median(times.original) };
    const note = `${NODES} nodes x ${WORKLOADS} workloads, median of ${rounds}`;
    return [
      { group: 'desired', metric: 'render 10,000 snapshots, no config', value: median(times.none), unit: 'ms', reference, note },
      {
        group: 'desired',
        metric: 'render 10,000 snapshots, with config',
        value: median(times.config),
        unit: 'ms',
        reference,
        note: `${configuration().length} entries, ${distinct} distinct node configurations; ${note}`,
      },
    ];
  },
};
