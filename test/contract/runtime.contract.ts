// The contract of RuntimePort, written once and run against every implementation (the Docker
// adapter now, the simulated runtime later), in the manner of aedes-persistence's abstract.js.
// Every runtime made by one suite shares one engine; each test uses node ids of its own, so
// counts are exact even on an engine that other agents (or other test runs) share.
import { afterEach, describe, expect, it } from 'vitest';
import type { ContainerSpec, Labels } from '../../proto/types.js';
import { NotSupportedError, isRuntimeError } from '../../agent/runtime/port.js';
import type { ActualContainer, ManagedIdentity, RuntimeEvent, RuntimePort } from '../../agent/runtime/port.js';

export interface RuntimeContractFixtures {
  /** An image present on the engine, with busybox's sh, sleep, httpd and /www/index.html. */
  image: string;
  /** An image the engine does not have. */
  missingImage: string;
  /** An image from a registry that does not answer. */
  unreachableImage: string;
  /** Added to every spec's labels, so the harness can find what a failed test left behind. */
  labels: Labels;
  /** Makes a distinct image (its own id) whose only reference is `ref`, from `image`. */
  makeImage: (image: string, ref: string) => void;
}

const defaults: RuntimeContractFixtures = {
  image: 'edgefleet/busybox:test',
  missingImage: 'edgefleet/does-not-exist:never',
  unreachableImage: '127.0.0.1:1/edgefleet/nothing:1',
  labels: {},
  makeImage: () => {
    throw new Error('this runtime contract run gave no makeImage fixture');
  },
};

