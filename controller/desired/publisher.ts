// Keeps every node's desired snapshot in the store and on the bus (retained, QoS 1). The
// generation moves only when the content hash changes; restart republishes from the store.
import type { Logger } from 'pino';
import { encode } from '../../proto/codec.js';
import { nodeTopic } from '../../proto/topics.js';
import type { NodePolicy, WorkloadInstance } from '../../proto/types.js';
import { RenderCache } from '../nodeconfig/render.js';
import type { ResolvedConfig } from '../nodeconfig/resolve.js';
import type { Bus } from '../broker/bus.js';
import type { Store, StoredDesired, StoredWorkload } from '../store/store.js';
import { SnapshotBuilder, type SnapshotParts } from './build.js';

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

interface Known {
  generation: number;
  contentHash: string;
  /** What the hash was computed from at the last sync; absent when read from the store. */
  parts?: SnapshotParts;
}

function samePart(a: SnapshotParts, b: SnapshotParts): boolean {
  // Usually the very same strings (one per distinct snapshot); otherwise a plain comparison.
  return a.workloads === b.workloads && a.policy === b.policy && a.telemetryIntervalMs === b.telemetryIntervalMs;
}

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
  private readonly known = new Map<string, Known>();
  /**
   * The workloads of each node's latest snapshot as rendered (with its configuration and rendered
   * spec hashes), from the last sync: what drift and placement views compare reports with.
   */
  private readonly rendered = new Map<string, readonly WorkloadInstance[]>();
  private readonly renderCache = new RenderCache();
  /** Snapshots stored and not yet handed to the bus, in order, the latest per node (drain()). */
  private readonly queue = new Map<string, Uint8Array>();
  private draining: Promise<void> | null = null;

  constructor(private readonly deps: DesiredPublisherDeps) {}

  private stored(nodeId: string): Known | undefined {
    const hit = this.known.get(nodeId);
    if (hit) return hit;
    const d = this.deps.store.getDesired(nodeId);
    if (!d) return undefined;
    const k = { generation: d.generation, contentHash: d.contentHash };
    this.known.set(nodeId, k);
    return k;
  }

  /**
   * Rebuilds the snapshot of each node, stores the ones that changed (one transaction) and hands
   * them to the publish queue. Resolves once they are stored, not once published: the nodes'
   * acknowledgment is what an apply waits for, and an API call that waited for 10,000 publishes
   * (each answered by aedes after its delivery) took most of a fleet-wide apply. `published()`
   * resolves when the queue is empty.
   */
  async sync(
    nodeIds: readonly string[],
    placedOn: (nodeId: string) => StoredWorkload[],
    policyOf: (nodeId: string) => NodePolicy | undefined = () => undefined,
    /** A node's configuration at a version (undefined: the current one); a workload's revision fixes the version. */
    configOf: (nodeId: string, configVersion: number | undefined) => ResolvedConfig | undefined = () => undefined,
  ): Promise<SyncResult[]> {
    const { store, logger, now } = this.deps;
    const epoch = store.epoch();
    const results: SyncResult[] = [];
    const rows: StoredDesired[] = [];
    const partsOf: SnapshotParts[] = [];
    const builder = new SnapshotBuilder({ telemetryIntervalMs: this.deps.telemetryIntervalMs, render: this.renderCache });
    // Per-node lines only when they will be written: a fleet-wide change gets one summary line.
    const detail = logger.isLevelEnabled('debug');
    const changed: { node: string; generation: number; workloads: string[] }[] = [];
    const issuedAtMs = now();
    for (const nodeId of nodeIds) {
      const { content, parts } = builder.build(nodeId, placedOn(nodeId), policyOf(nodeId), (w) => configOf(nodeId, w.configVersion));
      this.rendered.set(nodeId, content.workloads);
      const prev = this.stored(nodeId);
      // The same parts as last time: the same hash, without hashing (most runs change no node).
      if (prev?.parts && samePart(prev.parts, parts)) {
        results.push({ nodeId, generation: prev.generation, changed: false });
        continue;
      }
      const contentHash = builder.hash(nodeId, parts);
      if (prev && prev.contentHash === contentHash) {
        this.known.set(nodeId, { generation: prev.generation, contentHash, parts });
        results.push({ nodeId, generation: prev.generation, changed: false });
        continue;
      }
      const generation = (prev?.generation ?? 0) + 1;
      const payload = encode('desired', { ...content, controllerEpoch: epoch, generation, issuedAtMs });
      rows.push({ nodeId, generation, contentHash, payload, updatedAtMs: issuedAtMs });
      partsOf.push(parts);
      if (detail || rows.length <= MAX_NODE_LINES) changed.push({ node: nodeId, generation, workloads: content.workloads.map((w) => w.name) });
      results.push({ nodeId, generation, changed: true });
    }
    store.putDesiredMany(rows);
    for (const [i, r] of rows.entries()) {
      this.known.set(r.nodeId, { generation: r.generation, contentHash: r.contentHash, parts: partsOf[i] });
      this.queue.set(r.nodeId, r.payload);
    }
    this.drain();
    const perNode = rows.length <= MAX_NODE_LINES;
    for (const c of changed) (perNode ? logger.info.bind(logger) : logger.debug.bind(logger))(c, 'published desired state');
    if (!perNode) logger.info({ nodes: rows.length }, `published desired state to ${rows.length} nodes`);
    return results;
  }

  /**
   * Publishes the queue, `BATCH` at a time, until it is empty. The queue holds each node's latest
   * payload only: a node whose snapshot changes again before its turn is sent the newer one once,
   * and one taken out (in flight) is queued again behind it, so a node never gets an older
   * snapshot after a newer one from here.
   */
  private drain(): void {
    if (this.draining || this.queue.size === 0) return;
    const { bus, prefix, logger } = this.deps;
    this.draining = (async () => {
      while (this.queue.size > 0) {
        const batch: Promise<void>[] = [];
        for (const [nodeId, payload] of this.queue) {
          this.queue.delete(nodeId);
          batch.push(
            bus
              .publish(nodeTopic(prefix, nodeId, 'desired'), payload, { qos: 1, retain: true })
              .catch((err: unknown) => logger.error({ err, node: nodeId }, 'publishing desired state failed; the node gets it on its next hello')),
          );
          if (batch.length >= BATCH) break;
        }
        await Promise.all(batch);
      }
    })().finally(() => {
      this.draining = null;
      this.drain();
    });
  }

  /** Resolves when every snapshot stored so far has been handed to the bus and published. */
  async published(): Promise<void> {
    while (this.draining) await this.draining;
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
    this.queue.delete(nodeId);
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
