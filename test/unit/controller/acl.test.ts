import { describe, expect, it } from 'vitest';
import { canConnect, canPublish, canSubscribe } from '../../../controller/broker/acl.js';

const P = 'edgefleet/v1';

describe('broker ACL (pure policy functions)', () => {
  it('a node publishes its own upstream topics only', () => {
    for (const kind of ['hello', 'state', 'telemetry', 'events', 'replies']) {
      expect(canPublish(P, 'n1', `${P}/nodes/n1/${kind}`)).toEqual({ allow: true });
    }
    expect(canPublish(P, 'n1', `${P}/nodes/n2/state`)).toMatchObject({ allow: false, reason: 'node n1 may not publish for node n2' });
    expect(canPublish(P, 'n1', `${P}/nodes/n1/desired`)).toMatchObject({ allow: false });
    expect(canPublish(P, 'n1', `${P}/nodes/n1/commands`)).toMatchObject({ allow: false });
    expect(canPublish(P, 'n1', 'other/topic')).toMatchObject({ allow: false });
    expect(canPublish(P, 'n1', `${P}/nodes/n1/state/extra`)).toMatchObject({ allow: false });
    expect(canPublish(P, 'n1', '$SYS/x')).toMatchObject({ allow: false });
  });

  it('a node subscribes only to its own desired and commands topics', () => {
    expect(canSubscribe(P, 'n1', `${P}/nodes/n1/desired`)).toEqual({ allow: true });
    expect(canSubscribe(P, 'n1', `${P}/nodes/n1/commands`)).toEqual({ allow: true });
    for (const f of [`${P}/nodes/n2/desired`, `${P}/nodes/+/desired`, `${P}/#`, '#', `${P}/nodes/n1/state`, '$SYS/#']) {
      expect(canSubscribe(P, 'n1', f)).toMatchObject({ allow: false });
    }
  });

  it('client ids must be valid node ids', () => {
    expect(canConnect('n1')).toEqual({ allow: true });
    for (const id of ['', 'N1', 'a/b', 'a+b', '#', '-x', 'x'.repeat(64)]) expect(canConnect(id)).toMatchObject({ allow: false });
  });
});
