// The MQTT packet-size guard reads only packet boundaries: whatever way a stream of packets is cut
// into chunks, it flags exactly the first packet over the limit.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packetGuard } from '../../../controller/broker/packet-guard.js';

function frame(type: number, bodyLength: number): Buffer {
  const len: number[] = [];
  let v = bodyLength;
  do {
    let b = v % 128;
    v = Math.floor(v / 128);
    if (v > 0) b |= 0x80;
    len.push(b);
  } while (v > 0);
  return Buffer.concat([Buffer.from([type, ...len]), Buffer.alloc(bodyLength, 0x5a)]);
}

describe('packetGuard', () => {
  it('property: flags the first oversized packet, however the stream is chunked', () => {
    const max = 300;
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 20 }), fc.array(fc.integer({ min: 1, max: 97 }), { minLength: 1 }), (sizes, cuts) => {
        const firstOver = sizes.find((s) => s > max);
        const stream = Buffer.concat(sizes.map((s) => frame(0x30, s)));
        const g = packetGuard(max);
        let flagged: number | null = null;
        for (let at = 0, i = 0; at < stream.length && flagged === null; i++) {
          const n = cuts[i % cuts.length] ?? 1;
          flagged = g.push(stream.subarray(at, at + n));
          at += n;
        }
        expect(flagged).toBe(firstOver ?? null);
      }),
      { numRuns: 500 },
    );
  });

  it('flags a 256 MiB announcement from the five header bytes alone', () => {
    expect(packetGuard().push(Buffer.from([0x30, 0xff, 0xff, 0xff, 0x7f]))).toBe(268_435_455);
  });
});
