// A node without an agent, for controller tests against the embedded broker or a real Mosquitto:
// a real mqtt.js client on the node's own topics that says hello, leaves the agent's Last Will
// (state online: false, retained) and collects the desired snapshots sent to it. And the few admin
// API calls those tests make (apply, a node's status), authenticated from the data dir.
import { connectAsync, type IClientOptions, type MqttClient } from 'mqtt';
import { decode, encode } from '../../proto/codec.js';
import { nodeTopic } from '../../proto/topics.js';
import type { DesiredState, NodeState } from '../../proto/types.js';
import { testNodeHello, testNodeState } from '../fixtures/wire-messages.js';
import { TEST_IMAGE } from './docker.js';
import { authedFetch } from './auth.js';

export const PREFIX = 'edgefleet/v1';

/** What the agent leaves as its Last Will: its state, offline. */
export function offlineState(nodeId: string): NodeState {
  return testNodeState(nodeId, { online: false, conditions: [], reportedAtMs: 1 });
}

/** A Workload manifest running `sleep <seconds>` with no network on every node labelled zone=<zone>. */
export function zoneSleeper(name: string, zone: string, seconds = 100): string {
  return `apiVersion: edgefleet.io/v1
kind: Workload
metadata: { name: ${name} }
spec:
  container: { image: ${TEST_IMAGE}, command: [sleep, "${seconds}"], network: none }
  placement: { mode: perNode, nodeSelector: { zone: ${zone} } }
`;
}

export interface NodeClient {
  id: string;
  client: MqttClient;
  /** The snapshots that arrived on the node's own desired topic, in order. */
  desired: DesiredState[];
  /** The topic of every message that arrived, in order. */
  topics: string[];
  /** Publishes a fresh node's hello (testNodeHello) labelled zone=<zone>. */
  hello(): Promise<void>;
}

export interface NodeClientOptions {
  zone: string;
  /** How to connect: credentials, TLS, client id; reconnectPeriod is 0 unless set here. */
  options: IClientOptions;
  /** Set the agent's Last Will (default true). */
  will?: boolean;
  /** Subscribe to the node's own desired topic on connect (default true). */
  subscribe?: boolean;
}

export async function connectNodeClient(url: string, id: string, o: NodeClientOptions): Promise<NodeClient> {
  const will = o.will ?? true;
  const client = await connectAsync(url, {
    reconnectPeriod: 0,
    ...o.options,
    ...(will ? { will: { topic: nodeTopic(PREFIX, id, 'state'), payload: Buffer.from(encode('state', offlineState(id))), qos: 1, retain: true } } : {}),
  });
  const desired: DesiredState[] = [];
  const topics: string[] = [];
  const ownDesired = nodeTopic(PREFIX, id, 'desired');
  client.on('message', (topic, payload) => {
    topics.push(topic);
    if (topic === ownDesired) desired.push(decode('desired', payload));
  });
  if (o.subscribe ?? true) await client.subscribeAsync(ownDesired, { qos: 1 });
  return {
    id,
    client,
    desired,
    topics,
    async hello() {
      await client.publishAsync(nodeTopic(PREFIX, id, 'hello'), Buffer.from(encode('hello', testNodeHello(id, { labels: { zone: o.zone } }))), { qos: 1 });
    },
  };
}

export interface ControllerApi {
  fetch(path: string, init?: RequestInit): Promise<Response>;
  /** POSTs manifests (YAML) to /api/v1/apply. */
  apply(yaml: string): Promise<Response>;
  /** The node's status in the node list, or undefined when it is not listed. */
  status(nodeId: string): Promise<string | undefined>;
}

/** The controller's admin API on 127.0.0.1; `where` is asked on every call (tests restart controllers). */
export function controllerApi(where: () => { dataDir: string; httpPort: number }): ControllerApi {
  const api: ControllerApi = {
    fetch: (path, init) => {
      const { dataDir, httpPort } = where();
      return authedFetch(dataDir)(`http://127.0.0.1:${httpPort}${path}`, init);
    },
    apply: (yaml) => api.fetch('/api/v1/apply', { method: 'POST', headers: { 'content-type': 'application/yaml' }, body: yaml }),
    async status(nodeId) {
      const body = (await (await api.fetch('/api/v1/nodes')).json()) as { items: { name: string; status: string }[] };
      return body.items.find((n) => n.name === nodeId)?.status;
    },
  };
  return api;
}
