// Periodic housekeeping off the reconcile path: under disk pressure, prune the images the agent
// pulled and nothing uses any more. Never throws: a failure is logged and tried next time.
import type { Logger } from 'pino';
import type { DesiredState } from '../../proto/types.js';
import type { ExecContext } from '../apply.js';
import type { RuntimePort } from '../runtime/port.js';
import { pruneCandidates, underPressure, type PulledImages } from './image-prune.js';

export async function housekeep(args: {
  runtime: RuntimePort;
  pulled: PulledImages;
  desired: DesiredState | null;
  logger: Logger;
  emit: ExecContext['emit'];
}): Promise<number> {
  const { runtime, pulled, desired, logger, emit } = args;
  try {
    const disk = await runtime.storage();
    if (!underPressure(disk.usedBytes, disk.sizeBytes, desired?.policy.evictDiskPercent ?? 0)) return 0;
    const desiredImages = new Set((desired?.workloads ?? []).map((w) => w.container.image));
    const inUse = new Set((await runtime.list()).map((c) => c.image));
    let removed = 0;
    for (const ref of pruneCandidates(pulled.list(), desiredImages, inUse)) {
      if (await runtime.removeImage(ref)) {
        pulled.delete(ref);
        removed++;
        emit('ImagePruned', '', `removed unused image ${ref}: ${disk.rootDir} is ${Math.round((disk.usedBytes / disk.sizeBytes) * 100)}% full`, 'warning');
      }
    }
    return removed;
  } catch (err) {
    logger.warn({ err: err instanceof Error ? err.message : String(err) }, 'housekeeping failed; will retry');
    return 0;
  }
}
