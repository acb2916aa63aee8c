// One simulated node: a real mqtt.js client speaking the real protocol (proto/ codec and topics)
// in front of a fake, in-memory runtime (fake-runtime.ts). Like the agent it connects with a
// retained Last Will, sends hello and state on every connect, applies only a newer desired
// snapshot and reports the applied generation, sends telemetry batches with sequence numbers,
// and reconnects with capped exponential backoff and full jitter (the agent's schedule, written
// again here because controller/ never imports agent/). Per-node state is a few fields; counters
// live in the worker's shared SimStats so 2,500 nodes per process stay small.
import { connect, type IClientOptions, type MqttClient } from 'mqtt';
import { Socket } from 'node:net';
import { decode, encode, isCodecError } from '../../proto/codec.js';
import { nodeTopic } from '../../proto/topics.js';
import { isNewer, type DesiredState, type Hello, type Labels, type NodeState, type TelemetrySample } from '../../proto/types.js';
import { FakeRuntime } from './fake-runtime.js';

export interface SimStats {
  /** Times (ms since epoch) of admitted CONNACKs since the last mark. */
  connacks: number[];
  refused: number;
  connectErrors: number;
  desiredRejected: number;
  telemetry: { batches: number; sentSamples: number; ackedSamples: number; skipped: number; latenciesMs: number[] };
}

export function newStats(): SimStats {
  return { connacks: [], refused: 0, connectErrors: 0, desiredRejected: 0, telemetry: { batches: 0, sentSamples: 0, ackedSamples: 0, skipped: 0, latenciesMs: [] } };
}

/** Latencies kept per window: enough for a p99, bounded whatever the rate. */
const MAX_LATENCIES = 20_000;

export interface SimNodeOptions {
  url: string;
  prefix: string;
  nodeId: string;
  labels: Labels;
  keepaliveS: number;
  reconnect: ReconnectPolicy;
  applyDelayMs: number;
  /** Credentials and TLS material for this node (simulator credentials seam). */
  auth: Partial<IClientOptions>;
  stats: SimStats;
  now: () => number;
}

export interface ReconnectPolicy {
  baseMs: number;
  maxMs: number;
  /** The window after a rate refusal (CONNACK 3) stops growing here (absent: at maxMs). */
  busyMaxMs?: number;
  /**
   * A refused TCP connection (nothing listens: the controller is restarting) retries within the
   * first window instead of doubling it; only tries the broker answered (CONNACK refusals, drops
   * after connecting) widen the window. false: every failed try doubles it.
   */
  holdOnRefused?: boolean;
}

/** Like the agent (AGENT_CONNACK_TIMEOUT_MS): the broker may hold a CONNECT up to 20 s while it admits a storm at its rate. */
const SIM_CONNACK_TIMEOUT_MS = 30_000;
/** Like the agent at its default keepalive (connectWithin in agent/link/link.ts): the TCP connection itself gives up sooner. */
const SIM_TCP_CONNECT_TIMEOUT_MS = 10_000;

/** Ends a stream whose TCP connection is not up within `ms` (a SYN the server's full accept queue dropped). */
function connectWithin(stream: unknown, ms: number): void {
  if (!(stream instanceof Socket) || !stream.connecting) return;
  const timer = setTimeout(() => stream.destroy(new Error(`no TCP connection within ${ms} ms`)), ms);
  const done = (): void => clearTimeout(timer);
  stream.once('connect', done);
  stream.once('close', done);
}

const GIB = 1024 ** 3;

export class SimNode {
  readonly nodeId: string;
  private readonly client: MqttClient;
  private readonly runtime = new FakeRuntime();
  private readonly bootId: string;
  private readonly startedAtMs: number;
  private readonly desiredTopic: string;
  private held = { epoch: 0, generation: 0 };
  private applied = { epoch: 0, generation: 0 };
  private seq = 0;
  private inflight = false;
  private attempt = 0;
  private connectedAtMs: number | null = null;
  private retry: NodeJS.Timeout | null = null;
  private tcpRefused = false;
  private busy = false;
  private stopped = false;
  /** When the broker acknowledged the last hello, and the state that carried `applied`. */
  helloAckAtMs = 0;
  appliedAckAtMs = 0;
  appliedAckGeneration = 0;

