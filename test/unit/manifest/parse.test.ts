import { describe, expect, it } from 'vitest';
import { parseManifestObject, parseManifests } from '../../../controller/manifest/parse.js';
import { ROLLOUT_DEFAULTS } from '../../../controller/manifest/rollout.js';
import type { Workload } from '../../../controller/manifest/types.js';
import { manifest, manifestError, problemLines } from './helpers.js';

const HELLO = `
apiVersion: edgefleet.io/v1
kind: Workload
metadata:
  name: hello
  labels: {app: hello}
spec:
  container:
    image: edgefleet/busybox:local
    command: ["sleep", "3600"]
    args: []
    env: { GREETING: hi, ALPHA: a }
    secretEnv: { TOKEN: s3cret }
    ports: [{ containerPort: 8080, hostPort: 8080, protocol: tcp }]
    volumes:
      - { name: data, mountPath: /data }
      - { hostPath: /srv/x, mountPath: /x, readOnly: true }
    resources: { cpus: 0.5, memory: 64Mi }
    restartPolicy: unless-stopped
    network: host
    healthCheck: { http: {port: 8080, path: /healthz}, interval: 10s, timeout: 2s, retries: 3, startPeriod: 5s }
    workingDir: /data
    user: "1000:1000"
    stopTimeout: 30s
  priority: 0
  dependsOn: [other-workload]
  runWhen: always
  placement:
    mode: replicated
    replicas: 2
    nodeSelector: { zone: a }
`;

describe('parseManifests', () => {
  it('turns the reference manifest into a fully normalised Workload', () => {
    const { workloads } = parseManifests(HELLO, { source: 'hello.yaml' });
    expect(workloads).toEqual<Workload[]>([
      {
        name: 'hello',
        labels: { app: 'hello' },
        container: {
          image: 'edgefleet/busybox:local',
          command: ['sleep', '3600'],
          args: [],
          env: [
            { name: 'ALPHA', value: 'a', secret: false },
            { name: 'GREETING', value: 'hi', secret: false },
            { name: 'TOKEN', value: 's3cret', secret: true },
          ],
          ports: [{ containerPort: 8080, hostPort: 8080, protocol: 'tcp' }],
          volumes: [
            { name: 'data', mountPath: '/data', hostPath: '', readOnly: false },
            { name: '', mountPath: '/x', hostPath: '/srv/x', readOnly: true },
          ],
          resources: { cpuMillis: 500, memoryBytes: 64 * 1024 * 1024 },
          restartPolicy: 'unless-stopped',
          networkMode: 'host',
          healthCheck: {
            probe: { kind: 'http', port: 8080, path: '/healthz' },
            intervalMs: 10_000,
            timeoutMs: 2_000,
            retries: 3,
            startPeriodMs: 5_000,
          },
          labels: {},
          workingDir: '/data',
          user: '1000:1000',
          stopTimeoutS: 30,
        },
        priority: 0,
        dependsOn: ['other-workload'],
        runWhen: 'always',
        placement: { mode: 'replicated', replicas: 2, nodeSelector: { zone: 'a' }, constraints: [], preferences: [], spread: null, maxPerNode: 1, autoscale: null },
        rollout: { ...ROLLOUT_DEFAULTS },
        specHash: expect.stringMatching(/^[0-9a-f]{16}$/) as unknown as string,
      },
    ]);
  });

  it('applies every default to a minimal manifest', () => {
    const w = parseManifestObject(manifest());
    expect(w).toStrictEqual<Workload>({
      name: 'app',
      labels: {},
      container: {
        image: 'edgefleet/busybox:local',
        command: [],
        args: [],
        env: [],
        ports: [],
        volumes: [],
        resources: { cpuMillis: 0, memoryBytes: 0 },
        restartPolicy: 'unless-stopped',
        networkMode: 'host',
        labels: {},
        workingDir: '',
        user: '',
        stopTimeoutS: 10,
      },
      priority: 0,
      dependsOn: [],
      runWhen: 'always',
      placement: { mode: 'replicated', replicas: 1, nodeSelector: {}, constraints: [], preferences: [], spread: null, maxPerNode: 1, autoscale: null },
      rollout: { ...ROLLOUT_DEFAULTS, maxParallel: { percent: 100 } },
      specHash: w.specHash,
    });
  });

  it('defaults inside ports, volumes and health checks', () => {
    const w = parseManifestObject(
      manifest({
        ports: [{ containerPort: 53, protocol: 'udp' }, { containerPort: 8080 }],
        volumes: [{ name: 'data', mountPath: '/data' }],
        healthCheck: { http: { port: 8080 } },
      }),
    );
    expect(w.container.ports).toEqual([
      { containerPort: 53, hostPort: 53, protocol: 'udp' },
      { containerPort: 8080, hostPort: 8080, protocol: 'tcp' },
    ]);
    expect(w.container.volumes).toEqual([{ name: 'data', mountPath: '/data', hostPath: '', readOnly: false }]);
    expect(w.container.healthCheck).toEqual({
      probe: { kind: 'http', port: 8080, path: '/' },
      intervalMs: 10_000,
      timeoutMs: 2_000,
      retries: 3,
      startPeriodMs: 0,
    });
  });

  it('perNode placement has replicas 0; tcp and exec probes; env in list form', () => {
    const w = parseManifestObject(
      manifest(
        { env: [{ name: 'B', value: '2' }, { name: 'A', value: '1' }], healthCheck: { exec: { command: ['true'] }, retries: 1 } },
        { placement: { mode: 'perNode', nodeSelector: { 'edgefleet.io/zone': 'north' } }, runWhen: 'offline', priority: -5 },
      ),
    );
    expect(w.placement).toEqual({ mode: 'perNode', replicas: 0, nodeSelector: { 'edgefleet.io/zone': 'north' }, constraints: [], preferences: [], spread: null, maxPerNode: 1, autoscale: null });
    expect(w.container.env.map((e) => e.name)).toEqual(['A', 'B']);
    expect(w.container.healthCheck?.probe).toEqual({ kind: 'exec', command: ['true'] });
    expect([w.runWhen, w.priority]).toEqual(['offline', -5]);
    const tcp = parseManifestObject(manifest({ healthCheck: { tcp: { port: 22 } } }));
    expect(tcp.container.healthCheck?.probe).toEqual({ kind: 'tcp', port: 22 });
  });

  it('reads quantities in every accepted form', () => {
    const q = (resources: Record<string, unknown>) => parseManifestObject(manifest({ resources })).container.resources;
    expect(q({ cpus: '500m', memory: '1Gi' })).toEqual({ cpuMillis: 500, memoryBytes: 2 ** 30 });
    expect(q({ cpus: 2, memory: '512M' })).toEqual({ cpuMillis: 2000, memoryBytes: 512_000_000 });
    expect(q({ cpus: '1.5', memory: 10_000_000 })).toEqual({ cpuMillis: 1500, memoryBytes: 10_000_000 });
  });

  it('sorts dependsOn so the order written does not matter', () => {
    const w = parseManifestObject(manifest({}, { dependsOn: ['db', 'cache'] }));
    expect(w.dependsOn).toEqual(['cache', 'db']);
  });
});

