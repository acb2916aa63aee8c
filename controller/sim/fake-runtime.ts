// The simulated node's container runtime: a fake, in memory. A desired snapshot "starts" every
// workload it names, at once or after a configured delay, and removes the rest. No Docker: 10,000
// simulated nodes must fit in a few processes on one machine. Pure apart from the timer.
import type { DesiredState, WorkloadStatus } from '../../proto/types.js';

interface FakeContainer {
  name: string;
  specHash: string;
  id: string;
  startedAtMs: number;
  /** The revision of the desired instance it matches: a kept container takes a newer one's. */
  revision: number;
}

export class FakeRuntime {
  private containers: FakeContainer[] = [];
  private timer: NodeJS.Timeout | null = null;

  /** The containers of `desired` run after delayMs (0: now); a newer call cancels a pending one. */
  apply(desired: DesiredState, delayMs: number, now: () => number, done: () => void): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const run = (): void => {
      this.timer = null;
      const t = now();
      const kept = new Map(this.containers.map((c) => [`${c.name}\u0000${c.specHash}`, c]));
      this.containers = desired.workloads.map((w) => {
        const c = kept.get(`${w.name}\u0000${w.specHash}`);
        return c ? { ...c, revision: w.revision } : { name: w.name, specHash: w.specHash, id: fakeId(desired.nodeId, w.name, t), startedAtMs: t, revision: w.revision };
      });
      done();
    };
    if (delayMs <= 0) run();
    else this.timer = setTimeout(run, delayMs);
  }

  /**
   * Every container reports running: the fake has no failures to offer. Like a real agent's, each
   * status carries the revision it runs and, as it has no health check, ready since it started:
   * without them a rollout with minHealthyTime never saw a simulated node done.
   */
  statuses(): WorkloadStatus[] {
    return this.containers.map((c) => ({
      name: c.name,
      specHash: c.specHash,
      phase: 'running',
      containerId: c.id,
      restartCount: 0,
      health: 'none',
      lastError: '',
      startedAtMs: c.startedAtMs,
      message: 'simulated',
      ...(c.revision > 0 ? { revision: c.revision } : {}),
      readySinceMs: c.startedAtMs,
    }));
  }

  get running(): number {
    return this.containers.length;
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}

function fakeId(node: string, workload: string, t: number): string {
  // Not a Docker id, and visibly so: "sim-" + a short hash of what it stands for.
  let h = 2166136261;
  for (const ch of `${node}/${workload}/${t}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return `sim-${h.toString(16).padStart(8, '0')}`;
}
