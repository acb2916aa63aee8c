// The independent second implementation: protoc (C++, from Debian's protobuf-compiler) reads what
// our codec writes and writes what our codec reads. protobufjs encoding and decoding each other
// would agree on a shared mistake (a wrong field number, a swapped type); protoc would not.
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { decode, encode } from '../../proto/codec.js';
import { TOPIC_KINDS } from '../../proto/topics.js';
import type { MessageByKind, TopicKind } from '../../proto/types.js';
import { WIRE_TYPE, cancelCommand, logsAckCommand, restartCommand, restartReply, sampleMessages } from '../fixtures/wire-messages.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function runProtoc(mode: '--decode' | '--encode', kind: TopicKind, input: Uint8Array | string): Buffer {
  return execFileSync('protoc', [`${mode}=${WIRE_TYPE[kind]}`, '-I', 'proto', 'proto/edgefleet.proto'], {
    cwd: ROOT,
    input,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

/** protoc's text format for bytes our codec produced. */
function protocDecode(kind: TopicKind, bytes: Uint8Array): string {
  return runProtoc('--decode', kind, bytes).toString('utf8');
}

/** Wire bytes protoc produced from a text-format message. */
function protocEncode(kind: TopicKind, text: string): Uint8Array {
  return new Uint8Array(runProtoc('--encode', kind, text));
}

/** Matches a text-format field line, tolerant of protoc's indentation. */
function field(name: string, value: string | number | boolean): RegExp {
  const v = typeof value === 'string' && !/^[A-Z_]+$/.test(value) ? JSON.stringify(value) : String(value);
  return new RegExp(`^\\s*${name}: ${v.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`, 'm');
}

/** Matches a map entry `name { key: "k" value: "v" }` as protoc prints it over four lines. */
function mapEntry(name: string, key: string, value: string): RegExp {
  return new RegExp(`${name} \\{\\s*key: ${JSON.stringify(key)}\\s*value: ${JSON.stringify(value)}\\s*\\}`);
}

function viaOurEncoder<K extends TopicKind>(kind: K, msg: MessageByKind[K]): string {
  return protocDecode(kind, encode(kind, msg));
}

beforeAll(() => {
  const probe = spawnSync('protoc', ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new Error(
      'protoc is not on PATH; this cross-implementation test must not be skipped. ' +
        'Install it with `apt-get install protobuf-compiler`.',
      { cause: probe.error },
    );
  }
});

describe('protoc reads what our codec writes', () => {
  it.each(TOPIC_KINDS)('%s: only field numbers the .proto defines, and protoc re-encodes it to the same message', (kind) => {
    const msg = sampleMessages()[kind];
    const text = viaOurEncoder(kind, msg);
    // protoc prints fields it does not know as bare numbers: `99: 1`.
    expect(text).not.toMatch(/^\s*\d+:/m);
    expect(decode(kind, protocEncode(kind, text))).toEqual(msg);
  });

  it('hello', () => {
    const text = viaOurEncoder('hello', sampleMessages().hello);
    expect(text).toMatch(field('node_id', 'pi-kitchen-01'));
    expect(text).toMatch(mapEntry('labels', 'hw.model', 'rpi4'));
    expect(text).toMatch(/capacity \{\s*cpu_millis: 4000\s*memory_bytes: 8589934592\s*disk_bytes: 68719476736\s*\}/);
    expect(text).toMatch(/runtime \{\s*name: "docker"\s*version: "27.3.1"\s*api_version: "1.47"\s*\}/);
    expect(text).toMatch(field('applied_generation', 42));
    expect(text).toMatch(field('started_at_ms', 1_717_171_717_171));
  });

  it('state', () => {
    const text = viaOurEncoder('state', sampleMessages().state);
    expect(text).toMatch(field('phase', 'PHASE_RUNNING'));
    expect(text).toMatch(field('phase', 'PHASE_BACKOFF'));
    expect(text).toMatch(field('health', 'HEALTH_UNHEALTHY'));
    expect(text).toMatch(field('exit_code', 137));
    expect(text).toMatch(field('exit_code', -1));
    expect(text.match(/has_exit_code: true/g)).toHaveLength(3);
    expect(text).toMatch(/conditions \{\s*type: "Ready"\s*status: true\s*reason: "AllRunning"/);
  });

  it('telemetry (columns: first value, then deltas; delta of delta for seq, ts_ms and uptime_s)', () => {
    const batch = sampleMessages().telemetry;
    const last = batch.samples[1]!;
    batch.samples.push({ ...last, seq: last.seq + 1, tsMs: last.tsMs + 10_000, uptimeS: last.uptimeS + 10 }); // 3: columns
    const text = viaOurEncoder('telemetry', batch);
    expect(text).not.toMatch(/^\s*samples \{/m);
    expect(text).toMatch(field('count', 3));
    expect(text).toMatch(/seq: 1\s*seq: 1\s*ts_ms: 1717171717171\s*ts_ms: 10000/);
    expect(text).toMatch(/cpu_permille: 125\s*cpu_permille: -125/);
    expect(text).toMatch(/temperature_deci_c: 615\s*temperature_deci_c: -615/);
    expect(text).toMatch(/memory_used: 3072\s*memory_total: 8192/); // constant: sent once
    expect(text).toMatch(field('memory_used_shift', 20)); // in MiB
    expect(text).toMatch(/uptime_s: 86400\s*uptime_s: 10/);
    expect(text).toMatch(/disks \{\s*name: "\/var\/lib\/docker"\s*absent: 1\s*absent: 2\s*first: 5120\s*second: 131072\s*first_shift: 20\s*second_shift: 20\s*\}/);
    // A series present once is constant: sent exactly, here in MiB.
    expect(text).toMatch(/workloads \{\s*name: "camera"\s*absent: 1\s*absent: 2\s*first: 405\s*second: 512\s*second_shift: 20\s*\}/);
    expect(text).toMatch(field('dropped', 7));
  });

  it('events', () => {
    const text = viaOurEncoder('events', sampleMessages().events);
    expect(text).toMatch(field('severity', 'SEVERITY_WARNING'));
    expect(text).toMatch(field('severity', 'SEVERITY_ERROR'));
    expect(text).toMatch(field('severity', 'SEVERITY_INFO'));
    expect(text).toMatch(mapEntry('attributes', 'exitCode', '137'));
    expect(text).toMatch(field('seq', 12));
  });

  it('desired', () => {
    const text = viaOurEncoder('desired', sampleMessages().desired);
    expect(text).toMatch(field('generation', 43));
    expect(text).toMatch(field('controller_epoch', 3));
    expect(text).toMatch(/http \{\s*port: 8080\s*path: "\/healthz"\s*\}/);
    expect(text).toMatch(/tcp \{\s*port: 554\s*\}/);
    expect(text).toMatch(/exec \{\s*command: "\/bin\/sh"\s*command: "-c"\s*command: "test -f \/tmp\/ok"\s*\}/);
    expect(text).toMatch(field('run_when', 'RUN_WHEN_ONLINE'));
    expect(text).toMatch(field('restart_policy', 'on-failure'));
    expect(text).toMatch(field('priority', -5));
    expect(text).toMatch(/env \{\s*name: "API_TOKEN"\s*value: "s3cr3t"\s*secret: true\s*\}/);
    expect(text).toMatch(/policy \{\s*evict_memory_percent: 92.5\s*evict_disk_percent: 95/);
  });

  it('commands, every oneof variant', () => {
    const logs = viaOurEncoder('commands', sampleMessages().commands);
    expect(logs).toMatch(/logs \{\s*workload: "mqtt-bridge"\s*tail: 200\s*since_ms: 1717168117171\s*follow: true\s*window: 4\s*max_chunk_bytes: 32768\s*\}/);
    expect(viaOurEncoder('commands', logsAckCommand())).toMatch(/logs_ack \{\s*command_id: "cmd-01HZY"\s*seq: 7\s*\}/);
    expect(viaOurEncoder('commands', cancelCommand())).toMatch(/cancel \{\s*command_id: "cmd-01HZY"\s*reason: "client went away"\s*\}/);
    expect(logs).not.toMatch(/restart/);
    const restart = viaOurEncoder('commands', restartCommand());
    expect(restart).toMatch(/restart \{\s*workload: "camera"\s*\}/);
    expect(restart).toMatch(field('id', 'cmd-01HZX'));
  });

  it('replies', () => {
    const text = viaOurEncoder('replies', sampleMessages().replies);
    expect(text).toMatch(field('command_id', 'cmd-01HZY'));
    expect(text).toMatch(field('seq', 3));
    expect(text).toMatch(field('lines', '2024-06-01T00:00:01Z subscribed to 4 topics'));
    expect(text).toMatch(field('lines', ''));
    const restart = viaOurEncoder('replies', restartReply());
    expect(restart).toMatch(field('container_id', 'c0ffee'));
    expect(restart).toMatch(/started_at_ms: \d+/);
  });
});

describe('our codec reads what protoc writes', () => {
  it('hello, including a "__proto__" map key and a 64-bit timestamp', () => {
    const bytes = protocEncode('hello', `
      node_id: "lab-1" boot_id: "boot-1" arch: "arm" os: "linux" agent_version: "0.2.0" hostname: "lab"
      labels { key: "zone" value: "lab" }
      labels { key: "__proto__" value: "x" }
      capacity { cpu_millis: 2000 memory_bytes: 4294967296 disk_bytes: 34359738368 }
      runtime { name: "docker" version: "24.0.7" api_version: "1.43" }
      applied_epoch: 1 applied_generation: 9 started_at_ms: 1700000000123`);
    const hello = decode('hello', bytes);
    expect(hello).toMatchObject({
      nodeId: 'lab-1',
      bootId: 'boot-1',
      capacity: { cpuMillis: 2000, memoryBytes: 4_294_967_296, diskBytes: 34_359_738_368 },
      runtime: { name: 'docker', version: '24.0.7', apiVersion: '1.43' },
      appliedGeneration: 9,
      startedAtMs: 1_700_000_000_123,
    });
    expect(Object.entries(hello.labels)).toEqual([['zone', 'lab'], ['__proto__', 'x']]);
  });

  it('state: has_exit_code decides whether exitCode exists', () => {
    const state = decode('state', protocEncode('state', `
      node_id: "n2" boot_id: "b2" online: true applied_generation: 5 reported_at_ms: 1700000000999
      workloads { name: "web" spec_hash: "h1" phase: PHASE_BACKOFF health: HEALTH_STARTING exit_code: 1 has_exit_code: true restart_count: 4 }
      workloads { name: "db" phase: PHASE_RUNNING exit_code: 5 }
      conditions { type: "RuntimeReachable" status: false reason: "DockerDown" since_ms: 1700000000000 }`));
    expect(state.workloads[0]).toMatchObject({ name: 'web', phase: 'backoff', health: 'starting', exitCode: 1, restartCount: 4 });
    expect(state.workloads[1]).toMatchObject({ name: 'db', phase: 'running', health: 'none' });
    expect(state.workloads[1]).not.toHaveProperty('exitCode');
    expect(state.conditions).toEqual([
      { type: 'RuntimeReachable', status: false, reason: 'DockerDown', message: '', sinceMs: 1_700_000_000_000 },
    ]);
    expect(state).toMatchObject({ online: true, appliedGeneration: 5, reportedAtMs: 1_700_000_000_999 });
  });

  it('telemetry: has_temperature decides whether temperatureC exists', () => {
    const batch = decode('telemetry', protocEncode('telemetry', `
      node_id: "n3" boot_id: "b3" dropped: 2
      samples { seq: 1 ts_ms: 1700000000000 cpu_percent: 33.25 load1: 0.5 temperature_c: 48.5 has_temperature: true
                disks { mount: "/" used_bytes: 1000 size_bytes: 2000 } workloads { name: "web" cpu_percent: 1.5 memory_bytes: 1048576 } }
      samples { seq: 2 ts_ms: 1700000001000 temperature_c: 40 }`));
    expect(batch.dropped).toBe(2);
    expect(batch.samples[0]).toMatchObject({
      seq: 1, tsMs: 1_700_000_000_000, cpuPercent: 33.25, load1: 0.5, temperatureC: 48.5,
      disks: [{ mount: '/', usedBytes: 1000, sizeBytes: 2000 }],
      workloads: [{ name: 'web', cpuPercent: 1.5, memoryBytes: 1_048_576 }],
    });
    expect(batch.samples[1]).not.toHaveProperty('temperatureC');
  });

  it('telemetry columns written by protoc: deltas summed, trailing zeros implied, absent samples skipped', () => {
    const batch = decode('telemetry', protocEncode('telemetry', `
      node_id: "n6" boot_id: "b6"
      columns { count: 3 seq: 41 seq: 1 ts_ms: 1700000000000 ts_ms: 10000 ts_ms: 3 cpu_permille: 250 cpu_permille: -5
                memory_used: 1024 memory_total: 4096 memory_used_shift: 20 memory_total_shift: 20
                temperature_deci_c: 485 no_temperature: 1
                disks { name: "/" first: 900 second: 2000 first: 1 first_shift: 20 second_shift: 20 }
                workloads { name: "web" absent: 0 first: 15 second: 64 second: 2 second_shift: 20 } }`));
    expect(batch.samples.map((s) => [s.seq, s.tsMs, s.cpuPercent, s.memoryUsedBytes, s.memoryTotalBytes])).toEqual([
      [41, 1_700_000_000_000, 25, 1024 * 2 ** 20, 4096 * 2 ** 20],
      [42, 1_700_000_010_000, 24.5, 1024 * 2 ** 20, 4096 * 2 ** 20],
      [43, 1_700_000_020_003, 24.5, 1024 * 2 ** 20, 4096 * 2 ** 20],
    ]);
    expect(batch.samples.map((s) => s.temperatureC)).toEqual([48.5, undefined, 48.5]);
    expect(batch.samples[1]).not.toHaveProperty('temperatureC');
    expect(batch.samples.map((s) => s.disks)).toEqual([
      [{ mount: '/', usedBytes: 900 * 2 ** 20, sizeBytes: 2000 * 2 ** 20 }],
      [{ mount: '/', usedBytes: 901 * 2 ** 20, sizeBytes: 2000 * 2 ** 20 }],
      [{ mount: '/', usedBytes: 901 * 2 ** 20, sizeBytes: 2000 * 2 ** 20 }],
    ]);
    expect(batch.samples.map((s) => s.workloads)).toEqual([
      [],
      [{ name: 'web', cpuPercent: 1.5, memoryBytes: 64 * 2 ** 20 }],
      [{ name: 'web', cpuPercent: 1.5, memoryBytes: 66 * 2 ** 20 }],
    ]);
  });

  it('events', () => {
    const batch = decode('events', protocEncode('events', `
      node_id: "n4" boot_id: "b4"
      events { seq: 7 ts_ms: 1700000000000 type: "PullFailed" severity: SEVERITY_ERROR workload: "web" reason: "NotFound"
               message: "manifest unknown" attributes { key: "image" value: "web:9" } }`));
    expect(batch.events).toEqual([{
      seq: 7, tsMs: 1_700_000_000_000, type: 'PullFailed', severity: 'error', workload: 'web', reason: 'NotFound',
      message: 'manifest unknown', attributes: { image: 'web:9' },
    }]);
  });

  it('desired, with every container field protoc can set', () => {
    const desired = decode('desired', protocEncode('desired', `
      node_id: "n5" controller_epoch: 2 generation: 17 telemetry_interval_ms: 5000 issued_at_ms: 1700000000000
      policy { evict_memory_percent: 90 restart_backoff_max_ms: 60000 rules { name: "r" when: "offline" for_ms: 1000 then: "stop:web" until: "online" } }
      workloads { name: "web" spec_hash: "h" revision: 3 priority: -1 depends_on: "db" run_when: RUN_WHEN_OFFLINE
        container { image: "nginx:1.27" command: "nginx" args: "-g" args: "daemon off;" restart_policy: "always" network_mode: "none"
          env { name: "A" value: "1" secret: true } ports { container_port: 80 host_port: 8080 protocol: "udp" }
          volumes { mount_path: "/etc/x" host_path: "/srv/x" read_only: true } resources { cpu_millis: 250 memory_bytes: 134217728 }
          health_check { exec { command: "true" } interval_ms: 1000 timeout_ms: 500 retries: 2 start_period_ms: 100 }
          labels { key: "team" value: "web" } working_dir: "/w" user: "nobody" stop_timeout_s: 9 } }`));
    expect(desired).toMatchObject({ nodeId: 'n5', controllerEpoch: 2, generation: 17, telemetryIntervalMs: 5000 });
    expect(desired.policy).toEqual({
      evictMemoryPercent: 90, evictDiskPercent: 0, restartBackoffMaxMs: 60_000,
      rules: [{ name: 'r', when: 'offline', forMs: 1000, then: 'stop:web', until: 'online' }],
    });
    expect(desired.workloads[0]).toEqual({
      name: 'web', specHash: 'h', revision: 3, priority: -1, dependsOn: ['db'], runWhen: 'offline',
      container: {
        image: 'nginx:1.27', command: ['nginx'], args: ['-g', 'daemon off;'], restartPolicy: 'always', networkMode: 'none',
        env: [{ name: 'A', value: '1', secret: true }],
        ports: [{ containerPort: 80, hostPort: 8080, protocol: 'udp' }],
        volumes: [{ name: '', mountPath: '/etc/x', hostPath: '/srv/x', readOnly: true }],
        resources: { cpuMillis: 250, memoryBytes: 134_217_728 },
        healthCheck: { probe: { kind: 'exec', command: ['true'] }, intervalMs: 1000, timeoutMs: 500, retries: 2, startPeriodMs: 100 },
        labels: { team: 'web' }, workingDir: '/w', user: 'nobody', stopTimeoutS: 9,
      },
    });
  });

  it('commands, every oneof variant', () => {
    expect(decode('commands', protocEncode('commands', 'id: "c1" issued_at_ms: 1700000000000 restart { workload: "web" }'))).toEqual({
      id: 'c1', issuedAtMs: 1_700_000_000_000, action: { kind: 'restart', workload: 'web' },
    });
    expect(decode('commands', protocEncode('commands', 'id: "c2" logs { workload: "db" tail: 50 since_ms: 1 follow: true }'))).toEqual({
      id: 'c2', issuedAtMs: 0, action: { kind: 'logs', workload: 'db', tail: 50, sinceMs: 1, follow: true, window: 0, maxChunkBytes: 0 },
    });
    expect(decode('commands', protocEncode('commands', 'id: "c3" logs_ack { command_id: "c2" seq: 9 }'))).toEqual({
      id: 'c3', issuedAtMs: 0, action: { kind: 'logsAck', commandId: 'c2', seq: 9 },
    });
    expect(decode('commands', protocEncode('commands', 'id: "c4" cancel { command_id: "c2" reason: "gone" }'))).toEqual({
      id: 'c4', issuedAtMs: 0, action: { kind: 'cancel', commandId: 'c2', reason: 'gone' },
    });
  });

  it('replies', () => {
    const reply = decode('replies', protocEncode('replies', 'command_id: "c2" ok: false error: "no such workload" done: true seq: 1 lines: "a" lines: "b"'));
    expect(reply).toEqual({ commandId: 'c2', ok: false, error: 'no such workload', done: true, seq: 1, lines: ['a', 'b'], code: '', containerId: '', startedAtMs: 0 });
    const restart = decode('replies', protocEncode('replies', 'command_id: "c1" ok: true done: true seq: 1 code: "" container_id: "abc" started_at_ms: 1700000000001'));
    expect(restart).toMatchObject({ containerId: 'abc', startedAtMs: 1_700_000_000_001 });
  });
});
