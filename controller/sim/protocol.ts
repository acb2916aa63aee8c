// Messages between the simulator's parent (fleet.ts) and its worker processes (worker.ts), over
// the Node IPC channel. Plain JSON.
import type { Labels } from '../../proto/types.js';
import type { ReconnectPolicy } from './node.js';

export interface WorkerConfig {
  url: string;
  prefix: string;
  nodeIds: string[];
  labels: Labels;
  keepaliveS: number;
  reconnect: ReconnectPolicy;
  applyDelayMs: number;
  /** This worker's share of the opening connect rate; 0 opens every connection at once. */
  openPerSecond: number;
  /** Credentials file (credentials.ts); absent: no credentials. */
  credentialsFile?: string;
}

export type TelemetryMode =
  | { mode: 'off' }
  /** Every node, one batch per interval, at its own phase. */
  | { mode: 'interval'; intervalMs: number; samples: number }
  /** This worker's share of a fleet-wide rate, round-robin over its nodes, one batch in flight per node. */
  | { mode: 'rate'; batchesPerS: number; samples: number };

export type ToWorker =
  | { t: 'start'; cfg: WorkerConfig }
  | { t: 'telemetry'; tel: TelemetryMode }
  /** Forget CONNACK times, refusals, hello acks and latencies: a new measurement starts. */
  | { t: 'mark' }
  | { t: 'snapshot'; id: number; detail: boolean }
  | { t: 'stop' };

export interface WorkerSnapshot {
  nodes: number;
  connected: number;
  /** Nodes whose hello was acknowledged since the last mark. */
  helloAcked: number;
  refused: number;
  connectErrors: number;
  desiredRejected: number;
  /** Nodes per applied generation (acknowledged state). */
  appliedAcked: Record<string, number>;
  telemetry: { batches: number; sentSamples: number; ackedSamples: number; skipped: number; latenciesMs: number[] };
  rssBytes: number;
  /** With detail: CONNACK times since the mark, and per node the hello and applied-state ack times. */
  connacks?: number[];
  helloAckAtMs?: number[];
  appliedAck?: { generation: number; atMs: number }[];
}

export type FromWorker =
  | { t: 'started'; nodes: number }
  | { t: 'snapshot'; id: number; snap: WorkerSnapshot }
  | { t: 'stopped' }
  | { t: 'error'; message: string };
