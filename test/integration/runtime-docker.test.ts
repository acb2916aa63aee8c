// DockerRuntime against the real Docker engine of this machine (deploy/dev/ensure-docker.sh) and
// the local test image (deploy/images/build-busybox.sh). No registry, no bridge networking.
// Everything created here carries io.edgefleet.test-run=<this run>; afterAll removes exactly that.
import Dockerode from 'dockerode';
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DockerRuntime } from '../../agent/runtime/docker.js';
import { containerName, volumeName } from '../../agent/runtime/labels.js';
import type { RuntimeError } from '../../agent/runtime/port.js';
import type { ContainerSpec } from '../../proto/types.js';
import { eventually, runtimeContract } from '../contract/runtime.contract.js';
import { requireDocker } from '../helpers/docker.js';

const IMAGE = 'edgefleet/busybox:test';
const RUN = `t-${process.pid}-${Date.now()}`;
const RUN_LABEL = 'io.edgefleet.test-run';
const runLabels = { [RUN_LABEL]: RUN };
const docker = new Dockerode(); // DOCKER_HOST or /var/run/docker.sock
const volumesToRemove: string[] = [];
let seq = 0;
let dockerAnswered = false;

async function checkDocker(): Promise<void> {
  await requireDocker(IMAGE);
  dockerAnswered = true;
}

async function removeLeftovers(): Promise<void> {
  if (!dockerAnswered) return; // the beforeAll failure already says why
  const left = await docker.listContainers({ all: true, filters: { label: [`${RUN_LABEL}=${RUN}`] } });
  await Promise.all(left.map((c) => docker.getContainer(c.Id).remove({ force: true })));
  for (const v of volumesToRemove) await docker.getVolume(v).remove().catch(() => undefined);
}

function spec(over: Partial<ContainerSpec> = {}): ContainerSpec {
  return {
    image: IMAGE, command: [], args: ['sleep', '600'], env: [], ports: [], volumes: [],
    resources: { cpuMillis: 0, memoryBytes: 0 }, restartPolicy: 'unless-stopped', networkMode: 'none',
    labels: { ...runLabels }, workingDir: '', user: '', stopTimeoutS: 1, ...over,
  };
}

function node(): { nodeId: string; rt: DockerRuntime } {
  const nodeId = `${RUN}-d${++seq}`;
  return { nodeId, rt: new DockerRuntime({ docker, nodeId, logger: pino({ level: 'silent' }) }) };
}

async function handMade(labels: Record<string, string>, name?: string): Promise<string> {
  const c = await docker.createContainer({ name, Image: IMAGE, Cmd: ['sleep', '600'], Labels: { ...runLabels, ...labels }, HostConfig: { NetworkMode: 'none' } });
  return c.id;
}

async function rejection(p: Promise<unknown>): Promise<RuntimeError> {
  return p.then(
    () => { throw new Error('expected a rejection'); },
    (e: unknown) => e as RuntimeError, // asserted on by the caller with toMatchObject
  );
}

