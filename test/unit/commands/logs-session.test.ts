// The agent's log stream against an in-memory line source (no Docker here: the e2e test in
// test/e2e/day2-logs.test.ts runs it against a real container).
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { COMMAND_LIMITS } from '../../../agent/commands/limits.js';
import { LogsSession } from '../../../agent/commands/logs-session.js';
import type { LogsRequest, Reply } from '../../../proto/types.js';
import { waitUntil } from '../../helpers/wait.js';

const request = (over: Partial<LogsRequest> = {}): LogsRequest => ({ workload: 'w', tail: 0, sinceMs: 0, follow: false, window: 2, maxChunkBytes: 0, ...over });

/** A line source that yields `n` numbered lines and then, if `hold`, waits until aborted. */
async function* lines(n: number, pulled: { count: number }, hold: boolean, signal: AbortSignal): AsyncIterable<string> {
  for (let i = 1; i <= n; i++) {
    pulled.count = i;
    yield `line ${i}`;
  }
  if (hold) await new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason as Error)));
}

const sessions: LogsSession[] = [];
afterEach(() => sessions.splice(0).forEach((s) => s.cancel('test over')));

function start(n: number, over: Partial<LogsRequest>, hold = false) {
  const sent: Reply[] = [];
  const pulled = { count: 0 };
  const s = new LogsSession({
    commandId: 'c1',
    request: request(over),
    containerId: 'x',
    limits: { ...COMMAND_LIMITS, chunkLines: 10, lingerMs: 5 },
    read: (_id, _opts, signal) => lines(n, pulled, hold, signal),
    send: async (r) => void sent.push(r),
    now: Date.now,
    logger: pino({ level: 'silent' }),
  });
  sessions.push(s);
  return { s, sent, pulled };
}

const settle = () => new Promise((r) => setTimeout(r, 30));

describe('LogsSession flow control', () => {
  it('never has more than the window unacknowledged, and stops pulling lines while it is full', async () => {
    const { s, sent, pulled } = start(1000, { window: 2 });
    const chunks = () => sent.filter((r) => r.seq > 0);
    await waitUntil('two chunks sent', () => chunks().length >= 2, 5000, 5);
    await settle();
    expect(chunks()).toHaveLength(2);
    expect(s.unacknowledged).toBe(2);
    // Two chunks of 10 lines sent, one more batch being filled: nothing beyond that was read.
    expect(pulled.count).toBeLessThanOrEqual(2 * 10 + 10 + 1);
    s.ack(1);
    await waitUntil('a third chunk', () => chunks().length >= 3, 5000, 5);
    await settle();
    expect(chunks()).toHaveLength(3);
    expect(s.unacknowledged).toBe(2);
  });

  it('sends every line once, in order, and marks the last chunk done', async () => {
    const { s, sent } = start(95, { window: 3 });
    while (!sent.some((r) => r.done)) {
      const top = Math.max(...sent.map((r) => r.seq));
      s.ack(top);
      await waitUntil('the next chunk', () => sent.some((r) => r.seq > top), 5000, 5);
    }
    await s.done;
    const got = sent.filter((r) => r.seq > 0).flatMap((r) => r.lines);
    expect(got).toEqual(Array.from({ length: 95 }, (_, i) => `line ${i + 1}`));
    const seqs = sent.filter((r) => r.seq > 0).map((r) => r.seq);
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));
    expect(sent.at(-1)).toMatchObject({ done: true, ok: true });
    expect(sent[0]).toMatchObject({ seq: 0, done: false }); // the start heartbeat
  });

  it('a cancelled follow stops reading and sends nothing more', async () => {
    const { s, sent } = start(5, { follow: true, window: 4 }, true);
    await waitUntil('the five lines sent', () => sent.some((r) => r.lines.length === 5), 5000, 5);
    const before = sent.length;
    s.cancel('client went away');
    await s.done;
    await settle();
    expect(sent.length).toBe(before);
    expect(sent.some((r) => r.done)).toBe(false);
  });
});
