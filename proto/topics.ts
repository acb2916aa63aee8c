// MQTT topic names, one place. Layout: {prefix}/nodes/{node}/{kind}; the kind fixes the message
// type (proto/types.ts MessageByKind).
import type { TopicKind } from './types.js';

export const DEFAULT_PREFIX = 'edgefleet/v1';

export const UPSTREAM_KINDS = ['hello', 'state', 'telemetry', 'events', 'replies'] as const;
export const DOWNSTREAM_KINDS = ['desired', 'commands'] as const;
export const TOPIC_KINDS: readonly TopicKind[] = [...UPSTREAM_KINDS, ...DOWNSTREAM_KINDS];

export type UpstreamKind = (typeof UPSTREAM_KINDS)[number];
export type DownstreamKind = (typeof DOWNSTREAM_KINDS)[number];

/** Node ids are also topic levels and container-name parts: keep them boring. */
export const NODE_ID_PATTERN = /^[a-z0-9]([a-z0-9._-]{0,61}[a-z0-9])?$/;

export function isValidNodeId(id: string): boolean {
  return NODE_ID_PATTERN.test(id);
}

export function nodeTopic(prefix: string, nodeId: string, kind: TopicKind): string {
  return `${prefix}/nodes/${nodeId}/${kind}`;
}

/** Subscription filter for one kind across all nodes (the controller's ingest). */
export function allNodesFilter(prefix: string, kind: TopicKind): string {
  return `${prefix}/nodes/+/${kind}`;
}

export interface ParsedTopic {
  nodeId: string;
  kind: TopicKind;
}

/** Parses `{prefix}/nodes/{node}/{kind}`; null for anything else, including invalid node ids. */
export function parseNodeTopic(prefix: string, topic: string): ParsedTopic | null {
  const head = `${prefix}/nodes/`;
  if (!topic.startsWith(head)) return null;
  const rest = topic.slice(head.length).split('/');
  if (rest.length !== 2) return null;
  const [nodeId, kind] = rest as [string, string];
  if (!isValidNodeId(nodeId)) return null;
  if (!(TOPIC_KINDS as readonly string[]).includes(kind)) return null;
  return { nodeId, kind: kind as TopicKind };
}

/** A prefix is a plain topic path: no wildcards, no empty levels, no leading or trailing slash. */
export function isValidPrefix(prefix: string): boolean {
  return (
    prefix.length > 0 &&
    prefix.length <= 128 &&
    !/[#+\0]/.test(prefix) &&
    !prefix.startsWith('/') &&
    !prefix.endsWith('/') &&
    !prefix.includes('//') &&
    !prefix.startsWith('$')
  );
}
