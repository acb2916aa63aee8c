// A restarted controller serves nodes while it republishes its stored desired snapshots
// (controller/app.ts). A snapshot that a sync replaces meanwhile must not be published over the
// newer one: the broker would then retain, and hand every later subscriber, the old generation.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from 'mqtt';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { decode } from '../../proto/codec.js';
import { nodeTopic } from '../../proto/topics.js';
import { startEmbeddedBroker, type EmbeddedBroker } from '../../controller/broker/embedded.js';
import { DesiredPublisher } from '../../controller/desired/publisher.js';
import { parseManifestObject } from '../../controller/manifest/parse.js';
import { openSqliteStore } from '../../controller/store/sqlite.js';
import type { Store, StoredWorkload } from '../../controller/store/store.js';
import { brokerIdentity } from '../helpers/identity.js';

const P = 'edgefleet/v1';
const silent = pino({ level: 'silent' });
/** More than one publish batch (100), so the replaced node's republish comes after the sync. */
const NODES = Array.from({ length: 150 }, (_, i) => `rp-${process.pid}-${String(i).padStart(3, '0')}`);

const workload: StoredWorkload = {
  workload: parseManifestObject({ apiVersion: 'edgefleet.io/v1', kind: 'Workload', metadata: { name: 'w' }, spec: { container: { image: 'edgefleet/busybox:test', command: ['sleep', '60'] }, placement: { mode: 'perNode' } } }),
  revision: 1,
  createdAtMs: 0,
  updatedAtMs: 0,
};

describe('republishing stored desired snapshots while serving', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ef-republish-'));
  const identity = brokerIdentity();
  let store: Store | null = null;
  const brokers: EmbeddedBroker[] = [];
  afterAll(async () => {
    for (const b of brokers) await b.close();
    store?.close();
    identity.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const publisher = async (): Promise<{ pub: DesiredPublisher; broker: EmbeddedBroker }> => {
    const broker = await startEmbeddedBroker({ host: '127.0.0.1', port: 0, prefix: P, logger: silent, maxConnectsPerSecond: 0, authenticator: identity.authenticator });
    brokers.push(broker);
    return { pub: new DesiredPublisher({ store: store!, bus: broker, prefix: P, logger: silent, now: Date.now, telemetryIntervalMs: 10_000 }), broker };
  };

  const retainedGeneration = async (broker: EmbeddedBroker, node: string): Promise<number> => {
    const c = connect(`mqtt://127.0.0.1:${broker.port}`, { ...identity.login(node), reconnectPeriod: 0 });
    try {
      return await new Promise((resolve, reject) => {
        c.once('error', reject);
        c.once('message', (_t, payload) => resolve(decode('desired', payload).generation));
        c.on('connect', () => c.subscribe(nodeTopic(P, node, 'desired'), { qos: 1 }));
      });
    } finally {
      c.end(true);
    }
  };

  it('keeps the newer snapshot retained when a sync replaces one during the republish', async () => {
    store = openSqliteStore(dir, Date.now());
    const first = await publisher();
    await first.pub.sync(NODES, () => []);
    // The restart: a fresh broker retains nothing; republish, and a sync changes the last node.
    const second = await publisher();
    const last = NODES.at(-1)!;
    const republishing = second.pub.republishAll();
    const [changed] = await second.pub.sync([last], () => [workload]);
    const published = await republishing;
    expect(changed).toEqual({ nodeId: last, generation: 2, changed: true });
    expect(published).toBe(NODES.length - 1);
    expect(await retainedGeneration(second.broker, last)).toBe(2);
    expect(await retainedGeneration(second.broker, NODES[0]!)).toBe(1);
  });
});
