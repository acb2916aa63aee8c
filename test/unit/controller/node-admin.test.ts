// The operator's layer over nodes, against a real SQLite file (migration 002), and how the
// registry shows it: effective labels (operator wins), Cordoned and Draining status.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { NodeAdminState } from '../../../controller/fleet/node-admin.js';
import { FleetRegistry } from '../../../controller/fleet/registry.js';
import { SqliteNodeAdminStore } from '../../../controller/store/node-admin.js';
import { SqliteScaleStore } from '../../../controller/store/scale-store.js';
import { openSqliteStore, type SqliteStore } from '../../../controller/store/sqlite.js';
import { DEFAULT_SECURITY_POLICY } from '../../../proto/security.js';
import { testNodeHello } from '../../fixtures/wire-messages.js';
import type { Hello } from '../../../proto/types.js';

const hello = (nodeId: string, labels: Record<string, string>): Hello => testNodeHello(nodeId, { labels, bootId: 'b1' });

describe('node admin (real SQLite)', () => {
  let dir = '';
  let store: SqliteStore | undefined;
  afterEach(() => {
    store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  const open = (): SqliteStore => {
    dir ||= mkdtempSync(join(tmpdir(), 'ef-admin-'));
    store = openSqliteStore(dir, 1000);
    return store;
  };

  it('a changed security policy in a hello reschedules; equal policies share one object', () => {
    const s = open();
    const changes: string[] = [];
    const reg = new FleetRegistry(s, () => 5, (id, why) => changes.push(`${id}:${why}`), new NodeAdminState(new SqliteNodeAdminStore(s.database)));
    const strict = { ...DEFAULT_SECURITY_POLICY, allowedRegistries: [...DEFAULT_SECURITY_POLICY.allowedRegistries] };
    reg.onHello({ ...hello('n1', {}), securityPolicy: strict });
    reg.onHello({ ...hello('n2', {}), securityPolicy: JSON.parse(JSON.stringify(strict)) as typeof strict });
    expect(reg.get('n1')?.hello?.securityPolicy).toBe(reg.get('n2')?.hello?.securityPolicy);
    reg.onHello({ ...hello('n1', {}), securityPolicy: strict });
    expect(changes).toEqual(['n1:new-node', 'n2:new-node']);
    reg.onHello({ ...hello('n1', {}), securityPolicy: { ...strict, allowPrivileged: true } });
    expect(changes).toEqual(['n1:new-node', 'n2:new-node', 'n1:security-policy']);
    s.close();
  });

  it('lays operator labels over the agent labels and shows Cordoned and Draining, persisted', () => {
    const s = open();
    const changes: string[] = [];
    const reg = new FleetRegistry(s, () => 5, (id, why) => changes.push(`${id}:${why}`), new NodeAdminState(new SqliteNodeAdminStore(s.database)));
    reg.onHello(hello('n1', { zone: 'a', site: 'x' }));
    expect(reg.updateLabels('n1', { zone: 'b', rack: '7' }, ['site'])).toBe(true);
    expect(reg.updateLabels('ghost', { a: 'b' }, [])).toBe(false);
    expect(reg.get('n1')).toMatchObject({ labels: { zone: 'b', site: 'x', rack: '7' }, operatorLabels: { zone: 'b', rack: '7' }, status: 'Online' });

    reg.setScheduling('n1', 'cordoned');
    expect(reg.get('n1')).toMatchObject({ status: 'Cordoned', cordoned: true, draining: false });
    reg.setScheduling('n1', 'draining');
    expect(reg.get('n1')).toMatchObject({ status: 'Draining', cordoned: true, draining: true });

    // A new registry on the same file (a restarted controller, after the old one closed) reads it all back.
    reg.close();
    const again = new FleetRegistry(s, () => 6, () => undefined, new NodeAdminState(new SqliteNodeAdminStore(s.database)));
    expect(again.get('n1')).toMatchObject({ status: 'Offline', draining: true, labels: { zone: 'b', site: 'x', rack: '7' } });
    again.setScheduling('n1', null);
    again.updateLabels('n1', {}, ['zone']);
    expect(new SqliteNodeAdminStore(s.database).list().get('n1')).toEqual({ labels: { rack: '7' }, scheduling: null });
    expect(changes).toEqual(['n1:new-node']);
  });

  it('keeps autoscaled counts per workload incarnation', () => {
    const s = open();
    const scale = new SqliteScaleStore(s.database);
    scale.put({ workload: 'web', workloadCreatedMs: 100, replicas: 4, changedAtMs: 500, reason: 'cpu' });
    expect(scale.get('web', 100)).toEqual({ workload: 'web', workloadCreatedMs: 100, replicas: 4, changedAtMs: 500, reason: 'cpu' });
    // Deleted and re-created: a new creation time, so the old count does not apply.
    expect(scale.get('web', 200)).toBeUndefined();
  });
});
