// Prometheus metrics of the controller (prom-client, one Registry per controller: no globals, so
// several controllers in one test process never share counters). Counters the controller already
// keeps (ingest) are read at scrape time; the rest are fed by the parts that own the events.
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { UPSTREAM_KINDS } from '../../proto/topics.js';
import type { IngestCounters } from '../fleet/ingest.js';
import type { BacklogFigures } from '../fleet/outbox-backlog.js';
import type { NodeStatus } from '../fleet/registry.js';

export const NODE_STATUSES: readonly NodeStatus[] = ['Online', 'Offline', 'Degraded', 'Cordoned', 'Draining'];

/** Reject codes that mean the payload itself could not be decoded (proto/codec.ts). */
const DECODE_CODES = new Set(['EF_WIRE_TOO_LARGE', 'EF_WIRE_MALFORMED', 'EF_WIRE_INVALID', 'EF_WIRE_UNSUPPORTED']);

export interface MetricsSources {
  /** Every known node counted once, by status. */
  nodesByStatus(): Record<NodeStatus, number>;
  ingest: IngestCounters;
  /** Outbox backlog the online agents last reported. */
  backlog(): BacklogFigures;
  /** Day-2 log streams open now and what they hold for their HTTP clients (controller/commands). */
  logStreams?(): { openStreams: number; bufferedBytes: number };
}

export interface ControllerMetrics {
  readonly registry: Registry;
  /** A message the controller published, by topic kind (desired, commands). */
  sent(kind: string): void;
  /** Seconds the pure scheduler took for one reconcile run. */
  observeSchedule(seconds: number): void;
  /** Seconds one whole reconcile run took (schedule, store, publish). */
  observeReconcile(seconds: number): void;
  /** Prometheus text exposition. */
  render(): Promise<{ contentType: string; body: string }>;
}

// Scheduler runs go from well under a millisecond (a few nodes) to seconds (10,000 nodes, a storm).
const SECONDS_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export function createControllerMetrics(src: MetricsSources, opts: { processMetrics?: boolean } = {}): ControllerMetrics {
  const registry = new Registry();
  const registers = [registry];
  if (opts.processMetrics ?? true) collectDefaultMetrics({ register: registry });

  new Gauge({
    name: 'edgefleet_nodes',
    help: 'Known nodes by status (Online, Offline, Degraded, Cordoned, Draining)',
    labelNames: ['status'],
    registers,
    collect() {
      const counts = src.nodesByStatus();
      for (const status of NODE_STATUSES) this.set({ status }, counts[status] ?? 0);
    },
  });

  // Counters read from the ingest's own tallies (shared with /api/v1/fleet/summary): at scrape
  // time each is set to the tally, which only ever grows, so Prometheus sees a proper counter.
  const setCounter = (c: Counter<string>, labels: Record<string, string>, value: number): void => {
    c.remove(labels);
    c.inc(labels, value);
  };
  new Counter({
    name: 'edgefleet_messages_received_total',
    help: 'Upstream MQTT messages accepted, by type (hello, state, telemetry, events, replies)',
    labelNames: ['type'],
    registers,
    collect() {
      for (const type of UPSTREAM_KINDS) setCounter(this, { type }, src.ingest.accepted[type]);
    },
  });
  new Counter({
    name: 'edgefleet_messages_rejected_total',
    help: 'Upstream MQTT messages rejected, by error code (decode errors, unknown node, topic mismatch)',
    labelNames: ['code'],
    registers,
    collect() {
      for (const [code, n] of Object.entries(src.ingest.rejected)) setCounter(this, { code }, n);
    },
  });
  new Counter({
    name: 'edgefleet_decode_errors_total',
    help: 'Upstream payloads that could not be decoded or validated, by codec error code',
    labelNames: ['code'],
    registers,
    collect() {
      for (const code of DECODE_CODES) setCounter(this, { code }, src.ingest.rejected[code] ?? 0);
    },
  });
  const sent = new Counter({
    name: 'edgefleet_messages_sent_total',
    help: 'MQTT messages the controller published, by type (desired, commands)',
    labelNames: ['type'],
    registers,
  });
  for (const type of ['desired', 'commands']) sent.inc({ type }, 0);

  const schedule = new Histogram({
    name: 'edgefleet_scheduler_duration_seconds',
    help: 'Time the scheduler took to place every workload, per reconcile run',
    buckets: SECONDS_BUCKETS,
    registers,
  });
  const reconcile = new Histogram({
    name: 'edgefleet_reconcile_duration_seconds',
    help: 'Time one reconcile run took: schedule, store placements, publish desired states',
    buckets: SECONDS_BUCKETS,
    registers,
  });

  let backlog: BacklogFigures | null = null;
  const figures = (): BacklogFigures => (backlog ??= src.backlog());
  new Gauge({
    name: 'edgefleet_agent_outbox_backlog_records',
    help: 'Records (telemetry and events) online agents reported still waiting in their outboxes, summed',
    registers,
    collect() {
      this.set(figures().records);
    },
  });
  new Gauge({
    name: 'edgefleet_agent_outbox_backlog_max_records',
    help: 'The largest outbox backlog a single online agent reported',
    registers,
    collect() {
      this.set(figures().max);
    },
  });
  new Gauge({
    name: 'edgefleet_agent_outbox_backlog_nodes',
    help: 'Online agents that reported a non-empty outbox',
    registers,
    collect() {
      this.set(figures().nodes);
    },
  });

  new Gauge({
    name: 'edgefleet_log_streams_open',
    help: 'Log streams (edgefleet logs) open between agents and HTTP clients',
    registers,
    collect() {
      this.set(src.logStreams?.().openStreams ?? 0);
    },
  });
  new Gauge({
    name: 'edgefleet_log_streams_buffered_bytes',
    help: 'Log line bytes the controller holds for slow HTTP clients, over all streams (bounded by the flow-control window)',
    registers,
    collect() {
      this.set(src.logStreams?.().bufferedBytes ?? 0);
    },
  });

  return {
    registry,
    sent: (kind) => sent.inc({ type: kind }),
    observeSchedule: (s) => schedule.observe(s),
    observeReconcile: (s) => reconcile.observe(s),
    async render() {
      backlog = null; // one walk of the backlog per scrape, shared by its three gauges
      try {
        return { contentType: registry.contentType, body: await registry.metrics() };
      } finally {
        backlog = null;
      }
    },
  };
}
