// Upstream ingest: every message from every node passes here. Decode (size-limited, validated),
// check that the payload's node matches its topic and that the node is known, then dispatch.
// Bad input is logged with a code and counted; it never throws out of a handler.
import type { Logger } from 'pino';
import { decode, isCodecError } from '../../proto/codec.js';
import { allNodesFilter, parseNodeTopic, UPSTREAM_KINDS, type UpstreamKind } from '../../proto/topics.js';
import type { EventBatch, Hello, NodeState, Reply, TelemetryBatch } from '../../proto/types.js';
import type { Bus } from '../broker/bus.js';

export interface IngestHandlers {
  isKnown(nodeId: string): boolean;
  hello(h: Hello): void;
  /** false when the node is unknown */
  state(s: NodeState): boolean;
  telemetry(b: TelemetryBatch): void;
  events(b: EventBatch): void;
  replies(nodeId: string, r: Reply): void;
}

export interface IngestCounters {
  accepted: Record<UpstreamKind, number>;
  rejected: Record<string, number>;
}

export function newCounters(): IngestCounters {
  return {
    accepted: { hello: 0, state: 0, telemetry: 0, events: 0, replies: 0 },
    rejected: {},
  };
}

export async function startIngest(
  bus: Bus,
  prefix: string,
  handlers: IngestHandlers,
  logger: Logger,
  counters: IngestCounters = newCounters(),
): Promise<IngestCounters> {
  const log = logger.child({ component: 'ingest' });
  const reject = (code: string, fields: Record<string, unknown>, msg: string): void => {
    counters.rejected[code] = (counters.rejected[code] ?? 0) + 1;
    log.warn({ code, ...fields }, msg);
  };

  for (const kind of UPSTREAM_KINDS) {
    await bus.subscribe(allNodesFilter(prefix, kind), (topic, payload) => {
      // An empty retained message is the broker's delete marker (`node rm` clears the node's
      // retained state with one), not a message from the node.
      if (payload.length === 0 && kind === 'state') return;
      const parsed = parseNodeTopic(prefix, topic);
      if (!parsed) return reject('EF_CTL_BAD_TOPIC', { topic: topic.slice(0, 200) }, 'message on a malformed topic dropped');
      const node = parsed.nodeId;
      let msg;
      try {
        msg = decode(kind, payload);
      } catch (err) {
        if (!isCodecError(err)) throw err;
        return reject(err.code, { node, kind, bytes: payload.length, err: err.message }, `rejected ${kind} from ${node}: ${err.message}`);
      }
      if ('nodeId' in msg && msg.nodeId !== node) {
        return reject(
          'EF_CTL_TOPIC_MISMATCH',
          { node, kind, payloadNode: msg.nodeId },
          `rejected ${kind} on ${node}'s topic: the payload says node ${msg.nodeId}`,
        );
      }
      if (kind !== 'hello' && !handlers.isKnown(node)) {
        return reject(
          'EF_CTL_UNKNOWN_NODE',
          { node, kind },
          `rejected ${kind} from unknown node ${node}: a node must send hello first`,
        );
      }
      counters.accepted[kind]++;
      dispatch(kind, node, msg, handlers);
    });
  }
  return counters;
}

function dispatch(kind: UpstreamKind, node: string, msg: unknown, h: IngestHandlers): void {
  // decode(kind) returned the type that belongs to `kind`; the casts restate that pairing.
  switch (kind) {
    case 'hello':
      return h.hello(msg as Hello);
    case 'state':
      h.state(msg as NodeState);
      return;
    case 'telemetry':
      return h.telemetry(msg as TelemetryBatch);
    case 'events':
      return h.events(msg as EventBatch);
    case 'replies':
      return h.replies(node, msg as Reply);
  }
}
