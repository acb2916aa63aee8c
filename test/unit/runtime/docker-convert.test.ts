import { describe, expect, it } from 'vitest';
import type { ContainerSpec } from '../../../proto/types.js';
import {
  fromDockerContainer,
  fromDockerEvent,
  parseDockerTime,
  toCreateOptions,
  toRuntimeError,
  type DockerInspectLike,
} from '../../../agent/runtime/docker-convert.js';
import { RuntimeError } from '../../../agent/runtime/port.js';
import { containerSpec } from '../../fixtures/container-spec.js';

const id = { nodeId: 'edge-1', workload: 'web', specHash: 'abcdef0123456789' };

const spec = (over: Partial<ContainerSpec> = {}): ContainerSpec => containerSpec({ command: [], stopTimeoutS: 0, ...over });

function inspect(over: { State?: Partial<DockerInspectLike['State']>; Labels?: Record<string, string> | null } = {}): DockerInspectLike {
  return {
    Id: 'c0ffee',
    Name: '/ef_edge-1_web_abcdef01',
    Created: '2024-05-01T10:00:00.5Z',
    RestartCount: 2,
    Config: {
      Image: 'edgefleet/busybox:test',
      Labels:
        over.Labels === undefined
          ? { 'io.edgefleet.managed': 'true', 'io.edgefleet.node': 'edge-1', 'io.edgefleet.workload': 'web', 'io.edgefleet.spec-hash': 'abcdef0123456789' }
          : over.Labels,
    },
    State: { Status: 'running', ExitCode: 0, StartedAt: '2024-05-01T10:00:01.123456789Z', FinishedAt: '0001-01-01T00:00:00Z', ...over.State },
  };
}

