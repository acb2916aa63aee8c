// The controller's composition root: builds store, broker, registry, reconciler and API from a
// validated config, explicitly and in order, and closes them in reverse.
import type { Logger } from 'pino';
import { formatJoinToken } from '../proto/join-token.js';
import { ensureAdminToken } from './api/auth.js';
import { openBroker } from './broker/open.js';
import type { BrokerLinkStatus } from './broker/external.js';
import { nodeSilenceTimeoutMs, type ControllerConfig } from './config.js';
import { DesiredPublisher } from './desired/publisher.js';
import { startIngest, type IngestCounters } from './fleet/ingest.js';
import type { FleetStateConfig } from './fleet/fleet-config.js';
import { openFleetState, type FleetState } from './fleet/fleet-state.js';
import { FleetRegistry } from './fleet/registry.js';
import type { DisconnectConfig } from './fleet/disconnect.js';
import { buildApi } from './api/server.js';
import { Reconciler } from './reconciler.js';
import { openSqliteStore } from './store/sqlite.js';
import type { ScaleChange, UsageSource } from './autoscaler.js';
import { NodeAdminState } from './fleet/node-admin.js';
import { SqliteNodeAdminStore } from './store/node-admin.js';
import { SqliteScaleStore } from './store/scale-store.js';
import { SqlitePolicyStore } from './store/policy-store.js';
import { CommandRelay, type RelayStats } from './commands/relay.js';
import type { LogsStreamLimits } from './commands/logs-stream.js';
import { NodeAuthenticator } from './identity/authenticator.js';
import { Enrollment } from './identity/enrollment.js';
import { IdentityStore } from './identity/identity-store.js';
import { ensurePki, type Pki } from './identity/pki.js';

export interface RunningController {
  /** The port agents connect to (the embedded listener's, or the external broker's). */
  readonly mqttPort: number;
  readonly broker: { kind: 'embedded' | 'external'; url: string; link(): BrokerLinkStatus | null };
  readonly httpPort: number;
  readonly epoch: number;
  readonly counters: IngestCounters;
  /** The bearer token every API route but /healthz requires, and the 0600 file holding it. */
  readonly adminToken: string;
  readonly adminTokenFile: string;
  /** Telemetry and events: latest samples, pressure, workload usage, history. */
  readonly fleetState: FleetState;
  /** Day-2 command relay figures: open log streams and how much they buffer. */
  commandStats(): RelayStats;
  /** The TLS MQTT listener's port (0: none). */
  readonly mqttTlsPort: number;
  /** The CA, its hash (join tokens pin it) and the server certificate. */
  readonly pki: Pki;
  /** Join tokens and node credentials. */
  readonly identity: IdentityStore;
  /** Creates a join token (the same as POST /api/v1/tokens) and returns it formatted. */
  createJoinToken(o?: { ttlMs?: number | null; maxUses?: number | null; labels?: Record<string, string> }): string;
  reconcileNow(): Promise<unknown>;
  /** One autoscale evaluation now (also run every autoscaleIntervalMs). */
  autoscaleNow(): ScaleChange[];
  close(): Promise<void>;
}

