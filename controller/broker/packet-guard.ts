// Refuses an oversized MQTT packet from its fixed header, before the broker buffers its body:
// aedes' parser (mqtt-packet) accepts up to 256 MiB per packet and holds it all in memory until
// it is complete, so one client announcing a huge PUBLISH could make the controller buffer it.
// The guard reads only packet boundaries (one header byte, up to four length bytes, then skips
// the body), as a passive 'data' listener: aedes reads with 'readable', and Node emits 'data'
// for every chunk aedes reads, before aedes parses it.
import type { Socket } from 'node:net';

/** The largest message on the wire is 1 MiB (proto/codec.ts MAX_BYTES); topic and headers on top. */
export const MAX_MQTT_PACKET_BYTES = 1024 * 1024 + 64 * 1024;

export interface PacketGuard {
  /** Feeds one chunk; returns the announced size of the first oversized packet, or null. */
  push(chunk: Uint8Array): number | null;
}

export function packetGuard(maxBytes = MAX_MQTT_PACKET_BYTES): PacketGuard {
  let state: 'header' | 'length' | 'body' = 'header';
  let length = 0;
  let mul = 1;
  let lengthBytes = 0;
  let remaining = 0;
  return {
    push(chunk) {
      let i = 0;
      while (i < chunk.length) {
        if (state === 'body') {
          const take = Math.min(remaining, chunk.length - i);
          remaining -= take;
          i += take;
          if (remaining === 0) state = 'header';
          continue;
        }
        const b = chunk[i++] as number;
        if (state === 'header') {
          state = 'length';
          length = 0;
          mul = 1;
          lengthBytes = 0;
          continue;
        }
        length += (b & 0x7f) * mul;
        mul *= 128;
        lengthBytes++;
        if (b < 0x80 || lengthBytes === 4) {
          if (length > maxBytes) return length;
          // A fifth length byte is malformed: mqtt-packet refuses it, the guard need not.
          remaining = length;
          state = remaining === 0 ? 'header' : 'body';
        }
      }
      return null;
    },
  };
}

/** Destroys `socket` as soon as it announces a packet over `maxBytes`; `onRefused` is told why. */
export function guardSocket(socket: Socket, onRefused: (announcedBytes: number) => void, maxBytes = MAX_MQTT_PACKET_BYTES): void {
  const guard = packetGuard(maxBytes);
  const onData = (chunk: Buffer): void => {
    const over = guard.push(chunk);
    if (over === null) return;
    socket.off('data', onData);
    onRefused(over);
    socket.destroy();
  };
  socket.on('data', onData);
}