describe('toCreateOptions', () => {
  it('translates every field of a full spec', () => {
    const o = toCreateOptions(
      id,
      spec({
        command: ['/bin/sh', '-c'],
        args: ['exec sleep 1000'],
        env: [{ name: 'A', value: '1', secret: false }, { name: 'SECRET', value: 'x=y', secret: true }],
        ports: [{ containerPort: 8080, hostPort: 80, protocol: 'tcp' }, { containerPort: 53, hostPort: 53, protocol: 'udp' }],
        resources: { cpuMillis: 250, memoryBytes: 64 * 1024 * 1024 },
        networkMode: 'host',
        workingDir: '/www',
        user: '1000:1000',
        stopTimeoutS: 7,
      }),
    );
    expect(o).toMatchObject({
      name: 'ef_edge-1_web_abcdef01',
      Image: 'edgefleet/busybox:test',
      Entrypoint: ['/bin/sh', '-c'],
      Cmd: ['exec sleep 1000'],
      Env: ['A=1', 'SECRET=x=y'],
      WorkingDir: '/www',
      User: '1000:1000',
      StopTimeout: 7,
      ExposedPorts: { '8080/tcp': {}, '53/udp': {} },
      HostConfig: { NetworkMode: 'host', RestartPolicy: { Name: 'unless-stopped' }, Memory: 67108864, NanoCpus: 250_000_000 },
    });
    // host and none networking cannot publish ports.
    expect(o.HostConfig?.PortBindings).toBeUndefined();
    expect(o.Healthcheck).toBeUndefined();
  });

  it('leaves unset fields to the image and Docker defaults', () => {
    const o = toCreateOptions(id, spec());
    for (const k of ['Entrypoint', 'Cmd', 'WorkingDir', 'User', 'StopTimeout', 'ExposedPorts', 'Healthcheck'] as const) {
      expect(o[k], k).toBeUndefined();
    }
    expect(o.HostConfig).toEqual({ NetworkMode: 'none', RestartPolicy: { Name: 'unless-stopped' } });
  });

  it('gives on-failure a bounded retry count and the other policies none', () => {
    expect(toCreateOptions(id, spec({ restartPolicy: 'on-failure' })).HostConfig?.RestartPolicy).toEqual({ Name: 'on-failure', MaximumRetryCount: 5 });
    expect(toCreateOptions(id, spec({ restartPolicy: 'no' })).HostConfig?.RestartPolicy).toEqual({ Name: 'no' });
    expect(toCreateOptions(id, spec({ restartPolicy: 'always' })).HostConfig?.RestartPolicy).toEqual({ Name: 'always' });
  });

  it('adds our labels to the spec labels, and ours win', () => {
    const o = toCreateOptions(id, spec({ labels: { team: 'a', 'io.edgefleet.node': 'forged', 'io.edgefleet.managed': 'false' } }));
    expect(o.Labels).toEqual({
      team: 'a',
      'io.edgefleet.managed': 'true',
      'io.edgefleet.node': 'edge-1',
      'io.edgefleet.workload': 'web',
      'io.edgefleet.spec-hash': 'abcdef0123456789',
    });
  });

  it('namespaces named volumes per node and binds host paths read-only when asked', () => {
    const o = toCreateOptions(
      id,
      spec({
        volumes: [
          { name: 'data', mountPath: '/data', hostPath: '', readOnly: false },
          { name: '', mountPath: '/etc/app', hostPath: '/srv/app', readOnly: true },
        ],
      }),
    );
    expect(o.HostConfig?.Mounts).toEqual([
      { Type: 'volume', Source: 'ef_edge-1_data', Target: '/data', ReadOnly: false },
      { Type: 'bind', Source: '/srv/app', Target: '/etc/app', ReadOnly: true },
    ]);
    const other = toCreateOptions({ ...id, nodeId: 'edge-2' }, spec({ volumes: [{ name: 'data', mountPath: '/data', hostPath: '', readOnly: false }] }));
    expect(other.HostConfig?.Mounts?.[0]?.Source).toBe('ef_edge-2_data');
  });

  it('makes valid, distinct Docker names out of unusual node and workload names', () => {
    const a = toCreateOptions({ nodeId: 'site/a b', workload: 'w:1', specHash: 'h' }, spec()).name ?? '';
    const b = toCreateOptions({ nodeId: 'site-a-b', workload: 'w-1', specHash: 'h' }, spec()).name ?? '';
    expect(a).toMatch(/^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/);
    expect(a).not.toBe(b);
  });

  const hc = { intervalMs: 500, timeoutMs: 2000, retries: 3, startPeriodMs: 1000 };
  const timing = { Interval: 500_000_000, Timeout: 2_000_000_000, StartPeriod: 1_000_000_000, Retries: 3 };

  it('translates an http probe to wget against loopback, times in nanoseconds', () => {
    const o = toCreateOptions(id, spec({ healthCheck: { ...hc, probe: { kind: 'http', port: 8080, path: 'healthz' } } }));
    expect(o.Healthcheck).toEqual({ Test: ['CMD', 'wget', '-q', '-O', '/dev/null', 'http://127.0.0.1:8080/healthz'], ...timing });
  });

  it('translates a tcp probe to nc, with a fallback for busybox builds without -z', () => {
    const o = toCreateOptions(id, spec({ healthCheck: { ...hc, probe: { kind: 'tcp', port: 5432 } } }));
    expect(o.Healthcheck).toEqual({ Test: ['CMD-SHELL', 'nc -z 127.0.0.1 5432 2>/dev/null || nc 127.0.0.1 5432 -e true'], ...timing });
  });

  it('runs an exec probe as given, without a shell', () => {
    const o = toCreateOptions(id, spec({ healthCheck: { ...hc, probe: { kind: 'exec', command: ['test', '-f', '/tmp/ready'] } } }));
    expect(o.Healthcheck?.Test).toEqual(['CMD', 'test', '-f', '/tmp/ready']);
  });
});

describe('fromDockerContainer', () => {
  it('converts a running managed container', () => {
    expect(fromDockerContainer(inspect({ State: { Health: { Status: 'starting' } } }))).toEqual({
      nodeId: 'edge-1',
      workload: 'web',
      specHash: 'abcdef0123456789',
      dependencies: {},
      live: { restartPolicy: 'no', memoryBytes: 0, cpuMillis: 0 },
      id: 'c0ffee',
      name: 'ef_edge-1_web_abcdef01',
      image: 'edgefleet/busybox:test',
      state: 'running',
      health: 'starting',
      restartCount: 2,
      startedAtMs: Date.UTC(2024, 4, 1, 10, 0, 1, 123),
      finishedAtMs: 0,
      createdAtMs: Date.UTC(2024, 4, 1, 10, 0, 0, 500),
    });
  });

  it('reports the exit code only once the container has exited', () => {
    const exited = fromDockerContainer(inspect({ State: { Status: 'exited', ExitCode: 137, FinishedAt: '2024-05-01T10:05:00Z' } }));
    expect(exited).toMatchObject({ state: 'exited', exitCode: 137, finishedAtMs: Date.UTC(2024, 4, 1, 10, 5), health: 'none' });
    expect(fromDockerContainer(inspect())?.exitCode).toBeUndefined();
  });

  it('maps an unknown state to dead and unknown health to none', () => {
    expect(fromDockerContainer(inspect({ State: { Status: 'hibernating', Health: { Status: 'weird' } } }))).toMatchObject({ state: 'dead', health: 'none' });
  });

  it('ignores containers without all of our labels', () => {
    expect(fromDockerContainer(inspect({ Labels: null }))).toBeNull();
    expect(fromDockerContainer(inspect({ Labels: { 'io.edgefleet.node': 'edge-1', 'io.edgefleet.workload': 'web', 'io.edgefleet.spec-hash': 'h' } }))).toBeNull();
    expect(fromDockerContainer(inspect({ Labels: { 'io.edgefleet.managed': 'true', 'io.edgefleet.node': 'edge-1', 'io.edgefleet.workload': 'web' } }))).toBeNull();
  });

  it('reads Docker zero and garbage times as 0', () => {
    expect(parseDockerTime('0001-01-01T00:00:00Z')).toBe(0);
    expect(parseDockerTime('')).toBe(0);
    expect(parseDockerTime('not a time')).toBe(0);
    expect(parseDockerTime('2024-05-01T10:00:00.999999999Z')).toBe(Date.UTC(2024, 4, 1, 10, 0, 0, 999));
  });
});

