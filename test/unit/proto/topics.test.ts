import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PREFIX,
  DOWNSTREAM_KINDS,
  TOPIC_KINDS,
  UPSTREAM_KINDS,
  allNodesFilter,
  isValidNodeId,
  isValidPrefix,
  nodeTopic,
  parseNodeTopic,
} from '../../../proto/topics.js';

const P = DEFAULT_PREFIX;

describe('node topics', () => {
  it.each(TOPIC_KINDS)('nodeTopic and parseNodeTopic round-trip the %s kind', (kind) => {
    for (const nodeId of ['n1', 'pi-kitchen-01', 'a', 'x.y_z-9', 'a'.repeat(63)]) {
      const topic = nodeTopic(P, nodeId, kind);
      expect(topic).toBe(`edgefleet/v1/nodes/${nodeId}/${kind}`);
      expect(parseNodeTopic(P, topic)).toEqual({ nodeId, kind });
    }
  });

  it('round-trips under a custom multi-level prefix', () => {
    expect(parseNodeTopic('acme/site-3/ef', nodeTopic('acme/site-3/ef', 'n1', 'desired'))).toEqual({
      nodeId: 'n1',
      kind: 'desired',
    });
  });

  it('every kind is either upstream or downstream, never both', () => {
    expect([...UPSTREAM_KINDS, ...DOWNSTREAM_KINDS].sort()).toEqual([...TOPIC_KINDS].sort());
    expect(UPSTREAM_KINDS.filter((k) => (DOWNSTREAM_KINDS as readonly string[]).includes(k))).toEqual([]);
  });

  it('allNodesFilter is a single-level wildcard on the node level', () => {
    expect(allNodesFilter(P, 'state')).toBe('edgefleet/v1/nodes/+/state');
  });

  it.each([
    ['wrong prefix', 'other/v1/nodes/n1/state'],
    ['prefix that only starts the same', 'edgefleet/v10/nodes/n1/state'],
    ['missing nodes level', 'edgefleet/v1/n1/state'],
    ['extra trailing level', 'edgefleet/v1/nodes/n1/state/extra'],
    ['trailing slash', 'edgefleet/v1/nodes/n1/state/'],
    ['missing kind', 'edgefleet/v1/nodes/n1'],
    ['empty node level', 'edgefleet/v1/nodes//state'],
    ['single-level wildcard as node', 'edgefleet/v1/nodes/+/state'],
    ['multi-level wildcard as node', 'edgefleet/v1/nodes/#'],
    ['wildcard as kind', 'edgefleet/v1/nodes/n1/+'],
    ['upper-case node id', 'edgefleet/v1/nodes/N1/state'],
    ['node id starting with a dash', 'edgefleet/v1/nodes/-n1/state'],
    ['node id ending with a dot', 'edgefleet/v1/nodes/n1./state'],
    ['64-char node id', `edgefleet/v1/nodes/${'a'.repeat(64)}/state`],
    ['unknown kind', 'edgefleet/v1/nodes/n1/status'],
    ['kind in the wrong case', 'edgefleet/v1/nodes/n1/State'],
    ['kind that is an Object.prototype key', 'edgefleet/v1/nodes/n1/constructor'],
  ])('parseNodeTopic rejects a %s', (_why, topic) => {
    expect(parseNodeTopic(P, topic)).toBeNull();
  });
});

describe('node ids', () => {
  it.each(['n1', '0', 'a.b', 'a_b', 'a-b', 'rpi4-kitchen.lan', 'a'.repeat(63)])('accepts %s', (id) => {
    expect(isValidNodeId(id)).toBe(true);
  });

  it.each(['', 'A', 'n 1', 'n/1', 'n+', 'n#', '-n', 'n-', '.n', 'n.', 'ünï', 'a'.repeat(64), 'n1\n'])(
    'rejects %j',
    (id) => {
      expect(isValidNodeId(id)).toBe(false);
    },
  );
});

describe('prefixes', () => {
  it.each(['edgefleet/v1', 'a', 'acme/site-3/ef'])('accepts %s', (prefix) => {
    expect(isValidPrefix(prefix)).toBe(true);
  });

  it.each(['', '/edgefleet', 'edgefleet/', 'a//b', 'a/+/b', 'a/#', '$SYS/x', 'a\0b', 'x'.repeat(129)])(
    'rejects %j',
    (prefix) => {
      expect(isValidPrefix(prefix)).toBe(false);
    },
  );
});