  constructor(private readonly o: SimNodeOptions) {
    this.nodeId = o.nodeId;
    this.startedAtMs = o.now();
    this.bootId = `sim-${o.nodeId}-${this.startedAtMs.toString(36)}`;
    this.desiredTopic = nodeTopic(o.prefix, o.nodeId, 'desired');
    const will = encode('state', { ...this.state(), online: false, workloads: [], conditions: [] });
    const options: IClientOptions = {
      clientId: o.nodeId,
      clean: true,
      keepalive: o.keepaliveS,
      reconnectPeriod: 0,
      connectTimeout: SIM_CONNACK_TIMEOUT_MS,
      queueQoSZero: false,
      resubscribe: false,
      will: { topic: nodeTopic(o.prefix, o.nodeId, 'state'), payload: Buffer.from(will), qos: 1, retain: true },
      ...o.auth,
    };
    this.client = connect(o.url, options);
    connectWithin(this.client.stream, SIM_TCP_CONNECT_TIMEOUT_MS);
    this.client.on('reconnect', () => queueMicrotask(() => connectWithin(this.client.stream, SIM_TCP_CONNECT_TIMEOUT_MS)));
    this.client.on('connect', () => this.onConnect());
    this.client.on('close', () => this.onClose());
    this.client.on('error', (err: Error & { code?: unknown }) => {
      // CONNACK 3 (server unavailable) is the broker's connect-rate limit; the rest are link errors.
      if (err.code === 3) {
        o.stats.refused++;
        this.busy = true;
      } else o.stats.connectErrors++;
      if (err.code === 'ECONNREFUSED') this.tcpRefused = true;
    });
    this.client.on('message', (topic, payload) => {
      if (topic === this.desiredTopic) this.onDesired(payload);
    });
  }

  get connected(): boolean {
    return this.client.connected;
  }

  get appliedGeneration(): number {
    return this.applied.generation;
  }

  private onConnect(): void {
    const t = this.o.now();
    this.connectedAtMs = t;
    this.o.stats.connacks.push(t);
    (this.client.stream as Partial<Socket>).setNoDelay?.(true);
    this.client.subscribe(this.desiredTopic, { qos: 1 }, () => undefined);
    this.client.publish(nodeTopic(this.o.prefix, this.nodeId, 'hello'), Buffer.from(encode('hello', this.hello())), { qos: 1 }, (err) => {
      if (err) return;
      this.helloAckAtMs = this.o.now();
      this.publishState();
    });
  }

  private onClose(): void {
    // A fresh session on every connect: a publish waiting for its PUBACK would wait forever.
    for (const id of Object.keys(this.client.outgoing)) this.client.removeOutgoingMessage(Number(id));
    this.inflight = false;
    if (this.stopped || this.retry) return;
    const t = this.o.now();
    if (this.connectedAtMs !== null && t - this.connectedAtMs >= this.o.reconnect.baseMs * 5) this.attempt = 0;
    this.connectedAtMs = null;
    const hold = this.tcpRefused && this.o.reconnect.holdOnRefused === true;
    const max = this.busy ? Math.min(this.o.reconnect.maxMs, this.o.reconnect.busyMaxMs ?? this.o.reconnect.maxMs) : this.o.reconnect.maxMs;
    this.tcpRefused = false;
    this.busy = false;
    const ceiling = Math.min(max, this.o.reconnect.baseMs * 2 ** Math.min(hold ? 0 : this.attempt, 30));
    if (!hold) this.attempt++;
    this.retry = setTimeout(() => {
      this.retry = null;
      if (!this.stopped) this.client.reconnect();
    }, Math.floor(Math.random() * ceiling));
  }

  private onDesired(payload: Buffer): void {
    let d: DesiredState;
    try {
      d = decode('desired', payload);
    } catch (err) {
      if (!isCodecError(err)) throw err;
      this.o.stats.desiredRejected++;
      return;
    }
    const next = { epoch: d.controllerEpoch, generation: d.generation };
    if (d.nodeId !== this.nodeId || !isNewer(next, this.held)) return;
    this.held = next;
    this.runtime.apply(d, this.o.applyDelayMs, this.o.now, () => {
      this.applied = next;
      this.publishState();
    });
  }

