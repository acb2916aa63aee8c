// Day-2 commands from the controller ({p}/nodes/{node}/commands): restart a workload's container,
// stream its logs, and the acks and cancels of those streams. Replies go straight to the link,
// never through the durable outbox: they matter only to an operator waiting now, and a command
// whose reply cannot be sent is simply not answered (the controller times out and says so).
//
// Commands are refused when stale (issued more than maxAgeMs ago by the controller's clock:
// a delayed redelivery must not restart a container minutes later) and dropped when their id was
// seen already (QoS 1 may deliver twice).
import type { Logger } from 'pino';
import { decode, isCodecError } from '../../proto/codec.js';
import type { Command, DesiredState, LogsRequest, Reply } from '../../proto/types.js';
import type { RuntimePort } from '../runtime/port.js';
import { COMMAND_LIMITS, type CommandLimits } from './limits.js';
import { LogsSession } from './logs-session.js';
import { CommandError, targetContainer } from './target.js';

export interface CommandHandlerDeps {
  nodeId: string;
  runtime: RuntimePort;
  logger: Logger;
  now: () => number;
  desired: () => DesiredState | null;
  /** Publishes a reply; rejects when the link is down. */
  send: (r: Reply) => Promise<void>;
  /** Runs fn with no reconcile pass in progress (agent/reconciler.ts exclusive). */
  exclusive: <T>(fn: () => Promise<T>) => Promise<T>;
  emit: (type: string, workload: string, message: string) => void;
  limits?: Partial<CommandLimits>;
}

const DEFAULT_STOP_S = 10;

function baseReply(commandId: string): Reply {
  return { commandId, ok: true, error: '', done: true, seq: 1, lines: [], code: '', containerId: '', startedAtMs: 0 };
}

export class CommandHandler {
  private readonly limits: CommandLimits;
  private readonly sessions = new Map<string, LogsSession>();
  private readonly seen: string[] = [];
  private readonly running = new Set<Promise<unknown>>();
  private closed = false;

  constructor(private readonly d: CommandHandlerDeps) {
    this.limits = { ...COMMAND_LIMITS, ...d.limits };
  }

  /** Log streams open now (for tests and the agent's own figures). */
  get openStreams(): number {
    return this.sessions.size;
  }

  onPayload(payload: Buffer): void {
    let cmd: Command;
    try {
      cmd = decode('commands', payload);
    } catch (err) {
      const message = isCodecError(err) ? err.message : String(err);
      this.d.logger.warn({ code: 'EF_AGENT_COMMAND_INVALID', bytes: payload.length, err: message }, `rejected command: ${message}`);
      return;
    }
    this.track(this.handle(cmd));
  }

  /** The link dropped: the controller cannot ack any more, so every stream stops now. */
  onDisconnect(): void {
    for (const s of this.sessions.values()) s.cancel('link to the controller went down');
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const s of this.sessions.values()) s.cancel('agent stopping');
    await Promise.allSettled([...this.running]);
  }

  private track(p: Promise<unknown>): void {
    this.running.add(p);
    void p.finally(() => this.running.delete(p));
  }

  private firstTime(id: string): boolean {
    if (this.seen.includes(id)) return false;
    this.seen.push(id);
    if (this.seen.length > this.limits.rememberIds) this.seen.shift();
    return true;
  }

  private async handle(cmd: Command): Promise<void> {
    const a = cmd.action;
    if (a.kind === 'logsAck') return this.sessions.get(a.commandId)?.ack(a.seq);
    if (a.kind === 'cancel') return this.sessions.get(a.commandId)?.cancel(a.reason || 'cancelled by the controller');
    if (this.closed || !this.firstTime(cmd.id)) return;
    const log = this.d.logger.child({ command: cmd.id, kind: a.kind, workload: a.workload });
    const ageMs = this.d.now() - cmd.issuedAtMs;
    try {
      if (ageMs > this.limits.maxAgeMs) {
        throw new CommandError('EF_AGENT_COMMAND_STALE', `command issued ${Math.round(ageMs / 1000)} s ago, over the ${this.limits.maxAgeMs / 1000} s limit; not run (check the controller's and the node's clocks)`);
      }
      if (a.kind === 'restart') await this.restart(cmd.id, a.workload, log);
      else await this.logs(cmd.id, a, log);
    } catch (err) {
      const code = err instanceof CommandError ? err.code : 'EF_AGENT_RUNTIME_FAILED';
      const message = err instanceof Error ? err.message : String(err);
      log.warn({ code, err: message }, `${a.kind} command failed`);
      await this.d.send({ ...baseReply(cmd.id), ok: false, code, error: message }).catch(() => undefined);
    }
  }

  private async restart(commandId: string, workload: string, log: Logger): Promise<void> {
    const { runtime, nodeId } = this.d;
    const result = await this.d.exclusive(async () => {
      const c = targetContainer(nodeId, workload, this.d.desired(), await runtime.list());
      if (c.state !== 'running') {
        throw new CommandError('EF_AGENT_NOT_RUNNING', `workload ${workload} on node ${nodeId} is ${c.state}, not running; the agent starts it again on its own when it may`);
      }
      const stopS = this.d.desired()?.workloads.find((w) => w.name === workload)?.container.stopTimeoutS || DEFAULT_STOP_S;
      await runtime.stop(c.id, stopS);
      await runtime.start(c.id);
      const after = (await runtime.list()).find((x) => x.id === c.id);
      return { id: c.id, startedAtMs: after?.startedAtMs ?? 0 };
    });
    log.info({ container: result.id }, 'restarted by operator command');
    this.d.emit('ContainerRestarted', workload, `restarted ${result.id.slice(0, 12)} by operator command ${commandId}`);
    await this.d.send({ ...baseReply(commandId), containerId: result.id, startedAtMs: result.startedAtMs, lines: [`restarted ${result.id.slice(0, 12)}`] });
  }

  private async logs(commandId: string, request: LogsRequest, log: Logger): Promise<void> {
    if (this.sessions.size >= this.limits.maxLogSessions) {
      throw new CommandError('EF_AGENT_BUSY', `node ${this.d.nodeId} already streams ${this.sessions.size} logs (the limit); try again when one ends`);
    }
    const c = targetContainer(this.d.nodeId, request.workload, this.d.desired(), await this.d.runtime.list());
    const session = new LogsSession({
      commandId,
      request,
      containerId: c.id,
      limits: this.limits,
      read: (id, opts, signal) => this.d.runtime.readLogs(id, opts, signal),
      send: this.d.send,
      now: this.d.now,
      logger: log,
    });
    this.sessions.set(commandId, session);
    log.info({ container: c.id, tail: request.tail, sinceMs: request.sinceMs, follow: request.follow }, 'logs stream started');
    try {
      await session.done;
    } finally {
      this.sessions.delete(commandId);
    }
  }
}
