// Service discovery with a real controller, a real agent and real Docker: the catalog says where
// each workload runs and on which host ports; a workload that dependsOn another on the same node
// finds its endpoints in its env (docker inspect), and gets the new ones when they change.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CatalogEntry } from '../../controller/fleet/catalog.js';
import { nodeContainers, TEST_IMAGE } from '../helpers/docker.js';
import { startFleet, type TestFleet } from '../helpers/fleet.js';
import { freePort } from '../helpers/ports.js';
import { runCli } from '../helpers/process.js';
import { waitUntil } from '../helpers/wait.js';

const tag = `${process.pid}`;
const db = `db-${tag}`;
const web = `web-${tag}`;

function manifests(port: number): string {
  return `apiVersion: edgefleet.io/v1
kind: Workload
metadata: {name: ${db}}
spec:
  container:
    image: ${TEST_IMAGE}
    command: [httpd, -f, -p, "127.0.0.1:${port}"]
    network: host
    ports: [{containerPort: ${port}, hostPort: ${port}}]
    stopTimeout: 1s
  placement: {mode: perNode, nodeSelector: {disco: "${tag}"}}
---
apiVersion: edgefleet.io/v1
kind: Workload
metadata: {name: ${web}}
spec:
  container:
    image: ${TEST_IMAGE}
    command: [sleep, "3600"]
    network: host
    env: {GREETING: hi}
    stopTimeout: 1s
  dependsOn: [${db}]
  placement: {mode: perNode, nodeSelector: {disco: "${tag}"}}
`;
}

describe('service discovery: catalog and dependsOn endpoints as env', () => {
  let fleet: TestFleet;
  let node = '';
  const prefix = `EDGEFLEET_DB_${tag}`;

  beforeAll(async () => {
    fleet = await startFleet('disco', { a: { disco: tag } });
    node = fleet.node('a');
  });
  afterAll(async () => fleet?.close());

  const webEnv = async (): Promise<{ id: string; env: string[] } | undefined> => {
    const c = (await nodeContainers(fleet.docker, node)).find((x) => x.workload === web && x.state === 'running');
    return c ? { id: c.id, env: c.env } : undefined;
  };

  it('injects the dependency endpoints, lists both in the catalog, and follows a port change', async () => {
    const p1 = await freePort();
    await fleet.apply(manifests(p1));
    await fleet.waitRunning(web, [node]);
    const first = (await webEnv())!;
    expect(first.env).toEqual(expect.arrayContaining([`${prefix}_HOST=127.0.0.1`, `${prefix}_PORT=${p1}`, `${prefix}_PORTS=${p1}/tcp`, 'GREETING=hi']));

    const catalog = await waitUntil('db ready in the catalog', async () => {
      const r = await fleet.api<{ items: CatalogEntry[] }>('GET', `/api/v1/catalog?workload=${db}`);
      return r.body.items.length === 1 && r.body.items[0]?.ready ? r.body.items : undefined;
    });
    expect(catalog[0]).toMatchObject({ workload: db, node, ports: [{ port: p1, protocol: 'tcp' }], phase: 'running', nodeStatus: 'Online', ready: true });
    expect(catalog[0]?.host).not.toBe('');
    expect(catalog[0]?.endpoints).toEqual([`${catalog[0]?.host}:${p1}`]);
    const all = await fleet.api<{ items: CatalogEntry[] }>('GET', '/api/v1/catalog');
    expect(all.body.items.filter((e) => e.node === node).map((e) => e.workload).sort()).toEqual([db, web].sort());

    const cli = await runCli(['get', 'catalog', '--workload', db], { EDGEFLEET_SERVER: fleet.target.server, EDGEFLEET_TOKEN: fleet.target.token ?? '' });
    expect(cli.code, cli.stderr).toBe(0);
    expect(cli.stdout).toMatch(new RegExp(`${db}\\s+${node}\\s+\\S+\\s+${p1}/tcp\\s+running\\s+-\\s+yes`));

    // The dependency moves to another port: the dependent is recreated with the new endpoints.
    const p2 = await freePort();
    await fleet.apply(manifests(p2));
    const second = await waitUntil('web recreated with the new port', async () => {
      const e = await webEnv();
      return e && e.env.includes(`${prefix}_PORT=${p2}`) ? e : undefined;
    });
    expect(second.id).not.toBe(first.id);
    expect(second.env).not.toContain(`${prefix}_PORT=${p1}`);
  });
});
