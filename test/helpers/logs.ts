// A pino destination that keeps every line, so tests assert on what was actually logged.
import { pino, type Logger } from 'pino';
import { Writable } from 'node:stream';
import { LineLog } from './line-log.js';

export interface LogLine {
  level: number;
  msg: string;
  code?: string;
  [k: string]: unknown;
}

export interface CapturedLogger {
  logger: Logger;
  lines: LogLine[];
  /** Resolves with the first line (already logged or future) that matches. */
  waitFor(match: (l: LogLine) => boolean, timeoutMs?: number): Promise<LogLine>;
}

export function captureLogs(level = 'debug'): CapturedLogger {
  const log = new LineLog<LogLine>();
  const stream = new Writable({
    write(chunk: Buffer, _enc, cb) {
      for (const raw of chunk.toString('utf8').split('\n')) {
        if (!raw) continue;
        log.push(JSON.parse(raw) as LogLine);
      }
      cb();
    },
  });
  const logger = pino({ level }, stream);
  return {
    logger,
    lines: log.lines,
    waitFor: (match, timeoutMs = 10_000) => log.waitFor(match, timeoutMs),
  };
}