export async function startController(
  cfg: ControllerConfig,
  deps: {
    logger: Logger;
    now?: () => number;
    fleetState?: Partial<FleetStateConfig>;
    /** Per-instance usage of a workload for autoscaling; default: from the latest telemetry. */
    workloadUsage?: UsageSource;
    /** How often autoscaling is evaluated (default 15 s; 0: only by autoscaleNow). */
    autoscaleIntervalMs?: number;
    /** Silent nodes: replacement rate limit and mass-disconnect share (fleet/disconnect.ts). */
    disconnect?: Partial<DisconnectConfig>;
    /** Log stream bounds and timeouts (controller/commands/logs-stream.ts). */
    logs?: Partial<LogsStreamLimits>;
  },
): Promise<RunningController> {
  const now = deps.now ?? Date.now;
  const logger = deps.logger;
  const admin = ensureAdminToken(cfg.dataDir, logger);
  const store = openSqliteStore(cfg.dataDir, now());
  const fleetState = openFleetState(store.database, deps.fleetState ?? {}, now, logger);
  const pki = await ensurePki(cfg.dataDir, { hosts: [cfg.mqttHost, cfg.httpHost, ...cfg.tlsNames], now, logger });
  const identity = new IdentityStore(store.database);
  const broker = await openBroker(cfg, logger, {
    authenticator: new NodeAuthenticator((id) => identity.credentials(id)),
    ...(cfg.mqttTlsPort !== null
      ? { tls: { host: cfg.mqttTlsHost, port: cfg.mqttTlsPort, key: pki.serverKeyPem, cert: pki.serverCertPem, ca: pki.caCertPem } }
      : {}),
  });

  // The reconciler is created after the registry, which reports topology changes to it.
  let reconciler: Reconciler | null = null;
  const nodeAdmin = new NodeAdminState(new SqliteNodeAdminStore(store.database));
  const fleet = new FleetRegistry(store, now, (node, why) => {
    logger.info({ component: 'fleet', node, why }, 'node topology changed');
    reconciler?.poke();
  }, nodeAdmin);
  // A join token's labels become the node's operator labels when it enrolls.
  const enrollment = new Enrollment(identity, pki, now, logger.child({ component: 'identity' }), (node, labels) => {
    if (Object.keys(labels).length > 0) nodeAdmin.updateLabels(node, labels, [], now());
  });
  const desired = new DesiredPublisher({
    store,
    bus: broker,
    prefix: cfg.prefix,
    logger: logger.child({ component: 'desired' }),
    now,
    telemetryIntervalMs: cfg.telemetryIntervalMs,
  });
  const usageFromTelemetry: UsageSource = (name) => {
    const u = fleetState.telemetry.workloadUsage(name);
    return Array.from({ length: u.instances }, () => ({ cpuPercent: u.cpuPercent, memoryBytes: u.memoryBytes }));
  };
  const policyStore = new SqlitePolicyStore(store.database);
  reconciler = new Reconciler(store, fleet, desired, logger.child({ component: 'reconciler' }), cfg.scheduleDebounceMs, {
    pressure: (id) => fleetState.telemetry.pressure(id),
    usage: deps.workloadUsage ?? usageFromTelemetry,
    scale: new SqliteScaleStore(store.database),
    autoscaleIntervalMs: deps.autoscaleIntervalMs,
    now,
    ...(deps.disconnect ? { disconnect: deps.disconnect } : {}),
    policies: () => policyStore.list(),
  });

  const relay = new CommandRelay({
    bus: broker,
    prefix: cfg.prefix,
    now,
    logger: logger.child({ component: 'commands' }),
    isOnline: (id) => fleet.get(id)?.status !== 'Offline',
    ...(deps.logs ? { limits: deps.logs } : {}),
  });

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
        desired
          .resendIfBehind(h.nodeId, { epoch: h.appliedEpoch, generation: h.appliedGeneration })
          .catch((err: unknown) => ingestLog.warn({ err, node: h.nodeId }, 'resending desired state failed'));
      },
      state: (s) => fleet.onState(s),
      telemetry: (b) => {
        fleet.touch(b.nodeId);
        const r = fleetState.telemetry.ingest(b);
        const seqs = { firstSeq: b.samples[0]?.seq ?? 0, lastSeq: b.samples.at(-1)?.seq ?? 0 };
        ingestLog.debug({ node: b.nodeId, bootId: b.bootId, samples: b.samples.length, ...seqs, duplicates: r.duplicates, dropped: b.dropped }, 'telemetry');
      },
      events: (b) => {
        fleet.touch(b.nodeId);
        fleetState.events.ingest(b);
        for (const e of b.events) ingestLog.info({ node: b.nodeId, event: e }, `event ${e.type}`);
      },
      replies: (node, r) => {
        fleet.touch(node);
        relay.onReply(node, r);
      },
    },
    logger,
  );

  // An external link connects only now, with every handler in place for the session's backlog.
  await broker.start();
  let silenceTimer: NodeJS.Timeout | null = null;
  if (broker.kind === 'external') {
    const timeoutMs = nodeSilenceTimeoutMs(cfg);
    const fleetLog = logger.child({ component: 'fleet' });
    silenceTimer = setInterval(() => {
      const expired = fleet.expireSilent(now() - timeoutMs);
      if (expired.length > 0) fleetLog.info({ nodes: expired.slice(0, 20), count: expired.length, timeoutMs }, 'silent nodes marked Offline');
    }, Math.min(10_000, Math.max(1000, Math.floor(timeoutMs / 4))));
    silenceTimer.unref();
  }

  const api = buildApi({ store, fleet, reconciler, logger, now, adminToken: admin.token, policies: policyStore, ingest: counters, relay, ...fleetState,
    identity: { enrollment, identity, caCertPem: pki.caCertPem, caSha256: pki.caSha256, now },
  });
  await api.listen({ host: cfg.httpHost, port: cfg.httpPort });
  const addr = api.server.address();
  const httpPort = typeof addr === 'object' && addr ? addr.port : cfg.httpPort;
  await reconciler.runNow();
  logger.info({ mqttPort: broker.port, broker: broker.kind, brokerUrl: broker.url, mqttTlsPort: broker.tlsPort, caSha256: pki.caSha256, httpPort, epoch: store.epoch(), dataDir: cfg.dataDir, adminTokenFile: admin.file }, 'controller ready');

  const r = reconciler;
  return {
    mqttPort: broker.port,
    broker: { kind: broker.kind, url: broker.url, link: () => broker.link() },
    httpPort,
    epoch: store.epoch(),
    counters,
    adminToken: admin.token,
    adminTokenFile: admin.file,
    fleetState,
    commandStats: () => relay.stats(),
    mqttTlsPort: broker.tlsPort,
    pki,
    identity,
    createJoinToken(o = {}) {
      const { info, secret } = identity.createToken({ ttlMs: o.ttlMs === undefined ? 3_600_000 : o.ttlMs, maxUses: o.maxUses === undefined ? 1 : o.maxUses, labels: o.labels ?? {} }, now());
      return formatJoinToken({ caSha256: pki.caSha256, id: info.id, secret });
    },
    reconcileNow: () => r.runNow(),
    autoscaleNow: () => r.autoscaler.evaluate(),
    async close() {
      if (silenceTimer) clearInterval(silenceTimer);
      // Open log streams end first: their responses finish and close their connections, so the
      // HTTP server has nothing left to wait for.
      relay.close();
      await api.close();
      await r.close();
      await broker.close();
      fleetState.close();
      store.close();
    },
  };
}
