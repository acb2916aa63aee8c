// The agent's durable, bounded outbox: telemetry and events stored on disk in order, offered in
// batches, deleted only once acknowledged. One append-only log per stream (stream-log.ts), one
// small state file for the ack pointers (state-file.ts). No native add-on: node:fs only.
//
// Drops are never a separate counter that a crash could lose: ids are dense when appended, so
// every record given up (thinned, dropped, cut from a corrupt file) is a gap in the ids, and the
// drops in (acked, id] are the missing ids there. At ack time the gaps below the new ack pointer
// move into `reportedDropped`, in the same atomic write as the pointer.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_BODY_BYTES } from './record.js';
import { executeReduction, viewsOfLog } from './reduce.js';
import { planReduction } from './reduce-plan.js';
import { emptyState, StateFile, type OutboxState } from './state-file.js';
import { StreamLog } from './stream-log.js';
import { silentLogger, STREAMS, type OutboxLogger, type OutboxRecord, type Stream } from './types.js';

export { STREAMS, type OutboxLogger, type OutboxRecord, type Stream } from './types.js';

export interface OutboxOptions {
  dir: string;
  /** Budget for everything on disk (both streams). At least 4 segments. */
  maxBytes: number;
  /** Size at which a segment file is closed and a new one started. Default maxBytes / 32, 4 KiB..1 MiB. */
  segmentBytes?: number;
  /** Buffered appends are flushed once they reach this many bytes. Default 64 KiB. */
  autoFlushBytes?: number;
  logger?: OutboxLogger;
}

export interface OutboxStats {
  /** Bytes on disk plus appends not yet flushed. */
  bytes: number;
  maxBytes: number;
  /** Unacknowledged records held, including ones not yet flushed. */
  records: Record<Stream, number>;
  /** Every record ever given up: reported in acknowledged batches plus still unreported. */
  dropped: Record<Stream, number>;
  /** Telemetry records given up by thinning since open. */
  thinned: number;
}

export class Outbox {
  private readonly logs: Record<Stream, StreamLog>;
  private state: OutboxState;
  private readonly maxPendingBytes: number;
  /** A quarter of the budget, and what a record's framing can carry. */
  readonly maxRecordBytes: number;
  private thinned = 0;
  private closed = false;
  private overBudgetWarned = false;
  private reduceFailing = false;

  private constructor(
    private readonly opts: Required<Omit<OutboxOptions, 'logger'>> & { logger: OutboxLogger },
    private readonly stateFile: StateFile,
    state: OutboxState,
  ) {
    this.state = state;
    this.maxPendingBytes = Math.max(opts.autoFlushBytes * 4, Math.floor(opts.maxBytes / 8));
    this.maxRecordBytes = Math.min(Math.floor(opts.maxBytes / 4), MAX_BODY_BYTES - 9);
    const mk = (s: Stream): StreamLog => new StreamLog(join(opts.dir, s), s, opts.segmentBytes, opts.logger);
    this.logs = { telemetry: mk('telemetry'), events: mk('events') };
  }

  /** Opens (creating or recovering) the outbox. Bad data on disk is cut and logged, not thrown. */
  static open(options: OutboxOptions): Outbox {
    const logger = options.logger ?? silentLogger;
    const maxBytes = options.maxBytes;
    const segmentBytes = options.segmentBytes ?? Math.min(1024 * 1024, Math.max(4096, Math.floor(maxBytes / 32)));
    const autoFlushBytes = options.autoFlushBytes ?? 64 * 1024;
    const problems: string[] = [];
    if (!options.dir) problems.push('dir is required');
    if (!Number.isSafeInteger(segmentBytes) || segmentBytes < 128) problems.push(`segmentBytes ${segmentBytes} must be an integer >= 128`);
    if (!Number.isSafeInteger(maxBytes) || maxBytes < 4 * segmentBytes) problems.push(`maxBytes ${maxBytes} must be an integer >= 4 x segmentBytes (${4 * segmentBytes})`);
    if (!Number.isSafeInteger(autoFlushBytes) || autoFlushBytes < 1) problems.push(`autoFlushBytes ${autoFlushBytes} must be a positive integer`);
    if (problems.length > 0) throw new RangeError(`invalid outbox options: ${problems.join('; ')}`);

    mkdirSync(options.dir, { recursive: true, mode: 0o700 });
    const { file, state, corrupt } = StateFile.open(options.dir);
    if (corrupt) {
      // Starting from "nothing acknowledged" re-sends, and never loses, what is still on disk.
      logger.error({ code: 'EF_AGENT_OUTBOX_STATE_CORRUPT' }, 'outbox: state file unreadable; unacknowledged from the start of the log');
    }
    const box = new Outbox({ dir: options.dir, maxBytes, segmentBytes, autoFlushBytes, logger }, file, state ?? emptyState());
    for (const s of STREAMS) box.logs[s].recover(box.state[s].acked);
    const st = box.stats();
    logger.info({ records: st.records, bytes: st.bytes, unreportedDrops: st.dropped }, 'outbox opened');
    return box;
  }

