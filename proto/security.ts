// The workload security policy: which dangerous container settings a node accepts. One pure
// check, shared by the controller (at apply, and by the scheduler for every node) and the agent
// (again, before it creates a container), so both sides refuse for the same reason in the same
// words. No I/O here: the agent resolves symlinks itself before it asks (agent/security.ts).
//
// Deny by default: a node that reports no policy gets DEFAULT_SECURITY_POLICY, which allows no
// privileged container, no added capability, no host namespaces, no devices and no bind mount,
// and pulls only from docker.io and registries on the device itself (localhost, 127.0.0.1).
import type { ContainerSpec, VolumeMount } from './types.js';

/** The part of a container spec the policy judges (the scheduler carries only this). */
export type SecurityAsk = Pick<ContainerSpec, 'image' | 'privileged' | 'capAdd' | 'hostPid' | 'hostIpc' | 'devices'> & {
  volumes: readonly Pick<VolumeMount, 'hostPath'>[];
};

export function securityAsk(c: ContainerSpec): SecurityAsk {
  const ask: SecurityAsk = { image: c.image, volumes: c.volumes.filter((v) => v.hostPath !== '').map((v) => ({ hostPath: v.hostPath })) };
  if (c.privileged) ask.privileged = true;
  if (c.capAdd && c.capAdd.length > 0) ask.capAdd = [...c.capAdd];
  if (c.hostPid) ask.hostPid = true;
  if (c.hostIpc) ask.hostIpc = true;
  if (c.devices && c.devices.length > 0) ask.devices = c.devices.map((d) => ({ ...d }));
  return ask;
}

export interface SecurityPolicy {
  allowPrivileged: boolean;
  /** Linux capabilities a container may add, without the CAP_ prefix ("NET_ADMIN"). "ALL" allows any. */
  allowedCapabilities: string[];
  allowHostPid: boolean;
  allowHostIpc: boolean;
  /** Host device paths a container may map: exact ("/dev/video0") or a prefix ending in "*" ("/dev/ttyUSB*"). */
  allowedDevices: string[];
  /** Host directories a bind mount may come from (the directory itself or anything below it). */
  allowedHostPaths: string[];
  /** Registry hosts images may come from: "docker.io", "ghcr.io", "127.0.0.1" (any port) or "host:5000". */
  allowedRegistries: string[];
  /** Images must be pinned by digest (name@sha256:...). */
  requireDigest: boolean;
}

export const DEFAULT_ALLOWED_REGISTRIES: readonly string[] = Object.freeze(['docker.io', 'localhost', '127.0.0.1']);

export const DEFAULT_SECURITY_POLICY: Readonly<SecurityPolicy> = Object.freeze({
  allowPrivileged: false,
  allowedCapabilities: [],
  allowHostPid: false,
  allowHostIpc: false,
  allowedDevices: [],
  allowedHostPaths: [],
  allowedRegistries: [...DEFAULT_ALLOWED_REGISTRIES],
  requireDigest: false,
});

/** Limits on a policy (a file, or a hello from the wire). */
export const MAX_POLICY_ENTRIES = 64;
export const MAX_POLICY_STRING = 1024;

/** One refused setting: the manifest field, the policy key that refuses it, and a sentence for a person. */
export interface Refusal {
  field: string;
  rule: keyof SecurityPolicy | 'forbidden';
  message: string;
}

// ---------------------------------------------------------------- host paths

/**
 * Host paths never bind-mounted, whatever a policy says: the root, the system's configuration,
 * kernel interfaces, devices (map them with `devices` instead) and the container engine's own
 * state. Any path below them is forbidden too.
 */
export const FORBIDDEN_HOST_PATHS: readonly string[] = Object.freeze([
  '/',
  '/etc',
  '/proc',
  '/sys',
  '/dev',
  '/boot',
  '/root',
  '/var/lib/docker',
  '/var/lib/containerd',
  '/run/containerd',
  '/var/run/containerd',
]);

