// Adapters from what the controller stores and knows (workloads, the registry's node views,
// telemetry pressure) to the scheduler's pure inputs. Pure as well.
import { securityAsk } from '../../proto/security.js';
import type { Hello } from '../../proto/types.js';
import type { NodeView } from '../fleet/registry.js';
import type { NodeProperty, Workload } from '../manifest/types.js';
import type { SchedNode, SchedWorkload } from './types.js';

export interface Pressure {
  memory: boolean;
  disk: boolean;
}

export const NO_PRESSURE: Pressure = Object.freeze({ memory: false, disk: false });

/** `replicas` overrides the manifest's count (the autoscaler's choice). */
export function toSchedWorkload(w: Workload, replicas = w.placement.replicas): SchedWorkload {
  const p = w.placement;
  return {
    name: w.name,
    priority: w.priority,
    resources: { cpuMillis: w.container.resources.cpuMillis, memoryBytes: w.container.resources.memoryBytes },
    placement: {
      mode: p.mode,
      replicas: p.mode === 'perNode' ? 0 : replicas,
      nodeSelector: p.nodeSelector,
      constraints: p.constraints,
      preferences: p.preferences,
      spread: p.spread,
      maxPerNode: p.maxPerNode,
      ...(p.disconnect ? { disconnect: p.disconnect } : {}),
    },
    security: securityAsk(w.container),
  };
}

export function nodeProperties(h: Hello | null): Partial<Record<NodeProperty, string>> {
  if (!h) return {};
  return {
    arch: h.arch,
    os: h.os,
    'cpu.cores': String(h.capacity.cpuMillis / 1000),
    'memory.totalBytes': String(h.capacity.memoryBytes),
    'agent.version': h.agentVersion,
    'docker.version': h.runtime.version,
  };
}

export function toSchedNode(n: NodeView, pressure: Pressure = NO_PRESSURE): SchedNode {
  return {
    id: n.id,
    labels: n.labels,
    properties: nodeProperties(n.hello),
    // Degraded (runtime unreachable) is still connected: it keeps and may take placements, which
    // its agent applies once the runtime is back.
    online: n.status !== 'Offline',
    cordoned: n.cordoned,
    draining: n.draining,
    capacity: { cpuMillis: n.hello?.capacity.cpuMillis ?? 0, memoryBytes: n.hello?.capacity.memoryBytes ?? 0 },
    pressure: { memory: pressure.memory, disk: pressure.disk },
    ...(n.hello?.securityPolicy ? { securityPolicy: n.hello.securityPolicy } : {}),
  };
}
