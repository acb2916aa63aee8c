// Exact-topic lookup of retained messages for aedes' in-memory persistence. On every SUBSCRIBE
// aedes asks the persistence for the retained messages matching the filters, and the memory
// persistence (aedes-persistence 11) tests every retained topic against each filter. A fleet holds
// two retained messages per node (desired and state), so 10,000 nodes reconnecting made 10,000 x
// 20,000 topic tests: the connect storm's largest cost, growing with the square of the fleet.
// Agents subscribe to exact topics, so those are answered from a Map here; any filter with a
// wildcard, or a shared subscription, still goes to the persistence's own scan. The persistence
// remains the store of record: this keeps shallow copies (the payload Buffer is shared).
import { Readable } from 'node:stream';

export interface RetainedPacket {
  topic: string;
  payload: Buffer | string;
}

/** The two methods of the aedes persistence interface this wraps. */
export interface RetainedPersistence {
  storeRetained(packet: RetainedPacket): Promise<void>;
  createRetainedStreamCombi(patterns: string[]): Readable;
}

function isExact(filter: string): boolean {
  return !filter.includes('+') && !filter.includes('#') && !filter.startsWith('$share/');
}

/** Wraps `p` in place; returns how many topics the index holds (for tests). */
export function indexRetained(p: RetainedPersistence): () => number {
  const byTopic = new Map<string, RetainedPacket>();
  const store = p.storeRetained.bind(p);
  const scan = p.createRetainedStreamCombi.bind(p);
  p.storeRetained = async (packet) => {
    await store(packet);
    // Same rule as the persistence: an empty retained payload deletes the topic's message.
    if (packet.payload.length === 0) byTopic.delete(packet.topic);
    else byTopic.set(packet.topic, { ...packet });
  };
  p.createRetainedStreamCombi = (patterns) => {
    if (!patterns.every(isExact)) return scan(patterns);
    const found: RetainedPacket[] = [];
    for (const t of patterns) {
      const m = byTopic.get(t);
      if (m) found.push(m);
    }
    return Readable.from(found);
  };
  return () => byTopic.size;
}