/** Engine sockets: forbidden, and so is every directory that contains one (/run, /var/run). */
export const ENGINE_SOCKETS: readonly string[] = Object.freeze(['/var/run/docker.sock', '/run/docker.sock', '/run/containerd/containerd.sock']);

/**
 * The canonical form of an absolute host path, or a reason it has none. `..` components are
 * refused outright (never resolved: "/srv/../etc" is an attempt, not a typo); `.` components,
 * repeated and trailing slashes are dropped, so "/srv//./x/" and "/srv/x" compare equal.
 */
export function normalizeHostPath(path: string): { path: string } | { error: string } {
  if (typeof path !== 'string' || !path.startsWith('/')) return { error: `${JSON.stringify(path)} is not an absolute path` };
  if (path.length > MAX_POLICY_STRING) return { error: `path is longer than ${MAX_POLICY_STRING} characters` };
  if (/[\0\\]/.test(path)) return { error: `${JSON.stringify(path)} contains a NUL or backslash` };
  const parts = path.split('/').filter((p) => p !== '' && p !== '.');
  if (parts.includes('..')) return { error: `${JSON.stringify(path)} contains a ".." component` };
  return { path: `/${parts.join('/')}` };
}

/** Is `path` equal to `dir` or below it? Both canonical. Segment-wise: /srv/data is not under /srv/d. */
export function isUnder(path: string, dir: string): boolean {
  if (dir === '/') return true;
  return path === dir || path.startsWith(`${dir}/`);
}

/** Why a canonical host path may never be bind-mounted, or null. */
export function forbiddenHostPath(path: string, extraSockets: readonly string[] = []): string | null {
  if (path === '/') return 'the host root "/" is never mounted';
  const under = FORBIDDEN_HOST_PATHS.find((f) => f !== '/' && isUnder(path, f));
  if (under) return `${under} is never mounted`;
  // A parent exposes its children: /var holds /var/lib/docker.
  const holds = FORBIDDEN_HOST_PATHS.find((f) => f !== '/' && isUnder(f, path));
  if (holds) return `it contains ${holds}, which is never mounted`;
  const sockets = [...ENGINE_SOCKETS, ...extraSockets];
  const socket = sockets.find((s) => isUnder(s, path));
  if (socket) return `it exposes the container engine socket ${socket}`;
  if (/docker\.sock$|containerd\.sock$/.test(path)) return 'it is a container engine socket';
  return null;
}

// ---------------------------------------------------------------- images

export interface ImageRef {
  /** Registry host, with :port when given; "docker.io" for Docker Hub names. */
  registry: string;
  digest: string | null;
}

/** Splits an image reference the way Docker does: the first component is a registry when it has a dot, a colon or is "localhost". */
export function parseImageRef(image: string): ImageRef {
  const at = image.indexOf('@');
  const digest = at >= 0 ? image.slice(at + 1) : null;
  const name = at >= 0 ? image.slice(0, at) : image;
  const slash = name.indexOf('/');
  const first = slash >= 0 ? name.slice(0, slash) : '';
  const isRegistry = slash >= 0 && (first.includes('.') || first.includes(':') || first === 'localhost');
  let registry = isRegistry ? first.toLowerCase() : 'docker.io';
  if (registry === 'index.docker.io' || registry === 'registry-1.docker.io') registry = 'docker.io';
  return { registry, digest };
}

const DIGEST_RE = /^sha256:[a-f0-9]{64}$/;

function registryAllowed(registry: string, allowed: readonly string[]): boolean {
  const host = registry.replace(/:\d+$/, '');
  return allowed.some((a) => {
    const entry = a.toLowerCase();
    return entry === registry || (!entry.includes(':') && entry === host);
  });
}

// ---------------------------------------------------------------- capabilities and devices

/** "cap_net_admin" and "NET_ADMIN" are the same capability. */
export function normalizeCapability(cap: string): string {
  return cap.trim().toUpperCase().replace(/^CAP_/, '');
}

export const CAPABILITY_RE = /^[A-Z][A-Z0-9_]{0,63}$/;

