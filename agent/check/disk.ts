// Disk space for the outbox (in the state dir) and for images (Docker's root dir). The agent
// itself reports disk pressure at 90 % used and starts evicting; this check says so before.
import { constants, accessSync, existsSync, statfsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { result, type CheckResult } from './types.js';

export const PRESSURE_PERCENT = 90;
/** Below this, pulling an image of a typical edge workload fails. */
export const IMAGES_MIN_FREE = 512 * 1024 * 1024;
export const IMAGES_WARN_FREE = 2 * 1024 * 1024 * 1024;

export interface Space {
  path: string;
  freeBytes: number;
  totalBytes: number;
  usedPercent: number;
}

/** statfs of `path`, or of its nearest existing ancestor (a state dir the agent will create). */
export function spaceAt(path: string): Space {
  let p = resolve(path);
  while (!existsSync(p) && dirname(p) !== p) p = dirname(p);
  const s = statfsSync(p);
  const totalBytes = s.blocks * s.bsize;
  const freeBytes = s.bavail * s.bsize;
  const usedPercent = totalBytes > 0 ? Math.round((1 - s.bfree / s.blocks) * 1000) / 10 : 0;
  return { path: p, freeBytes, totalBytes, usedPercent };
}

export const mib = (n: number): string => (n >= 1024 ** 3 ? `${(n / 1024 ** 3).toFixed(1)} GiB` : `${(n / 1024 ** 2).toFixed(0)} MiB`);

export function stateDiskResult(stateDir: string | undefined, outboxMaxBytes: number): CheckResult {
  if (!stateDir) return result('disk-state', 'skip', 'no state dir configured');
  let s: Space;
  try {
    s = spaceAt(stateDir);
  } catch (err) {
    return result('disk-state', 'error', `cannot read free space at ${stateDir}: ${(err as Error).message}`);
  }
  const details = { stateDir, ...s, outboxMaxBytes };
  try {
    accessSync(s.path, constants.W_OK);
  } catch {
    return result('disk-state', 'error', `${s.path} is not writable: the agent keeps its desired state and outbox there (run it as root?)`, details);
  }
  const head = `${mib(s.freeBytes)} free at ${s.path} (${s.usedPercent} % used)`;
  if (s.freeBytes < outboxMaxBytes) {
    return result('disk-state', 'error', `${head}: less than the outbox budget (${mib(outboxMaxBytes)}); free space or lower outbox-max-bytes`, details);
  }
  if (s.usedPercent >= PRESSURE_PERCENT) return result('disk-state', 'warn', `${head}: at or past the ${PRESSURE_PERCENT} % disk pressure mark, the agent will evict workloads`, details);
  return result('disk-state', 'ok', `${head}; outbox budget ${mib(outboxMaxBytes)}`, details);
}

export function imagesDiskResult(rootDir: string | undefined): CheckResult {
  if (!rootDir) return result('disk-images', 'skip', 'Docker did not answer, so its root dir is unknown');
  if (!existsSync(rootDir)) {
    return result('disk-images', 'skip', `Docker's root dir ${rootDir} is not visible from here (the agent runs in a container?)`, { rootDir });
  }
  let s: Space;
  try {
    s = spaceAt(rootDir);
  } catch (err) {
    return result('disk-images', 'error', `cannot read free space at ${rootDir}: ${(err as Error).message}`);
  }
  const details = { rootDir, ...s };
  const head = `${mib(s.freeBytes)} free for images at ${rootDir} (${s.usedPercent} % used)`;
  if (s.freeBytes < IMAGES_MIN_FREE) return result('disk-images', 'error', `${head}: image pulls will fail below ${mib(IMAGES_MIN_FREE)}`, details);
  if (s.freeBytes < IMAGES_WARN_FREE || s.usedPercent >= PRESSURE_PERCENT) return result('disk-images', 'warn', `${head}: running low`, details);
  return result('disk-images', 'ok', head, details);
}
