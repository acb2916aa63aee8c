// Everything the agent tells the controller that must not be lost (telemetry samples, events)
// goes through the durable outbox: appended and fsynced here, sent in order in batches at QoS 1
// by the OutboxSender, and deleted only after the broker's PUBACK.
// Wire seq: per boot and stream, from 1, stored inside the record (the outbox id is only the
// local order and ack key). (boot id, seq) identifies a sample at the controller; a gap is a
// sample the outbox thinned or dropped, and the batch's `dropped` says so too.
// The node's state is not queued: it is a retained "latest", re-sent fresh on every reconnect.
import type { Logger } from 'pino';
import { encode, items } from '../../proto/codec.js';
import type { EdgeEvent, TelemetrySample } from '../../proto/types.js';
import type { Outbox, OutboxRecord, Stream } from '../outbox/outbox.js';
import { OutboxSender } from '../outbox/sender.js';

export interface UplinkLink {
  readonly connected: boolean;
  publish(kind: 'telemetry' | 'events', payload: Uint8Array): Promise<void>;
}

export class Uplink {
  private readonly sender: OutboxSender;
  private readonly seq = { telemetry: 0, events: 0 };

  constructor(
    private readonly outbox: Outbox,
    private readonly link: UplinkLink,
    private readonly nodeId: string,
    private readonly logger: Logger,
  ) {
    this.sender = new OutboxSender({
      outbox,
      publish: (stream, records, dropped) => this.publishBatch(stream, records, dropped),
      logger: logger.child({ component: 'outbox' }),
    });
  }

  sample(bootId: string, s: Omit<TelemetrySample, 'seq'>): void {
    this.outbox.append('telemetry', bootId, items.encodeSample({ ...s, seq: ++this.seq.telemetry }));
    this.outbox.flush();
    if (this.link.connected) this.sender.kick();
  }

  event(bootId: string, e: Omit<EdgeEvent, 'seq'>): void {
    this.outbox.append('events', bootId, items.encodeEvent({ ...e, seq: ++this.seq.events }));
    this.outbox.flush();
    if (this.link.connected) this.sender.kick();
  }

  /** On (re)connect: replay the backlog now, in order, rate-limited by the sender. */
  connected(): void {
    this.sender.kick({ resetBackoff: true });
  }

  stats(): ReturnType<Outbox['stats']> {
    return this.outbox.stats();
  }

  async idle(): Promise<void> {
    await this.sender.idle();
  }

  async close(): Promise<void> {
    await this.sender.stop();
    this.outbox.close();
  }

  private async publishBatch(stream: Stream, records: OutboxRecord[], dropped: number): Promise<void> {
    if (!this.link.connected) throw new Error('link is down');
    const bootId = records[0]?.bootId ?? '';
    if (stream === 'telemetry') {
      const samples = records.map((r) => items.decodeSample(r.payload));
      // What is still queued (this batch included) lets the controller see a fleet catching up.
      const st = this.outbox.stats();
      const outboxBacklog = st.records.telemetry + st.records.events;
      await this.link.publish('telemetry', encode('telemetry', { nodeId: this.nodeId, bootId, samples, dropped, outboxBacklog }));
    } else {
      const events = records.map((r) => items.decodeEvent(r.payload));
      await this.link.publish('events', encode('events', { nodeId: this.nodeId, bootId, events, dropped }));
    }
    this.logger.debug({ stream, records: records.length, upTo: records[records.length - 1]?.id, dropped }, 'batch acknowledged');
  }
}
