// Counts what the controller publishes, by topic kind (the topic's last level: desired, commands),
// around whichever Bus carries it (the embedded aedes or an external broker).
import type { Bus } from '../broker/bus.js';

export function meteredBus(bus: Bus, sent: (kind: string) => void): Bus {
  return {
    async publish(topic, payload, opts) {
      await bus.publish(topic, payload, opts);
      sent(topic.slice(topic.lastIndexOf('/') + 1));
    },
    subscribe: (filter, handler) => bus.subscribe(filter, handler),
  };
}
