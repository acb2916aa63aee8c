// Log lines collected as they arrive (a child process's stdout, a pino destination), with a wait
// for the first line that matches: one already seen, or the next to come. One implementation for
// the test helpers and the benchmarks.
import type { ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

export type LogRecord = Record<string, unknown>;

export class LineLog<L extends LogRecord = LogRecord> {
  readonly lines: L[] = [];
  private readonly waiters: { match: (l: L) => boolean; resolve: (l: L) => void }[] = [];

  push(line: L): void {
    this.lines.push(line);
    for (const w of [...this.waiters]) {
      if (!w.match(line)) continue;
      this.waiters.splice(this.waiters.indexOf(w), 1);
      w.resolve(line);
    }
  }

  /** `context` is added to the timeout's message (e.g. the last lines of stderr). */
  waitFor(match: (l: L) => boolean, timeoutMs: number, context: () => string = () => ''): Promise<L> {
    const found = this.lines.find(match);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const waiter = { match, resolve: (l: L) => (clearTimeout(t), resolve(l)) };
      const t = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        reject(new Error(`no matching log line within ${timeoutMs} ms${context()}`));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }
}

/** A JSON log line (pino), or `{ msg, raw: true }` for a line of plain text. */
export function parseLogLine(raw: string): LogRecord {
  try {
    const v: unknown = JSON.parse(raw);
    if (v && typeof v === 'object' && !Array.isArray(v)) return v as LogRecord;
  } catch {
    // plain text: below
  }
  return { msg: raw, raw: true };
}

/** A child's stdout as log lines and its stderr as text lines, collected from now on. */
export function childLines(child: ChildProcess): { log: LineLog; stderr: string[]; lastStderr: () => string } {
  const log = new LineLog();
  const stderr: string[] = [];
  if (child.stdout) createInterface({ input: child.stdout }).on('line', (raw) => log.push(parseLogLine(raw)));
  if (child.stderr) createInterface({ input: child.stderr }).on('line', (l) => stderr.push(l));
  return { log, stderr, lastStderr: () => `; stderr: ${stderr.slice(-5).join(' | ')}` };
}
