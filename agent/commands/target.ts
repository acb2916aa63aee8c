// Which container a command about a workload acts on, or why there is none. Pure.
import type { DesiredState } from '../../proto/types.js';
import type { ActualContainer } from '../runtime/port.js';

export type CommandErrorCode =
  | 'EF_AGENT_UNKNOWN_WORKLOAD'
  | 'EF_AGENT_NO_CONTAINER'
  | 'EF_AGENT_NOT_RUNNING'
  | 'EF_AGENT_COMMAND_STALE'
  | 'EF_AGENT_BUSY'
  | 'EF_AGENT_RUNTIME_FAILED';

export class CommandError extends Error {
  override readonly name = 'CommandError';
  constructor(
    readonly code: CommandErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The workload's container on this node: the running one, else the newest (the logs of a container
 * that crashed are the ones an operator wants). A workload the node neither wants nor runs is
 * unknown here; one it wants without a container yet (pulling, waiting) has none.
 */
export function targetContainer(nodeId: string, workload: string, desired: DesiredState | null, actual: readonly ActualContainer[]): ActualContainer {
  const mine = actual.filter((c) => c.workload === workload).sort((a, b) => b.createdAtMs - a.createdAtMs);
  const running = mine.find((c) => c.state === 'running');
  if (running) return running;
  if (mine[0]) return mine[0];
  if (desired?.workloads.some((w) => w.name === workload)) {
    throw new CommandError('EF_AGENT_NO_CONTAINER', `workload ${workload} has no container on node ${nodeId} yet (see its status in \`edgefleet describe workload ${workload}\`)`);
  }
  throw new CommandError('EF_AGENT_UNKNOWN_WORKLOAD', `workload ${workload} does not run on node ${nodeId}`);
}
