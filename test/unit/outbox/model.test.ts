// Model-based tests: random sequences of append / flush / peek+ack / ack / reopen / crash against
// an in-memory model of what the outbox promises.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { Outbox, STREAMS, type Stream } from '../../../agent/outbox/outbox.js';
import { payload, tempDir, text } from '../../helpers/outbox-fixtures.js';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

type Cmd =
  | { op: 'append'; stream: Stream; size: number; boot: number }
  | { op: 'flush' }
  | { op: 'peekAck'; stream: Stream; n: number; ackAll: boolean }
  | { op: 'ack'; stream: Stream; ahead: number }
  | { op: 'reopen' }
  | { op: 'crash' };

const stream = fc.constantFrom<Stream>(...STREAMS);
const cmd: fc.Arbitrary<Cmd> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ op: fc.constant('append' as const), stream, size: fc.integer({ min: 0, max: 120 }), boot: fc.integer({ min: 0, max: 2 }) }) },
  { weight: 2, arbitrary: fc.constant({ op: 'flush' as const }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('peekAck' as const), stream, n: fc.integer({ min: 0, max: 12 }), ackAll: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('ack' as const), stream, ahead: fc.integer({ min: -3, max: 40 }) }) },
  { weight: 1, arbitrary: fc.constant({ op: 'reopen' as const }) },
  { weight: 1, arbitrary: fc.constant({ op: 'crash' as const }) },
);

interface Rec {
  id: number;
  label: string;
  boot: string;
}
interface ModelStream {
  durable: Rec[];
  pending: Rec[];
  acked: number;
  durableId: number;
  nextId: number;
}

const label = (s: Stream, id: number): string => `${s[0]}${id}`;

describe('outbox against a model', () => {
  it('offers exactly the durable, unacknowledged records, in order, with monotonic ids, across reopens and crashes', () => {
    fc.assert(
      fc.property(fc.array(cmd, { minLength: 1, maxLength: 60 }), (cmds) => {
        const { dir, cleanup } = tempDir();
        cleanups.push(cleanup);
        const open = (): Outbox => Outbox.open({ dir, maxBytes: 1024 * 1024, segmentBytes: 256 });
        let box = open();
        const m: Record<Stream, ModelStream> = {
          telemetry: { durable: [], pending: [], acked: 0, durableId: 0, nextId: 1 },
          events: { durable: [], pending: [], acked: 0, durableId: 0, nextId: 1 },
        };
        const flushModel = (): void => {
          for (const s of STREAMS) {
            const ms = m[s];
            ms.durable.push(...ms.pending);
            ms.durableId = ms.pending[ms.pending.length - 1]?.id ?? ms.durableId;
            ms.pending = [];
          }
        };
        for (const c of cmds) {
          switch (c.op) {
            case 'append': {
              const ms = m[c.stream];
              const id = ms.nextId++;
              const boot = `boot-${c.boot}`;
              expect(box.append(c.stream, boot, payload(label(c.stream, id), c.size))).toBe(id);
              ms.pending.push({ id, label: label(c.stream, id), boot });
              break;
            }
            case 'flush':
              box.flush();
              flushModel();
              break;
            case 'peekAck': {
              if (m[c.stream].pending.length > 0) flushModel();
              const got = box.peek(c.stream, c.n, 1e9).map((r) => ({ id: r.id, label: text(r.payload), boot: r.bootId }));
              expect(got).toEqual(m[c.stream].durable.slice(0, c.n));
              const last = got[c.ackAll ? got.length - 1 : Math.floor(got.length / 2)];
              if (last) {
                box.ack(c.stream, last.id);
                const ms = m[c.stream];
                ms.acked = last.id;
                ms.durable = ms.durable.filter((r) => r.id > last.id);
              }
              break;
            }
            case 'ack': {
              const ms = m[c.stream];
              const upTo = ms.acked + c.ahead;
              box.ack(c.stream, upTo);
              const eff = Math.min(upTo, ms.durableId);
              if (eff > ms.acked) {
                ms.acked = eff;
                ms.durable = ms.durable.filter((r) => r.id > eff);
              }
              break;
            }
            case 'reopen':
              box.close();
              flushModel();
              box = open();
              break;
            case 'crash':
              // The old instance is abandoned mid-flight: whatever it had not flushed is gone.
              for (const s of STREAMS) {
                m[s].pending = [];
                m[s].nextId = Math.max(m[s].durableId, m[s].acked) + 1;
              }
              box = open();
              break;
          }
          const st = box.stats();
          for (const s of STREAMS) {
            expect(st.records[s]).toBe(m[s].durable.length + m[s].pending.length);
            expect(st.dropped[s]).toBe(0);
          }
        }
        box.close();
        const final = open();
        for (const s of STREAMS) {
          flushModel();
          expect(final.peek(s, 1e6, 1e9).map((r) => r.id)).toEqual(m[s].durable.map((r) => r.id));
        }
        final.close();
      }),
      { numRuns: 80 },
    );
  });

  it('under byte pressure: never over budget after a flush, ids in order, the newest kept, events a contiguous suffix', () => {
    fc.assert(
      fc.property(fc.array(cmd, { minLength: 20, maxLength: 150 }), (cmds) => {
        const { dir, cleanup } = tempDir();
        cleanups.push(cleanup);
        const maxBytes = 4 * 400;
        const open = (): Outbox => Outbox.open({ dir, maxBytes, segmentBytes: 400 });
        let box = open();
        const appended: Record<Stream, number> = { telemetry: 0, events: 0 };
        const acked: Record<Stream, number> = { telemetry: 0, events: 0 };
        for (const c of cmds) {
          if (c.op === 'append') appended[c.stream] = box.append(c.stream, `boot-${c.boot}`, payload(label(c.stream, 0).slice(0, 1), c.size));
          else if (c.op === 'flush') box.flush();
          else if (c.op === 'peekAck') {
            const got = box.peek(c.stream, c.n, 1e9);
            const last = got[got.length - 1];
            if (last) {
              box.ack(c.stream, last.id);
              acked[c.stream] = Math.max(acked[c.stream], last.id);
            }
          } else if (c.op === 'reopen') {
            box.close();
            box = open();
          } else if (c.op === 'crash') box = open();
          else continue;
          box.flush();
          expect(box.stats().bytes).toBeLessThanOrEqual(maxBytes);
          for (const s of STREAMS) {
            const held = box.peek(s, 1e6, 1e9).map((r) => r.id);
            box.peek(s, 0, 0);
            for (let i = 1; i < held.length; i++) expect(held[i]).toBeGreaterThan(held[i - 1]!);
            if (held.length > 0) expect(held[0]).toBeGreaterThan(acked[s]);
            // The newest record is never given up: it carries the id floor across restarts.
            if (appended[s] > acked[s]) expect(held[held.length - 1]).toBe(appended[s]);
            if (s === 'events' && held.length > 0) expect(held[held.length - 1]! - held[0]! + 1).toBe(held.length);
            const st = box.stats();
            expect(st.records[s]).toBe(held.length);
          }
        }
        box.close();
      }),
      { numRuns: 40 },
    );
  });
});
