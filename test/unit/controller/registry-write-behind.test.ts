// The registry writes node rows behind (real SQLite file): a node first seen is written at once,
// later changes coalesce per node and go to the store in one flush; reads always see the latest
// state; `node rm` drops a pending write; close() writes what is pending.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FleetRegistry } from '../../../controller/fleet/registry.js';
import { openSqliteStore, type SqliteStore } from '../../../controller/store/sqlite.js';
import type { StoredNode } from '../../../controller/store/store.js';
import type { Hello, NodeState } from '../../../proto/types.js';
import { testNodeHello, testNodeState } from '../../fixtures/wire-messages.js';

const hello = (nodeId: string, labels: Record<string, string> = {}): Hello => testNodeHello(nodeId, { labels, arch: 'arm64', bootId: 'b1', startedAtMs: 1 });

const state = (nodeId: string, generation: number, online = true): NodeState =>
  testNodeState(nodeId, { bootId: 'b1', online, appliedEpoch: 7, appliedGeneration: generation, conditions: [], reportedAtMs: generation });

describe('node registry write-behind (real SQLite)', () => {
  let dir = '';
  let store: SqliteStore | undefined;
  afterEach(() => {
    store?.close();
    store = undefined;
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = '';
  });
  const open = (): SqliteStore => {
    dir = mkdtempSync(join(tmpdir(), 'ef-wb-'));
    store = openSqliteStore(dir, 1000);
    return store;
  };
  const stored = (s: SqliteStore, id: string): StoredNode | undefined => s.listNodes().find((n) => n.id === id);
  // A long interval: only explicit flushes write in these tests.
  const registry = (s: SqliteStore, now: () => number): FleetRegistry => new FleetRegistry(s, now, () => undefined, undefined, { persistIntervalMs: 3_600_000 });

  it('writes a new node at once and coalesces later changes into one flush; reads see the latest', () => {
    const s = open();
    let t = 100;
    const reg = registry(s, () => t);
    reg.onHello(hello('n1', { zone: 'a' }));
    expect(stored(s, 'n1')).toMatchObject({ online: true, lastSeenMs: 100, state: null });
    expect(reg.pendingWrites()).toBe(0);

    for (let g = 1; g <= 5; g++) {
      t = 100 + g;
      reg.onState(state('n1', g));
    }
    // Nothing written yet, but the registry answers with the newest state.
    expect(stored(s, 'n1')).toMatchObject({ state: null, lastSeenMs: 100 });
    expect(reg.get('n1')).toMatchObject({ state: { appliedGeneration: 5 }, lastSeenMs: 105 });
    expect(reg.summary().applied).toEqual([{ epoch: 7, generation: 5, nodes: 1 }]);
    expect(reg.pendingWrites()).toBe(1);

    expect(reg.flush()).toBe(1);
    expect(stored(s, 'n1')).toMatchObject({ state: { appliedGeneration: 5 }, lastSeenMs: 105, online: true, firstSeenMs: 100 });
    expect(reg.flush()).toBe(0);
  });

  it('close() writes what is pending, so a restarted controller reads the last state back', () => {
    const s = open();
    const reg = registry(s, () => 200);
    reg.onHello(hello('n1'));
    reg.onHello(hello('n1', { zone: 'b' })); // a reconnect with new labels: written behind
    reg.onState(state('n1', 3, false)); // the Last Will
    expect(stored(s, 'n1')?.hello?.labels).toEqual({});
    reg.close();
    const again = registry(s, () => 300);
    expect(again.get('n1')).toMatchObject({ status: 'Offline', labels: { zone: 'b' }, state: { appliedGeneration: 3, online: false } });
  });

  it('node rm drops the pending write, so a later flush does not bring the row back', () => {
    const s = open();
    const reg = registry(s, () => 5);
    reg.onHello(hello('n1'));
    reg.onHello(hello('n2'));
    reg.onState(state('n1', 1));
    reg.onState(state('n2', 1));
    expect(reg.remove('n1')).toBe(true);
    expect(reg.flush()).toBe(1);
    expect(s.listNodes().map((n) => n.id)).toEqual(['n2']);
  });

  it('a failed flush keeps the rows pending and throws; the next flush writes them', () => {
    const s = open();
    const reg = registry(s, () => 5);
    reg.onHello(hello('n1'));
    reg.onState(state('n1', 4));
    const real = s.upsertNodes.bind(s);
    s.upsertNodes = () => {
      throw new Error('disk full');
    };
    expect(() => reg.flush()).toThrow('disk full');
    expect(reg.pendingWrites()).toBe(1);
    s.upsertNodes = real;
    expect(reg.flush()).toBe(1);
    expect(stored(s, 'n1')?.state?.appliedGeneration).toBe(4);
  });

  it('flushes on its own after the interval (the timer path)', async () => {
    const s = open();
    const errors: unknown[] = [];
    const reg = new FleetRegistry(s, () => 9, () => undefined, undefined, { persistIntervalMs: 1, onPersistError: (e) => errors.push(e) });
    reg.onHello(hello('n1'));
    reg.onState(state('n1', 2));
    // Level, not timing: wait until the row is there (the test runner's timeout bounds it).
    while (stored(s, 'n1')?.state?.appliedGeneration !== 2) await new Promise((r) => setTimeout(r, 5));
    expect(reg.pendingWrites()).toBe(0);
    expect(errors).toEqual([]);
  });
});
