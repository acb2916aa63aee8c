// The hello message: the node's inventory, sent on every (re)connect.
import { statfsSync } from 'node:fs';
import { arch, cpus, hostname, platform, totalmem } from 'node:os';
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
  };
}
