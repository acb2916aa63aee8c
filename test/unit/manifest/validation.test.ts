import { describe, expect, it } from 'vitest';
import { parseManifestObject, parseManifests } from '../../../controller/manifest/parse.js';
import { manifest, manifestError, problemLines } from './helpers.js';

type Obj = Record<string, unknown>;
const m = manifest;

/** [what, manifest, field path, message pattern]: every problem names the field to fix. */
const CASES: [string, Obj, string, RegExp][] = [
  ['unknown top-level field', { ...m(), extra: 1 }, 'extra', /^unknown field "extra"$/],
  ['typo in spec', { ...m(), spec: { contaner: {}, placement: { replicas: 1 } } }, 'spec.contaner', /unknown field "contaner" \(did you mean "container"\?\)/],
  ['wrong case', m({ restartpolicy: 'no' }), 'spec.container.restartpolicy', /did you mean "restartPolicy"/],
  ['missing apiVersion', { ...m(), apiVersion: undefined }, 'apiVersion', /^is required$/],
  ['wrong apiVersion', { ...m(), apiVersion: 'edgefleet.io/v2' }, 'apiVersion', /"edgefleet.io\/v2" is not supported: use edgefleet.io\/v1/],
  ['wrong kind', { ...m(), kind: 'Deployment' }, 'kind', /use Workload/],
  ['bad name', m({}, {}, { name: 'Hello_World' }), 'metadata.name', /"Hello_World" is not a valid name/],
  ['too long name', m({}, {}, { name: 'a'.repeat(64) }), 'metadata.name', /is not a valid name/],
  ['bad label key', m({}, {}, { labels: { 'bad key': 'x' } }), 'metadata.labels["bad key"]', /not a valid label key/],
  ['missing image', m({ image: undefined }), 'spec.container.image', /^is required$/],
  ['command not a list', m({ command: 'sleep 10' }), 'spec.container.command', /must be a list, got "sleep 10"/],
  ['number in command', m({ command: ['sleep', 10] }), 'spec.container.command[1]', /must be a string: quote it \("10"\)/],
  ['env value a number', m({ env: { PORT: 8080 } }), 'spec.container.env.PORT', /quote it \("8080"\)/],
  ['bad env name', m({ env: { '1BAD': 'x' } }), 'spec.container.env["1BAD"]', /not a valid environment variable name/],
  ['env list item twice', m({ env: [{ name: 'A', value: '1' }, { name: 'A', value: '2' }] }), 'spec.container.env[1].name', /"A" is set twice/],
  ['env list item field', m({ env: [{ name: 'A', valu: '1' }] }), 'spec.container.env[0].valu', /did you mean "value"/],
  ['env and secretEnv', m({ env: { A: '1' }, secretEnv: { A: '2' } }), 'spec.container.secretEnv.A', /env or secretEnv, not both/],
  ['env neither map nor list', m({ env: 'A=1' }), 'spec.container.env', /must be a map \{NAME: value\} or a list/],
  ['hostPort remapped on host network', m({ ports: [{ containerPort: 8080, hostPort: 80 }] }), 'spec.container.ports[0].hostPort', /80 must equal containerPort 8080: with network host .* cannot be remapped/],
  ['port out of range', m({ ports: [{ containerPort: 70000 }] }), 'spec.container.ports[0].containerPort', /at most 65535/],
  ['port published twice', m({ ports: [{ containerPort: 80 }, { containerPort: 80 }] }), 'spec.container.ports[1]', /80\/tcp is already published by ports\[0\]/],
  ['ports on network none', m({ network: 'none', ports: [{ containerPort: 80 }] }), 'spec.container.ports', /network none/],
  ['bridge network', m({ network: 'bridge' }), 'spec.container.network', /never use bridge networks/],
  ['restart policy', m({ restartPolicy: 'sometimes' }), 'spec.container.restartPolicy', /"sometimes" is not one of no, always, unless-stopped, on-failure/],
  ['volume with name and hostPath', m({ volumes: [{ name: 'a', hostPath: '/a', mountPath: '/a' }] }), 'spec.container.volumes[0]', /exactly one of name/],
  ['volume with neither', m({ volumes: [{ mountPath: '/a' }] }), 'spec.container.volumes[0]', /exactly one of name/],
  ['relative mountPath', m({ volumes: [{ name: 'a', mountPath: 'data' }] }), 'spec.container.volumes[0].mountPath', /must be an absolute path/],
  ['mountPath twice', m({ volumes: [{ name: 'a', mountPath: '/d' }, { name: 'b', mountPath: '/d' }] }), 'spec.container.volumes[1].mountPath', /already mounted by volumes\[0\]/],
  ['memory not a quantity', m({ resources: { memory: '64Q' } }), 'spec.container.resources.memory', /^"64Q" is not a quantity \(use 64Mi, 1Gi or bytes\)$/],
  ['ambiguous memory', m({ resources: { memory: '512m' } }), 'spec.container.resources.memory', /ambiguous \(use 512Mi .* or 512M/],
  ['tiny memory', m({ resources: { memory: 64 } }), 'spec.container.resources.memory', /below the 6Mi minimum .*did you mean 64Mi\?/],
  ['cpus not a quantity', m({ resources: { cpus: 'lots' } }), 'spec.container.resources.cpus', /"lots" is not a CPU quantity/],
  ['cpus zero', m({ resources: { cpus: 0 } }), 'spec.container.resources.cpus', /more than 0/],
  ['cpus a boolean', m({ resources: { cpus: true } }), 'spec.container.resources.cpus', /must be a number of cores/],
  ['duration without unit', m({ stopTimeout: 10 }), 'spec.container.stopTimeout', /10 has no unit \(write "10s"/],
  ['stopTimeout below a second', m({ stopTimeout: '1500ms' }), 'spec.container.stopTimeout', /whole number of seconds/],
  ['two probes', m({ healthCheck: { http: { port: 80 }, tcp: { port: 80 } } }), 'spec.container.healthCheck', /exactly one probe/],
  ['no probe', m({ healthCheck: { interval: '5s' } }), 'spec.container.healthCheck', /exactly one probe/],
  ['bad interval', m({ healthCheck: { tcp: { port: 1 }, interval: 'often' } }), 'spec.container.healthCheck.interval', /"often" is not a duration/],
  ['http path', m({ healthCheck: { http: { port: 1, path: 'healthz' } } }), 'spec.container.healthCheck.http.path', /must start with "\/"/],
  ['empty exec', m({ healthCheck: { exec: { command: [] } } }), 'spec.container.healthCheck.exec.command', /at least 1 item/],
  ['relative workingDir', m({ workingDir: 'app' }), 'spec.container.workingDir', /absolute path/],
  ['bad user', m({ user: 'a b' }), 'spec.container.user', /user, uid/],
  ['fractional priority', m({}, { priority: 1.5 }), 'spec.priority', /whole number/],
  ['runWhen', m({}, { runWhen: 'sometimes' }), 'spec.runWhen', /not one of always, online, offline/],
  ['depends on itself', m({}, { dependsOn: ['app'] }), 'spec.dependsOn', /cannot depend on itself/],
  ['dependsOn twice', m({}, { dependsOn: ['db', 'db'] }), 'spec.dependsOn[1]', /"db" is listed twice/],
  ['no placement', { ...m(), spec: { container: { image: 'x' } } }, 'spec.placement', /^is required$/],
  ['replicas missing', m({}, { placement: { mode: 'replicated' } }), 'spec.placement.replicas', /required with mode replicated/],
  ['replicas with perNode', m({}, { placement: { mode: 'perNode', replicas: 2 } }), 'spec.placement.replicas', /not allowed with mode perNode/],
  ['negative replicas', m({}, { placement: { replicas: -1 } }), 'spec.placement.replicas', /at least 0/],
  ['placement mode', m({}, { placement: { mode: 'everywhere' } }), 'spec.placement.mode', /not one of replicated, perNode/],
  ['bad nodeSelector value', m({}, { placement: { replicas: 1, nodeSelector: { zone: 'a b' } } }), 'spec.placement.nodeSelector.zone', /label value/],
];

describe('validation problems name the field', () => {
  it.each(CASES)('%s', (_what, input, path, message) => {
    const e = manifestError(() => parseManifestObject(input));
    expect(e.code).toBe('EF_MANIFEST_INVALID');
    expect(e.problems.map((p) => p.path)).toContain(path);
    expect(e.problems.find((p) => p.path === path)?.message).toMatch(message);
  });
});

describe('every problem at once', () => {
  it('reports field, cross-field and unknown-field problems of one manifest together', () => {
    const input = m(
      { resources: { memory: '64Q' }, ports: [{ containerPort: 8080, hostPort: 9090 }], imagePullPolicy: 'Always' },
      { placement: { mode: 'replicated' } },
      { name: 'Bad' },
    );
    expect(problemLines(manifestError(() => parseManifestObject(input))).sort()).toEqual(
      [
        'metadata.name: "Bad" is not a valid name: use 1-63 lowercase letters, digits and \'-\', starting and ending with a letter or digit',
        'spec.container.imagePullPolicy: unknown field "imagePullPolicy"',
        'spec.container.ports[0].hostPort: 9090 must equal containerPort 8080: with network host the container binds the device\'s own port directly, so it cannot be remapped (omit hostPort, or make the process listen on the port you want)',
        'spec.container.resources.memory: "64Q" is not a quantity (use 64Mi, 1Gi or bytes)',
        'spec.placement.replicas: is required with mode replicated (how many copies to run)',
      ].sort(),
    );
  });

  it('reports problems from every document, each with its document number', () => {
    const text = [
      'apiVersion: edgefleet.io/v1\nkind: Workload\nmetadata: {name: a}\nspec: {container: {image: x, resources: {memory: 64Q}}, placement: {replicas: 1}}',
      'apiVersion: edgefleet.io/v1\nkind: Workload\nmetadata: {name: b}\nspec: {container: {image: x}, placement: {replicas: 1}}',
      'apiVersion: edgefleet.io/v1\nkind: Workload\nmetadata: {name: c}\nspec: {contaner: {image: x}, placement: {replicas: 1}}',
    ].join('\n---\n');
    const e = manifestError(() => parseManifests(text, { source: 'hello.yaml' }));
    expect(e.message.split('\n')).toEqual([
      '3 manifest problems:',
      '  hello.yaml doc 1: spec.container.resources.memory: "64Q" is not a quantity (use 64Mi, 1Gi or bytes)',
      '  hello.yaml doc 3: spec.container: is required',
      '  hello.yaml doc 3: spec.contaner: unknown field "contaner" (did you mean "container"?)',
    ]);
    expect(e.problems.map((p) => p.doc)).toEqual([1, 3, 3]);
  });

  it('formats a single problem on one line', () => {
    const e = manifestError(() =>
      parseManifests('apiVersion: edgefleet.io/v1\nkind: Workload\nmetadata: {name: hello}\nspec: {container: {image: x, resources: {memory: 64Q}}, placement: {replicas: 1}}', {
        source: 'hello.yaml',
      }),
    );
    expect(e.message).toBe('hello.yaml doc 1: spec.container.resources.memory: "64Q" is not a quantity (use 64Mi, 1Gi or bytes)');
    expect(e.source).toBe('hello.yaml');
    expect(e.name).toBe('ManifestError');
  });

  it('caps a flood of problems with a summary', () => {
    const env = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`V${i}`, i]));
    const e = manifestError(() => parseManifestObject(m({ env })));
    expect(e.problems).toHaveLength(100);
    expect(e.problems.at(-1)?.message).toMatch(/^and \d+ more problems$/);
  });
});
