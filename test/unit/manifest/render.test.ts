import { parse as parseYaml, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseManifestObject, parseManifests } from '../../../controller/manifest/parse.js';
import { REDACTED, toManifest } from '../../../controller/manifest/render.js';
import { manifest } from './helpers.js';

const VARIANTS: [string, Record<string, unknown>][] = [
  ['minimal', manifest()],
  [
    'everything set',
    manifest(
      {
        command: ['httpd', '-f'],
        args: ['-p', '8081'],
        env: { B: '2', A: '' },
        ports: [{ containerPort: 8081 }, { containerPort: 53, protocol: 'udp' }],
        volumes: [{ name: 'data', mountPath: '/data' }, { hostPath: '/srv', mountPath: '/srv', readOnly: true }],
        resources: { cpus: '1500m', memory: 1_000_003 * 7 },
        restartPolicy: 'on-failure',
        network: 'host',
        healthCheck: { http: { port: 8081, path: '/ok' }, interval: '1m30s', timeout: '250ms', retries: 5, startPeriod: '1h' },
        workingDir: '/www',
        user: 'nobody',
        stopTimeout: '0s',
      },
      { priority: 7, dependsOn: ['db', 'cache'], runWhen: 'online', placement: { replicas: 0, nodeSelector: { zone: 'a' } } },
      { labels: { app: 'web' } },
    ),
  ],
  ['perNode, exec probe, no network', manifest({ network: 'none', healthCheck: { exec: { command: ['true'] } }, resources: { cpus: '250m' } }, { placement: { mode: 'perNode' } })],
  ['tcp probe, odd cpu', manifest({ healthCheck: { tcp: { port: 22 } }, resources: { cpus: 0.001, memory: '1.5Gi' } })],
];

describe('toManifest', () => {
  it.each(VARIANTS)('round trips: %s', (_what, input) => {
    const w = parseManifestObject(input);
    expect(parseManifestObject(toManifest(w))).toStrictEqual(w);
  });

  it('round trips through YAML text, as `get -o yaml` prints it', () => {
    for (const [, input] of VARIANTS) {
      const w = parseManifestObject(input);
      const [again] = parseManifests(stringify(toManifest(w))).workloads;
      expect(again).toStrictEqual(w);
    }
  });

  it('writes defaults out and quantities in manifest units', () => {
    const w = parseManifestObject(manifest({ resources: { cpus: 0.5, memory: '64Mi' }, healthCheck: { http: { port: 80 } } }));
    expect(toManifest(w)).toStrictEqual({
      apiVersion: 'edgefleet.io/v1',
      kind: 'Workload',
      metadata: { name: 'app' },
      spec: {
        container: {
          image: 'edgefleet/busybox:local',
          resources: { cpus: 0.5, memory: '64Mi' },
          restartPolicy: 'unless-stopped',
          network: 'host',
          healthCheck: { http: { port: 80, path: '/' }, interval: '10s', timeout: '2s', retries: 3, startPeriod: '0s' },
          stopTimeout: '10s',
        },
        priority: 0,
        runWhen: 'always',
        placement: { mode: 'replicated', replicas: 1 },
      },
    });
  });

  it('never shows secret values', () => {
    const w = parseManifestObject(manifest({ env: { PLAIN: 'visible' }, secretEnv: { TOKEN: 'hunter2' } }));
    const out = toManifest(w);
    expect(out.spec.container.secretEnv).toEqual({ TOKEN: REDACTED });
    expect(out.spec.container.env).toEqual({ PLAIN: 'visible' });
    expect(JSON.stringify(out)).not.toContain('hunter2');
    expect(stringify(out)).not.toContain('hunter2');
    // Applying the rendered manifest again would set the placeholder, so the hash tells them apart.
    expect(parseManifestObject(parseYaml(stringify(out))).specHash).not.toBe(w.specHash);
  });
});
