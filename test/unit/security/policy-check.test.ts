// The shared security check (proto/security.ts): what a node's policy refuses, in which words,
// and the host paths no policy can open.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SECURITY_POLICY,
  checkContainer,
  forbiddenHostPath,
  normalizeHostPath,
  parseImageRef,
  refusalReason,
  validateSecurityPolicy,
  type SecurityAsk,
  type SecurityPolicy,
} from '../../../proto/security.js';

const ask = (over: Partial<SecurityAsk> = {}): SecurityAsk => ({ image: 'edgefleet/busybox:local', volumes: [], ...over });
const open: SecurityPolicy = {
  allowPrivileged: true,
  allowedCapabilities: ['NET_ADMIN'],
  allowHostPid: true,
  allowHostIpc: true,
  allowedDevices: ['/dev/video0', '/dev/ttyUSB*'],
  allowedHostPaths: ['/srv/data'],
  allowedRegistries: ['docker.io', '127.0.0.1', 'registry.local:5000'],
  requireDigest: false,
};

describe('checkContainer', () => {
  it('the default policy accepts a plain container from docker.io or the device itself', () => {
    for (const image of ['busybox', 'edgefleet/busybox:local', 'docker.io/library/nginx:1', '127.0.0.1:5000/x/y:1', 'localhost:5001/a']) {
      expect(checkContainer(ask({ image }), DEFAULT_SECURITY_POLICY), image).toEqual([]);
    }
  });

  it.each<[string, Partial<SecurityAsk>, string, RegExp]>([
    ['privileged', { privileged: true }, 'spec.container.privileged', /allowPrivileged is false/],
    ['a capability', { capAdd: ['SYS_ADMIN'] }, 'spec.container.capAdd[0]', /SYS_ADMIN is not in the node's allowedCapabilities \(none\)/],
    ['host PID', { hostPid: true }, 'spec.container.hostPid', /allowHostPid/],
    ['host IPC', { hostIpc: true }, 'spec.container.hostIpc', /allowHostIpc/],
    ['a device', { devices: [{ hostPath: '/dev/mem', containerPath: '', permissions: '' }] }, 'spec.container.devices[0].hostPath', /allowedDevices/],
    ['a bind mount', { volumes: [{ hostPath: '/srv/data' }] }, 'spec.container.volumes[0].hostPath', /outside the node's allowedHostPaths \(none\)/],
    ['another registry', { image: 'ghcr.io/acme/camera:1.2' }, 'spec.container.image', /registry ghcr.io is not on the node's allowedRegistries/],
  ])('the default policy refuses %s, naming the field and the rule', (_what, over, field, message) => {
    const r = checkContainer(ask(over), DEFAULT_SECURITY_POLICY);
    expect(r).toHaveLength(1);
    expect(r[0]?.field).toBe(field);
    expect(r[0]?.message).toMatch(message);
  });

  it('a permissive policy accepts what it lists, and only that', () => {
    const ok = ask({
      privileged: true,
      capAdd: ['NET_ADMIN'],
      hostPid: true,
      hostIpc: true,
      devices: [{ hostPath: '/dev/video0', containerPath: '', permissions: 'rw' }, { hostPath: '/dev/ttyUSB3', containerPath: '', permissions: '' }],
      volumes: [{ hostPath: '/srv/data' }, { hostPath: '/srv/data/sub/dir' }],
      image: 'registry.local:5000/cam:1',
    });
    expect(checkContainer(ok, open)).toEqual([]);
    const bad = checkContainer(
      ask({ capAdd: ['SYS_ADMIN'], devices: [{ hostPath: '/dev/video1', containerPath: '', permissions: '' }], volumes: [{ hostPath: '/srv/database' }], image: 'registry.local:5001/cam:1' }),
      open,
    );
    expect(bad.map((r) => r.rule)).toEqual(['allowedRegistries', 'allowedCapabilities', 'allowedDevices', 'allowedHostPaths']);
  });

  it('never mounts /, /etc, /proc, /sys, the Docker socket or its directories, whatever the allowlist says', () => {
    const everything: SecurityPolicy = { ...open, allowedHostPaths: ['/'] };
    for (const hostPath of ['/', '/etc', '/etc/shadow', '/proc/1', '/sys/kernel', '/var/run/docker.sock', '/run/docker.sock', '/var/run', '/run', '/var', '/var/lib', '/var/lib/docker/x', '/dev', '//etc//', '/./etc/.', '/srv/run/docker.sock']) {
      const r = checkContainer(ask({ volumes: [{ hostPath }] }), everything);
      expect(r, hostPath).toHaveLength(1);
      expect(r[0]?.rule, hostPath).toBe('forbidden');
    }
  });

  it('refuses ".." components instead of resolving them', () => {
    for (const hostPath of ['/srv/data/../../etc', '/srv/data/..', '/srv/data/x/../y']) {
      const r = checkContainer(ask({ volumes: [{ hostPath }] }), open);
      expect(r[0]?.message, hostPath).toMatch(/"\.\." component/);
    }
  });

  it('requireDigest accepts only name@sha256:<64 hex>', () => {
    const pinned: SecurityPolicy = { ...DEFAULT_SECURITY_POLICY, requireDigest: true };
    expect(checkContainer(ask({ image: `busybox@sha256:${'a'.repeat(64)}` }), pinned)).toEqual([]);
    for (const image of ['busybox:1', 'busybox@sha256:abc', `busybox@sha512:${'a'.repeat(64)}`]) {
      expect(checkContainer(ask({ image }), pinned)[0]?.rule, image).toBe('requireDigest');
    }
  });

  it('gives the scheduler a short reason per rule', () => {
    const [r] = checkContainer(ask({ privileged: true }), DEFAULT_SECURITY_POLICY);
    expect(r && refusalReason(r)).toBe('security policy refuses privileged');
  });

  it('property: a path with a ".." component, or under a forbidden directory, is never accepted', () => {
    const segment = fc.stringMatching(/^[a-z.]{1,6}$/);
    const everything: SecurityPolicy = { ...open, allowedHostPaths: ['/'] };
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 6 }), fc.constantFrom('', '/etc', '/proc', '/sys', '/srv'), (parts, base) => {
        const hostPath = `${base}/${parts.join('/')}`;
        const r = checkContainer(ask({ volumes: [{ hostPath }] }), everything);
        const n = normalizeHostPath(hostPath);
        if (parts.includes('..') || ('path' in n && forbiddenHostPath(n.path) !== null)) expect(r.length).toBe(1);
        else expect(r).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});

describe('parseImageRef', () => {
  it.each([
    ['busybox', 'docker.io'],
    ['library/busybox:1', 'docker.io'],
    ['index.docker.io/library/busybox', 'docker.io'],
    ['ghcr.io/acme/x:1', 'ghcr.io'],
    ['LOCALHOST:5000/x', 'localhost:5000'],
    ['127.0.0.1:5000/x@sha256:00', '127.0.0.1:5000'],
  ])('%s comes from %s', (image, registry) => {
    expect(parseImageRef(image).registry).toBe(registry);
  });
});

describe('validateSecurityPolicy', () => {
  it('canonicalises and reports every problem at once', () => {
    const ok = validateSecurityPolicy({ ...open, allowedCapabilities: ['cap_net_admin'], allowedHostPaths: ['/srv//data/'] });
    expect(ok).toEqual({ policy: { ...open, allowedCapabilities: ['NET_ADMIN'], allowedHostPaths: ['/srv/data'] } });
    const bad = validateSecurityPolicy({ ...open, allowedCapabilities: ['net admin'], allowedHostPaths: ['/etc', 'rel', '/a/../b'], allowedDevices: ['/tmp/x'], allowedRegistries: ['https://x'] });
    expect('problems' in bad && bad.problems).toEqual([
      expect.stringMatching(/allowedCapabilities\[0\]/),
      expect.stringMatching(/allowedHostPaths\[0\]: \/etc can never be allowed/),
      expect.stringMatching(/allowedHostPaths\[1\]: "rel" is not an absolute path/),
      expect.stringMatching(/allowedHostPaths\[2\].*"\.\."/),
      expect.stringMatching(/allowedDevices\[0\]/),
      expect.stringMatching(/allowedRegistries\[0\]/),
    ]);
  });
});
