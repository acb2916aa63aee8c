// The agent's composition root: config -> disk state -> runtime -> reconciler -> link, built
// explicitly, closed in reverse. Nothing here is created at import time.
import Dockerode from 'dockerode';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { decode, encode, isCodecError } from '../proto/codec.js';
import { isNewer, type DesiredState, type EdgeEvent, type NodeState } from '../proto/types.js';
import type { AgentConfig } from './config.js';
import { Link } from './link/link.js';
import { CRASH_LOOP_DEFAULTS, CrashLoopTracker, type CrashLoopOptions } from './lifecycle/crash-loop.js';
import { AgentReconciler, type PassOutcome } from './reconciler.js';
import { DockerRuntime } from './runtime/docker.js';
import type { RuntimePort } from './runtime/port.js';
import { buildHello, certNotAfter } from './hello.js';
import { admitContainer } from './security.js';
import { housekeep } from './lifecycle/housekeeping.js';
import { Uplink } from './link/uplink.js';
import { Outbox } from './outbox/outbox.js';
import { defaultSampleSources } from './telemetry/default-sources.js';
import { TelemetrySampler } from './telemetry/sampler.js';
import { PulledImages } from './lifecycle/image-prune.js';
import { loadRegistryAuth } from './registry-auth.js';
import { DesiredStore } from './state/desired-store.js';
import { ReadyClock } from './ready.js';
import { buildNodeState } from './status.js';
import { UpdateHolder } from './gates/holder.js';
import { LocalAutonomy, type AutonomyDeps } from './policy/autonomy.js';
import { CommandHandler } from './commands/handler.js';
import type { CommandLimits } from './commands/limits.js';
import { startAgentHttp, type AgentHttp } from './metrics-server.js';
import { ensureIdentity } from './identity/enroll.js';

export const DEFAULT_TELEMETRY_INTERVAL_MS = 10_000;

export interface RunningAgent {
  readonly bootId: string;
  /** The port of /metrics, /livez and /readyz (--metrics-port), or null when off. */
  readonly metricsPort: number | null;
  /** Outbox figures: bytes, records waiting, drops. */
  outboxStats(): ReturnType<Outbox['stats']>;
  held(): DesiredState | null;
  idle(): Promise<void>;
  close(): Promise<void>;
}

export interface AgentDeps {
  logger: Logger;
  now?: () => number;
  runtime?: RuntimePort;
  crashLoop?: Partial<CrashLoopOptions>;
  /** Local autonomy knobs and test seams (agent/policy/autonomy.ts, agent/gates/holder.ts). */
  autonomy?: Pick<AutonomyDeps, 'runWhenGraceMs' | 'metrics'> & { minuteOfDay?: (nowMs: number) => number };
  /** Bounds of day-2 commands (agent/commands/limits.ts). */
  commands?: Partial<CommandLimits>;
}