function deviceAllowed(hostPath: string, allowed: readonly string[]): boolean {
  return allowed.some((a) => (a.endsWith('*') ? hostPath.startsWith(a.slice(0, -1)) : a === hostPath));
}

// ---------------------------------------------------------------- the check

/**
 * Every setting of `spec` that `policy` refuses, in manifest field order; [] when the container
 * may run. `field` uses manifest names (spec.container.volumes[0].hostPath) so the same words
 * reach the operator from the controller and from the agent.
 */
export function checkContainer(spec: SecurityAsk, policy: SecurityPolicy, opts: { extraSockets?: readonly string[] } = {}): Refusal[] {
  const out: Refusal[] = [];
  const at = (f: string): string => `spec.container.${f}`;
  const img = parseImageRef(spec.image);
  if (!registryAllowed(img.registry, policy.allowedRegistries)) {
    out.push({
      field: at('image'),
      rule: 'allowedRegistries',
      message: `registry ${img.registry} is not on the node's allowedRegistries (${policy.allowedRegistries.join(', ') || 'none'})`,
    });
  }
  if (policy.requireDigest && !(img.digest !== null && DIGEST_RE.test(img.digest))) {
    out.push({ field: at('image'), rule: 'requireDigest', message: `${JSON.stringify(spec.image)} is not pinned by digest (name@sha256:<64 hex>) and the node requires it` });
  }
  if (spec.privileged && !policy.allowPrivileged) {
    out.push({ field: at('privileged'), rule: 'allowPrivileged', message: 'privileged containers are not allowed (allowPrivileged is false)' });
  }
  const caps = new Set(policy.allowedCapabilities.map(normalizeCapability));
  (spec.capAdd ?? []).forEach((raw, i) => {
    const cap = normalizeCapability(raw);
    if (!CAPABILITY_RE.test(cap)) {
      out.push({ field: at(`capAdd[${i}]`), rule: 'allowedCapabilities', message: `${JSON.stringify(raw)} is not a capability name` });
    } else if (!caps.has('ALL') && !caps.has(cap)) {
      out.push({ field: at(`capAdd[${i}]`), rule: 'allowedCapabilities', message: `capability ${cap} is not in the node's allowedCapabilities (${[...caps].join(', ') || 'none'})` });
    }
  });
  if (spec.hostPid && !policy.allowHostPid) {
    out.push({ field: at('hostPid'), rule: 'allowHostPid', message: "the host's PID namespace is not allowed (allowHostPid is false)" });
  }
  if (spec.hostIpc && !policy.allowHostIpc) {
    out.push({ field: at('hostIpc'), rule: 'allowHostIpc', message: "the host's IPC namespace is not allowed (allowHostIpc is false)" });
  }
  (spec.devices ?? []).forEach((d, i) => {
    const n = normalizeHostPath(d.hostPath);
    if ('error' in n) out.push({ field: at(`devices[${i}].hostPath`), rule: 'forbidden', message: n.error });
    else if (!isUnder(n.path, '/dev') || n.path === '/dev') out.push({ field: at(`devices[${i}].hostPath`), rule: 'forbidden', message: `${n.path} is not a device under /dev` });
    else if (!deviceAllowed(n.path, policy.allowedDevices)) {
      out.push({ field: at(`devices[${i}].hostPath`), rule: 'allowedDevices', message: `device ${n.path} is not in the node's allowedDevices (${policy.allowedDevices.join(', ') || 'none'})` });
    }
  });
  spec.volumes.forEach((v, i) => {
    if (v.hostPath === '') return;
    const field = at(`volumes[${i}].hostPath`);
    const n = normalizeHostPath(v.hostPath);
    if ('error' in n) {
      out.push({ field, rule: 'forbidden', message: n.error });
      return;
    }
    const why = forbiddenHostPath(n.path, opts.extraSockets);
    if (why) out.push({ field, rule: 'forbidden', message: `bind mount of ${n.path} is refused: ${why}` });
    else if (!policy.allowedHostPaths.some((p) => isUnder(n.path, p))) {
      out.push({ field, rule: 'allowedHostPaths', message: `bind mount of ${n.path} is outside the node's allowedHostPaths (${policy.allowedHostPaths.join(', ') || 'none'})` });
    }
  });
  return out;
}

