// The service catalog: where each workload runs (node, address, host ports) and whether that
// instance is ready, from the placements, the workloads' specs and what each node last reported.
// Pure: the route (controller/api/routes-catalog.ts) gathers the inputs. Containers use host
// networking, so an instance's endpoint is its node's address on the spec's host ports.
import type { Health, Phase } from '../../proto/types.js';
import type { Placement, StoredWorkload } from '../store/store.js';
import type { NodeView } from './registry.js';

export interface CatalogEntry {
  workload: string;
  node: string;
  /** The node's hostname as its agent reports it ('' before its first hello). */
  host: string;
  nodeStatus: string;
  ports: { port: number; protocol: 'tcp' | 'udp' }[];
  /** host:port per port, for copying into a client's configuration. */
  endpoints: string[];
  phase: Phase | 'unreported';
  health: Health;
  /** Running, healthy if it has a health check, on an online node: safe to send traffic to. */
  ready: boolean;
  containerId: string;
  startedAtMs: number;
}

export function buildCatalog(workloads: readonly StoredWorkload[], placements: readonly Placement[], node: (id: string) => NodeView | undefined): CatalogEntry[] {
  const specs = new Map(workloads.map((w) => [w.workload.name, w.workload]));
  const out: CatalogEntry[] = [];
  for (const p of placements) {
    const w = specs.get(p.workload);
    if (!w) continue;
    const n = node(p.nodeId);
    const host = n?.hello?.hostname ?? '';
    const s = n?.state?.workloads.find((x) => x.name === p.workload);
    const online = n !== undefined && n.status !== 'Offline';
    const ports = w.container.ports.map((x) => ({ port: x.hostPort, protocol: x.protocol }));
    const phase = s?.phase ?? 'unreported';
    const health = s?.health ?? 'none';
    out.push({
      workload: p.workload,
      node: p.nodeId,
      host,
      nodeStatus: n?.status ?? 'Unknown',
      ports,
      endpoints: host ? ports.map((x) => `${host}:${x.port}`) : [],
      phase,
      health,
      ready: online && phase === 'running' && (health === 'none' || health === 'healthy'),
      containerId: s?.containerId ?? '',
      startedAtMs: s?.startedAtMs ?? 0,
    });
  }
  return out.sort((a, b) => (a.workload === b.workload ? (a.node < b.node ? -1 : 1) : a.workload < b.workload ? -1 : 1));
}
