// End to end with real processes: one controller and two agents (zone=a, zone=b) against the real
// Docker engine. A workload selecting zone=a runs only on the first node; changing its env
// recreates the container; an unchanged re-apply touches nothing; deleting removes it.
// Twice: with the embedded broker (aedes), and with the controller and agents as clients of a
// real Mosquitto configured by the project's generator (`edgefleet broker config mosquitto`).
import type Dockerode from 'dockerode';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeContainers, removeNodeContainers, requireDocker, TEST_IMAGE } from '../helpers/docker.js';
import { readAdminToken } from '../helpers/auth.js';
import { startMosquitto, type Mosquitto } from '../helpers/mosquitto.js';
import { runCli, startProc, type Proc } from '../helpers/process.js';
import { waitUntil } from '../helpers/wait.js';

function manifest(workload: string, greeting: string): string {
  return `apiVersion: edgefleet.io/v1
kind: Workload
metadata:
  name: ${workload}
spec:
  container:
    image: ${TEST_IMAGE}
    command: ["sleep", "3600"]
    env: { GREETING: ${greeting} }
    network: none
    restartPolicy: unless-stopped
  placement:
    mode: replicated
    replicas: 2
    nodeSelector: { zone: a }
`;
}

interface NodeRow {
  name: string;
  status: string;
  desiredGeneration: number;
  appliedGeneration: number;
}