describe('DockerRuntime against the real Docker engine (run deploy/dev/ensure-docker.sh first)', () => {
  beforeAll(checkDocker);
  afterAll(removeLeftovers);

  runtimeContract('DockerRuntime', (nodeId) => new DockerRuntime({ docker, nodeId }), {
    image: IMAGE,
    labels: runLabels,
    makeImage: (image, ref) => {
      const tmp = `ef-mkimg-${process.pid}-${Date.now()}`;
      execFileSync('docker', ['create', '--name', tmp, '--network', 'none', image, 'true'], { stdio: 'ignore' });
      try {
        execFileSync('docker', ['commit', tmp, ref], { stdio: 'ignore' });
      } finally {
        execFileSync('docker', ['rm', tmp], { stdio: 'ignore' });
      }
    },
  });

  describe('Docker specifics', () => {
    it('ignores containers made by hand: unlabelled, partly labelled, or of another node', async () => {
      const { rt, nodeId } = node();
      const ours = { 'io.edgefleet.managed': 'true', 'io.edgefleet.node': nodeId, 'io.edgefleet.workload': 'w', 'io.edgefleet.spec-hash': 'h1' };
      await handMade({});
      await handMade({ ...ours, 'io.edgefleet.node': `${nodeId}-other` });
      await handMade({ ...ours, 'io.edgefleet.managed': 'false' });
      const { 'io.edgefleet.spec-hash': _hash, ...partial } = ours;
      await handMade(partial);
      expect(await rt.list()).toEqual([]);
      const id = await rt.create({ nodeId, workload: 'w', specHash: 'h2' }, spec());
      expect((await rt.list()).map((c) => c.id)).toEqual([id]);
    });

    it('writes name, labels, restart policy, network mode and limits that Docker reads back', async () => {
      const { rt, nodeId } = node();
      const id = await rt.create(
        { nodeId, workload: 'web', specHash: 'aaaabbbbcccc' },
        spec({ env: [{ name: 'A', value: '1', secret: false }], resources: { cpuMillis: 500, memoryBytes: 64 * 1024 * 1024 } }),
      );
      const info = await docker.getContainer(id).inspect();
      expect(info.Name).toBe(`/ef_${nodeId}_web_aaaabbbb`);
      expect(info.HostConfig).toMatchObject({ NetworkMode: 'none', RestartPolicy: { Name: 'unless-stopped' }, Memory: 67108864, NanoCpus: 500_000_000 });
      expect(info.Config.Labels).toMatchObject({ ...runLabels, 'io.edgefleet.managed': 'true', 'io.edgefleet.node': nodeId, 'io.edgefleet.workload': 'web' });
      expect(info.Config.Env).toContain('A=1');
      const retry = await rt.create({ nodeId, workload: 'job', specHash: 'x' }, spec({ restartPolicy: 'on-failure' }));
      expect((await docker.getContainer(retry).inspect()).HostConfig.RestartPolicy).toEqual({ Name: 'on-failure', MaximumRetryCount: 5 });
    });

    it('refuses, never adopts, a name held by a container that is not ours', async () => {
      const { rt, nodeId } = node();
      const squatter = await handMade({}, containerName(nodeId, 'web', 'deadbeef'));
      const err = await rejection(rt.create({ nodeId, workload: 'web', specHash: 'deadbeef' }, spec()));
      expect(err).toMatchObject({ name: 'RuntimeError', code: 'EF_AGENT_RUNTIME_FAILED', statusCode: 409 });
      expect((await docker.getContainer(squatter).inspect()).Id).toBe(squatter);
    });

    it('mounts a per-node named volume and a read-only bind; remove keeps the volume', async () => {
      const { rt, nodeId } = node();
      const dir = await mkdtemp(join(tmpdir(), 'ef-bind-'));
      const vol = volumeName(nodeId, 'data');
      volumesToRemove.push(vol);
      try {
        await writeFile(join(dir, 'hello'), 'from host\n');
        const script = 'cat /ro/hello && echo kept > /data/f && ! touch /ro/nope 2>/dev/null';
        const id = await rt.create({ nodeId, workload: 'vol', specHash: 'v1' }, spec({
          command: ['sh', '-c', script], args: [], restartPolicy: 'no',
          volumes: [{ name: 'data', mountPath: '/data', hostPath: '', readOnly: false }, { name: '', mountPath: '/ro', hostPath: dir, readOnly: true }],
        }));
        await rt.start(id);
        const done = await eventually('exit', async () => (await rt.list()).find((c) => c.id === id && c.state === 'exited'));
        expect(done.exitCode).toBe(0);
        expect(await rt.logs(id, 10)).toEqual(['from host']);
        const mounts = (await docker.getContainer(id).inspect()).Mounts;
        expect(mounts.find((m) => m.Destination === '/data')).toMatchObject({ Type: 'volume', Name: vol });
        await rt.remove(id);
        expect((await docker.getVolume(vol).inspect()).Name).toBe(vol);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });

    it('a tcp health check becomes healthy with busybox nc (which has no -z)', async () => {
      const { rt, nodeId } = node();
      const port = 20000 + Math.floor(Math.random() * 20000);
      const id = await rt.create({ nodeId, workload: 'tcp', specHash: 't1' }, spec({
        args: ['httpd', '-f', '-p', `127.0.0.1:${port}`, '-h', '/www'], networkMode: 'host',
        healthCheck: { probe: { kind: 'tcp', port }, intervalMs: 500, timeoutMs: 3000, retries: 3, startPeriodMs: 0 },
      }));
      await rt.start(id);
      await eventually('healthy', async () => ((await rt.list())[0]?.health === 'healthy' ? true : undefined));
    });

    it('an abort cancels a call in flight with an AbortError, not a RuntimeError', async () => {
      const { rt, nodeId } = node();
      // sleep as PID 1 ignores SIGTERM: stop would wait the whole 30 s before SIGKILL.
      const id = await rt.create({ nodeId, workload: 'stubborn', specHash: 's1' }, spec({ args: ['sleep', '600'] }));
      await rt.start(id);
      const ac = new AbortController();
      setTimeout(() => ac.abort(), 300);
      await expect(rt.stop(id, 30, ac.signal)).rejects.toMatchObject({ name: 'AbortError' });
      // The call gave up without waiting out the 30 s grace period: the container still runs.
      expect((await docker.getContainer(id).inspect()).State.Running).toBe(true);
      await expect(rt.list(AbortSignal.abort())).rejects.toMatchObject({ name: 'AbortError' });
    });

    it('reports EF_AGENT_RUNTIME_UNAVAILABLE when the socket does not exist', async () => {
      const gone = new Dockerode({ socketPath: `/nonexistent/${RUN}/docker.sock` });
      const rt = new DockerRuntime({ docker: gone, nodeId: `${RUN}-gone` });
      for (const call of [rt.info(), rt.list(), rt.start('x')]) {
        expect(await rejection(call)).toMatchObject({ name: 'RuntimeError', code: 'EF_AGENT_RUNTIME_UNAVAILABLE' });
      }
      const watchErr = await new Promise<Error>((resolve) => rt.watch(() => undefined, resolve));
      expect(watchErr).toMatchObject({ code: 'EF_AGENT_RUNTIME_UNAVAILABLE' });
    });
  });
});
