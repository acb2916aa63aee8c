// The hello message: the node's inventory, sent on every (re)connect.
import { X509Certificate } from 'node:crypto';
import { statfsSync } from 'node:fs';
import { arch, cpus, hostname, platform, totalmem } from 'node:os';
import type { Logger } from 'pino';
import type { Hello } from '../proto/types.js';
import type { AgentConfig } from './config.js';
import type { RuntimePort } from './runtime/port.js';
import { AGENT_VERSION } from './version.js';

export async function buildHello(args: {
  cfg: AgentConfig;
  runtime: RuntimePort;
  bootId: string;
  startedAtMs: number;
  applied: { epoch: number; generation: number };
  /** notAfter of the node's client certificate, read from the certificate itself; null without one. */
  certNotAfterMs?: number | null;
}): Promise<Hello> {
  const { cfg, runtime } = args;
  // An engine that does not answer is reported as an empty version, not a failed hello.
  const info = await runtime.info().catch(() => ({ name: 'docker', version: '', apiVersion: '' }));
  let diskBytes = 0;
  try {
    const fs = statfsSync(cfg.stateDir);
    diskBytes = fs.bsize * fs.blocks;
  } catch {
    // unknown disk size is reported as 0
  }
  return {
    nodeId: cfg.nodeId,
    labels: { ...cfg.labels },
    capacity: { cpuMillis: cpus().length * 1000, memoryBytes: totalmem(), diskBytes },
    arch: arch(),
    os: platform(),
    runtime: info,
    agentVersion: AGENT_VERSION,
    bootId: args.bootId,
    appliedEpoch: args.applied.epoch,
    appliedGeneration: args.applied.generation,
    hostname: hostname(),
    startedAtMs: args.startedAtMs,
    securityPolicy: cfg.securityPolicy,
    ...(args.certNotAfterMs ? { certNotAfterMs: args.certNotAfterMs } : {}),
  };
}

/** The client certificate's notAfter (ms), from the certificate itself; null without a readable one. */
export function certNotAfter(certPem: string, logger: Logger): number | null {
  if (!certPem.trim()) return null;
  try {
    const ms = Date.parse(new X509Certificate(certPem).validTo);
    return Number.isFinite(ms) ? ms : null;
  } catch (err) {
    logger.warn({ err }, 'client certificate unreadable: its expiry is not reported');
    return null;
  }
}