describe.each(['aedes', 'mosquitto'] as const)('broker: %s', (brokerKind) => {
  const tag = `${brokerKind.slice(0, 1)}${process.pid}-${Date.now() % 100000}`;
  const nodeA = `e2e-a-${tag}`;
  const nodeB = `e2e-b-${tag}`;
  const workload = `hello-${tag}`;

  describe('e2e: controller + two agents + real Docker', () => {
    let docker: Dockerode;
    let mosq: Mosquitto | null = null;
    let dir: string;
    let controller: Proc;
    const agents: Proc[] = [];
    let server = '';
    let token = '';

    const cli = (...args: string[]) => runCli(args, { EDGEFLEET_SERVER: server, EDGEFLEET_TOKEN: token });
    const nodes = async (): Promise<NodeRow[]> => {
      const r = await cli('get', 'nodes', '-o', 'json');
      expect(r.code, r.stderr).toBe(0);
      return (JSON.parse(r.stdout) as { items: NodeRow[] }).items;
    };
    const node = async (id: string): Promise<NodeRow | undefined> => (await nodes()).find((n) => n.name === id);
    const running = async (id: string) => (await nodeContainers(docker, id)).filter((c) => c.workload === workload && c.state === 'running');

    beforeAll(async () => {
      docker = await requireDocker();
      dir = mkdtempSync(join(tmpdir(), 'ef-e2e-'));
      let brokerUrl: string | undefined;
      if (brokerKind === 'mosquitto') {
        // Configured by `edgefleet broker config mosquitto`; nodes log in with the secret they got
        // at enrollment. The controller finds its broker password in its data dir, and keeps
        // mosquitto's passwd in step as nodes enroll (--mosquitto-dir, SIGHUP by pid file).
        mosq = await startMosquitto({ cli: { dataDir: join(dir, 'controller'), args: ['--no-persistence'] } });
        controller = startProc([
          'controller', '--data-dir', join(dir, 'controller'), '--http-port', '0', '--broker', mosq.url,
          '--mosquitto-dir', mosq.dir, '--mosquitto-pid-file', mosq.pidFile,
        ]);
        brokerUrl = mosq.url;
      } else {
        controller = startProc(['controller', '--data-dir', join(dir, 'controller'), '--mqtt-port', '0', '--http-port', '0']);
      }
      const ready = await controller.waitForLog((l) => l.msg === 'controller ready');
      brokerUrl ??= `mqtt://127.0.0.1:${String(ready.mqttPort)}`;
      expect(ready.broker).toBe(brokerKind === 'aedes' ? 'embedded' : 'external');
      server = `http://127.0.0.1:${String(ready.httpPort)}`;
      token = readAdminToken(join(dir, 'controller'));
      if (mosq) {
        // Join each node; the controller rewrites mosquitto's passwd and signals it each time.
        for (const id of [nodeA, nodeB]) {
          const joinToken = (await cli('token', 'create', '--uses', '1')).stdout.trim();
          const j = await runCli(['agent', 'join', '--server', brokerUrl, '--api', server, '--token', joinToken, '--node-id', id, '--state-dir', join(dir, id)]);
          expect(j.code, j.stderr).toBe(0);
          const synced = await controller.waitForLog((l) => l.component === 'mosquitto-sync' && String(l.why) === `node ${id} enrolled`);
          expect(synced.msg, JSON.stringify(synced)).toBe("rewrote Mosquitto's password file and signalled mosquitto");
        }
      }
      for (const [id, zone] of [
        [nodeA, 'a'],
        [nodeB, 'b'],
      ] as const) {
        agents.push(
          startProc([
            'agent',
            '--server',
            brokerUrl,
            '--node-id',
            id,
            '--state-dir',
            join(dir, id),
            '--label',
            `zone=${zone}`,
          ]),
        );
      }
      await waitUntil('both nodes online', async () => {
        const n = await nodes();
        return n.filter((x) => [nodeA, nodeB].includes(x.name) && x.status === 'Online').length === 2;
      });
    });

    afterAll(async () => {
      await Promise.all(agents.map((a) => a.stop()));
      await controller?.stop();
      await mosq?.stop();
      if (docker) await removeNodeContainers(docker, [nodeA, nodeB]);
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    let firstId = '';
    let generationA = 0;

    it('places the zone=a workload on node A only, and says why the second replica is unplaced', async () => {
      const file = join(dir, 'hello.yaml');
      writeFileSync(file, manifest(workload, 'hi'));
      const r = await cli('apply', '-f', file);
      // Applied, but one replica has no node: exit code 2 (placement unsatisfiable).
      expect(r.code, r.stderr).toBe(2);
      expect(r.stdout).toContain(`workload/${workload} created (revision 1)`);
      expect(r.stdout).toContain('1/2 replicas placed; 2 nodes: 1 already runs this workload, 1 did not match nodeSelector');

      const [c] = await waitUntil('a running container on node A', async () => {
        const list = await running(nodeA);
        return list.length === 1 ? list : undefined;
      });
      expect(c?.env).toContain('GREETING=hi');
      firstId = c?.id ?? '';
      expect(await nodeContainers(docker, nodeB)).toEqual([]);

      const a = await waitUntil('node A applied its desired generation', async () => {
        const n = await node(nodeA);
        return n && n.appliedGeneration === n.desiredGeneration && n.desiredGeneration > 0 ? n : undefined;
      });
      generationA = a.desiredGeneration;

      const placements = await cli('get', 'placements', '-o', 'json');
      const items = (JSON.parse(placements.stdout) as { items: { workload: string; node: string; phase: string }[] }).items;
      expect(items.filter((p) => p.workload === workload)).toEqual([expect.objectContaining({ node: nodeA, phase: 'running' })]);
    });

    it('an unchanged re-apply (from stdin) touches nothing: same container, same generation', async () => {
      const r = await runCli(['apply', '-f', '-'], { EDGEFLEET_SERVER: server, EDGEFLEET_TOKEN: token }, manifest(workload, 'hi'));
      expect(r.stdout).toContain(`workload/${workload} unchanged`);
      // Give the system the time a change would have taken to show up, then look.
      await new Promise((res) => setTimeout(res, 1500));
      const list = await nodeContainers(docker, nodeA);
      expect(list.map((c) => c.id)).toEqual([firstId]);
      expect((await node(nodeA))?.desiredGeneration).toBe(generationA);
    });

    it('changing env recreates the container with the new spec', async () => {
      const file = join(dir, 'hello.yaml');
      writeFileSync(file, manifest(workload, 'changed'));
      const r = await cli('apply', '-f', file);
      expect(r.stdout).toContain(`workload/${workload} configured (revision 2)`);
      const [c] = await waitUntil('the recreated container', async () => {
        const all = await nodeContainers(docker, nodeA);
        return all.length === 1 && all[0]?.id !== firstId && all[0]?.state === 'running' ? all : undefined;
      });
      expect(c?.env).toContain('GREETING=changed');
      expect((await node(nodeA))?.desiredGeneration).toBe(generationA + 1);
      expect(await nodeContainers(docker, nodeB)).toEqual([]);
    });

    it('deleting the workload removes its container', async () => {
      const r = await cli('delete', 'workload', workload);
      expect(r.code, r.stderr).toBe(0);
      await waitUntil('no containers left on node A', async () => (await nodeContainers(docker, nodeA)).length === 0);
      const n = await waitUntil('node A applied the deletion', async () => {
        const x = await node(nodeA);
        return x && x.appliedGeneration === x.desiredGeneration ? x : undefined;
      });
      expect(n.desiredGeneration).toBe(generationA + 2);
    });

    it('processes stayed up throughout', () => {
      expect(controller.child.exitCode).toBeNull();
      for (const a of agents) expect(a.child.exitCode).toBeNull();
    });
  });
});
