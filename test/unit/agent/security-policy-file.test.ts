// `--security-policy FILE`: size-limited before reading, YAML or JSON without aliases, strict
// keys, every problem reported at once; a key left out keeps the restrictive default.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeAgentConfig } from '../../../agent/config.js';
import { MAX_POLICY_FILE_BYTES, loadPolicyParser, loadSecurityPolicyFile } from '../../../agent/security.js';
import { isAgentError } from '../../../agent/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'ef-secfile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// The parser loads on demand (agent/options.ts awaits it when a policy file is named).
beforeAll(loadPolicyParser);
const file = (name: string, text: string): string => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

describe('security policy file', () => {
  it('reads YAML, keeps defaults for what it leaves out, canonicalises', () => {
    const problems: string[] = [];
    const p = loadSecurityPolicyFile(file('ok.yaml', 'allowedCapabilities: [cap_net_admin]\nallowedHostPaths: [/srv//data/]\n'), '/var/lib/edgefleet', problems);
    expect(problems).toEqual([]);
    expect(p).toEqual({
      allowPrivileged: false,
      allowedCapabilities: ['NET_ADMIN'],
      allowHostPid: false,
      allowHostIpc: false,
      allowedDevices: [],
      allowedHostPaths: ['/srv/data'],
      allowedRegistries: ['docker.io', 'localhost', '127.0.0.1'],
      requireDigest: false,
    });
  });

  it('the default allows only the agent\'s own update-locks directory', () => {
    const cfg = makeAgentConfig({ nodeId: 'n1', stateDir: '/var/lib/edgefleet' });
    expect(cfg.securityPolicy.allowedHostPaths).toEqual(['/var/lib/edgefleet/locks']);
    expect(cfg.securityPolicy.allowPrivileged).toBe(false);
  });

  it('reports every problem at once through the agent config error', () => {
    const bad = file('bad.yaml', 'allowPrivileged: yes please\nallowedHostPaths: [/etc]\nunknownKey: 1\n');
    try {
      makeAgentConfig({ nodeId: 'n1', stateDir: dir, securityPolicyFile: bad });
      expect.unreachable();
    } catch (e) {
      expect(isAgentError(e) && e.code).toBe('EF_AGENT_CONFIG_INVALID');
      expect((e as Error).message).toMatch(/allowPrivileged/);
      expect((e as Error).message).toMatch(/unknownKey|Unrecognized key/i);
    }
    const forbidden: string[] = [];
    loadSecurityPolicyFile(file('etc.yaml', 'allowedHostPaths: [/etc, /var/run]\n'), dir, forbidden);
    expect(forbidden).toEqual([expect.stringMatching(/\/etc can never be allowed/), expect.stringMatching(/policy\.allowedHostPaths\[1\]: \/var\/run can never be allowed/)]);
  });

  it('refuses an oversized file unread, aliases (billion laughs) and a missing file, with messages', () => {
    const problems: string[] = [];
    loadSecurityPolicyFile(file('big.yaml', `# ${'x'.repeat(MAX_POLICY_FILE_BYTES)}\n`), dir, problems);
    loadSecurityPolicyFile(file('laughs.yaml', 'a: &a [x, x]\nb: &b [*a, *a]\nallowedRegistries: *b\n'), dir, problems);
    loadSecurityPolicyFile(join(dir, 'missing.yaml'), dir, problems);
    expect(problems).toEqual([
      expect.stringMatching(/over the 65536 byte limit/),
      expect.stringMatching(/not valid YAML or JSON.*[Aa]lias/),
      expect.stringMatching(/cannot read .*missing\.yaml/),
    ]);
  });
});
