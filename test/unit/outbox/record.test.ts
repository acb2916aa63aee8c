import { crc32 as zlibCrc32 } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crc32, crc32Portable } from '../../../agent/outbox/crc32.js';
import { DATA_OVERHEAD, decodeAt, encodeBoot, encodeData } from '../../../agent/outbox/record.js';

describe('outbox record framing', () => {
  it('the portable CRC-32 agrees with zlib (for Node 20 builds without zlib.crc32)', () => {
    expect(crc32Portable(Buffer.from('123456789'))).toBe(0xcbf43926);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (b) => {
        expect(crc32Portable(b)).toBe(zlibCrc32(b) >>> 0);
        expect(crc32(b)).toBe(crc32Portable(b));
      }),
    );
  });

  it('round-trips data records with ids up to 2^53 - 1, and boot records', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), fc.uint8Array({ maxLength: 200 }), fc.string(), (id, payload, boot) => {
        const d = encodeData(id, payload);
        expect(d.length).toBe(DATA_OVERHEAD + payload.length);
        expect(decodeAt(d, 0)).toEqual({ kind: 'data', id, payload: new Uint8Array(payload), size: d.length });
        const b = encodeBoot(boot);
        expect(decodeAt(b, 0)).toEqual({ kind: 'boot', bootId: boot, size: b.length });
      }),
    );
  });

  it('says "short" for a prefix and "bad" for a flipped bit, never a wrong record', () => {
    const rec = encodeData(42, Buffer.from('hello world'));
    for (let end = 0; end < rec.length; end++) expect(decodeAt(rec, 0, end)).toBe('short');
    for (let i = 0; i < rec.length; i++) {
      for (let bit = 0; bit < 8; bit++) {
        const bad = Buffer.from(rec);
        bad[i] = bad[i]! ^ (1 << bit);
        const r = decodeAt(bad, 0);
        // A flipped length bit may make the record look longer than the buffer: 'short' is right then.
        expect(r === 'bad' || r === 'short', `byte ${i} bit ${bit}`).toBe(true);
      }
    }
  });
});