  private publishState(): void {
    if (!this.client.connected) return;
    const gen = this.applied.generation;
    this.client.publish(nodeTopic(this.o.prefix, this.nodeId, 'state'), Buffer.from(encode('state', this.state())), { qos: 1, retain: true }, (err) => {
      if (err) return;
      this.appliedAckAtMs = this.o.now();
      this.appliedAckGeneration = gen;
    });
  }

  /** One telemetry batch of `samples` samples; false when the link is down or one is in flight. */
  sendTelemetry(samples: number): boolean {
    const tel = this.o.stats.telemetry;
    if (!this.client.connected || this.inflight) {
      tel.skipped++;
      return false;
    }
    const t0 = this.o.now();
    const batch: TelemetrySample[] = [];
    for (let i = 0; i < samples; i++) batch.push(this.sample(t0));
    const bytes = encode('telemetry', { nodeId: this.nodeId, bootId: this.bootId, samples: batch, dropped: 0 });
    this.inflight = true;
    tel.batches++;
    tel.sentSamples += samples;
    this.client.publish(nodeTopic(this.o.prefix, this.nodeId, 'telemetry'), Buffer.from(bytes), { qos: 1 }, (err) => {
      this.inflight = false;
      if (err) return;
      tel.ackedSamples += samples;
      if (tel.latenciesMs.length < MAX_LATENCIES) tel.latenciesMs.push(this.o.now() - t0);
    });
    return true;
  }

  /** Like the agent's shutdown: a retained offline state first (a clean DISCONNECT fires no Will), then close. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.runtime.stop();
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
    if (this.client.connected) {
      const offline = encode('state', { ...this.state(), online: false });
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, 5_000);
        this.client.publish(nodeTopic(this.o.prefix, this.nodeId, 'state'), Buffer.from(offline), { qos: 1, retain: true }, () => (clearTimeout(t), resolve()));
      });
    }
    await new Promise<void>((resolve) => this.client.end(true, {}, () => resolve()));
  }

  private hello(): Hello {
    return {
      nodeId: this.nodeId,
      labels: this.o.labels,
      capacity: { cpuMillis: 4000, memoryBytes: 4 * GIB, diskBytes: 32 * GIB },
      arch: 'x64',
      os: 'linux',
      runtime: { name: 'simulated', version: '0', apiVersion: '' },
      agentVersion: 'edgefleet-sim',
      bootId: this.bootId,
      appliedEpoch: this.applied.epoch,
      appliedGeneration: this.applied.generation,
      hostname: this.nodeId,
      startedAtMs: this.startedAtMs,
    };
  }

  private state(): NodeState {
    const t = this.o.now();
    return {
      nodeId: this.nodeId,
      bootId: this.bootId,
      online: true,
      appliedEpoch: this.applied.epoch,
      appliedGeneration: this.applied.generation,
      workloads: this.runtime.statuses(),
      conditions: [
        { type: 'RuntimeReachable', status: true, reason: 'Simulated', message: '', sinceMs: this.startedAtMs },
        { type: 'Converged', status: true, reason: 'PlanEmpty', message: '', sinceMs: t },
      ],
      reportedAtMs: t,
    };
  }

  private sample(t: number): TelemetrySample {
    const r = Math.random();
    return {
      seq: ++this.seq,
      tsMs: t,
      cpuPercent: 5 + 30 * r,
      load1: 0.2 + r,
      memoryUsedBytes: Math.round((1 + r) * GIB),
      memoryTotalBytes: 4 * GIB,
      swapUsedBytes: 0,
      swapTotalBytes: 0,
      disks: [{ mount: '/', usedBytes: Math.round(8 * GIB * (1 + r * 0.01)), sizeBytes: 32 * GIB }],
      netRxBytesPerS: Math.round(2000 * r),
      netTxBytesPerS: Math.round(1000 * r),
      uptimeS: Math.round((t - this.startedAtMs) / 1000),
      workloads: this.runtime.statuses().map((w) => ({ name: w.name, cpuPercent: 1 + r, memoryBytes: 16 * 1024 * 1024 })),
    };
  }
}
