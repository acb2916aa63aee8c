// Update gates (maintenance window, update lock), the holder that keeps a held desired state on
// disk, and the node policy on the wire (structured rules round-trip, bad policies rejected).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { UpdateHolder } from '../../../agent/gates/holder.js';
import { updateGate } from '../../../agent/gates/update-gate.js';
import { decode, encode, isCodecError } from '../../../proto/codec.js';
import { insideWindows, parseMaintenanceWindow } from '../../../proto/policy.js';
import type { DesiredState, NodePolicy } from '../../../proto/types.js';

const at = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));

describe('maintenance window', () => {
  it('parses HH:MM-HH:MM lists, spans midnight, end excluded; bad text is reported', () => {
    const w = parseMaintenanceWindow('02:00-04:30, 22:00-01:00');
    if (typeof w === 'string') throw new Error(w);
    expect(['02:00', '04:29', '22:00', '00:59'].map((t) => insideWindows(w, at(t)))).toEqual([true, true, true, true]);
    expect(['04:30', '12:00', '01:00', '21:59'].map((t) => insideWindows(w, at(t)))).toEqual([false, false, false, false]);
    expect(parseMaintenanceWindow('')).toEqual([]);
    expect(parseMaintenanceWindow('2:00-4:00')).toMatch(/not HH:MM-HH:MM/);
    expect(parseMaintenanceWindow('24:00-01:00')).toMatch(/not HH:MM-HH:MM/);
  });

  it('the gate holds for a lock first, then for the window', () => {
    expect(updateGate({ window: '', minuteOfDay: 0, locks: [] })).toEqual({ hold: false });
    expect(updateGate({ window: '02:00-03:00', minuteOfDay: at('12:00'), locks: ['db', 'app'] })).toEqual({ hold: true, reason: 'LockHeld', message: 'update lock held by app, db' });
    expect(updateGate({ window: '02:00-03:00', minuteOfDay: at('12:00'), locks: [] })).toMatchObject({ hold: true, reason: 'OutsideWindow' });
    expect(updateGate({ window: '02:00-03:00', minuteOfDay: at('02:30'), locks: [] })).toEqual({ hold: false });
  });
});

const policy = (over: Partial<NodePolicy> = {}): NodePolicy => ({ evictMemoryPercent: 0, evictDiskPercent: 0, restartBackoffMaxMs: 0, rules: [], ...over });
const desired = (generation: number, p: NodePolicy = policy()): DesiredState => ({
  nodeId: 'n1',
  controllerEpoch: 1,
  generation,
  workloads: [],
  policy: p,
  telemetryIntervalMs: 1000,
  issuedAtMs: 0,
});

describe('UpdateHolder', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('holds while a lock file exists, keeps the new state on disk across a restart, releases and journals', () => {
    dir = mkdtempSync(join(tmpdir(), 'ef-gate-'));
    const events: string[] = [];
    const deps = { stateDir: dir, now: () => 1000, emit: (type: string, _w: string, msg: string) => events.push(`${type}: ${msg}`) };
    const holder = new UpdateHolder(deps);
    expect(holder.offer(null, desired(1))).toBe(true); // nothing in force: never held
    writeFileSync(join(dir, 'locks', 'app.lock'), '');
    expect(holder.offer(desired(1), desired(2))).toBe(false);
    expect(holder.condition()).toMatchObject({ type: 'UpdateHeld', status: true, reason: 'LockHeld' });
    expect(holder.check(desired(1))).toBeNull();
    // A restart: the held snapshot comes back from disk and is still held.
    const again = new UpdateHolder(deps);
    expect(again.resume(desired(1))).toBeNull();
    expect(again.holding()?.generation).toBe(2);
    rmSync(join(dir, 'locks', 'app.lock'));
    expect(again.check(desired(1))?.generation).toBe(2);
    expect(again.condition()).toMatchObject({ status: false, reason: 'NotHeld' });
    expect(new UpdateHolder(deps).resume(desired(1))).toBeNull(); // released: gone from disk
    expect(events).toEqual([
      'UpdateHeld: holding desired generation 2: update lock held by app',
      'UpdateHeld: holding desired generation 2: update lock held by app',
      'UpdateReleased: applying desired generation 2 after holding it 0s (update lock held by app)',
    ]);
  });

  it('outside the window of the state in force: held; the new state cannot open its own gate', () => {
    dir = mkdtempSync(join(tmpdir(), 'ef-gate-'));
    const holder = new UpdateHolder({ stateDir: dir, now: () => 0, emit: () => undefined, minuteOfDay: () => at('12:00') });
    const current = desired(1, policy({ maintenanceWindow: '02:00-03:00' }));
    expect(holder.offer(current, desired(2, policy()))).toBe(false);
    expect(holder.condition()).toMatchObject({ reason: 'OutsideWindow' });
  });
});

describe('node policy on the wire', () => {
  it('structured rules and the maintenance window round-trip', () => {
    const p = policy({
      maintenanceWindow: '02:00-04:00',
      rules: [
        {
          name: 'mem',
          when: '',
          then: '',
          until: '',
          forMs: 30_000,
          condition: { metric: 'memory_percent', op: 'gt', value: 90.5 },
          action: { kind: 'cap_cpu_below_priority', priority: 5, cpuMillis: 250 },
          clear: { metric: 'memory_percent', op: 'lt', value: 80 },
          clearForMs: 60_000,
        },
        { name: 'fallback', when: '', then: '', until: '', forMs: 0, condition: { metric: 'link_offline_s', op: 'gt', value: 300 }, action: { kind: 'start_workload', workload: 'cam' } },
        { name: 'old', when: 'offline', forMs: 1, then: 'stop:x', until: 'online' },
      ],
    });
    expect(decode('desired', encode('desired', desired(3, p))).policy).toEqual(p);
  });

  it('bad policies are rejected with a clear error', () => {
    const bad = (p: NodePolicy): string => {
      try {
        decode('desired', encode('desired', desired(1, p)));
        return 'accepted';
      } catch (err) {
        return isCodecError(err) ? err.message : String(err);
      }
    };
    expect(bad(policy({ maintenanceWindow: 'nightly' }))).toMatch(/maintenanceWindow: maintenance window "nightly" is not HH:MM-HH:MM/);
    expect(bad(policy({ evictMemoryPercent: 120 }))).toMatch(/evictMemoryPercent must be 0..100/);
    const r = { when: '', then: '', until: '', forMs: 0 };
    expect(bad(policy({ rules: [{ ...r, name: 'a' }, { ...r, name: 'a' }] }))).toMatch(/rules\[1\].name "a" appears twice/);
    expect(bad(policy({ rules: [{ ...r, name: 'a', action: { kind: 'start_workload', workload: '' } }] }))).toMatch(/action.workload is empty/);
  });
});
