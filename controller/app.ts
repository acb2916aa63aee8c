// The controller's composition root: builds store, broker, registry, reconciler and API from a
// validated config, explicitly and in order, and closes them in reverse.
import type { Logger } from 'pino';
import { startEmbeddedBroker } from './broker/embedded.js';
import type { ControllerConfig } from './config.js';
import { DesiredPublisher } from './desired/publisher.js';
import { startIngest, type IngestCounters } from './fleet/ingest.js';
import { FleetRegistry } from './fleet/registry.js';
import { buildApi } from './api/server.js';
import { Reconciler } from './reconciler.js';
import { openSqliteStore } from './store/sqlite.js';

export interface RunningController {
  readonly mqttPort: number;
  readonly httpPort: number;
  readonly epoch: number;
  readonly counters: IngestCounters;
  reconcileNow(): Promise<unknown>;
  close(): Promise<void>;
}

export async function startController(
  cfg: ControllerConfig,
  deps: { logger: Logger; now?: () => number },
): Promise<RunningController> {
  const now = deps.now ?? Date.now;
  const logger = deps.logger;
  const store = openSqliteStore(cfg.dataDir, now());
  const broker = await startEmbeddedBroker({ host: cfg.mqttHost, port: cfg.mqttPort, prefix: cfg.prefix, logger });

  // The reconciler is created after the registry, which reports topology changes to it.
  let reconciler: Reconciler | null = null;
  const fleet = new FleetRegistry(store, now, (node, why) => {
    logger.info({ component: 'fleet', node, why }, 'node topology changed');
    reconciler?.poke();
  });
  const desired = new DesiredPublisher({
    store,
    bus: broker,
    prefix: cfg.prefix,
    logger: logger.child({ component: 'desired' }),
    now,
    telemetryIntervalMs: cfg.telemetryIntervalMs,
  });
  reconciler = new Reconciler(store, fleet, desired, logger.child({ component: 'reconciler' }), cfg.scheduleDebounceMs);

  await desired.republishAll();
  const ingestLog = logger.child({ component: 'ingest' });
  const counters = await startIngest(
    broker,
    cfg.prefix,
    {
      isKnown: (id) => fleet.has(id),
      hello: (h) => {
        ingestLog.info({ node: h.nodeId, bootId: h.bootId, labels: h.labels, applied: h.appliedGeneration }, 'hello');
        fleet.onHello(h);
      },
      state: (s) => fleet.onState(s),
      telemetry: (b) => {
        fleet.touch(b.nodeId);
        ingestLog.debug({ node: b.nodeId, samples: b.samples.length }, 'telemetry');
      },
      events: (b) => {
        fleet.touch(b.nodeId);
        for (const e of b.events) ingestLog.info({ node: b.nodeId, event: e }, `event ${e.type}`);
      },
      replies: (node) => {
        fleet.touch(node);
      },
    },
    logger,
  );

  const api = buildApi({ store, fleet, reconciler, logger, now });
  await api.listen({ host: cfg.httpHost, port: cfg.httpPort });
  const addr = api.server.address();
  const httpPort = typeof addr === 'object' && addr ? addr.port : cfg.httpPort;
  await reconciler.runNow();
  logger.info({ mqttPort: broker.port, httpPort, epoch: store.epoch(), dataDir: cfg.dataDir }, 'controller ready');

  const r = reconciler;
  return {
    mqttPort: broker.port,
    httpPort,
    epoch: store.epoch(),
    counters,
    reconcileNow: () => r.runNow(),
    async close() {
      await api.close();
      await r.close();
      await broker.close();
      store.close();
    },
  };
}
