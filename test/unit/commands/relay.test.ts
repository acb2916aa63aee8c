// CommandRelay's routing and limits with an in-memory bus standing in for the broker (the broker
// path, with a real agent, is test/e2e/day2-logs.test.ts).
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { CommandRelay, RelayTimeout, TooManyStreams } from '../../../controller/commands/relay.js';
import { decode } from '../../../proto/codec.js';
import type { Command, Reply } from '../../../proto/types.js';

function relay(maxStreams?: number) {
  const published: { topic: string; cmd: Command }[] = [];
  const bus = {
    publish: async (topic: string, payload: Uint8Array) => void published.push({ topic, cmd: decode('commands', payload) }),
    subscribe: async () => undefined,
  };
  const r = new CommandRelay({ bus, prefix: 'p', now: Date.now, logger: pino({ level: 'silent' }), isOnline: () => true, ...(maxStreams ? { maxStreams } : {}) });
  return { r, published };
}

const reply = (commandId: string, over: Partial<Reply> = {}): Reply => ({ commandId, ok: true, error: '', done: true, seq: 1, lines: [], code: '', containerId: 'c1', startedAtMs: 5, ...over });

describe('CommandRelay', () => {
  it("sends to the node's commands topic and resolves with the final reply from that node only", async () => {
    const { r, published } = relay();
    const p = r.request('n1', { kind: 'restart', workload: 'w' }, 5000);
    await Promise.resolve();
    const [sent] = published;
    expect(sent?.topic).toBe('p/nodes/n1/commands');
    r.onReply('n2', reply(sent!.cmd.id)); // another node cannot answer for n1
    r.onReply('n1', reply(sent!.cmd.id));
    expect(await p).toMatchObject({ ok: true, containerId: 'c1' });
    expect(r.stats().repliesDropped).toBe(1);
  });

  it('times out with EF_CTL_NODE_NO_ANSWER and forgets the command', async () => {
    const { r, published } = relay();
    await expect(r.request('n1', { kind: 'restart', workload: 'w' }, 50)).rejects.toBeInstanceOf(RelayTimeout);
    r.onReply('n1', reply(published[0]!.cmd.id));
    expect(r.stats()).toMatchObject({ pendingRequests: 0, repliesDropped: 1 });
  });

  it('refuses log streams over its limit, and ends every stream when it closes', async () => {
    const { r, published } = relay(2);
    const req = { workload: 'w', tail: 0, sinceMs: 0, follow: true, window: 0, maxChunkBytes: 0 };
    const a = r.openLogs('n1', req);
    r.openLogs('n1', req);
    expect(() => r.openLogs('n1', req)).toThrow(TooManyStreams);
    r.close();
    expect(await a.next()).toMatchObject({ kind: 'end', code: 'EF_CTL_SHUTTING_DOWN' });
    expect(r.stats().openStreams).toBe(0);
    await Promise.resolve();
    expect(published.filter((x) => x.cmd.action.kind === 'cancel')).toHaveLength(2);
  });
});
