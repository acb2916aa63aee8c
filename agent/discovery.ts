// Service discovery on the node (pure): a workload that dependsOn others gets their endpoints as
// env. Containers use host networking, so a dependency on the same node is at 127.0.0.1 on its
// host ports:
//   EDGEFLEET_<TARGET>_HOST=127.0.0.1
//   EDGEFLEET_<TARGET>_PORT=<its first host port>            (when it has ports)
//   EDGEFLEET_<TARGET>_PORTS=<port/proto,port/proto,...>     (when it has ports)
// <TARGET> is the dependency's name in upper case, anything but A-Z and 0-9 as '_'. An env var the
// workload's own spec sets wins. The injected set is hashed onto the container (a label), so when
// the endpoints change the planner recreates the dependent with the new ones.
import { createHash } from 'node:crypto';
import type { EnvVar, WorkloadInstance } from '../proto/types.js';
import { LABEL_DISCOVERY } from './runtime/labels.js';

export const DISCOVERY_HOST = '127.0.0.1';

export function envPrefix(workload: string): string {
  return `EDGEFLEET_${workload.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}

/** The env a workload gets for its dependencies that are desired on this node, sorted by name. */
export function discoveryEnv(w: WorkloadInstance, want: ReadonlyMap<string, WorkloadInstance>): EnvVar[] {
  const own = new Set(w.container.env.map((e) => e.name));
  const out: EnvVar[] = [];
  for (const d of w.dependsOn) {
    const target = want.get(d);
    if (!target) continue;
    const p = envPrefix(d);
    const ports = target.container.ports;
    out.push({ name: `${p}_HOST`, value: DISCOVERY_HOST, secret: false });
    if (ports.length > 0) {
      out.push({ name: `${p}_PORT`, value: String(ports[0]?.hostPort ?? ''), secret: false });
      out.push({ name: `${p}_PORTS`, value: ports.map((x) => `${x.hostPort}/${x.protocol}`).join(','), secret: false });
    }
  }
  return out.filter((e) => !own.has(e.name)).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** '' for no injected env (so containers from before discovery, and workloads without dependsOn, match). */
export function discoveryHash(env: readonly EnvVar[]): string {
  if (env.length === 0) return '';
  return createHash('sha256').update(env.map((e) => `${e.name}=${e.value}`).join('\n')).digest('hex').slice(0, 16);
}

/** The instance to create: its spec plus the discovery env and the label recording it. */
export function withDiscovery(w: WorkloadInstance, want: ReadonlyMap<string, WorkloadInstance>): WorkloadInstance {
  const env = discoveryEnv(w, want);
  if (env.length === 0) return w;
  return {
    ...w,
    container: { ...w.container, env: [...w.container.env, ...env], labels: { ...w.container.labels, [LABEL_DISCOVERY]: discoveryHash(env) } },
  };
}
