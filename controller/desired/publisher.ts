// Keeps every node's desired snapshot in the store and on the bus (retained, QoS 1). The
// generation moves only when the content hash changes; restart republishes from the store.
import type { Logger } from 'pino';
import { encode } from '../../proto/codec.js';
import { nodeTopic } from '../../proto/topics.js';
import type { NodePolicy, WorkloadInstance } from '../../proto/types.js';
import { RenderCache } from '../nodeconfig/render.js';
import type { ResolvedConfig } from '../nodeconfig/resolve.js';
import type { Bus } from '../broker/bus.js';
import type { Store, StoredWorkload } from '../store/store.js';
import { buildDesired } from './build.js';

export interface DesiredPublisherDeps {
  store: Store;
  bus: Bus;
  prefix: string;
  logger: Logger;
  now: () => number;
  telemetryIntervalMs: number;
}

/**
 * Publishes `BATCH` at a time. Not all at once: aedes' emitter queues what exceeds its
 * concurrency and drains the queue recursively when handlers answer synchronously, so 10,000
 * publishes in flight overflowed the stack (RangeError in aedes, controller down) at 10,000 nodes.
 */
const BATCH = 100;

async function inBatches(tasks: readonly (() => Promise<void>)[]): Promise<void> {
  for (let i = 0; i < tasks.length; i += BATCH) await Promise.all(tasks.slice(i, i + BATCH).map((t) => t()));
}

/** Above this many changed snapshots in one sync, per-node lines go to debug. */
const MAX_NODE_LINES = 100;

export interface SyncResult {
  nodeId: string;
  generation: number;
  changed: boolean;
}

export class DesiredPublisher {
  /**
   * Generation and content hash of each node's stored snapshot. This class is the only writer of
   * desired snapshots, so the cache stays exact; it spares every reconcile one SQLite read of
   * each node's payload (the top entry under a 1,000-node connect storm after getting nodes online).
   */
  private readonly known = new Map<string, { generation: number; contentHash: string }>();
  /**
   * The workloads of each node's latest snapshot as rendered (with its configuration and rendered
   * spec hashes), from the last sync: what drift and placement views compare reports with.
   */
  private readonly rendered = new Map<string, readonly WorkloadInstance[]>();
  private readonly renderCache = new RenderCache();

  constructor(private readonly deps: DesiredPublisherDeps) {}

  private stored(nodeId: string): { generation: number; contentHash: string } | undefined {
    const hit = this.known.get(nodeId);
    if (hit) return hit;
    const d = this.deps.store.getDesired(nodeId);
    if (!d) return undefined;
    const k = { generation: d.generation, contentHash: d.contentHash };
    this.known.set(nodeId, k);
    return k;
  }

  /** Rebuilds the snapshot of each node; publishes the ones that changed. */
  async sync(
    nodeIds: readonly string[],
    placedOn: (nodeId: string) => StoredWorkload[],
    policyOf: (nodeId: string) => NodePolicy | undefined = () => undefined,
    /** A node's configuration at a version (undefined: the current one); a workload's revision fixes the version. */
    configOf: (nodeId: string, configVersion: number | undefined) => ResolvedConfig | undefined = () => undefined,
  ): Promise<SyncResult[]> {
    const { store, bus, prefix, logger, now } = this.deps;
    const epoch = store.epoch();
    const results: SyncResult[] = [];
    // Published concurrently in batches (inBatches): one awaited publish after another made a
    // fleet-wide apply to 1,000 nodes take ~4 s. Each node still gets exactly one snapshot here.
    const publishes: (() => Promise<void>)[] = [];
    const changed: { node: string; generation: number; workloads: string[] }[] = [];
    const memo = new WeakMap<object, string>();
    for (const nodeId of nodeIds) {
      const policy = policyOf(nodeId);
      const { content, contentHash } = buildDesired(nodeId, placedOn(nodeId), {
        telemetryIntervalMs: this.deps.telemetryIntervalMs,
        ...(policy ? { policy } : {}),
        configFor: (w) => configOf(nodeId, w.configVersion),
        render: this.renderCache,
        memo,
      });
      this.rendered.set(nodeId, content.workloads);
      const prev = this.stored(nodeId);
      if (prev && prev.contentHash === contentHash) {
        results.push({ nodeId, generation: prev.generation, changed: false });
        continue;
      }
      const generation = (prev?.generation ?? 0) + 1;
      const issuedAtMs = now();
      const payload = encode('desired', { ...content, controllerEpoch: epoch, generation, issuedAtMs });
      store.putDesired({ nodeId, generation, contentHash, payload, updatedAtMs: issuedAtMs });
      this.known.set(nodeId, { generation, contentHash });
      publishes.push(() => bus.publish(nodeTopic(prefix, nodeId, 'desired'), payload, { qos: 1, retain: true }));
      changed.push({ node: nodeId, generation, workloads: content.workloads.map((w) => w.name) });
      results.push({ nodeId, generation, changed: true });
    }
    await inBatches(publishes);
    // One line per node reads well for a small fleet; a fleet-wide change gets one summary line.
    const perNode = changed.length <= MAX_NODE_LINES;
    for (const c of changed) (perNode ? logger.info.bind(logger) : logger.debug.bind(logger))(c, 'published desired state');
    if (!perNode) logger.info({ nodes: changed.length }, `published desired state to ${changed.length} nodes`);
    return results;
  }

