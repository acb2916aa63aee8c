// Sends day-2 commands to a node's commands topic and routes the node's replies back to whoever
// waits: a single answer (restart) or a flow-controlled stream (logs, logs-stream.ts). Replies are
// matched by command id and by the node they came from; anything else is dropped.
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { encode } from '../../proto/codec.js';
import { nodeTopic } from '../../proto/topics.js';
import type { CommandKind, LogsRequest, Reply } from '../../proto/types.js';
import type { Bus } from '../broker/bus.js';
import { LOGS_STREAM_LIMITS, LogsStream, type LogsStreamLimits } from './logs-stream.js';

export interface RelayDeps {
  bus: Bus;
  prefix: string;
  now: () => number;
  logger: Logger;
  isOnline: (nodeId: string) => boolean;
  limits?: Partial<LogsStreamLimits>;
  /** Log streams open at once across all nodes (each holds up to window x maxChunkBytes); default 64. */
  maxStreams?: number;
  newId?: () => string;
}

export const DEFAULT_MAX_STREAMS = 64;

export interface RelayStats {
  openStreams: number;
  pendingRequests: number;
  /** Lines (characters) waiting in stream queues for their HTTP client, now and at most so far. */
  bufferedBytes: number;
  peakBufferedBytes: number;
  bufferedChunks: number;
  peakBufferedChunks: number;
  /** Bytes an HTTP socket held unsent when a chunk was acknowledged, at most so far. */
  peakSocketBytes: number;
  repliesDropped: number;
}

interface Waiting {
  nodeId: string;
  onReply: (r: Reply) => void;
}

export class CommandRelay {
  private readonly waiting = new Map<string, Waiting>();
  private readonly streams = new Set<LogsStream>();
  private readonly limits: LogsStreamLimits;
  private readonly counters = { bufferedBytes: 0, peakBufferedBytes: 0, bufferedChunks: 0, peakBufferedChunks: 0, peakSocketBytes: 0, repliesDropped: 0 };
  private pendingRequests = 0;
  private closing = false;

  constructor(private readonly d: RelayDeps) {
    this.limits = { ...LOGS_STREAM_LIMITS, ...d.limits };
  }

  private publish(nodeId: string, id: string, action: CommandKind): Promise<void> {
    const payload = encode('commands', { id, issuedAtMs: this.d.now(), action });
    return this.d.bus.publish(nodeTopic(this.d.prefix, nodeId, 'commands'), payload, { qos: 1, retain: false });
  }

  /** One command, one final reply (done); rejects after timeoutMs without one. */
  async request(nodeId: string, action: CommandKind, timeoutMs: number): Promise<Reply> {
    if (this.closing) throw new Error('the controller is shutting down');
    const id = (this.d.newId ?? randomUUID)();
    this.pendingRequests++;
    try {
      return await new Promise<Reply>((resolve, reject) => {
        const timer = setTimeout(() => {
          this.waiting.delete(id);
          reject(new RelayTimeout(`node ${nodeId} did not answer within ${timeoutMs / 1000} s`));
        }, timeoutMs);
        this.waiting.set(id, {
          nodeId,
          onReply: (r) => {
            if (!r.done) return;
            clearTimeout(timer);
            this.waiting.delete(id);
            resolve(r);
          },
        });
        this.publish(nodeId, id, action).catch((err: unknown) => {
          clearTimeout(timer);
          this.waiting.delete(id);
          reject(err instanceof Error ? err : new Error(String(err)));
        });
      });
    } finally {
      this.pendingRequests--;
    }
  }

  openLogs(nodeId: string, request: LogsRequest): LogsStream {
    if (this.closing) throw new Error('the controller is shutting down');
    const max = this.d.maxStreams ?? DEFAULT_MAX_STREAMS;
    if (this.streams.size >= max) throw new TooManyStreams(`${this.streams.size} log streams are open, the controller's limit; try again when one ends`);
    const id = (this.d.newId ?? randomUUID)();
    const log = this.d.logger.child({ node: nodeId, command: id });
    const stream: LogsStream = new LogsStream({
      id,
      nodeId,
      request,
      limits: this.limits,
      now: this.d.now,
      publish: (action) => void this.publish(nodeId, (this.d.newId ?? randomUUID)(), action).catch((err: unknown) => log.warn({ err }, 'command publish failed')),
      isOnline: () => this.d.isOnline(nodeId),
      onEnd: () => {
        this.waiting.delete(id);
        this.streams.delete(stream);
      },
      account: (bytes, chunks) => {
        const c = this.counters;
        c.bufferedBytes += bytes;
        c.bufferedChunks += chunks;
        c.peakBufferedBytes = Math.max(c.peakBufferedBytes, c.bufferedBytes);
        c.peakBufferedChunks = Math.max(c.peakBufferedChunks, c.bufferedChunks);
      },
    });
    this.streams.add(stream);
    this.waiting.set(id, { nodeId, onReply: (r) => stream.onReply(r) });
    const action: CommandKind = { kind: 'logs', ...request, window: this.limits.window, maxChunkBytes: this.limits.maxChunkBytes };
    this.publish(nodeId, id, action).catch((err: unknown) => stream.cancel(`could not send the command: ${String(err)}`, 'EF_CTL_PUBLISH_FAILED'));
    return stream;
  }

  /** The HTTP writer reports how much its socket still held when it acknowledged a chunk. */
  noteSocketBytes(n: number): void {
    this.counters.peakSocketBytes = Math.max(this.counters.peakSocketBytes, n);
  }

  onReply(nodeId: string, r: Reply): void {
    const w = this.waiting.get(r.commandId);
    if (!w || w.nodeId !== nodeId) {
      // A late reply to a timed-out or cancelled command, or one for another node's command.
      this.counters.repliesDropped++;
      return;
    }
    w.onReply(r);
  }

  stats(): RelayStats {
    return { openStreams: this.streams.size, pendingRequests: this.pendingRequests, ...this.counters };
  }

  /** Ends every stream (their HTTP responses finish) and refuses new commands. */
  close(): void {
    this.closing = true;
    for (const s of [...this.streams]) s.cancel('the controller is shutting down', 'EF_CTL_SHUTTING_DOWN');
  }
}

export class TooManyStreams extends Error {
  override readonly name = 'TooManyStreams';
  readonly code = 'EF_CTL_TOO_MANY_STREAMS';
}

export class RelayTimeout extends Error {
  override readonly name = 'RelayTimeout';
  readonly code = 'EF_CTL_NODE_NO_ANSWER';
}
