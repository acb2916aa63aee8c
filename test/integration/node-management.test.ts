// Node management with a real controller and three real agents on the real Docker engine:
// operator labels win over the agent's, cordon keeps what runs but takes nothing new, drain moves
// replicated workloads elsewhere (respecting their rules) and removes perNode ones, uncordon
// restores scheduling; the operator's state is kept in SQLite.
import Database from 'better-sqlite3';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NodeChangeJson } from '../../controller/api/routes-nodes.js';
import { nodeCmd } from '../../controller/cli/placement.js';
import { NodeAdminState } from '../../controller/fleet/node-admin.js';
import { SqliteNodeAdminStore } from '../../controller/store/node-admin.js';
import { sleeper, startFleet, type TestFleet } from '../helpers/fleet.js';

interface NodeRow {
  name: string;
  status: string;
  labels: Record<string, string>;
}

describe('node management: real controller, three real agents, real Docker', () => {
  let f: TestFleet;
  let n1 = '';
  let n2 = '';
  let n3 = '';
  const node = async (id: string): Promise<NodeRow | undefined> =>
    (await f.api<{ items: NodeRow[] }>('GET', '/api/v1/nodes')).body.items.find((n) => n.name === id);
  const cli = async (action: string, name: string, ...args: string[]): Promise<{ code: number; text: string }> => {
    let text = '';
    const code = await nodeCmd(f.target, action, name, args, (s) => (text += s));
    return { code, text };
  };

  beforeAll(async () => {
    f = await startFleet('nodes', { n1: { zone: 'x' }, n2: { zone: 'x' }, n3: { zone: 'y' } });
    [n1, n2, n3] = [f.node('n1'), f.node('n2'), f.node('n3')];
  });
  afterAll(async () => {
    await f?.close();
  });

  it('operator labels sit on top of the agent labels, win over them, and steer placement', async () => {
    const r = await cli('label', n3, 'zone=x', 'role=edge');
    expect(r.code).toBe(0);
    expect(r.text).toContain(`node/${n3} labeled (status Online; labels role=edge*,zone=x*, * set by the operator)`);
    expect((await node(n3))?.labels).toEqual({ zone: 'x', role: 'edge' });

    await f.apply(sleeper('edge-only', '{replicas: 1, nodeSelector: {role: edge}}'));
    expect(await f.placed('edge-only')).toEqual([n3]);
    await f.waitRunning('edge-only', [n3]);

    // Removing the operator's labels brings the agent's zone=y back; role is gone, so is the workload.
    const back = await cli('label', n3, 'zone-', 'role-');
    expect(back.code).toBe(2);
    expect(back.text).toContain('workload/edge-only not fully placed: 0/1 replicas placed; 3 nodes: 3 did not match nodeSelector');
    expect((await node(n3))?.labels).toEqual({ zone: 'y' });
    await f.waitRunning('edge-only', []);
    await f.api('DELETE', '/api/v1/workloads/edge-only');

    const bad = await f.api<{ error: { code: string; message: string } }>('POST', `/api/v1/nodes/${n3}/labels`, { set: { 'bad key': 'v' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/set\["bad key"\]: .*not a valid label key/);
    expect((await f.api('POST', '/api/v1/nodes/no-such-node/cordon')).status).toBe(404);
  });

  it('cordon: existing placements stay, nothing new lands there', async () => {
    await f.apply(sleeper('web', '{replicas: 1, nodeSelector: {zone: x}}'));
    const [first] = await f.placed('web');
    const other = first === n1 ? n2 : n1;
    const r = await cli('cordon', first ?? '');
    expect(r.code).toBe(0);
    expect((await node(first ?? ''))?.status).toBe('Cordoned');
    expect(await f.placed('web')).toEqual([first]);

    const more = await f.apply(sleeper('web', '{replicas: 2, nodeSelector: {zone: x}}'));
    expect(more.unplaced).toEqual([]);
    expect(await f.placed('web')).toEqual([n1, n2]);
    const three = await f.apply(sleeper('web2', '{replicas: 2, nodeSelector: {zone: x}}'));
    expect(await f.placed('web2')).toEqual([other]);
    expect(three.unplaced.map((u) => u.message)).toEqual(['1/2 replicas placed; 3 nodes: 1 already runs this workload, 1 cordoned, 1 did not match nodeSelector']);
    await f.api('DELETE', '/api/v1/workloads/web2');
    await cli('uncordon', first ?? '');
    await f.api('DELETE', '/api/v1/workloads/web');
  });

  it('drain: replicated workloads move elsewhere within their rules, perNode ones are removed', async () => {
    await f.apply(sleeper('api', '{replicas: 1, nodeSelector: {zone: x}, preferences: [{weight: 10, key: zone, operator: In, values: [x]}]}'));
    await f.apply(sleeper('monitor', '{mode: perNode, nodeSelector: {zone: x}}'));
    const [from] = await f.placed('api');
    const to = from === n1 ? n2 : n1;
    await f.waitRunning('api', [from ?? '']);
    await f.waitRunning('monitor', [n1, n2]);

    const { body } = await f.api<NodeChangeJson>('POST', `/api/v1/nodes/${from}/drain`);
    expect(body.node).toMatchObject({ name: from, status: 'Draining', cordoned: true, draining: true });
    expect(body.changes.workloads).toEqual([
      expect.objectContaining({ name: 'api', outcome: 'affected', nodes: [to], added: [to], removed: [from] }),
      expect.objectContaining({ name: 'monitor', outcome: 'affected', nodes: [to], removed: [from] }),
    ]);
    expect(body.changes.unplaced).toEqual([]);
    await f.waitRunning('api', [to]);
    await f.waitRunning('monitor', [to]);

    // Nothing else may take the api replica: draining the other zone-x node leaves it unplaced.
    const stuck = await cli('drain', to);
    expect(stuck.code).toBe(2);
    expect(stuck.text).toContain('workload/api not fully placed: 0/1 replicas placed; 3 nodes: 2 draining, 1 did not match nodeSelector');

    await cli('uncordon', from ?? '');
    await cli('uncordon', to);
    expect((await node(to))?.status).toBe('Online');
    expect(await f.placed('api')).toHaveLength(1);
    expect(await f.placed('monitor')).toEqual([n1, n2]);
  });

  it('persists operator labels and cordon in SQLite, where a restarted controller reads them back', async () => {
    await cli('label', n2, 'rack=r7');
    await cli('cordon', n2);
    const db = new Database(join(dirname(f.controller.adminTokenFile), 'controller.db'), { readonly: true });
    try {
      expect(new NodeAdminState(new SqliteNodeAdminStore(db)).get(n2)).toEqual({ labels: { rack: 'r7' }, scheduling: 'cordoned' });
    } finally {
      db.close();
    }
    await cli('uncordon', n2);
  });
});
