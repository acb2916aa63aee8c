// A realistic fleet for the scheduler benchmark, built through the scheduler's own input types and
// the same every run (seeded): 10,000 nodes over 50 sites in 5 zones, mostly arm64 gateways with
// 2-8 cores; 1,000 replicated workloads of 5 replicas with selectors, constraints, preferences
// and spread; 10 perNode agents-of-the-agent (exporters, log shippers) that every node runs.
import type { Constraint, Preference } from '../../controller/manifest/types.js';
import type { SchedNode, SchedWorkload } from '../../controller/schedule/types.js';

const MI = 1024 * 1024;
const GI = 1024 * MI;

/** mulberry32: a tiny deterministic PRNG, so every run schedules the very same fleet. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)] as T;
}

const ZONES = ['zone-a', 'zone-b', 'zone-c', 'zone-d', 'zone-e'];
const SITES = Array.from({ length: 50 }, (_, i) => `site-${String(i).padStart(2, '0')}`);
const ROLES = ['gateway', 'sensor-hub', 'camera', 'kiosk'];

export function buildNodes(count: number, seed = 1): SchedNode[] {
  const rand = prng(seed);
  const nodes: SchedNode[] = [];
  for (let i = 0; i < count; i++) {
    const site = SITES[i % SITES.length] as string;
    const zone = ZONES[(i % SITES.length) % ZONES.length] as string;
    const r = rand();
    const arch = r < 0.7 ? 'arm64' : r < 0.95 ? 'x64' : 'arm';
    const cores = arch === 'x64' ? pick(rand, [4, 8]) : pick(rand, [1, 2, 4]);
    const memoryBytes = cores === 1 ? 1 * GI : cores === 2 ? 2 * GI : cores * GI;
    const labels: Record<string, string> = { site, zone, role: pick(rand, ROLES), arch };
    if (rand() < 0.05) labels.gpu = 'true';
    const status = rand();
    nodes.push({
      id: `node-${String(i).padStart(5, '0')}`,
      labels,
      properties: {
        arch,
        os: 'linux',
        'cpu.cores': String(cores),
        'memory.totalBytes': String(memoryBytes),
        'agent.version': '0.1.0',
        'docker.version': '20.10.24',
      },
      online: status >= 0.01,
      cordoned: status >= 0.01 && status < 0.015,
      draining: false,
      capacity: { cpuMillis: cores * 1000, memoryBytes },
      pressure: { memory: status >= 0.015 && status < 0.017, disk: false },
    });
  }
  return nodes;
}

function constraintsFor(rand: () => number): Constraint[] {
  const r = rand();
  if (r < 0.2) return [{ key: 'memory.totalBytes', operator: 'Gt', values: [String(2 * GI)] }];
  if (r < 0.35) return [{ key: 'zone', operator: 'In', values: [pick(rand, ZONES), pick(rand, ZONES)] }];
  if (r < 0.45) return [{ key: 'gpu', operator: 'DoesNotExist', values: [] }];
  return [];
}

function preferencesFor(rand: () => number): Preference[] {
  if (rand() >= 0.3) return [];
  return [
    { weight: 10, key: 'site', operator: 'In', values: [pick(rand, SITES), pick(rand, SITES), pick(rand, SITES)] },
    { weight: 5, key: 'role', operator: 'In', values: [pick(rand, ROLES)] },
  ];
}

function nodeSelectorFor(rand: () => number): Record<string, string> {
  const r = rand();
  if (r < 0.25) return { arch: 'arm64' };
  if (r < 0.35) return { role: pick(rand, ROLES) };
  return {};
}

export function buildReplicated(count: number, replicas: number, seed = 2): SchedWorkload[] {
  const rand = prng(seed);
  return Array.from({ length: count }, (_, i) => {
    const s = rand();
    return {
      name: `app-${String(i).padStart(4, '0')}`,
      priority: pick(rand, [0, 0, 0, 10, 10, 50]),
      resources: { cpuMillis: pick(rand, [0, 100, 250, 500]), memoryBytes: pick(rand, [0, 64, 128, 256]) * MI },
      placement: {
        mode: 'replicated',
        replicas,
        nodeSelector: nodeSelectorFor(rand),
        constraints: constraintsFor(rand),
        preferences: preferencesFor(rand),
        spread: s < 0.4 ? { key: 'zone' } : s < 0.6 ? { key: 'site' } : null,
        maxPerNode: 1,
      },
    };
  });
}

const PER_NODE = ['node-exporter', 'log-shipper', 'ntp-check', 'watchdog', 'mqtt-bridge', 'ota-helper', 'metrics-relay', 'cert-renewer', 'disk-janitor', 'vpn-keepalive'];

export function buildPerNode(count: number): SchedWorkload[] {
  return PER_NODE.slice(0, count).map((name, i) => ({
    name,
    priority: 100,
    resources: { cpuMillis: 25 + 5 * i, memoryBytes: (16 + 4 * i) * MI },
    placement: {
      mode: 'perNode',
      replicas: 0,
      nodeSelector: {},
      // Matches every node, but still evaluated for every node (as real fleet-wide rules are).
      constraints: i % 2 === 0 ? [{ key: 'os', operator: 'In', values: ['linux'] }] : [],
      preferences: [],
      spread: null,
      maxPerNode: 1,
    },
  }));
}