/** "spec.container.privileged: privileged containers are not allowed (...)". */
export function formatRefusal(r: Refusal): string {
  return `${r.field}: ${r.message}`;
}

const REASON_WORDS: Record<Refusal['rule'], string> = {
  allowPrivileged: 'privileged',
  allowedCapabilities: 'capAdd',
  allowHostPid: 'hostPid',
  allowHostIpc: 'hostIpc',
  allowedDevices: 'devices',
  allowedHostPaths: 'the hostPath bind mount',
  allowedRegistries: 'the image registry',
  requireDigest: 'an image without digest',
  forbidden: 'a forbidden host path',
};

export const SECURITY_REASON_PREFIX = 'security policy refuses ';

/** The short reason the scheduler counts nodes under ("security policy refuses privileged"). */
export function refusalReason(r: Refusal): string {
  return `${SECURITY_REASON_PREFIX}${REASON_WORDS[r.rule]}`;
}

// ---------------------------------------------------------------- validating a policy

/**
 * A policy as read from a file or the wire: canonical host paths, upper-case capabilities. Returns
 * every problem at once (a file is fixed in one round), or the clean policy.
 */
export function validateSecurityPolicy(p: SecurityPolicy, at = 'securityPolicy'): { policy: SecurityPolicy } | { problems: string[] } {
  const problems: string[] = [];
  const lists = ['allowedCapabilities', 'allowedDevices', 'allowedHostPaths', 'allowedRegistries'] as const;
  for (const key of lists) {
    const list = p[key];
    if (list.length > MAX_POLICY_ENTRIES) problems.push(`${at}.${key}: ${list.length} entries exceed the limit of ${MAX_POLICY_ENTRIES}`);
    list.forEach((s, i) => {
      if (s.length === 0 || s.length > MAX_POLICY_STRING) problems.push(`${at}.${key}[${i}] must be 1-${MAX_POLICY_STRING} characters`);
    });
  }
  const capabilities = p.allowedCapabilities.map(normalizeCapability);
  capabilities.forEach((c, i) => {
    if (!CAPABILITY_RE.test(c)) problems.push(`${at}.allowedCapabilities[${i}]: ${JSON.stringify(p.allowedCapabilities[i])} is not a capability name (e.g. NET_ADMIN)`);
  });
  const hostPaths: string[] = [];
  p.allowedHostPaths.forEach((raw, i) => {
    const n = normalizeHostPath(raw);
    if ('error' in n) return void problems.push(`${at}.allowedHostPaths[${i}]: ${n.error}`);
    const why = forbiddenHostPath(n.path);
    if (why) return void problems.push(`${at}.allowedHostPaths[${i}]: ${n.path} can never be allowed (${why})`);
    hostPaths.push(n.path);
  });
  p.allowedDevices.forEach((d, i) => {
    const base = d.endsWith('*') ? d.slice(0, -1) : d;
    if (!base.startsWith('/dev/') || base.includes('..') || base.length <= '/dev/'.length) {
      problems.push(`${at}.allowedDevices[${i}]: ${JSON.stringify(d)} must be a path under /dev/, optionally ending in *`);
    }
  });
  p.allowedRegistries.forEach((r, i) => {
    if (!/^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:\d{1,5})?$/i.test(r)) problems.push(`${at}.allowedRegistries[${i}]: ${JSON.stringify(r)} is not a registry host (e.g. docker.io, 127.0.0.1:5000)`);
  });
  if (problems.length > 0) return { problems };
  return {
    policy: {
      allowPrivileged: p.allowPrivileged,
      allowedCapabilities: capabilities,
      allowHostPid: p.allowHostPid,
      allowHostIpc: p.allowHostIpc,
      allowedDevices: [...p.allowedDevices],
      allowedHostPaths: hostPaths,
      allowedRegistries: p.allowedRegistries.map((r) => r.toLowerCase()),
      requireDigest: p.requireDigest,
    },
  };
}
