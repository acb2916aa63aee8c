// The controller's composition root: builds store, broker, registry, reconciler and API from a
// validated config, explicitly and in order, and closes them in reverse.
import type { Logger } from 'pino';
import { formatJoinToken } from '../proto/join-token.js';
import { nodeTopic } from '../proto/topics.js';
import { ensureAdminToken, ensureReadToken } from './api/auth.js';
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
import { buildBrokerAuthServer, ensureBrokerAuthSecret } from './api/broker-auth-server.js';
import type { ClientAuthenticator } from './broker/auth-port.js';
import { ensureControllerPassword } from './broker/mosquitto-files.js';
import { MosquittoSync } from './broker/mosquitto-sync.js';
import { Reconciler } from './reconciler.js';
import { openSqliteStore } from './store/sqlite.js';
import type { ScaleChange, UsageSource } from './autoscaler.js';
import { NodeAdminState } from './fleet/node-admin.js';
import { SqliteNodeAdminStore } from './store/node-admin.js';
import { SqliteScaleStore } from './store/scale-store.js';
import { SqlitePolicyStore } from './store/policy-store.js';
import { CommandRelay, type RelayStats } from './commands/relay.js';
import type { LogsStreamLimits } from './commands/logs-stream.js';
import { newCounters } from './fleet/ingest.js';
import { OutboxBacklog } from './fleet/outbox-backlog.js';
import { createControllerMetrics, type ControllerMetrics } from './observability/metrics.js';
import { meteredBus } from './observability/metered-bus.js';
import { SqliteConfigStore } from './store/config-store.js';
import { SqliteRolloutStore } from './store/rollout-store.js';
import { RolloutManager } from './rollout/manager.js';
import { DashboardHub, type HubOptions } from './dashboard/hub.js';
import type { DashOverview } from './dashboard/types.js';
import { dashRollout } from './dashboard/rollout.js';
import { NodeAuthenticator } from './identity/authenticator.js';
import { Enrollment } from './identity/enrollment.js';
import { IdentityStore } from './identity/identity-store.js';
import { ensurePki, type Pki } from './identity/pki.js';

/** A node whose client certificate expires sooner than this is warned about on every hello. */
const CERT_WARN_MS = 30 * 86_400_000;