/** Polls `probe` until it returns a value other than undefined, or fails after `timeoutMs`. */
export async function eventually<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export function runtimeContract(
  name: string,
  makeRuntime: (nodeId: string) => RuntimePort,
  fixtures: Partial<RuntimeContractFixtures> = {},
): void {
  const fx = { ...defaults, ...fixtures };
  const runId = `t-${process.pid}-${Date.now()}`;
  let seq = 0;
  const made: RuntimePort[] = [];

  function runtime(): { rt: RuntimePort; nodeId: string } {
    const nodeId = `${runId}-${++seq}`;
    const rt = makeRuntime(nodeId);
    made.push(rt);
    return { rt, nodeId };
  }

  function spec(over: Partial<ContainerSpec> = {}): ContainerSpec {
    return {
      image: fx.image,
      command: [],
      args: ['sleep', '600'],
      env: [],
      ports: [],
      volumes: [],
      resources: { cpuMillis: 0, memoryBytes: 0 },
      restartPolicy: 'unless-stopped',
      networkMode: 'none',
      labels: { ...fx.labels },
      workingDir: '',
      user: '',
      stopTimeoutS: 1,
      ...over,
    };
  }

  const ident = (nodeId: string, workload = 'web', specHash = 'aaaabbbbccccdddd'): ManagedIdentity => ({ nodeId, workload, specHash });

  async function find(rt: RuntimePort, id: string): Promise<ActualContainer | undefined> {
    return (await rt.list()).find((c) => c.id === id);
  }

  describe(`RuntimePort contract: ${name}`, () => {
    afterEach(async () => {
      // Cleanup through the port itself: every container of every node this test used.
      for (const rt of made.splice(0)) {
        for (const c of await rt.list()) await rt.remove(c.id);
      }
    });

    it('names itself and its version', async () => {
      const info = await runtime().rt.info();
      expect(info.name).not.toBe('');
      expect(info.version).not.toBe('');
    });

    it('create + start: list shows the container running with its identity', async () => {
      const { rt, nodeId } = runtime();
      const id = await rt.create(ident(nodeId), spec());
      expect((await find(rt, id))?.state).toBe('created');
      await rt.start(id);
      await rt.start(id); // already started is fine
      const c = await find(rt, id);
      expect(c).toMatchObject({ ...ident(nodeId), id, image: fx.image, state: 'running', health: 'none', restartCount: 0 });
      expect(c?.exitCode).toBeUndefined();
      expect(c?.startedAtMs).toBeGreaterThan(0);
      expect(c?.createdAtMs).toBeGreaterThan(0);
      expect(c?.finishedAtMs).toBe(0);
    });

    it('create is idempotent on the identity: same id, one container', async () => {
      const { rt, nodeId } = runtime();
      const a = await rt.create(ident(nodeId), spec());
      const b = await rt.create(ident(nodeId), spec());
      expect(b).toBe(a);
      const other = await rt.create(ident(nodeId, 'web', 'eeeeffff00001111'), spec());
      expect(other).not.toBe(a);
      expect((await rt.list()).map((c) => c.id).sort()).toEqual([a, other].sort());
    });

    it("another node's containers are invisible", async () => {
      const mine = runtime();
      const theirs = runtime();
      const theirId = await theirs.rt.create(ident(theirs.nodeId), spec());
      expect(await mine.rt.list()).toEqual([]);
      expect((await theirs.rt.list()).map((c) => c.id)).toEqual([theirId]);
    });

    it('stop, then remove: exited with its code, then gone; both again are fine', async () => {
      const { rt, nodeId } = runtime();
      // A shell as PID 1 ignores SIGTERM unless it traps it.
      const id = await rt.create(ident(nodeId), spec({ command: ['sh', '-c', 'trap "exit 0" TERM; sleep 600 & wait'], args: [] }));
      await rt.start(id);
      await rt.stop(id, 5);
      expect(await find(rt, id)).toMatchObject({ state: 'exited', exitCode: 0 });
      expect((await find(rt, id))?.finishedAtMs).toBeGreaterThan(0);
      await rt.stop(id, 5);
      await rt.remove(id);
      expect(await rt.list()).toEqual([]);
      await rt.remove(id);
    });

    it('update changes the CPU limit in place and pause freezes and thaws, the container keeps its id', async () => {
      const { rt, nodeId } = runtime();
      const id = await rt.create(ident(nodeId), spec({ resources: { cpuMillis: 500, memoryBytes: 0 } }));
      await rt.start(id);
      await rt.update(id, { cpuMillis: 200 });
      expect(await find(rt, id)).toMatchObject({ state: 'running', live: { cpuMillis: 200 } });
      await rt.pause(id, true);
      await rt.pause(id, true); // already paused is fine
      expect((await find(rt, id))?.state).toBe('paused');
      await rt.update(id, { cpuMillis: 500 });
      await rt.pause(id, false);
      await rt.pause(id, false);
      expect(await find(rt, id)).toMatchObject({ id, state: 'running', live: { cpuMillis: 500 } });
      const err: unknown = await rt.update(id, { cpuMillis: 0 }).then(() => undefined, (e: unknown) => e);
      expect(isRuntimeError(err), String(err)).toBe(true);
    });

    it('stop and remove of a container that does not exist succeed', async () => {
      const { rt } = runtime();
      await rt.stop('0000000000000000000000000000000000000000000000000000000000000000', 1);
      await rt.remove('0000000000000000000000000000000000000000000000000000000000000000');
    });

    it('an http health check becomes healthy, and watch reports the health change', async (ctx) => {
      const { rt, nodeId } = runtime();
      // Every runtime this contract runs against today has health checks; one without them must
      // declare it, and then this test has nothing to check.
      expect(rt.capabilities.healthChecks, 'a runtime without health checks needs its own variant of this test').toBe(true);
      const events: RuntimeEvent[] = [];
      const stop = rt.watch((e) => events.push(e), () => undefined);
      ctx.onTestFinished(stop);
      const port = 20000 + Math.floor(Math.random() * 20000);
      const id = await rt.create(
        ident(nodeId, 'http'),
        spec({
          args: ['httpd', '-f', '-p', `127.0.0.1:${port}`, '-h', '/www'],
          networkMode: 'host',
          healthCheck: { probe: { kind: 'http', port, path: '/index.html' }, intervalMs: 500, timeoutMs: 3000, retries: 3, startPeriodMs: 0 },
        }),
      );
      await rt.start(id);
      const c = await eventually('health healthy', async () => {
        const found = await find(rt, id);
        return found?.health === 'healthy' ? found : undefined;
      });
      expect(c.state).toBe('running');
      await eventually('health_status event', async () => (events.some((e) => e.containerId === id && e.action === 'health_status') ? true : undefined));
    });

    it('logs returns what the container wrote on stdout and stderr, tail limits it', async () => {
      const { rt, nodeId } = runtime();
      const script = 'echo one; echo two >&2; echo three; exit 3';
      const id = await rt.create(ident(nodeId), spec({ command: ['sh', '-c', script], args: [], restartPolicy: 'no' }));
      await rt.start(id);
      const done = await eventually('exit', async () => {
        const c = await find(rt, id);
        return c?.state === 'exited' ? c : undefined;
      });
      expect(done.exitCode).toBe(3);
      const lines = await rt.logs(id, 100);
      // stdout and stderr are separate pipes: their relative order is not guaranteed.
      expect([...lines].sort()).toEqual(['one', 'three', 'two']);
      expect((await rt.logs(id, 1)).length).toBe(1);
      expect(await rt.logs(id, 0)).toEqual([]);
    });

    it('watch reports start and die of a container that exits, and stops when told', async () => {
      const { rt, nodeId } = runtime();
      const other = runtime();
      const events: RuntimeEvent[] = [];
      const errors: Error[] = [];
      const stop = rt.watch((e) => events.push(e), (e) => errors.push(e));
      try {
        await other.rt.start(await other.rt.create(ident(other.nodeId, 'noise'), spec({ args: ['true'], restartPolicy: 'no' })));
        const id = await rt.create(ident(nodeId, 'oneshot'), spec({ args: ['sh', '-c', 'exit 1'], restartPolicy: 'no' }));
        await rt.start(id);
        await eventually('start and die events', async () =>
          ['start', 'die'].every((a) => events.some((e) => e.containerId === id && e.action === a)) ? true : undefined,
        );
        expect(events.every((e) => e.containerId === id && e.workload === 'oneshot')).toBe(true);
        expect(events[0]?.timeMs).toBeGreaterThan(Date.now() - 60_000);
      } finally {
        stop();
      }
      const seen = events.length;
      await rt.create(ident(nodeId, 'after'), spec());
      await new Promise((r) => setTimeout(r, 300));
      expect(events.length).toBe(seen);
      expect(errors).toEqual([]);
    });

    it('hasImage tells present from missing images; create from a missing image fails', async () => {
      const { rt, nodeId } = runtime();
      expect(await rt.hasImage(fx.image)).toBe(true);
      expect(await rt.hasImage(fx.missingImage)).toBe(false);
      const err: unknown = await rt.create(ident(nodeId), spec({ image: fx.missingImage })).then(() => undefined, (e: unknown) => e);
      expect(isRuntimeError(err), String(err)).toBe(true);
      expect(err).toMatchObject({ code: 'EF_AGENT_RUNTIME_FAILED' });
    });

    it('a pull from a registry that does not answer fails with a RuntimeError (or NotSupported without pulls)', async () => {
      const { rt } = runtime();
      const err: unknown = await rt.pull(fx.unreachableImage, {}).then(() => undefined, (e: unknown) => e);
      if (!rt.capabilities.pull) {
        // A runtime without pulls says so explicitly instead of doing nothing (STYLE.md 6).
        expect(err).toBeInstanceOf(NotSupportedError);
        return;
      }
      expect(isRuntimeError(err), String(err)).toBe(true);
      expect(err).toMatchObject({ code: 'EF_AGENT_RUNTIME_FAILED' });
    });
  
    it('storage reports a real filesystem; removeImage never deletes an image a container uses', async () => {
      const { rt, nodeId } = runtime();
      const disk = await rt.storage();
      expect(disk.sizeBytes).toBeGreaterThan(0);
      expect(disk.usedBytes).toBeGreaterThan(0);
      expect(disk.usedBytes).toBeLessThanOrEqual(disk.sizeBytes);
      expect(await rt.removeImage(fx.missingImage)).toBe(false);
      // An image of its own (removing a shared tag would untag it for every other test).
      const ref = `${fx.image.split(':')[0] ?? fx.image}:contract-${nodeId}`;
      fx.makeImage(fx.image, ref);
      await rt.create(ident(nodeId, 'uses-image'), spec({ image: ref }));
      // A container uses the image and this is its last reference: refused, not forced.
      expect(await rt.removeImage(ref)).toBe(false);
      expect(await rt.hasImage(ref)).toBe(true);
      await rt.remove((await rt.list()).find((c) => c.workload === 'uses-image')?.id ?? '');
      expect(await rt.removeImage(ref)).toBe(true);
      expect(await rt.hasImage(ref)).toBe(false);
      expect(await rt.hasImage(fx.image)).toBe(true);
    });
  });
}
