import { describe, expect, it } from 'vitest';
import { demuxLogLines, fromPullMessage, LineSplitter } from '../../../agent/runtime/docker-streams.js';

function frame(stream: 1 | 2, text: string | Buffer): Buffer {
  const payload = typeof text === 'string' ? Buffer.from(text) : text;
  const header = Buffer.alloc(8);
  header.writeUInt8(stream, 0);
  header.writeUInt32BE(payload.length, 4);
  return Buffer.concat([header, payload]);
}

describe('LineSplitter', () => {
  it('joins lines split across chunks, even inside a UTF-8 character', () => {
    const s = new LineSplitter();
    const euro = Buffer.from('{"a":"€"}\n');
    expect(s.push(euro.subarray(0, 7))).toEqual([]);
    expect(s.push(Buffer.concat([euro.subarray(7), Buffer.from('{"b":1}\r\n{"c"')]))).toEqual(['{"a":"€"}', '{"b":1}']);
    expect(s.push(':2}\n')).toEqual(['{"c":2}']);
    expect(s.end()).toEqual([]);
  });

  it('returns a last line without a newline at the end', () => {
    const s = new LineSplitter();
    expect(s.push('a\nb')).toEqual(['a']);
    expect(s.end()).toEqual(['b']);
  });
});

describe('demuxLogLines', () => {
  it('splits stdout and stderr frames into lines in frame order', () => {
    const buf = Buffer.concat([frame(1, 'one\ntw'), frame(2, 'oops\n'), frame(1, 'o\nthree\n')]);
    expect(demuxLogLines(buf)).toEqual(['one', 'oops', 'two', 'three']);
  });

  it('keeps a last line without newline and empty lines in between', () => {
    expect(demuxLogLines(Buffer.concat([frame(1, 'a\n\nb')]))).toEqual(['a', '', 'b']);
  });

  it('reads a TTY log (no frames) as plain text', () => {
    expect(demuxLogLines(Buffer.from('hello\nworld\n'))).toEqual(['hello', 'world']);
  });

  it('ignores a truncated trailing frame header', () => {
    expect(demuxLogLines(Buffer.concat([frame(1, 'x\n'), Buffer.from([1, 0, 0])]))).toEqual(['x']);
  });
});

describe('fromPullMessage', () => {
  it('reads progress with its layer id and byte counts', () => {
    expect(fromPullMessage({ status: 'Downloading', id: 'abc', progressDetail: { current: 5, total: 10 } })).toEqual({
      progress: { id: 'abc', status: 'abc: Downloading', current: 5, total: 10 },
    });
  });

  it('reads the error a 200 pull stream reports', () => {
    expect(fromPullMessage({ errorDetail: { message: 'manifest unknown' }, error: 'manifest unknown' })).toEqual({ error: 'manifest unknown' });
    expect(fromPullMessage({ errorDetail: { message: 'denied' } })).toEqual({ error: 'denied' });
  });

  it('ignores junk', () => {
    expect(fromPullMessage(null)).toBeNull();
    expect(fromPullMessage({ progress: 1 })).toBeNull();
  });
});
