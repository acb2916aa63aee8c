// The simulator's parent side: forks worker processes (worker.ts), gives each a contiguous slice
// of the node ids, and merges their snapshots. Processes rather than threads: each worker has its
// own event loop and heap like a real fleet's agents have their own, and its RSS and CPU show up
// separately in /proc.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Labels } from '../../proto/types.js';
import type { ReconnectPolicy } from './node.js';
import type { FromWorker, TelemetryMode, ToWorker, WorkerConfig, WorkerSnapshot } from './protocol.js';

export interface SimFleetOptions {
  url: string;
  prefix: string;
  nodes: number;
  workers: number;
  /** Node ids are `${nodePrefix}-00001`, ... */
  nodePrefix: string;
  labels: Labels;
  keepaliveS?: number;
  reconnect?: ReconnectPolicy;
  applyDelayMs?: number;
  /** Fleet-wide opening rate of new connections; 0: all at once (the broker's limit and the backoff sort it out). */
  openPerSecond?: number;
  credentialsFile?: string;
}

export interface FleetSnapshot extends Omit<WorkerSnapshot, 'rssBytes'> {
  workerRssBytes: number[];
}

/**
 * The agent's defaults (agent/link/reconnect.ts): first window 2 s, doubling up to 60 s, up to 20 s
 * after a rate refusal (CONNACK 3); TCP refused holds the first window.
 */
export const SIM_RECONNECT: Readonly<ReconnectPolicy> = Object.freeze({ baseMs: 2_000, maxMs: 60_000, busyMaxMs: 20_000, holdOnRefused: true });

export function nodeIdOf(prefix: string, i: number): string {
  return `${prefix}-${String(i).padStart(5, '0')}`;
}

interface Worker {
  child: ChildProcess;
  exited: Promise<void>;
}

export class SimFleet {
  private seq = 0;
  private readonly pending = new Map<number, { left: number; parts: WorkerSnapshot[]; resolve: (s: WorkerSnapshot[]) => void }>();

  private constructor(
    private readonly workers: Worker[],
    readonly nodeIds: string[],
  ) {
    for (const w of workers) {
      w.child.on('message', (raw: unknown) => {
        const m = raw as FromWorker;
        if (m.t !== 'snapshot') return;
        const p = this.pending.get(m.id);
        if (!p) return;
        p.parts.push(m.snap);
        if (--p.left === 0) {
          this.pending.delete(m.id);
          p.resolve(p.parts);
        }
      });
    }
  }

