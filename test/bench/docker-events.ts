// The engine's own event stream for one node's containers, so a benchmark learns the moment a
// container started (or was destroyed) without polling the engine it is measuring.
import type Dockerode from 'dockerode';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';

interface EngineEvent {
  Action?: string;
  Actor?: { Attributes?: Record<string, string> };
}

export interface NodeEvents {
  /** Resolves with performance.now() when `action` arrives for the workload's container. */
  next(action: 'start' | 'destroy', workload: string, timeoutMs?: number): Promise<number>;
  close(): void;
}

export async function watchNode(docker: Dockerode, nodeId: string): Promise<NodeEvents> {
  const stream = await docker.getEvents({
    filters: { type: ['container'], event: ['start', 'destroy'], label: [`io.edgefleet.node=${nodeId}`] },
  });
  const waiters = new Map<string, (at: number) => void>();
  const early = new Map<string, number>();
  let buffered = '';
  stream.on('data', (chunk: Buffer | string) => {
    const at = performance.now();
    buffered += chunk.toString();
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) {
      if (line.trim() === '') continue;
      const e = JSON.parse(line) as EngineEvent;
      const key = `${e.Action ?? ''}/${e.Actor?.Attributes?.['io.edgefleet.workload'] ?? ''}`;
      const w = waiters.get(key);
      if (w) {
        waiters.delete(key);
        w(at);
      } else early.set(key, at);
    }
  });
  return {
    next(action, workload, timeoutMs = 30_000) {
      const key = `${action}/${workload}`;
      const seen = early.get(key);
      if (seen !== undefined) {
        early.delete(key);
        return Promise.resolve(seen);
      }
      return new Promise((resolve, reject) => {
        const t = setTimeout(() => {
          waiters.delete(key);
          reject(new Error(`no ${action} event for workload ${workload} within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.set(key, (at) => (clearTimeout(t), resolve(at)));
      });
    },
    close() {
      // dockerode hands out http.IncomingMessage, a Readable; its declared type has no destroy().
      if (stream instanceof Readable) stream.destroy();
    },
  };
}
