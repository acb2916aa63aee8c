// The controller's view of the message bus: the embedded aedes today, an external broker (as an
// MQTT client) later. Handlers get raw bytes; decoding happens in the ingest layer.
export interface PublishOptions {
  qos: 0 | 1;
  retain: boolean;
}

export type BusHandler = (topic: string, payload: Buffer) => void;

export interface Bus {
  publish(topic: string, payload: Uint8Array, opts: PublishOptions): Promise<void>;
  subscribe(filter: string, handler: BusHandler): Promise<void>;
}
