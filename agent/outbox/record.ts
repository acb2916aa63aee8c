// On-disk record framing: [u32 body length][u32 crc32(body)][body], little-endian.
// Bodies: BOOT [u8 1][boot id utf8] sets the boot id of the data records after it in the same
// file (every segment starts with one, so each file stands alone); DATA [u8 2][u32 id high]
// [u32 id low][payload]. Per data record that is 17 bytes of overhead, and the 36-byte boot id
// is written once per segment and boot instead of once per record.
import { crc32 } from './crc32.js';

export const HEADER_BYTES = 8;
export const DATA_OVERHEAD = HEADER_BYTES + 9;
const KIND_BOOT = 1;
const KIND_DATA = 2;
/** Larger than any record we write; a length beyond it is garbage from a torn write. */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;

export type Decoded =
  | { kind: 'boot'; bootId: string; size: number }
  | { kind: 'data'; id: number; payload: Uint8Array; size: number };

/** Why decoding stopped: `short` = the bytes end mid-record; `bad` = they are not a record. */
export type DecodeStop = 'short' | 'bad';

function frame(body: Buffer): Buffer {
  const out = Buffer.allocUnsafe(HEADER_BYTES + body.length);
  out.writeUInt32LE(body.length, 0);
  out.writeUInt32LE(crc32(body), 4);
  body.copy(out, HEADER_BYTES);
  return out;
}

export function encodeBoot(bootId: string): Buffer {
  const id = Buffer.from(bootId, 'utf8');
  const body = Buffer.allocUnsafe(1 + id.length);
  body[0] = KIND_BOOT;
  id.copy(body, 1);
  return frame(body);
}

export function encodeData(id: number, payload: Uint8Array): Buffer {
  const body = Buffer.allocUnsafe(9 + payload.length);
  body[0] = KIND_DATA;
  body.writeUInt32LE(Math.floor(id / 2 ** 32), 1);
  body.writeUInt32LE(id >>> 0, 5);
  body.set(payload, 9);
  return frame(body);
}

/** Decodes the record at `offset` of `buf`, checking length bounds and the checksum. */
export function decodeAt(buf: Buffer, offset: number, end = buf.length): Decoded | DecodeStop {
  if (end - offset < HEADER_BYTES) return 'short';
  const len = buf.readUInt32LE(offset);
  if (len < 1 || len > MAX_BODY_BYTES) return 'bad';
  if (end - offset < HEADER_BYTES + len) return 'short';
  const body = buf.subarray(offset + HEADER_BYTES, offset + HEADER_BYTES + len);
  if (crc32(body) !== buf.readUInt32LE(offset + 4)) return 'bad';
  const size = HEADER_BYTES + len;
  if (body[0] === KIND_BOOT) return { kind: 'boot', bootId: body.toString('utf8', 1), size };
  if (body[0] === KIND_DATA && len >= 9) {
    const id = body.readUInt32LE(1) * 2 ** 32 + body.readUInt32LE(5);
    // A copy: callers keep payloads after the read buffer is reused.
    return { kind: 'data', id, payload: new Uint8Array(body.subarray(9)), size };
  }
  return 'bad';
}