describe('fromDockerEvent', () => {
  const attrs = { 'io.edgefleet.managed': 'true', 'io.edgefleet.node': 'edge-1', 'io.edgefleet.workload': 'web', 'io.edgefleet.spec-hash': 'h', name: 'x' };
  const ev = (Action: string, Attributes: Record<string, string> = attrs) => ({ Type: 'container', Action, Actor: { ID: 'c1', Attributes }, time: 1700000000, timeNano: 1700000000123000064 /* exact in a double, as JSON.parse gives it */ });

  it('converts a container event of this node', () => {
    expect(fromDockerEvent(ev('die'), 'edge-1')).toEqual({ containerId: 'c1', action: 'die', workload: 'web', timeMs: 1700000000123 });
  });

  it('maps "health_status: healthy" variants to health_status', () => {
    expect(fromDockerEvent(ev('health_status: unhealthy'), 'edge-1')?.action).toBe('health_status');
  });

  it('drops other nodes, unmanaged containers, unknown actions and junk', () => {
    expect(fromDockerEvent(ev('start'), 'edge-2')).toBeNull();
    expect(fromDockerEvent(ev('start', { name: 'x' }), 'edge-1')).toBeNull();
    expect(fromDockerEvent(ev('exec_start: sh'), 'edge-1')).toBeNull();
    expect(fromDockerEvent({ ...ev('start'), Type: 'image' }, 'edge-1')).toBeNull();
    expect(fromDockerEvent('start', 'edge-1')).toBeNull();
    expect(fromDockerEvent({ Type: 'container', Action: 'start' }, 'edge-1')).toBeNull();
  });
});

describe('toRuntimeError', () => {
  it('calls a missing or refusing socket unavailable', () => {
    for (const code of ['ENOENT', 'ECONNREFUSED']) {
      const cause = Object.assign(new Error(`connect ${code} /var/run/docker.sock`), { code });
      const err = toRuntimeError(cause, 'list');
      expect(err).toBeInstanceOf(RuntimeError);
      expect(err).toMatchObject({ code: 'EF_AGENT_RUNTIME_UNAVAILABLE', cause });
    }
  });

  it('calls an engine error a failure and keeps its status code', () => {
    const cause = Object.assign(new Error('(HTTP code 404) no such container'), { statusCode: 404 });
    expect(toRuntimeError(cause, 'start x')).toMatchObject({ code: 'EF_AGENT_RUNTIME_FAILED', statusCode: 404, cause });
  });

  it('passes a RuntimeError through unchanged', () => {
    const e = new RuntimeError('EF_AGENT_RUNTIME_FAILED', 'x');
    expect(toRuntimeError(e, 'y')).toBe(e);
  });
});

describe('dependencies and live config', () => {
  it('records dependency container ids as labels and reads them and the live config back', () => {
    const o = toCreateOptions(id, spec(), { db: 'c-db-1' });
    expect(o.Labels?.['io.edgefleet.dep.db']).toBe('c-db-1');
    const c = fromDockerContainer({
      ...inspect({ Labels: { ...o.Labels } }),
      HostConfig: { RestartPolicy: { Name: 'unless-stopped' }, Memory: 64 * 1024 * 1024, NanoCpus: 500_000_000 },
    });
    expect(c?.dependencies).toEqual({ db: 'c-db-1' });
    expect(c?.live).toEqual({ restartPolicy: 'unless-stopped', memoryBytes: 64 * 1024 * 1024, cpuMillis: 500 });
  });
});