describe('input formats', () => {
  const doc = (name: string) => JSON.stringify(manifest({}, {}, { name }));

  it('reads YAML with several documents, skipping empty ones', () => {
    const text = `# leading comment\n${toYamlish('a')}\n---\n# only a comment\n---\n${toYamlish('b')}\n---\n`;
    expect(parseManifests(text).workloads.map((w) => w.name)).toEqual(['a', 'b']);
  });

  it('reads JSON: one object, an array, or {items: [...]}', () => {
    expect(parseManifests(doc('one')).workloads.map((w) => w.name)).toEqual(['one']);
    expect(parseManifests(`[${doc('a')}, ${doc('b')}]`).workloads.map((w) => w.name)).toEqual(['a', 'b']);
    const list = `{"apiVersion": "v1", "kind": "List", "items": [${doc('x')},\n\t${doc('y')}]}`;
    expect(parseManifests(list).workloads.map((w) => w.name)).toEqual(['x', 'y']);
  });

  it('names the list position of a bad item', () => {
    const bad = JSON.stringify(manifest({ image: '' }, {}, { name: 'b' }));
    expect(problemLines(manifestError(() => parseManifests(`[${doc('a')}, ${bad}]`)))).toEqual([
      'doc 1 [1].spec.container.image: "" is not an image reference (e.g. edgefleet/busybox:local)',
    ]);
    expect(problemLines(manifestError(() => parseManifests(`{"items": [${bad}], "extra": 1}`)))).toEqual([
      'doc 1 extra: unknown field in a list (only apiVersion, kind and items)',
      'doc 1 items[0].spec.container.image: "" is not an image reference (e.g. edgefleet/busybox:local)',
    ]);
  });

  it('returns no workloads for an empty file', () => {
    expect(parseManifests('').workloads).toEqual([]);
    expect(parseManifests('# nothing yet\n---\n').workloads).toEqual([]);
  });

  it('refuses the same workload name twice, pointing at the first', () => {
    const e = manifestError(() => parseManifests(`${toYamlish('a')}\n---\n${toYamlish('b')}\n---\n${toYamlish('a')}`, { source: 'x.yaml' }));
    expect(e.code).toBe('EF_MANIFEST_INVALID');
    expect(e.message).toBe('x.yaml doc 3: metadata.name: workload "a" is already defined in doc 1');
  });

  it('reports YAML syntax errors with their line', () => {
    const e = manifestError(() => parseManifests('apiVersion: edgefleet.io/v1\nkind: [Workload\nmetadata: {}\n', { source: 'bad.yaml' }));
    expect(e.problems[0]?.message).toMatch(/^line \d+, column \d+: /);
    expect(e.message).toMatch(/^bad\.yaml doc 1: line/);
  });

  it('refuses a document that is not a mapping', () => {
    expect(problemLines(manifestError(() => parseManifests('just a string')))).toEqual(['doc 1 : must be a map, got "just a string"']);
  });
});

/** The same minimal manifest written as block YAML. */
function toYamlish(name: string): string {
  return [
    'apiVersion: edgefleet.io/v1',
    'kind: Workload',
    `metadata: {name: ${name}}`,
    'spec:',
    '  container: {image: "edgefleet/busybox:local"}',
    '  placement: {replicas: 1}',
  ].join('\n');
}