export interface RunningController {
  /** The port agents connect to (the embedded listener's, or the external broker's). */
  readonly mqttPort: number;
  readonly broker: { kind: 'embedded' | 'external'; url: string; link(): BrokerLinkStatus | null };
  readonly httpPort: number;
  /** The broker auth endpoint's port (--broker-auth-port), null when not served. */
  readonly brokerAuthPort: number | null;
  /** Enrolled and removed nodes, for an external Mosquitto's password file (broker/mosquitto-sync.ts). */
  readonly mosquitto: MosquittoSync;
  readonly epoch: number;
  readonly counters: IngestCounters;
  /** The bearer token every API route but /healthz requires, and the 0600 file holding it. */
  readonly adminToken: string;
  readonly adminTokenFile: string;
  /** The read-only token (GET only) and its file, read.token. */
  readonly readToken: string;
  readonly readTokenFile: string;
  /** Telemetry and events: latest samples, pressure, workload usage, history. */
  readonly fleetState: FleetState;
  /** Day-2 command relay figures: open log streams and how much they buffer. */
  commandStats(): RelayStats;
  /** Prometheus metrics (also served at /metrics). */
  readonly metrics: ControllerMetrics;
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
    /** Live dashboard updates: tick period and stream limits (dashboard/hub.ts). */
    dashboard?: Partial<HubOptions>;
    /** Log stream bounds and timeouts (controller/commands/logs-stream.ts). */
    logs?: Partial<LogsStreamLimits>;
    /** Who may connect, for the broker auth endpoint; default: the enrolled nodes (identity/authenticator.ts). */
    brokerAuthenticator?: ClientAuthenticator;
  },
): Promise<RunningController> {
  const now = deps.now ?? Date.now;
  const logger = deps.logger;
  const admin = ensureAdminToken(cfg.dataDir, logger);
  const reader = ensureReadToken(cfg.dataDir, logger);
  const store = openSqliteStore(cfg.dataDir, now());
  const fleetState = openFleetState(store.database, deps.fleetState ?? {}, now, logger);
  // Nodes' Mosquitto hashes are recorded whatever the broker, so a fleet can move to Mosquitto
  // later without enrolling again; the passwd file is rewritten only with --mosquitto-dir.
  const mosquitto = new MosquittoSync({
    dataDir: cfg.dataDir,
    dir: cfg.mosquittoDir,
    pidFile: cfg.mosquittoPidFile,
    controllerUsername: cfg.brokerUsername,
    logger,
  });
  // Before the broker link: the passwd written here holds the controller's own line too.
  if (cfg.mosquittoDir !== null) mosquitto.refresh('controller start');
  const pki = await ensurePki(cfg.dataDir, { hosts: [cfg.mqttHost, cfg.httpHost, ...(cfg.mqttTlsPort !== null ? [cfg.mqttTlsHost] : []), ...cfg.tlsNames], now, logger });
  const identity = new IdentityStore(store.database);
  // One authenticator for the embedded broker and the auth endpoint external brokers delegate to.
  const nodeAuthenticator = new NodeAuthenticator((id) => identity.credentials(id));
  const broker = await openBroker(cfg, logger, {
    authenticator: nodeAuthenticator,
    ...(cfg.mqttTlsPort !== null
      ? { tls: { host: cfg.mqttTlsHost, port: cfg.mqttTlsPort, key: pki.serverKeyPem, cert: pki.serverCertPem, ca: pki.caCertPem } }
      : {}),
  });

  // The reconciler is created after the registry, which reports topology changes to it.
  let reconciler: Reconciler | null = null;
  let ready: string | null = 'starting';
  const counters = newCounters();
  const backlog = new OutboxBacklog();
  const nodeAdmin = new NodeAdminState(new SqliteNodeAdminStore(store.database));
  const fleet = new FleetRegistry(store, now, (node, why) => {
    logger.info({ component: 'fleet', node, why }, 'node topology changed');
    reconciler?.poke();
  }, nodeAdmin, {
    onPersistError: (err, pending) => logger.error({ component: 'fleet', err, code: 'EF_CTL_STORE_FAILED', pending }, `could not write ${pending} node rows; retrying with the next change`),
  });
  // A join token's labels become the node's operator labels when it enrolls; the node's secret is
  // also kept as a Mosquitto hash while it is at hand (broker/mosquitto-sync.ts).
  const enrollment = new Enrollment(identity, pki, now, logger.child({ component: 'identity' }), (node, labels, secret) => {
    if (Object.keys(labels).length > 0) nodeAdmin.updateLabels(node, labels, [], now());
    mosquitto.nodeEnrolled(node, secret);
  });
  const metrics = createControllerMetrics({
    nodesByStatus: () => fleet.statusCounts(),
    ingest: counters,
    backlog: () => backlog.figures((id) => fleet.isOnline(id)),
    logStreams: () => relay.stats(),
  });
  const bus = meteredBus(broker, metrics.sent);
  const overview = (): DashOverview => {
    const byStatus = fleet.statusCounts();
    return {
      nodes: { total: Object.values(byStatus).reduce((a, b) => a + b, 0), byStatus },
      workloads: { total: store.listWorkloads().length, unplaced: reconciler?.unplaced().length ?? 0 },
      messages: { ...counters.accepted },
      nowMs: now(),
    };
  };
  const hub = new DashboardHub(overview, () => Object.values(counters.accepted).reduce((a, b) => a + b, 0), logger.child({ component: 'dashboard' }), deps.dashboard);
  const desired = new DesiredPublisher({
    store,
    bus,
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
  const configStore = new SqliteConfigStore(store.database);
  const rolloutStore = new SqliteRolloutStore(store.database, (body) => store.openWorkloadBody(body));
  const rollouts = new RolloutManager({ rollouts: rolloutStore, now, logger: logger.child({ component: 'rollout' }), poke: () => reconciler?.poke(true) });
  reconciler = new Reconciler(store, fleet, desired, logger.child({ component: 'reconciler' }), cfg.scheduleDebounceMs, {
    pressure: (id) => fleetState.telemetry.pressure(id),
    usage: deps.workloadUsage ?? usageFromTelemetry,
    scale: new SqliteScaleStore(store.database),
    autoscaleIntervalMs: deps.autoscaleIntervalMs,
    now,
    ...(deps.disconnect ? { disconnect: deps.disconnect } : {}),
    policies: () => policyStore.list(),
    observe: {
      schedule: metrics.observeSchedule,
      run: (s) => {
        metrics.observeReconcile(s);
        hub.poke(); // placements may have moved: open dashboards refetch
      },
    },
    config: configStore,
    rollouts,
  });

  const relay = new CommandRelay({
    bus,
    prefix: cfg.prefix,
    now,
    logger: logger.child({ component: 'commands' }),
    isOnline: (id) => fleet.isOnline(id),
    ...(deps.logs ? { limits: deps.logs } : {}),
  });

  // Not awaited before serving nodes: at 10,000 nodes the publishes took seconds of a restart in
  // which nobody could connect (republishAll is safe to overlap with hellos and syncs).
  const republished = desired.republishAll((id) => fleet.has(id));
  republished.catch(() => undefined); // awaited (and its error thrown) before ready, below
  const ingestLog = logger.child({ component: 'ingest' });
  await startIngest(
    bus,
    cfg.prefix,
    {
      isKnown: (id) => fleet.has(id),
      hello: (h) => {
        ingestLog.info({ node: h.nodeId, bootId: h.bootId, labels: h.labels, applied: h.appliedGeneration }, 'hello');
        const certLeftMs = h.certNotAfterMs === undefined ? null : h.certNotAfterMs - now();
        if (certLeftMs !== null && certLeftMs < CERT_WARN_MS) {
          const days = Math.floor(certLeftMs / 86_400_000);
          ingestLog.warn(
            { node: h.nodeId, certNotAfter: new Date(h.certNotAfterMs ?? 0).toISOString(), daysLeft: days },
            certLeftMs <= 0 ? `node ${h.nodeId}: its client certificate has expired` : `node ${h.nodeId}: its client certificate expires in ${days} days (under 30)`,
          );
        }
        fleet.onHello(h);
        desired
          .resendIfBehind(h.nodeId, { epoch: h.appliedEpoch, generation: h.appliedGeneration })
          .catch((err: unknown) => ingestLog.warn({ err, node: h.nodeId }, 'resending desired state failed'));
      },
      state: (s) => {
        const known = fleet.onState(s);
        if (known) rollouts.onState(s);
        return known;
      },
      telemetry: (b) => {
        fleet.touch(b.nodeId);
        backlog.report(b.nodeId, b.outboxBacklog);
        const r = fleetState.telemetry.ingest(b);
        // Per message: the line's object is built only when debug is on.
        if (ingestLog.isLevelEnabled('debug')) {
          const seqs = { firstSeq: b.samples[0]?.seq ?? 0, lastSeq: b.samples.at(-1)?.seq ?? 0 };
          ingestLog.debug({ node: b.nodeId, bootId: b.bootId, samples: b.samples.length, ...seqs, duplicates: r.duplicates, dropped: b.dropped }, 'telemetry');
        }
      },
      events: (b) => {
        fleet.touch(b.nodeId);
        fleetState.events.ingest(b);
        hub.onEvents(b.events.map((e) => ({ node: b.nodeId, tsMs: e.tsMs, type: e.type, severity: e.severity, workload: e.workload, message: e.message })));
        for (const e of b.events) ingestLog.info({ node: b.nodeId, event: e }, `event ${e.type}`);
      },
      replies: (node, r) => {
        fleet.touch(node);
        relay.onReply(node, r);
      },
    },
    logger,
    counters,
  );

  // An external link connects only now, with every handler in place for the session's backlog.
  // The embedded broker listens once start-up is done (below).
  if (broker.kind === 'external') await broker.start();
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

  const api = buildApi({
    store,
    fleet,
    reconciler,
    logger,
    now,
    adminToken: admin.token,
    readToken: reader.token,
    policies: policyStore,
    ingest: counters,
    connectStats: () => broker.connectStats(),
    relay,
    configStore,
    desiredWorkloads: (id) => desired.desiredWorkloads(id),
    metrics,
    metricsNoAuth: cfg.metricsNoAuth,
    // With an external broker the controller cannot reach its fleet while that link is down.
    dashboard: { store, fleet, reconciler, telemetry: fleetState.telemetry, backlog, hub, overview, now, rollout: (w) => dashRollout(rollouts.status(w)) },
    notReady: () => ready ?? (broker.link()?.connected === false ? `external broker unreachable: ${broker.link()?.lastError ?? 'connecting'}` : null),
    rollouts,
    rolloutStore,
    ...fleetState,
    ...(cfg.httpTls ? { https: { key: pki.serverKeyPem, cert: pki.serverCertPem } } : {}),
    identity: {
      enrollment,
      identity,
      caCertPem: pki.caCertPem,
      caSha256: pki.caSha256,
      now,
      isKnownNode: (name) => fleet.has(name),
      // Revoke first (a reconnect is refused from now on), then end the connection (its Last Will
      // is published before this resolves), then clear what the broker retains for the node, then
      // forget the node and reschedule its placements at once.
      removeNode: async (name) => {
        const revoked = identity.revokeNode(name, now());
        const disconnected = await broker.disconnectClient(name);
        mosquitto.nodeRemoved(name);
        desired.forget(name);
        for (const kind of ['desired', 'state'] as const) await broker.publish(nodeTopic(cfg.prefix, name, kind), new Uint8Array(0), { qos: 1, retain: true });
        const forgotten = fleet.remove(name);
        await reconciler?.runNow();
        return { revoked, disconnected, forgotten };
      },
    },
  });
  await api.listen({ host: cfg.httpHost, port: cfg.httpPort });
  const addr = api.server.address();
  const httpPort = typeof addr === 'object' && addr ? addr.port : cfg.httpPort;
  let brokerAuth: ReturnType<typeof buildBrokerAuthServer> | null = null;
  let brokerAuthPort: number | null = null;
  if (cfg.brokerAuthPort !== null) {
    const shared = ensureBrokerAuthSecret(cfg.dataDir);
    brokerAuth = buildBrokerAuthServer({
      prefix: cfg.prefix,
      authenticator: deps.brokerAuthenticator ?? nodeAuthenticator,
      secret: shared.secret,
      controller: { username: cfg.brokerUsername, password: ensureControllerPassword(cfg.dataDir).password },
      logger,
    });
    await brokerAuth.listen({ host: cfg.brokerAuthHost, port: cfg.brokerAuthPort });
    const a = brokerAuth.server.address();
    brokerAuthPort = typeof a === 'object' && a ? a.port : cfg.brokerAuthPort;
    logger.info({ host: cfg.brokerAuthHost, port: brokerAuthPort, secretFile: shared.file }, 'broker auth endpoint listening');
  }
  await republished;
  await reconciler.runNow();
  if (broker.kind === 'embedded') {
    // Nodes are served from here on: their hellos find every handler subscribed, and the start-up
    // work (loading, republishing and reconciling 10,000 nodes takes seconds) no longer blocks the
    // event loop, so a restarted fleet is accepted at the connect rate from the first second.
    // Until now their connects were refused (ECONNREFUSED) and they retried within the first window.
    try {
      await broker.start();
    } catch (err) {
      hub.close();
      relay.close();
      await api.close();
      await brokerAuth?.close();
      await reconciler.close();
      await broker.close();
      fleetState.close();
      store.close();
      throw err;
    }
  }
  ready = null;
  logger.info({ mqttPort: broker.port, broker: broker.kind, brokerUrl: broker.url, mqttTlsPort: broker.tlsPort, caSha256: pki.caSha256, httpPort, httpTls: cfg.httpTls, epoch: store.epoch(), dataDir: cfg.dataDir, adminTokenFile: admin.file }, 'controller ready');

  const r = reconciler;
  return {
    mqttPort: broker.port,
    broker: { kind: broker.kind, url: broker.url, link: () => broker.link() },
    httpPort,
    brokerAuthPort,
    mosquitto,
    epoch: store.epoch(),
    counters,
    adminToken: admin.token,
    adminTokenFile: admin.file,
    readToken: reader.token,
    readTokenFile: reader.file,
    fleetState,
    commandStats: () => relay.stats(),
    metrics,
    mqttTlsPort: broker.tlsPort,
    pki,
    identity,
    createJoinToken(o = {}) {
      const { info, secret } = identity.createToken({ ttlMs: o.ttlMs === undefined ? 3_600_000 : o.ttlMs, maxUses: o.maxUses === undefined ? 1 : o.maxUses, labels: o.labels ?? {} }, now());
      return formatJoinToken({ caSha256: pki.caSha256, id: info.id, secret });
    },
    // In-process callers (tests, the CLI's own controller) get the run once its snapshots are on the bus.
    reconcileNow: async () => {
      const outcome = await r.runNow();
      await desired.published();
      return outcome;
    },
    autoscaleNow: () => r.autoscaler.evaluate(),
    async close() {
      ready = 'shutting down';
      hub.close();
      if (silenceTimer) clearInterval(silenceTimer);
      // Open log streams end first: their responses finish and close their connections, so the
      // HTTP server has nothing left to wait for.
      relay.close();
      await api.close();
      await brokerAuth?.close();
      await r.close();
      await broker.close();
      fleetState.close();
      try {
        fleet.close(); // the node rows still pending (write-behind)
      } catch (err) {
        logger.error({ component: 'fleet', err, code: 'EF_CTL_STORE_FAILED' }, 'could not write the pending node rows at shutdown');
      }
      store.close();
    },
  };
}
