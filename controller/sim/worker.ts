// A simulator worker process: owns its share of the simulated nodes and answers the parent
// (fleet.ts) over IPC. It exits when the parent goes away, so no node outlives the simulator.
import { loadCredentials } from './credentials.js';
import { newStats, SimNode } from './node.js';
import type { FromWorker, TelemetryMode, ToWorker, WorkerConfig, WorkerSnapshot } from './protocol.js';

const nodes: SimNode[] = [];
const stats = newStats();
const timers: NodeJS.Timeout[] = [];
let openTimer: NodeJS.Timeout | null = null;

function send(m: FromWorker): void {
  process.send?.(m);
}

function start(cfg: WorkerConfig): void {
  const auth = loadCredentials(cfg.credentialsFile);
  const make = (id: string): SimNode =>
    new SimNode({
      url: cfg.url,
      prefix: cfg.prefix,
      nodeId: id,
      labels: cfg.labels,
      keepaliveS: cfg.keepaliveS,
      reconnect: cfg.reconnect,
      applyDelayMs: cfg.applyDelayMs,
      auth: auth(id),
      stats,
      now: Date.now,
    });
  if (cfg.openPerSecond <= 0) {
    for (const id of cfg.nodeIds) nodes.push(make(id));
    return;
  }
  // Opening ramp: ids are opened every 10 ms in slices of openPerSecond / 100.
  let i = 0;
  const perTick = Math.max(1, Math.round(cfg.openPerSecond / 100));
  openTimer = setInterval(() => {
    for (let k = 0; k < perTick && i < cfg.nodeIds.length; k++) nodes.push(make(cfg.nodeIds[i++]!));
    if (i >= cfg.nodeIds.length && openTimer) clearInterval(openTimer);
  }, 10);
}

function setTelemetry(tel: TelemetryMode): void {
  for (const t of timers.splice(0)) clearTimeout(t);
  if (tel.mode === 'interval') {
    for (const n of nodes) {
      // Each node at its own phase, as a real fleet started over time would be.
      timers.push(
        setTimeout(() => {
          n.sendTelemetry(tel.samples);
          timers.push(setInterval(() => n.sendTelemetry(tel.samples), tel.intervalMs));
        }, Math.floor(Math.random() * tel.intervalMs)),
      );
    }
  } else if (tel.mode === 'rate' && nodes.length > 0) {
    let tokens = 0;
    let cursor = 0;
    let last = performance.now();
    timers.push(
      setInterval(() => {
        const t = performance.now();
        tokens = Math.min(nodes.length, tokens + (tel.batchesPerS * (t - last)) / 1000);
        last = t;
        for (let tried = 0; tokens >= 1 && tried < nodes.length; tried++) {
          if (nodes[cursor++ % nodes.length]!.sendTelemetry(tel.samples)) tokens--;
        }
      }, 10),
    );
  }
}

function snapshot(detail: boolean): WorkerSnapshot {
  const appliedAcked: Record<string, number> = {};
  let connected = 0;
  let helloAcked = 0;
  for (const n of nodes) {
    if (n.connected) connected++;
    if (n.helloAckAtMs > 0) helloAcked++;
    const g = String(n.appliedAckGeneration);
    appliedAcked[g] = (appliedAcked[g] ?? 0) + 1;
  }
  const tel = stats.telemetry;
  const snap: WorkerSnapshot = {
    nodes: nodes.length,
    connected,
    helloAcked,
    refused: stats.refused,
    connectErrors: stats.connectErrors,
    desiredRejected: stats.desiredRejected,
    appliedAcked,
    telemetry: { ...tel, latenciesMs: tel.latenciesMs.splice(0) },
    rssBytes: process.memoryUsage.rss(),
  };
  if (detail) {
    snap.connacks = [...stats.connacks];
    snap.helloAckAtMs = nodes.map((n) => n.helloAckAtMs);
    snap.appliedAck = nodes.map((n) => ({ generation: n.appliedAckGeneration, atMs: n.appliedAckAtMs }));
  }
  return snap;
}

async function stop(): Promise<void> {
  if (openTimer) clearInterval(openTimer);
  for (const t of timers.splice(0)) clearTimeout(t);
  await Promise.all(nodes.map((n) => n.stop()));
}

process.on('message', (raw: unknown) => {
  const m = raw as ToWorker;
  try {
    switch (m.t) {
      case 'start':
        start(m.cfg);
        return send({ t: 'started', nodes: m.cfg.nodeIds.length });
      case 'telemetry':
        return setTelemetry(m.tel);
      case 'mark':
        stats.connacks.length = 0;
        stats.refused = 0;
        stats.connectErrors = 0;
        stats.telemetry.latenciesMs.length = 0;
        for (const n of nodes) n.helloAckAtMs = 0;
        return;
      case 'snapshot':
        return send({ t: 'snapshot', id: m.id, snap: snapshot(m.detail) });
      case 'stop':
        void stop().then(() => {
          send({ t: 'stopped' });
          process.disconnect?.();
        });
        return;
    }
  } catch (err) {
    send({ t: 'error', message: err instanceof Error ? err.message : String(err) });
  }
});

// The parent is gone (crashed, killed): take every simulated node down with us.
process.on('disconnect', () => void stop().finally(() => process.exit(0)));