  /** Buffers a record and returns its id; durable after the next flush() (or peek()). */
  append(stream: Stream, bootId: string, payload: Uint8Array): number {
    this.assertOpen();
    if (payload.length > this.maxRecordBytes) throw new RangeError(`outbox: a ${payload.length}-byte record is over the ${this.maxRecordBytes}-byte limit`);
    const log = this.logs[stream];
    const id = log.append(bootId, payload);
    const pending = this.logs.telemetry.pendingBytes + this.logs.events.pendingBytes;
    if (pending >= this.opts.autoFlushBytes && !this.flush()) this.shedPending();
    return id;
  }

  /** Writes and fsyncs buffered appends (a batch boundary), then enforces the byte budget. */
  flush(): boolean {
    this.assertOpen();
    let ok = true;
    for (const s of STREAMS) ok = this.logs[s].flush() && ok;
    this.enforceBudget();
    return ok;
  }

  /**
   * The oldest unacknowledged records, in append order; flushes first, so all are durable. What
   * it returns is taken to be the batch in flight: thinning leaves those records alone until the
   * next peek of the stream (peek(stream, 0, 0) clears it).
   */
  peek(stream: Stream, maxRecords: number, maxBytes: number): OutboxRecord[] {
    this.assertOpen();
    if (this.logs[stream].pendingCount > 0) this.flush();
    return this.logs[stream].read(maxRecords, maxBytes);
  }

  /** Acknowledges every record with id <= upToId (clamped to the newest durable id); persisted. */
  ack(stream: Stream, upToId: number): void {
    this.assertOpen();
    if (!Number.isSafeInteger(upToId)) throw new RangeError(`outbox: ack id ${upToId} is not an integer`);
    const log = this.logs[stream];
    const upTo = Math.min(upToId, log.durableId);
    if (upTo <= log.acked) return;
    const plan = log.measureAck(upTo);
    const dropped = upTo - log.acked - plan.counted;
    const next: OutboxState = { ...this.state, [stream]: { acked: upTo, reportedDropped: this.state[stream].reportedDropped + dropped } };
    this.stateFile.save(next); // the pointer is durable before any file is deleted
    this.state = next;
    log.applyAck(plan);
  }

  /**
   * Records given up and not yet covered by an ack: ids missing in (acked, upToId]. A batch
   * ending at id X reports pendingDropped(stream, X); acking X marks exactly those reported.
   */
  pendingDropped(stream: Stream, upToId?: number): number {
    const log = this.logs[stream];
    const upTo = Math.min(upToId ?? log.durableId, log.durableId);
    if (upTo <= log.acked) return 0;
    const held = upTo === log.durableId ? log.liveRecords() : log.measureAck(upTo).counted;
    return upTo - log.acked - held;
  }

  stats(): OutboxStats {
    const per = <T>(f: (s: Stream, log: StreamLog) => T): Record<Stream, T> => ({ telemetry: f('telemetry', this.logs.telemetry), events: f('events', this.logs.events) });
    let bytes = 0;
    for (const s of STREAMS) bytes += this.logs[s].diskBytes() + this.logs[s].pendingBytes;
    return {
      bytes,
      maxBytes: this.opts.maxBytes,
      records: per((_, log) => log.liveRecords() + log.pendingCount),
      dropped: per((s) => this.state[s].reportedDropped + this.pendingDropped(s)),
      thinned: this.thinned,
    };
  }

  close(): void {
    if (this.closed) return;
    this.flush();
    for (const s of STREAMS) this.logs[s].close();
    this.stateFile.close();
    this.closed = true;
  }

  private enforceBudget(): void {
    const given: Record<string, number> = {};
    const diskBytes = (): number => this.logs.telemetry.diskBytes() + this.logs.events.diskBytes();
    if (diskBytes() <= this.opts.maxBytes) this.overBudgetWarned = false;
    while (diskBytes() > this.opts.maxBytes) {
      const step = planReduction({ telemetry: viewsOfLog(this.logs.telemetry), events: viewsOfLog(this.logs.events) });
      if (!step) {
        if (!this.overBudgetWarned) this.opts.logger.warn({ bytes: diskBytes(), maxBytes: this.opts.maxBytes }, 'outbox: over budget with nothing left to give up');
        this.overBudgetWarned = true;
        break;
      }
      let n: number;
      try {
        n = executeReduction(this.logs[step.stream], step, this.opts.segmentBytes);
      } catch (err) {
        if (!this.reduceFailing) this.opts.logger.error({ err, code: 'EF_AGENT_OUTBOX_WRITE_FAILED', step }, 'outbox: could not make room');
        this.reduceFailing = true;
        break;
      }
      this.reduceFailing = false;
      if (step.kind === 'thin') this.thinned += n;
      const key = `${step.stream}.${step.kind}`;
      given[key] = (given[key] ?? 0) + n;
    }
    if (Object.keys(given).length > 0) this.opts.logger.warn({ given, bytes: diskBytes(), maxBytes: this.opts.maxBytes }, 'outbox full: records given up');
  }

  /** Keeps buffered appends bounded while the disk refuses writes: oldest telemetry goes first. */
  private shedPending(): void {
    const over = (): boolean => this.logs.telemetry.pendingBytes + this.logs.events.pendingBytes > this.maxPendingBytes;
    while (over() && (this.logs.telemetry.dropOldestPending() || this.logs.events.dropOldestPending()));
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('outbox is closed');
  }
}
