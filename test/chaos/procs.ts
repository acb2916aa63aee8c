// Real controller processes for the chaos tests (dist/), on ports the test fixes so a restarted
// controller comes back where its agents look for it, and a small API client for them.
import { join } from 'node:path';
import { authedFetch } from '../helpers/auth.js';
import { startProc, type Proc } from '../helpers/process.js';
import { waitUntil } from '../helpers/wait.js';

export interface StreamStatsJson {
  received: number;
  duplicates: number;
  missing: number;
  dropped: number;
  bootId: string | null;
  lastSeq: number;
  gaps: { from: number; to: number }[];
}

export interface NodeDetail {
  name: string;
  status: string;
  desiredGeneration: number;
  appliedGeneration: number;
  delivery: string;
  deliveryMessage: string;
  telemetryStream: StreamStatsJson;
}

export interface ControllerProc {
  proc: Proc;
  dataDir: string;
  mqttUrl: string;
  /** http://HOST:PORT of its API. */
  apiUrl: string;
  api<T>(method: string, path: string, body?: string): Promise<{ status: number; body: T }>;
  node(id: string): Promise<NodeDetail | undefined>;
  apply(yaml: string): Promise<void>;
}

export interface ControllerProcOptions {
  host: string;
  mqttPort: number;
  httpPort: number;
  telemetryIntervalMs?: number;
  logLevel?: string;
  /**
   * Off loopback the controller serves MQTT over TLS only (plain MQTT stays on 127.0.0.1): the
   * port for it. The API then stays plain HTTP (--insecure-http) so the test can read it simply;
   * agents still connect over mqtts with the certificate they enrolled for.
   */
  mqttTlsPort?: number;
}

export async function startControllerProc(dir: string, o: ControllerProcOptions): Promise<ControllerProc> {
  const dataDir = join(dir, 'controller');
  const proc = startProc([
    'controller',
    '--data-dir', dataDir,
    '--host', o.host,
    '--mqtt-port', String(o.mqttPort),
    '--http-port', String(o.httpPort),
    '--telemetry-interval-ms', String(o.telemetryIntervalMs ?? 10_000),
    '--log-level', o.logLevel ?? 'info',
    ...(o.mqttTlsPort === undefined ? [] : ['--mqtt-tls-port', String(o.mqttTlsPort), '--insecure-http']),
  ]);
  await proc.waitForLog((l) => l.msg === 'controller ready', 30_000);
  const f = authedFetch(dataDir);
  const base = `http://${o.host}:${o.httpPort}`;
  const api = async <T>(method: string, path: string, body?: string): Promise<{ status: number; body: T }> => {
    const res = await f(`${base}${path}`, { method, ...(body === undefined ? {} : { body, headers: { 'content-type': 'application/yaml' } }) });
    return { status: res.status, body: (await res.json()) as T };
  };
  return {
    proc,
    dataDir,
    mqttUrl: o.mqttTlsPort === undefined ? `mqtt://${o.host}:${o.mqttPort}` : `mqtts://${o.host}:${o.mqttTlsPort}`,
    apiUrl: base,
    api,
    async node(id) {
      const r = await api<NodeDetail>('GET', `/api/v1/nodes/${id}`);
      return r.status === 200 ? r.body : undefined;
    },
    async apply(yaml) {
      const r = await api<unknown>('POST', '/api/v1/apply', yaml);
      if (r.status !== 200) throw new Error(`apply failed: ${r.status} ${JSON.stringify(r.body)}`);
    },
  };
}

export async function waitStatus(c: ControllerProc, id: string, status: string, timeoutMs = 30_000): Promise<number> {
  const t0 = Date.now();
  await waitUntil(`${id} ${status}`, async () => (await c.node(id))?.status === status, timeoutMs, 100);
  return Date.now() - t0;
}

/** A Workload manifest running `sleep`, no network. `placement` is YAML flow text. */
export function sleeperYaml(name: string, placement: string, env: Record<string, string> = {}): string {
  const envLine = Object.keys(env).length > 0 ? `\n    env: ${JSON.stringify(env)}` : '';
  return `apiVersion: edgefleet.io/v1
kind: Workload
metadata: {name: ${name}}
spec:
  container:
    image: edgefleet/busybox:test
    command: [sleep, "3600"]
    network: none
    stopTimeout: 1s${envLine}
  placement: ${placement}
`;
}
