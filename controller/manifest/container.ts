// The container part of a manifest. Cross-field rules run even when a field already failed
// (WHEN_OBJECT), so they read their inputs defensively: a failed field holds whatever zod left there.
import { z } from 'zod';
import { MAX_ITEMS } from '../../proto/codec.js';
import { NETWORK_MODES, RESTART_POLICIES } from '../../proto/types.js';
import {
  WHEN_OBJECT,
  absPath,
  cpuSchema,
  durationSchema,
  envSchema,
  memorySchema,
  nameSchema,
  portNumber,
  secondsSchema,
  stringList,
} from './fields.js';
import { CAPABILITY_RE, normalizeCapability } from '../../proto/security.js';
import { strictObject } from './strict.js';

const imageSchema = z.string().regex(/^[a-z0-9][A-Za-z0-9._\-/:@]{0,511}$/, {
  error: (iss) => `${JSON.stringify(iss.input)} is not an image reference (e.g. edgefleet/busybox:local)`,
});

const portSchema = strictObject({
  containerPort: portNumber,
  hostPort: portNumber.optional(),
  protocol: z.enum(['tcp', 'udp']).default('tcp'),
});

const volumeSchema = strictObject({
  name: nameSchema.optional(),
  hostPath: absPath.optional(),
  mountPath: absPath,
  readOnly: z.boolean().default(false),
}).superRefine((v, ctx) => {
  if ((v.name === undefined) === (v.hostPath === undefined)) {
    ctx.addIssue({ code: 'custom', message: 'set exactly one of name (a named volume) or hostPath', input: v });
  }
}, WHEN_OBJECT);

const healthCheckSchema = strictObject({
  http: strictObject({ port: portNumber, path: z.string().startsWith('/').default('/') }).optional(),
  tcp: strictObject({ port: portNumber }).optional(),
  exec: strictObject({ command: stringList.min(1) }).optional(),
  interval: durationSchema.default(10_000),
  timeout: durationSchema.default(2_000),
  retries: z.int().min(1).max(100).default(3),
  startPeriod: durationSchema.default(0),
}).superRefine((h, ctx) => {
  const probes = [h.http, h.tcp, h.exec].filter((p) => p !== undefined).length;
  if (probes !== 1) ctx.addIssue({ code: 'custom', message: 'set exactly one probe: http, tcp or exec', input: h });
}, WHEN_OBJECT);

const networkSchema = z.enum(NETWORK_MODES, {
  error: (iss) =>
    iss.input === 'bridge'
      ? 'containers never use bridge networks: use host (share the device network) or none'
      : `${JSON.stringify(iss.input)} is not one of ${NETWORK_MODES.join(', ')}`,
});

const capabilitySchema = z
  .string()
  .transform((c) => normalizeCapability(c))
  .refine((c) => CAPABILITY_RE.test(c), { error: (iss) => `${JSON.stringify(iss.input)} is not a capability name (e.g. NET_ADMIN)` });

const deviceSchema = strictObject({
  hostPath: absPath,
  containerPath: absPath.optional(),
  permissions: z.string().regex(/^(?!.*(.).*\1)[rwm]{1,3}$/, { error: 'must be some of r, w and m (e.g. rw)' }).optional(),
});

export const containerSchema = strictObject({
  image: imageSchema,
  command: stringList.default([]),
  args: stringList.default([]),
  env: envSchema.default([]),
  secretEnv: envSchema.default([]),
  ports: z.array(portSchema).max(64).default([]),
  volumes: z.array(volumeSchema).max(64).default([]),
  resources: strictObject({ cpus: cpuSchema.optional(), memory: memorySchema.optional() }).default({}),
  restartPolicy: z.enum(RESTART_POLICIES).default('unless-stopped'),
  network: networkSchema.default('host'),
  healthCheck: healthCheckSchema.optional(),
  workingDir: absPath.optional(),
  user: z.string().regex(/^[A-Za-z0-9_.-]+(:[A-Za-z0-9_.-]+)?$/, { error: 'must be user, uid, user:group or uid:gid' }).optional(),
  stopTimeout: secondsSchema.default(10),
  // Security-sensitive: a node accepts them only when its security policy allows (proto/security.ts).
  privileged: z.boolean().default(false),
  capAdd: z.array(capabilitySchema).max(64).default([]),
  hostPid: z.boolean().default(false),
  hostIpc: z.boolean().default(false),
  devices: z.array(deviceSchema).max(64).default([]),
}).superRefine((c, ctx) => {
  const issue = (path: PropertyKey[], message: string): void => ctx.addIssue({ code: 'custom', path, message, input: c });
  checkPorts(records(c.ports), c.network, issue);
  checkVolumes(records(c.volumes), issue);
  checkEnv(records(c.env), records(c.secretEnv), issue);
}, WHEN_OBJECT);

type Issue = (path: PropertyKey[], message: string) => void;

function records(v: unknown): Record<string, unknown>[] {
  return Array.isArray(v) ? v.filter((x): x is Record<string, unknown> => typeof x === 'object' && x !== null) : [];
}

function checkPorts(ports: Record<string, unknown>[], network: unknown, issue: Issue): void {
  if (network === 'none' && ports.length > 0) {
    issue(['ports'], 'a container with network none has no network to publish ports on: remove ports or use network host');
  }
  const published = new Map<string, number>();
  ports.forEach((p, i) => {
    const { containerPort, hostPort, protocol } = p;
    if (network === 'host' && typeof hostPort === 'number' && typeof containerPort === 'number' && hostPort !== containerPort) {
      issue(
        ['ports', i, 'hostPort'],
        `${hostPort} must equal containerPort ${containerPort}: with network host the container binds the device's own ` +
          'port directly, so it cannot be remapped (omit hostPort, or make the process listen on the port you want)',
      );
    }
    const port = typeof hostPort === 'number' ? hostPort : containerPort;
    if (typeof port !== 'number') return;
    const key = `${port}/${typeof protocol === 'string' ? protocol : 'tcp'}`;
    const first = published.get(key);
    if (first !== undefined) issue(['ports', i], `${key} is already published by ports[${first}]`);
    else published.set(key, i);
  });
}

function checkVolumes(volumes: Record<string, unknown>[], issue: Issue): void {
  const mounts = new Map<unknown, number>();
  volumes.forEach((v, i) => {
    const first = mounts.get(v.mountPath);
    if (first !== undefined) issue(['volumes', i, 'mountPath'], `${JSON.stringify(v.mountPath)} is already mounted by volumes[${first}]`);
    else mounts.set(v.mountPath, i);
  });
}

function checkEnv(env: Record<string, unknown>[], secretEnv: Record<string, unknown>[], issue: Issue): void {
  const plain = new Set(env.map((e) => e.name));
  for (const e of secretEnv) {
    if (typeof e.name === 'string' && plain.has(e.name)) {
      issue(['secretEnv', e.name], `${JSON.stringify(e.name)} is also set in env: set a variable in env or secretEnv, not both`);
    }
  }
  if (env.length + secretEnv.length > MAX_ITEMS.envPerContainer) {
    issue(['env'], `at most ${MAX_ITEMS.envPerContainer} variables in env and secretEnv together`);
  }
}
