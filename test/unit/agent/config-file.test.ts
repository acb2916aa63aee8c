import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONFIG_FILE_MAX_BYTES, loadConfigFile, parseConfigText } from '../../../agent/config-file.js';
import { makeAgentConfig } from '../../../agent/config.js';
import { isAgentError } from '../../../agent/errors.js';
import { mergeOptions } from '../../../agent/options.js';

const problems = (f: () => unknown): string[] => {
  try {
    f();
  } catch (err) {
    if (isAgentError(err)) return err.details as string[];
    throw err;
  }
  throw new Error('expected EF_AGENT_CONFIG_INVALID');
};

const dir = mkdtempSync(join(tmpdir(), 'ef-config-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('agent config file', () => {
  it('reads every option under its flag name, labels as a map or as k=v', () => {
    const v = parseConfigText(
      `server: mqtts://ctl.example:8883
api: https://ctl.example:8443
node-id: edge-1
state-dir: /var/lib/edgefleet
label: { zone: a, floor: 2, gpu: true }
outbox-max-bytes: 1048576
keepalive-s: 30
log-level: warn
`,
      'agent.yaml',
    );
    expect(v).toMatchObject({ server: 'mqtts://ctl.example:8883', 'node-id': 'edge-1', label: { zone: 'a', floor: '2', gpu: 'true' }, 'keepalive-s': 30 });
    expect(parseConfigText('label: ["zone=a", "b=c"]\n', 'f').label).toEqual(['zone=a', 'b=c']);
    expect(parseConfigText('', 'f')).toEqual({});
    expect(parseConfigText('# only a comment\n', 'f')).toEqual({});
  });

  it('reports every problem at once, each with its line', () => {
    const p = problems(() => parseConfigText('node-id: edge-1\nnodeid: typo\nkeepalive-s: "15"\noutbox-max-bytes: 10\nlog-level: loud\n', 'agent.yaml'));
    expect(p).toHaveLength(4);
    expect(p.join('\n')).toMatch(/line 2: nodeid: unknown option/);
    expect(p.join('\n')).toMatch(/line 3: keepalive-s: must be a whole number/);
    expect(p.join('\n')).toMatch(/line 4: outbox-max-bytes: must be at least 65536/);
    expect(p.join('\n')).toMatch(/line 5: log-level: must be one of/);
  });

  it('checks each value\'s type and size: strings, whole numbers, labels', () => {
    const p = problems(() => parseConfigText(`server: ""\napi: ${'x'.repeat(5000)}\nresync-ms: 1500.5\nlabel: { zone: { nested: 1 } }\nnode-id: 7\nmetrics-port: -1\n`, 'f'));
    expect(p).toEqual([
      expect.stringMatching(/^line 1: server: must not be empty/),
      expect.stringMatching(/^line 2: api: must be at most 4096 characters/),
      expect.stringMatching(/^line 3: resync-ms: must be a whole number/),
      expect.stringMatching(/^line 4: label: label values must be strings, numbers or booleans/),
      expect.stringMatching(/^line 5: node-id: must be a string/),
      expect.stringMatching(/^line 6: metrics-port: must be at least 0/),
    ]);
    expect(problems(() => parseConfigText('label: zone=a\n', 'f'))).toEqual([expect.stringMatching(/label: must be a map of key: value, or a list of "key=value"/)]);
    expect(problems(() => parseConfigText('label: [1, 2]\n', 'f'))).toEqual([expect.stringMatching(/label: must be a map/)]);
  });

  it('refuses YAML syntax errors and duplicate keys with their line, and a file that is not a map', () => {
    expect(problems(() => parseConfigText('server: [unclosed\nnode-id: x\n', 'f')).join()).toMatch(/line \d+: /);
    expect(problems(() => parseConfigText('node-id: a\nnode-id: b\n', 'f')).join()).toMatch(/line 2: .*[Mm]ap keys must be unique/);
    expect(problems(() => parseConfigText('- a\n- b\n', 'f')).join()).toMatch(/must be a YAML map/);
    expect(problems(() => parseConfigText('just text', 'f')).join()).toMatch(/must be a YAML map/);
  });

  it('refuses alias bombs and oversized files before doing the work', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`)].join('\n');
    expect(problems(() => parseConfigText(bomb, 'f')).join()).toMatch(/alias|cannot read/i);
    const big = join(dir, 'big.yaml');
    writeFileSync(big, `# ${'x'.repeat(CONFIG_FILE_MAX_BYTES)}\n`);
    expect(problems(() => loadConfigFile(big)).join()).toMatch(/larger than the 65536-byte limit/);
  });

  it('refuses __proto__ as an unknown option instead of merging it', () => {
    expect(problems(() => parseConfigText('__proto__: { polluted: 1 }\n', 'f')).join()).toMatch(/__proto__: unknown option/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('says plainly when the file is missing, and keeps its mode for the 0600 check', () => {
    expect(problems(() => loadConfigFile(join(dir, 'nope.yaml')))).toEqual(['no such file']);
    const f = join(dir, 'agent.yaml');
    writeFileSync(f, 'node-id: edge-1\n');
    chmodSync(f, 0o640);
    expect(loadConfigFile(f)).toMatchObject({ path: f, mode: 0o640, values: { 'node-id': 'edge-1' } });
  });

  it('lets flags and environment win over the file, and merges labels key by key', () => {
    const file = { path: 'f', mode: 0o600, values: parseConfigText('server: mqtt://10.0.0.1:1883\nnode-id: from-file\nstate-dir: /s\nkeepalive-s: 30\nlabel: { zone: a, site: north }\n', 'f') };
    const r = mergeOptions({ nodeId: 'from-flag', label: ['zone=b'] }, file);
    const cfg = makeAgentConfig(r.input);
    expect(cfg.nodeId).toBe('from-flag');
    expect(cfg.server).toBe('mqtt://10.0.0.1:1883');
    expect(cfg.keepaliveS).toBe(30);
    expect(cfg.labels).toEqual({ zone: 'b', site: 'north' });
    // Without a file, the defaults hold.
    expect(makeAgentConfig(mergeOptions({ nodeId: 'n', stateDir: '/s' }, undefined).input).keepaliveS).toBe(15);
  });

  it('names where a missing required option can come from', () => {
    const p = problems(() => makeAgentConfig(mergeOptions({}, undefined).input));
    expect(p.join('\n')).toMatch(/node-id: required \(--node-id, EDGEFLEET_NODE_ID, or node-id: in the config file\)/);
    expect(p.join('\n')).toMatch(/state-dir: required/);
  });
});
