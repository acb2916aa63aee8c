// Broker authorization as small pure functions (deny by default), wrapped once into aedes hooks
// in embedded.ts. A node may publish only its own upstream topics and subscribe only to its own
// desired and commands topics. Internal publishes (the controller itself) never reach these.
import { DOWNSTREAM_KINDS, UPSTREAM_KINDS, isValidNodeId, nodeTopic, parseNodeTopic } from '../../proto/topics.js';

export type Decision = { allow: true } | { allow: false; reason: string };

const allow: Decision = { allow: true };
const deny = (reason: string): Decision => ({ allow: false, reason });

export function canConnect(clientId: string): Decision {
  if (!isValidNodeId(clientId)) return deny(`client id ${JSON.stringify(clientId.slice(0, 80))} is not a valid node id`);
  return allow;
}

export function canPublish(prefix: string, clientId: string, topic: string): Decision {
  const parsed = parseNodeTopic(prefix, topic);
  if (!parsed) return deny(`topic ${JSON.stringify(topic.slice(0, 200))} is not an edgefleet node topic`);
  if (parsed.nodeId !== clientId) return deny(`node ${clientId} may not publish for node ${parsed.nodeId}`);
  if (!(UPSTREAM_KINDS as readonly string[]).includes(parsed.kind)) {
    return deny(`node ${clientId} may not publish to its ${parsed.kind} topic`);
  }
  return allow;
}

export function canSubscribe(prefix: string, clientId: string, filter: string): Decision {
  for (const kind of DOWNSTREAM_KINDS) {
    if (filter === nodeTopic(prefix, clientId, kind)) return allow;
  }
  return deny(`node ${clientId} may not subscribe to ${JSON.stringify(filter.slice(0, 200))}`);
}
