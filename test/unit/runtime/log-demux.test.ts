import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LogDemuxer } from '../../../agent/runtime/log-demux.js';

function frame(stream: 1 | 2, text: string): Buffer {
  const payload = Buffer.from(text);
  const header = Buffer.alloc(8);
  header.writeUInt8(stream, 0);
  header.writeUInt32BE(payload.length, 4);
  return Buffer.concat([header, payload]);
}

/** Feeds `buf` cut at the given offsets and collects every line. */
function feed(d: LogDemuxer, buf: Buffer, cuts: number[]): string[] {
  const out: string[] = [];
  let at = 0;
  for (const c of [...cuts].sort((a, b) => a - b)) {
    out.push(...d.push(buf.subarray(at, c)));
    at = c;
  }
  out.push(...d.push(buf.subarray(at)), ...d.end());
  return out;
}

describe('LogDemuxer', () => {
  it('gives the same lines however the frames are cut into chunks (headers and UTF-8 characters included)', () => {
    const buf = Buffer.concat([frame(1, 'héllo\nwor'), frame(2, 'err €1\n'), frame(1, 'ld\r\n'), frame(2, 'tail')]);
    const whole = feed(new LogDemuxer(), buf, []);
    expect(whole).toEqual(['héllo', 'err €1', 'world', 'tail']);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: buf.length }), { maxLength: 12 }), (cuts) => {
        expect(feed(new LogDemuxer(), buf, cuts)).toEqual(whole);
      }),
    );
  });

  it('reads a TTY (unframed) log as plain text', () => {
    expect(feed(new LogDemuxer(), Buffer.from('plain one\nplain two\n'), [3])).toEqual(['plain one', 'plain two']);
  });

  it('cuts a line longer than the limit and says how much it dropped, keeping memory bounded', () => {
    const d = new LogDemuxer(10);
    const lines = [...d.push(frame(1, 'x'.repeat(25))), ...d.push(frame(1, 'yyyyy\nnext\n'))];
    expect(lines).toEqual(['xxxxxxxxxx [... 20 more characters cut by edgefleet]', 'next']);
  });
});
