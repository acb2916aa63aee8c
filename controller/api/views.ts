// What the API returns: plain JSON views of nodes, workloads and placements.
import { DEFAULT_SECURITY_POLICY, type SecurityPolicy } from '../../proto/security.js';
import { deliveryOf, type Delivery } from '../fleet/delivery.js';
import { driftOf, type DesiredWorkloadFacts, type DriftState } from '../fleet/drift.js';
import type { NodeView } from '../fleet/registry.js';
import type { WorkloadConfigJson } from '../nodeconfig/views.js';
import type { Unplaced } from '../schedule/schedule.js';
import type { Placement, StoredDesired, StoredWorkload } from '../store/store.js';
import { toManifest } from '../manifest/render.js';

export interface NodeJson {
  name: string;
  status: string;
  labels: Record<string, string>;
  arch: string;
  os: string;
  agentVersion: string;
  runtimeVersion: string;
  desiredGeneration: number;
  appliedGeneration: number;
  workloads: number;
  lastSeenMs: number;
  conditions: { type: string; status: boolean; reason: string; message: string }[];
  /** Applied vs desired: "pending-offline" when the node is offline and behind. */
  delivery: Delivery;
  deliveryMessage: string;
  /** The workload security policy the node enforces: as its agent reported it, else the default the controller assumes. */
  securityPolicy: SecurityPolicy;
  securityPolicyReported: boolean;
  /** Whether what runs differs from what is desired (fleet/drift.ts), and why. */
  drift: DriftState;
  driftReason: string;
  /** notAfter of the node's client certificate as its agent reported it in hello; null: none reported. */
  certExpiresMs: number | null;
}

/** `epoch` is the controller's (the desired snapshots carry it); 0 compares generations only. */
export function nodeJson(
  n: NodeView,
  desired: StoredDesired | undefined,
  placed: number,
  epoch = 0,
  /** The node's rendered desired workloads (DesiredPublisher.desiredWorkloads), for drift. */
  desiredWorkloads?: readonly DesiredWorkloadFacts[],
): NodeJson {
  const applied = {
    epoch: n.state?.appliedEpoch ?? n.hello?.appliedEpoch ?? 0,
    generation: n.state?.appliedGeneration ?? n.hello?.appliedGeneration ?? 0,
  };
  const online = n.status !== 'Offline';
  const delivery = deliveryOf(online, applied, desired ? { epoch, generation: desired.generation } : undefined);
  const drift = driftOf({
    online,
    delivery: delivery.delivery,
    desiredGeneration: desired?.generation ?? 0,
    appliedGeneration: applied.generation,
    conditions: n.state?.conditions ?? [],
    desired: desiredWorkloads,
    reported: n.state?.workloads ?? null,
  });
  return {
    name: n.id,
    status: n.status,
    labels: n.labels,
    arch: n.hello?.arch ?? '',
    os: n.hello?.os ?? '',
    agentVersion: n.hello?.agentVersion ?? '',
    runtimeVersion: n.hello?.runtime.version ?? '',
    desiredGeneration: desired?.generation ?? 0,
    appliedGeneration: n.state?.appliedGeneration ?? n.hello?.appliedGeneration ?? 0,
    workloads: placed,
    lastSeenMs: n.lastSeenMs,
    conditions: (n.state?.conditions ?? []).map(({ type, status, reason, message }) => ({ type, status, reason, message })),
    securityPolicy: n.hello?.securityPolicy ?? DEFAULT_SECURITY_POLICY,
    securityPolicyReported: n.hello?.securityPolicy !== undefined,
    certExpiresMs: n.hello?.certNotAfterMs ?? null,
    ...delivery,
    ...drift,
  };
}

export interface WorkloadJson {
  name: string;
  revision: number;
  specHash: string;
  image: string;
  mode: string;
  replicas: number | null;
  placed: number;
  running: number;
  nodes: string[];
  unplaced: string | null;
  manifest: unknown;
  /** Only in GET /api/v1/workloads/NAME: configuration reaching its containers, by node. */
  config?: WorkloadConfigJson[];
  /** Only in GET /api/v1/workloads/NAME: the configuration version its revision carries, and the current one. */
  configVersion?: { revision: number | null; current: number; note: string };
}

export function workloadJson(
  w: StoredWorkload,
  placements: readonly Placement[],
  running: (workload: string, nodeId: string) => boolean,
  unplaced: Unplaced | undefined,
  /** The count being scheduled when it differs from the manifest's (autoscaling). */
  replicas = w.workload.placement.replicas,
): WorkloadJson {
  const nodes = placements.filter((p) => p.workload === w.workload.name).map((p) => p.nodeId);
  return {
    name: w.workload.name,
    revision: w.revision,
    specHash: w.workload.specHash,
    image: w.workload.container.image,
    mode: w.workload.placement.mode,
    replicas: w.workload.placement.mode === 'replicated' ? replicas : null,
    placed: nodes.length,
    running: nodes.filter((n) => running(w.workload.name, n)).length,
    nodes,
    unplaced: unplaced?.message ?? null,
    manifest: toManifest(w.workload),
  };
}

export interface PlacementJson {
  workload: string;
  node: string;
  phase: string;
  health: string;
  containerId: string;
  specHash: string;
  current: boolean;
  restartCount: number;
  lastError: string;
}

export function placementJson(p: Placement, node: NodeView | undefined, wantHash: string): PlacementJson {
  const st = node?.state?.workloads.find((s) => s.name === p.workload);
  return {
    workload: p.workload,
    node: p.nodeId,
    phase: node?.status === 'Offline' ? 'node offline' : (st?.phase ?? 'pending'),
    health: st?.health ?? 'none',
    containerId: st?.containerId.slice(0, 12) ?? '',
    specHash: st?.specHash ?? '',
    current: st?.specHash === wantHash,
    restartCount: st?.restartCount ?? 0,
    lastError: st?.lastError ?? '',
  };
}
