import { afterEach, describe, expect, it } from 'vitest';
import { LOGS_STREAM_LIMITS, LogsStream } from '../../../controller/commands/logs-stream.js';
import type { CommandKind, Reply } from '../../../proto/types.js';

const r = (seq: number, lines: string[], over: Partial<Reply> = {}): Reply => ({ commandId: 'c', ok: true, error: '', done: false, seq, lines, code: '', containerId: '', startedAtMs: 0, ...over });

const open: LogsStream[] = [];
afterEach(() => open.splice(0).forEach((s) => s.cancel('test over')));

function stream(window = 4) {
  const published: CommandKind[] = [];
  let buffered = 0;
  const s = new LogsStream({
    id: 'c',
    nodeId: 'n1',
    request: { workload: 'w', tail: 0, sinceMs: 0, follow: true, window: 0, maxChunkBytes: 0 },
    limits: { ...LOGS_STREAM_LIMITS, window, tickMs: 60_000 },
    now: Date.now,
    publish: (a) => void published.push(a),
    isOnline: () => true,
    onEnd: () => undefined,
    account: (b) => (buffered += b),
  });
  open.push(s);
  return { s, published, buffered: () => buffered };
}

describe('LogsStream (controller side)', () => {
  it('hands chunks out in seq order, drops duplicates, and accounts what it holds', async () => {
    const { s, buffered } = stream();
    s.onReply(r(0, []));
    s.onReply(r(2, ['b']));
    s.onReply(r(1, ['a']));
    s.onReply(r(1, ['a']));
    s.onReply(r(3, ['c'], { done: true }));
    expect(buffered()).toBe(3);
    const events = [];
    for (let e = await s.next(); ; e = await s.next()) {
      events.push(e);
      if (e.kind === 'end') break;
    }
    expect(events).toEqual([{ kind: 'started' }, { kind: 'lines', seq: 1, lines: ['a'] }, { kind: 'lines', seq: 2, lines: ['b'] }, { kind: 'lines', seq: 3, lines: ['c'] }, { kind: 'end', ok: true, code: '', error: '' }]);
    expect(buffered()).toBe(0);
  });

  it('a refusal before any chunk ends the stream without starting it (the route can still answer 404)', async () => {
    const { s } = stream();
    s.onReply(r(1, [], { ok: false, done: true, code: 'EF_AGENT_UNKNOWN_WORKLOAD', error: 'workload w does not run on node n1' }));
    expect(await s.next()).toEqual({ kind: 'end', ok: false, code: 'EF_AGENT_UNKNOWN_WORKLOAD', error: 'workload w does not run on node n1' });
  });

  it('cuts off an agent that sends past the window, and tells it to stop', async () => {
    const { s, published } = stream(2);
    for (let seq = 2; seq <= 5; seq++) s.onReply(r(seq, ['x']));
    expect(s.isEnded).toBe(true);
    expect(published).toContainEqual(expect.objectContaining({ kind: 'cancel', commandId: 'c' }));
  });

  it('acks only forward, and cancel publishes a CancelCommand once', () => {
    const { s, published } = stream();
    s.ack(2);
    s.ack(1);
    s.cancel('gone');
    s.cancel('gone again');
    expect(published).toEqual([
      { kind: 'logsAck', commandId: 'c', seq: 2 },
      { kind: 'cancel', commandId: 'c', reason: 'gone' },
    ]);
  });
});
