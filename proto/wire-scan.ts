// A cheap walk over the top level of a protobuf payload, before protobufjs decodes it: one pass,
// no allocation per field, no recursion. It refuses what would make decoding itself the cost:
// - a truncated varint, or a length prefix past the end of the payload (a "huge length");
// - group nesting deeper than MAX_WIRE_DEPTH (counted with an integer, not the stack);
// - more items of a repeated top-level field than the contract allows: 1 MiB of two-byte empty
//   samples would otherwise become 500 000 objects before any count check could run.
// Nesting inside length-delimited sub-messages is bounded by protobufjs's own recursion limit
// (100, protoc's default), which decode() reports as the same typed error.

/** Deepest group nesting accepted; protoc and protobufjs stop at 100 as well. */
export const MAX_WIRE_DEPTH = 100;

export type WireScanProblem = { kind: 'malformed' | 'too-deep' | 'too-many'; message: string };

/** Field number -> [field name, most occurrences accepted at the top level] (repeated and map fields). */
export type FieldCounts = Readonly<Record<number, readonly [string, number]>>;

export function scanWire(bytes: Uint8Array, limits: FieldCounts = {}): WireScanProblem | null {
  const counts = new Map<number, number>();
  let pos = 0;
  let depth = 0;
  const groups: number[] = [];
  const end = bytes.length;
  const varint = (): number => {
    let result = 0;
    let mul = 1;
    for (let i = 0; i < 10; i++) {
      if (pos >= end) return -1;
      const b = bytes[pos++] as number;
      // Precision above 2^53 does not matter here: only lengths and tags are used, and both are
      // refused when they exceed the payload anyway.
      result += (b & 0x7f) * mul;
      if (b < 0x80) return result;
      mul *= 128;
    }
    return -2;
  };
  while (pos < end) {
    const at = pos;
    const tag = varint();
    if (tag < 0) return { kind: 'malformed', message: `truncated or overlong tag at byte ${at}` };
    const field = Math.floor(tag / 8);
    const wireType = tag % 8;
    if (field === 0) return { kind: 'malformed', message: `field number 0 at byte ${at}` };
    if (depth === 0) {
      const limit = limits[field];
      if (limit !== undefined) {
        const [name, max] = limit;
        const n = (counts.get(field) ?? 0) + 1;
        if (n > max) return { kind: 'too-many', message: `${name}: more than ${max} items (the limit)` };
        counts.set(field, n);
      }
    }
    switch (wireType) {
      case 0:
        if (varint() < 0) return { kind: 'malformed', message: `truncated varint at byte ${at}` };
        break;
      case 1:
        pos += 8;
        break;
      case 2: {
        const len = varint();
        if (len < 0) return { kind: 'malformed', message: `truncated length at byte ${at}` };
        if (len > end - pos) return { kind: 'malformed', message: `length ${len} at byte ${at} runs past the end of the ${end}-byte payload` };
        pos += len;
        break;
      }
      case 3:
        if (++depth > MAX_WIRE_DEPTH) return { kind: 'too-deep', message: `groups nested deeper than ${MAX_WIRE_DEPTH} levels` };
        groups.push(field);
        break;
      case 4:
        if (groups.pop() !== field) return { kind: 'malformed', message: `unmatched group end (field ${field}) at byte ${at}` };
        depth--;
        break;
      case 5:
        pos += 4;
        break;
      default:
        return { kind: 'malformed', message: `wire type ${wireType} at byte ${at} does not exist` };
    }
    if (pos > end) return { kind: 'malformed', message: `field at byte ${at} runs past the end` };
  }
  if (depth !== 0) return { kind: 'malformed', message: 'a group is not closed' };
  return null;
}
