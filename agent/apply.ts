// Step executors: one per step kind, in an exhaustive map, so a new kind of step without an
// executor does not compile.
import type { Logger } from 'pino';
import { securityAsk, type SecurityAsk } from '../proto/security.js';
import type { Step, StepKind } from './plan.js';
import { securityRefused } from './security.js';
import type { AuthResolver } from './registry-auth.js';
import type { PullProgress, RuntimePort } from './runtime/port.js';

function progressText(image: string, layers: Map<string, PullProgress>): string {
  let current = 0;
  let total = 0;
  for (const p of layers.values()) {
    current += p.current ?? 0;
    total += p.total ?? 0;
  }
  const mb = (n: number): string => (n / 1e6).toFixed(1);
  return total > 0 ? `pulling ${image}: ${mb(current)}/${mb(total)} MB` : `pulling ${image}`;
}

export interface ExecContext {
  runtime: RuntimePort;
  nodeId: string;
  logger: Logger;
  signal: AbortSignal;
  /** Records something that happened, for the event stream and the logs. */
  emit(type: string, workload: string, message: string, severity?: 'info' | 'warning' | 'error'): void;
  /** Credentials for an image's registry, if the operator configured any. */
  authFor?: AuthResolver;
  /** The node's security policy's verdict on a container (agent/security.ts): null = may run, else why not. */
  admit?: (ask: SecurityAsk) => string | null;
  /** Progress of a long step (a pull), shown in the node's state. */
  progress?: (workload: string, message: string) => void;
}

type Executor<K extends StepKind> = (step: Extract<Step, { kind: K }>, ctx: ExecContext) => Promise<void>;

export const executors: { [K in StepKind]: Executor<K> } = {
  async pull(step, ctx) {
    // An image from a registry the node does not trust is never even pulled.
    const refused = ctx.admit?.({ image: step.image, volumes: [] });
    if (refused) throw securityRefused(refused);
    ctx.emit('PullStarted', step.workload, `pulling ${step.image}`);
    const auth = ctx.authFor?.(step.image);
    const layers = new Map<string, PullProgress>();
    let n = 0;
    await ctx.runtime.pull(step.image, {
      ...(auth ? { auth } : {}),
      signal: ctx.signal,
      onProgress: (p) => {
        layers.set(p.id ?? `#${n++}`, p);
        ctx.progress?.(step.workload, progressText(step.image, layers));
      },
    });
    ctx.emit('PullSucceeded', step.workload, `pulled ${step.image}`);
  },
  async create(step, ctx) {
    const w = step.instance;
    const refused = ctx.admit?.(securityAsk(w.container));
    if (refused) throw securityRefused(refused);
    const id = await ctx.runtime.create({ nodeId: ctx.nodeId, workload: w.name, specHash: w.specHash }, w.container, step.dependencies, ctx.signal);
    await ctx.runtime.start(id, ctx.signal);
    ctx.emit('ContainerStarted', w.name, `created and started ${id.slice(0, 12)} (spec ${w.specHash.slice(0, 8)})`);
  },
  async start(step, ctx) {
    await ctx.runtime.start(step.containerId, ctx.signal);
    if (step.drift) ctx.emit('Drift', step.workload, `container ${step.containerId.slice(0, 12)} was ${step.reason}; started it again`, 'warning');
    else if (step.event) ctx.emit(step.event, step.workload, `started ${step.containerId.slice(0, 12)}: ${step.reason}`);
    else ctx.emit('ContainerStarted', step.workload, `started ${step.containerId.slice(0, 12)}: ${step.reason}`);
  },
  async stop(step, ctx) {
    await ctx.runtime.stop(step.containerId, step.timeoutS, ctx.signal);
    ctx.emit(step.event ?? 'BackOff', step.workload, `stopped ${step.containerId.slice(0, 12)}: ${step.reason}`, 'warning');
  },
  async update(step, ctx) {
    await ctx.runtime.update(step.containerId, { cpuMillis: step.cpuMillis }, ctx.signal);
    ctx.emit('CpuLimitChanged', step.workload, `${step.containerId.slice(0, 12)}: ${step.reason}`, 'warning');
  },
  async pause(step, ctx) {
    await ctx.runtime.pause(step.containerId, step.paused, ctx.signal);
    ctx.emit(step.paused ? 'Paused' : 'Resumed', step.workload, `${step.paused ? 'paused' : 'resumed'} ${step.containerId.slice(0, 12)}: ${step.reason}`, step.paused ? 'warning' : 'info');
  },
  async restart(step, ctx) {
    await ctx.runtime.stop(step.containerId, step.timeoutS, ctx.signal);
    await ctx.runtime.start(step.containerId, ctx.signal);
    ctx.emit('ContainerRestarted', step.workload, `restarted ${step.containerId.slice(0, 12)}: ${step.reason}`, 'warning');
  },
  async remove(step, ctx) {
    await ctx.runtime.remove(step.containerId, ctx.signal);
    if (step.drift) ctx.emit('Drift', step.workload, `container ${step.containerId.slice(0, 12)}: ${step.reason}; replacing it`, 'warning');
    else ctx.emit('ContainerRemoved', step.workload, `removed ${step.containerId.slice(0, 12)}: ${step.reason}`);
  },
};

export function execute(step: Step, ctx: ExecContext): Promise<void> {
  // The map is exhaustive over Step['kind']; TypeScript cannot correlate the key with the
  // narrowed step through an index, so this one cast restates that pairing.
  const run = executors[step.kind] as Executor<StepKind>;
  return run(step as Extract<Step, { kind: StepKind }>, ctx);
}
