// The agent's optional HTTP endpoint (--metrics-port): /metrics in the Prometheus text format,
// /livez and /readyz. Written by hand rather than with prom-client: a handful of gauges does not
// justify the library's weight in the agent's footprint (docs/benchmarks.md, "agent RSS").
// Readiness never depends on the broker link: an agent offline for days is doing its job.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';

export interface AgentMetricsSnapshot {
  linkConnected: boolean;
  outboxRecords: { telemetry: number; events: number };
  outboxBytes: number;
  outboxMaxBytes: number;
  outboxDropped: { telemetry: number; events: number };
  appliedGeneration: number;
  desiredGeneration: number;
  containersRunning: number;
}

export interface AgentHttp {
  readonly port: number;
  setReady(ready: boolean): void;
  close(): Promise<void>;
}

type Sample = [name: string, type: 'gauge' | 'counter', help: string, values: [labels: string, value: number][]];

export function renderAgentMetrics(m: AgentMetricsSnapshot, startedAtMs: number): string {
  const samples: Sample[] = [
    ['edgefleet_agent_link_connected', 'gauge', '1 while the MQTT link to the controller is up (offline is a normal state)', [['', m.linkConnected ? 1 : 0]]],
    ['edgefleet_agent_outbox_records', 'gauge', 'Records waiting in the outbox for the controller, by stream', [['{stream="telemetry"}', m.outboxRecords.telemetry], ['{stream="events"}', m.outboxRecords.events]]],
    ['edgefleet_agent_outbox_bytes', 'gauge', 'Bytes the outbox holds (on disk and pending)', [['', m.outboxBytes]]],
    ['edgefleet_agent_outbox_max_bytes', 'gauge', 'The outbox disk budget', [['', m.outboxMaxBytes]]],
    ['edgefleet_agent_outbox_dropped_total', 'counter', 'Records the outbox gave up (full budget), by stream', [['{stream="telemetry"}', m.outboxDropped.telemetry], ['{stream="events"}', m.outboxDropped.events]]],
    ['edgefleet_agent_applied_generation', 'gauge', 'Generation of the desired state last applied in full', [['', m.appliedGeneration]]],
    ['edgefleet_agent_desired_generation', 'gauge', 'Generation of the desired state held on disk', [['', m.desiredGeneration]]],
    ['edgefleet_agent_containers_running', 'gauge', 'Managed containers running at the last reconcile pass', [['', m.containersRunning]]],
    ['process_resident_memory_bytes', 'gauge', 'Resident memory size in bytes', [['', process.memoryUsage.rss()]]],
    ['process_start_time_seconds', 'gauge', 'Start time of the process since the Unix epoch in seconds', [['', Math.floor(startedAtMs / 1000)]]],
  ];
  let out = '';
  for (const [name, type, help, values] of samples) {
    out += `# HELP ${name} ${help}\n# TYPE ${name} ${type}\n`;
    for (const [labels, v] of values) out += `${name}${labels} ${v}\n`;
  }
  return out;
}

export async function startAgentHttp(opts: {
  host: string;
  port: number;
  snapshot: () => AgentMetricsSnapshot;
  startedAtMs: number;
  logger: Logger;
}): Promise<AgentHttp> {
  let ready = false;
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const send = (code: number, type: string, body: string): void => {
      res.writeHead(code, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'application/json', '{"error":"only GET"}');
    if (path === '/livez') return send(200, 'application/json', '{"ok":true}');
    if (path === '/readyz') {
      const link = opts.snapshot().linkConnected ? 'connected' : 'offline';
      return ready ? send(200, 'application/json', JSON.stringify({ ready: true, link })) : send(503, 'application/json', JSON.stringify({ ready: false, reason: 'starting', link }));
    }
    if (path === '/metrics') return send(200, 'text/plain; version=0.0.4; charset=utf-8', renderAgentMetrics(opts.snapshot(), opts.startedAtMs));
    return send(404, 'application/json', JSON.stringify({ error: `no route ${path}: /metrics, /livez, /readyz` }));
  });
  server.headersTimeout = 10_000;
  server.requestTimeout = 10_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  opts.logger.info({ host: opts.host, port }, `metrics on http://${opts.host}:${port}/metrics`);
  return {
    port,
    setReady: (r) => (ready = r),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