export async function startAgent(cfg: AgentConfig, deps: AgentDeps): Promise<RunningAgent> {
  const now = deps.now ?? Date.now;
  const logger = deps.logger.child({ node: cfg.nodeId });
  const bootId = randomUUID();
  const startedAtMs = now();
  // Credentials first: without them there is no link, and enrolling (first start with --token) may fail.
  const identity = await ensureIdentity({ api: cfg.api, token: cfg.token, nodeId: cfg.nodeId, stateDir: cfg.stateDir, logger, now });
  const certNotAfterMs = certNotAfter(identity.certPem, logger);
  const store = new DesiredStore(cfg.stateDir);
  const authFor = loadRegistryAuth(cfg.registryAuthFile);
  const pulled = new PulledImages(cfg.stateDir);

  let held: DesiredState | null = null;
  try {
    held = store.load();
    if (held) logger.info({ epoch: held.controllerEpoch, generation: held.generation }, 'loaded desired state from disk');
  } catch (err) {
    // Acting on nothing would remove every workload: wait for the controller instead.
    logger.error({ err, code: 'EF_AGENT_STATE_CORRUPT' }, 'stored desired state is unreadable; waiting for the controller');
  }

  const runtime =
    deps.runtime ??
    new DockerRuntime({
      docker: new Dockerode({ socketPath: cfg.dockerSocket }),
      nodeId: cfg.nodeId,
      logger: logger.child({ component: 'runtime' }),
    });

  let applied = { epoch: 0, generation: 0 };
  const ready = new ReadyClock();
  let lastOutcome: PassOutcome | null = null;
  let runtimeSinceMs = now();
  let link: Link | null = null;
  let retryTimer: NodeJS.Timeout | null = null;

  const stateNow = (online: boolean): NodeState => {
    const s = buildNodeState({ nodeId: cfg.nodeId, bootId, desired: held, outcome: lastOutcome, nowMs: now(), runtimeSinceMs, applied, pulling, readySince: (id) => ready.of(id) });
    return { ...s, online, conditions: [...s.conditions, ...autonomy.conditions(), holder.condition()] };
  };
  const publishState = (): void => {
    if (!link?.connected) return;
    link.publish('state', encode('state', stateNow(true)), true).catch((err: unknown) => logger.debug({ err }, 'state publish failed'));
  };
  // Pull progress arrives many times a second; the state goes out at most once a second.
  const pulling = new Map<string, string>();
  let stateTimer: NodeJS.Timeout | null = null;
  const publishStateSoon = (): void => {
    stateTimer ??= setTimeout(() => {
      stateTimer = null;
      publishState();
    }, 1000);
  };
  // Events and telemetry go through the durable outbox (agent/link/uplink.ts).
  const outbox = Outbox.open({ dir: join(cfg.stateDir, 'outbox'), maxBytes: cfg.outboxMaxBytes, logger: logger.child({ component: 'outbox' }) });
  const uplink = new Uplink(
    outbox,
    {
      get connected() {
        return link?.connected ?? false;
      },
      publish: (kind, payload) => (link ? link.publish(kind, payload) : Promise.reject(new Error('no link yet'))),
    },
    cfg.nodeId,
    logger,
  );
  const emit = (type: string, workload: string, message: string, severity: EdgeEvent['severity'] = 'info'): void => {
    const level = severity === 'error' ? 'warn' : 'info';
    logger[level]({ component: 'events', event: type, workload }, message);
    uplink.event(bootId, { tsMs: now(), type, severity, workload, reason: type, message, attributes: {} });
  };
  // Update gates and local policies (issue 5): a held desired state waits on disk; rules run each tick.
  const holder = new UpdateHolder({ stateDir: cfg.stateDir, now, emit, ...(deps.autonomy?.minuteOfDay ? { minuteOfDay: deps.autonomy.minuteOfDay } : {}) });
  const resumed = holder.resume(held);
  if (resumed) store.save((held = resumed));
  const autonomy = new LocalAutonomy({ now, desired: () => held, emit, trigger: (r) => trigger(r), onTick: () => releaseHeld(), logger, ...deps.autonomy });

  const sampler = new TelemetrySampler({
    intervalMs: held?.telemetryIntervalMs || DEFAULT_TELEMETRY_INTERVAL_MS,
    now,
    read: defaultSampleSources({ mounts: ['/', cfg.stateDir] }),
    // Called once per tick: no engine call, only what the last pass saw running.
    containers: () => (lastOutcome?.actual ?? []).filter((c) => c.state === 'running').map((c) => ({ workload: c.workload, containerId: c.id })),
    onSample: (sample) => {
      uplink.sample(bootId, sample);
      autonomy.onSample(sample);
    },
    logger: logger.child({ component: 'telemetry' }),
  });
  sampler.start();

  const reconciler = new AgentReconciler({
    runtime,
    nodeId: cfg.nodeId,
    logger: logger.child({ component: 'reconciler' }),
    now,
    desired: () => held,
    emit,
    local: () => autonomy.tick('plan'),
    crash: new CrashLoopTracker({ ...CRASH_LOOP_DEFAULTS, ...deps.crashLoop }),
    authFor,
    admit: (ask) => admitContainer(ask, cfg.securityPolicy, cfg.dockerSocket),
    onPulled: (image) => pulled.add(image),
    progress: (workload, message) => {
      pulling.set(workload, message);
      publishStateSoon();
    },
    onPass: (outcome) => {
      const wasReachable = lastOutcome?.runtimeError === undefined;
      if (wasReachable !== (outcome.runtimeError === undefined)) runtimeSinceMs = now();
      lastOutcome = outcome;
      if (outcome.runtimeError === undefined) ready.observe(outcome.actual, now());
      pulling.clear();
      if (outcome.converged && held && (applied.epoch !== held.controllerEpoch || applied.generation !== held.generation)) {
        applied = { epoch: held.controllerEpoch, generation: held.generation };
        logger.info({ epoch: applied.epoch, generation: applied.generation, workloads: outcome.actual.length }, 'converged on desired state');
      }
      publishState();
      if (retryTimer) clearTimeout(retryTimer);
      retryTimer = null;
      if (outcome.retryAtMs !== null) {
        retryTimer = setTimeout(() => reconciler.trigger('backoff elapsed'), Math.max(0, outcome.retryAtMs - now()) + 10);
      }
    },
  });
  const trigger = (reason: string, preempt = false): void => {
    if (held) reconciler.trigger(reason, preempt);
  };
  const commands = new CommandHandler({
    nodeId: cfg.nodeId,
    runtime,
    logger: logger.child({ component: 'commands' }),
    now,
    desired: () => held,
    send: (r) => (link ? link.publish('replies', encode('replies', r)) : Promise.reject(new Error('no link yet'))),
    exclusive: (fn) => reconciler.exclusive(fn),
    emit: (type, workload, message) => emit(type, workload, message),
    ...(deps.commands ? { limits: deps.commands } : {}),
  });

  const onDesired = (payload: Buffer): void => {
    let d: DesiredState;
    try {
      d = decode('desired', payload);
    } catch (err) {
      const message = isCodecError(err) ? err.message : String(err);
      logger.error({ code: 'EF_AGENT_DESIRED_INVALID', bytes: payload.length, err: message }, `rejected desired state: ${message}`);
      emit('DesiredRejected', '', message, 'error');
      return;
    }
    if (d.nodeId !== cfg.nodeId) {
      logger.error({ code: 'EF_AGENT_DESIRED_INVALID', for: d.nodeId }, `rejected desired state addressed to node ${d.nodeId}`);
      return;
    }
    const have = { epoch: held?.controllerEpoch ?? 0, generation: held?.generation ?? 0 };
    if (held && !isNewer({ epoch: d.controllerEpoch, generation: d.generation }, have)) {
      logger.debug({ generation: d.generation, held: have.generation }, 'desired state not newer than held; ignored');
      return;
    }
    if (!holder.offer(held, d)) return publishState(); // an update gate is closed: kept on disk, applied when it opens
    adopt(d);
  };
  const adopt = (d: DesiredState): void => {
    store.save(d); // on disk before acting on it
    held = d;
    sampler.setIntervalMs(d.telemetryIntervalMs);
    logger.info({ epoch: d.controllerEpoch, generation: d.generation, workloads: d.workloads.length }, 'new desired state');
    trigger(`desired generation ${d.generation}`, true);
  };
  const releaseHeld = (): void => {
    const d = holder.check(held);
    if (d) adopt(d);
  };

  link = new Link({
    url: cfg.server,
    nodeId: cfg.nodeId,
    prefix: cfg.prefix,
    logger: logger.child({ component: 'link' }),
    will: encode('state', { ...stateNow(false), workloads: [], conditions: [] }),
    reconnectMs: cfg.reconnectMs,
    reconnectMaxMs: cfg.reconnectMaxMs,
    keepaliveS: cfg.keepaliveS,
    credentials: identity,
    onConnect: () => {
      uplink.connected();
      autonomy.onLink(true);
      void buildHello({ cfg, runtime, bootId, startedAtMs, applied, certNotAfterMs })
        .then((h) => link?.publish('hello', encode('hello', h)))
        .then(() => publishState())
        .catch((err: unknown) => logger.warn({ err }, 'hello failed'));
    },
    onDisconnect: () => {
      autonomy.onLink(false);
      commands.onDisconnect();
    },
    onDesired,
    onCommand: (payload) => commands.onPayload(payload),
  });

  // Runtime events only trigger passes; when the stream breaks (engine restarted or gone), the
  // periodic resync keeps reconciling and the stream is re-opened after a pause.
  let stopWatch: () => void = () => undefined;
  let rewatchTimer: NodeJS.Timeout | null = null;
  let closing = false;
  const watch = (): void => {
    stopWatch = runtime.watch(
      (e) => trigger(`runtime ${e.action} ${e.workload}`),
      (err) => {
        logger.warn({ err: err.message }, 'runtime event stream failed; re-opening in 5 s');
        if (closing) return;
        rewatchTimer = setTimeout(() => {
          trigger('runtime event stream re-opened');
          watch();
        }, 5_000);
      },
    );
  };
  watch();
  let housekeeping: Promise<unknown> | null = null;

  const resync = setInterval(() => {
    trigger('periodic resync');
    housekeeping ??= housekeep({ runtime, pulled, desired: held, logger, emit }).finally(() => (housekeeping = null));
  }, cfg.resyncMs);
  trigger('start');

  let http: AgentHttp | null = null;
  if (cfg.metricsPort !== undefined) {
    http = await startAgentHttp({
      host: cfg.metricsHost,
      port: cfg.metricsPort,
      startedAtMs,
      logger: logger.child({ component: 'metrics' }),
      snapshot: () => {
        const st = uplink.stats();
        return {
          linkConnected: link?.connected ?? false,
          outboxRecords: st.records,
          outboxBytes: st.bytes,
          outboxMaxBytes: st.maxBytes,
          outboxDropped: st.dropped,
          appliedGeneration: applied.generation,
          desiredGeneration: held?.generation ?? 0,
          containersRunning: (lastOutcome?.actual ?? []).filter((c) => c.state === 'running').length,
        };
      },
    });
    http.setReady(true);
  }

  return {
    bootId,
    metricsPort: http?.port ?? null,
    outboxStats: () => uplink.stats(),
    held: () => held,
    idle: () => reconciler.idle(),
    async close() {
      closing = true;
      http?.setReady(false);
      autonomy.close();
      clearInterval(resync);
      if (retryTimer) clearTimeout(retryTimer);
      if (rewatchTimer) clearTimeout(rewatchTimer);
      if (stateTimer) clearTimeout(stateTimer);
      stopWatch();
      await commands.close();
      await sampler.stop();
      await reconciler.stop();
      await housekeeping;
      await link?.close(encode('state', stateNow(false)));
      await uplink.close();
      await http?.close();
    },
  };
}