  static async start(o: SimFleetOptions): Promise<SimFleet> {
    if (!Number.isInteger(o.nodes) || o.nodes < 1 || o.nodes > 100_000) throw new Error(`nodes: ${o.nodes} must be an integer between 1 and 100000`);
    if (!Number.isInteger(o.workers) || o.workers < 1 || o.workers > 64) throw new Error(`workers: ${o.workers} must be an integer between 1 and 64`);
    const ids = Array.from({ length: o.nodes }, (_, i) => nodeIdOf(o.nodePrefix, i + 1));
    const count = Math.min(o.workers, o.nodes);
    const script = fileURLToPath(new URL('./worker.js', import.meta.url));
    const workers: Worker[] = [];
    const started: Promise<void>[] = [];
    for (let w = 0; w < count; w++) {
      const slice = ids.slice(Math.floor((w * ids.length) / count), Math.floor(((w + 1) * ids.length) / count));
      // execArgv [] : the parent's --cpu-prof or --inspect must not follow into every worker.
      const child = fork(script, [], { execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      workers.push({ child, exited });
      const cfg: WorkerConfig = {
        url: o.url,
        prefix: o.prefix,
        nodeIds: slice,
        labels: o.labels,
        keepaliveS: o.keepaliveS ?? 30,
        reconnect: o.reconnect ?? SIM_RECONNECT,
        applyDelayMs: o.applyDelayMs ?? 0,
        openPerSecond: (o.openPerSecond ?? 0) / count,
        ...(o.credentialsFile ? { credentialsFile: o.credentialsFile } : {}),
      };
      started.push(
        new Promise((resolve, reject) => {
          child.on('message', (raw: unknown) => {
            const m = raw as FromWorker;
            if (m.t === 'started') resolve();
            else if (m.t === 'error') reject(new Error(`simulator worker ${w}: ${m.message}`));
          });
          child.once('exit', (code) => reject(new Error(`simulator worker ${w} exited with code ${String(code)} before starting`)));
        }),
      );
      child.send({ t: 'start', cfg } satisfies ToWorker);
    }
    const fleet = new SimFleet(workers, ids);
    try {
      await Promise.all(started);
    } catch (err) {
      await fleet.stop();
      throw err;
    }
    return fleet;
  }

  get pids(): number[] {
    return this.workers.map((w) => w.child.pid ?? 0);
  }

  private broadcast(m: ToWorker): void {
    for (const w of this.workers) if (w.child.connected) w.child.send(m);
  }

  telemetry(tel: TelemetryMode): void {
    // A fleet-wide rate is split evenly: each worker owns an equal share of the nodes.
    const n = this.workers.length;
    this.broadcast({ t: 'telemetry', tel: tel.mode === 'rate' ? { ...tel, batchesPerS: tel.batchesPerS / n } : tel });
  }

  mark(): void {
    this.broadcast({ t: 'mark' });
  }

  async snapshot(detail = false): Promise<FleetSnapshot> {
    const id = ++this.seq;
    const parts = await new Promise<WorkerSnapshot[]>((resolve, reject) => {
      const t = setTimeout(() => (this.pending.delete(id), reject(new Error('simulator workers did not answer a snapshot within 30 s'))), 30_000);
      this.pending.set(id, { left: this.workers.length, parts: [], resolve: (s) => (clearTimeout(t), resolve(s)) });
      this.broadcast({ t: 'snapshot', id, detail });
    });
    return mergeSnapshots(parts, detail);
  }

  async stop(): Promise<void> {
    this.broadcast({ t: 'stop' });
    const killers = this.workers.map((w) => setTimeout(() => w.child.kill('SIGKILL'), 15_000));
    await Promise.all(this.workers.map((w) => w.exited));
    killers.forEach(clearTimeout);
  }
}

function mergeSnapshots(parts: WorkerSnapshot[], detail: boolean): FleetSnapshot {
  const sum = (f: (p: WorkerSnapshot) => number): number => parts.reduce((a, p) => a + f(p), 0);
  const applied: Record<string, number> = {};
  for (const p of parts) for (const [g, n] of Object.entries(p.appliedAcked)) applied[g] = (applied[g] ?? 0) + n;
  const s: FleetSnapshot = {
    nodes: sum((p) => p.nodes),
    connected: sum((p) => p.connected),
    helloAcked: sum((p) => p.helloAcked),
    refused: sum((p) => p.refused),
    connectErrors: sum((p) => p.connectErrors),
    desiredRejected: sum((p) => p.desiredRejected),
    appliedAcked: applied,
    telemetry: {
      batches: sum((p) => p.telemetry.batches),
      sentSamples: sum((p) => p.telemetry.sentSamples),
      ackedSamples: sum((p) => p.telemetry.ackedSamples),
      skipped: sum((p) => p.telemetry.skipped),
      latenciesMs: parts.flatMap((p) => p.telemetry.latenciesMs),
    },
    workerRssBytes: parts.map((p) => p.rssBytes),
  };
  if (detail) {
    s.connacks = parts.flatMap((p) => p.connacks ?? []);
    s.helloAckAtMs = parts.flatMap((p) => p.helloAckAtMs ?? []);
    s.appliedAck = parts.flatMap((p) => p.appliedAck ?? []);
  }
  return s;
}
