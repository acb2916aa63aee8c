import { describe, expect, it } from 'vitest';
import { topicMatches } from '../../../controller/broker/topic-filter.js';

describe('topicMatches (MQTT 3.1.1 4.7)', () => {
  it.each([
    ['a/+/c', 'a/b/c', true],
    ['a/+/c', 'a/b/d', false],
    ['a/+/c', 'a/b/c/d', false],
    ['a/+', 'a', false],
    ['a/#', 'a', true],
    ['a/#', 'a/b/c', true],
    ['#', 'a/b', true],
    ['#', '$SYS/x', false],
    ['+/x', '$SYS/x', false],
    ['edgefleet/v1/nodes/+/state', 'edgefleet/v1/nodes/n1/state', true],
    ['edgefleet/v1/nodes/+/state', 'edgefleet/v1/nodes/n1/hello', false],
    ['a/b', 'a/b', true],
    ['a/b', 'a/b/', false],
  ])('%s matches %s: %s', (filter, topic, want) => {
    expect(topicMatches(filter, topic)).toBe(want);
  });
});