  /** The workloads of the node's desired snapshot as last rendered; undefined before the first sync. */
  desiredWorkloads(nodeId: string): readonly WorkloadInstance[] | undefined {
    return this.rendered.get(nodeId);
  }

  /**
   * On hello: a node whose applied (epoch, generation) is behind its stored snapshot gets the
   * snapshot again. The retained copy covers a fresh subscribe; this covers a retained copy that
   * is gone or was superseded on the broker (an external broker, a lost retain). The agent
   * ignores a snapshot that is not newer than the one it holds, so a resend is harmless.
   */
  async resendIfBehind(nodeId: string, applied: { epoch: number; generation: number }): Promise<boolean> {
    const known = this.stored(nodeId);
    if (!known || (applied.epoch === this.deps.store.epoch() && applied.generation >= known.generation)) return false;
    const d = this.deps.store.getDesired(nodeId);
    if (!d) return false;
    if (applied.epoch === this.deps.store.epoch() && applied.generation >= d.generation) return false;
    await this.deps.bus.publish(nodeTopic(this.deps.prefix, nodeId, 'desired'), d.payload, { qos: 1, retain: true });
    this.deps.logger.info({ node: nodeId, generation: d.generation, applied }, 'node is behind; desired state sent again');
    return true;
  }

  /**
   * `node rm`: the node's snapshot is no longer published or offered, but its generation stays as
   * a floor. An agent that enrolls again under the same id still holds that generation on disk and
   * ignores anything not newer, so its first snapshot after re-enrolling must outrank it: the
   * emptied content hash makes the next sync issue generation + 1.
   */
  forget(nodeId: string): void {
    this.rendered.delete(nodeId);
    const d = this.deps.store.getDesired(nodeId);
    if (!d) {
      this.known.delete(nodeId);
      return;
    }
    this.deps.store.putDesired({ ...d, contentHash: '' });
    this.known.set(nodeId, { generation: d.generation, contentHash: '' });
  }

  /**
   * On start: the broker's retained messages may be gone; put every stored snapshot back, except
   * those of removed nodes (`keep` false): their retained topics were cleared on purpose. What it
   * knows of each snapshot is set at once, before the first publish, so the controller can serve
   * nodes while this runs: a node that subscribes first gets its snapshot live when it is
   * published, and a snapshot a sync replaced (or forget() emptied) meanwhile is not published
   * over the newer one. Resolves with the number published.
   */
  async republishAll(keep: (nodeId: string) => boolean = () => true): Promise<number> {
    const all = this.deps.store.listDesired().filter((d) => keep(d.nodeId));
    for (const d of all) this.known.set(d.nodeId, { generation: d.generation, contentHash: d.contentHash });
    let published = 0;
    // In batches, as in sync(): one awaited publish after another delayed a 10,000-node restart.
    await inBatches(
      all.map((d) => async () => {
        const k = this.known.get(d.nodeId);
        if (!k || k.generation !== d.generation || k.contentHash !== d.contentHash) return;
        await this.deps.bus.publish(nodeTopic(this.deps.prefix, d.nodeId, 'desired'), d.payload, { qos: 1, retain: true });
        published++;
      }),
    );
    this.deps.logger.info({ nodes: published, superseded: all.length - published }, 'republished stored desired states');
    return published;
  }
}
