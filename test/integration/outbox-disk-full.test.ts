// A full disk (a 256 KiB tmpfs, budget set larger than the disk): writes fail with ENOSPC, the
// outbox keeps running with a bounded buffer, acks still work (they free space), and once there
// is room every record that was not shed is written, in order; what was shed is counted.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Outbox, STREAMS, type Stream } from '../../agent/outbox/outbox.js';
import { memoryLogger, payload } from '../helpers/outbox-fixtures.js';

const root = process.getuid?.() === 0;
let mnt = '';
let box: Outbox | null = null;

describe.skipIf(!root)('outbox on a full disk', () => {
  beforeAll(() => {
    mnt = mkdtempSync(join(tmpdir(), 'outbox-full-'));
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', mnt]);
  });
  afterAll(() => {
    try {
      box?.close(); // a failed test leaves it open, and open files keep the mount busy
    } catch {
      // closing on a full disk may fail to flush; the mount goes anyway
    }
    execFileSync('umount', ['--lazy', mnt]);
    rmdirSync(mnt);
  });

  it('survives ENOSPC: bounded buffer, acks free space, nothing lost silently', () => {
    const dir = join(mnt, 'outbox');
    mkdirSync(dir);
    const logger = memoryLogger();
    const maxBytes = 1024 * 1024; // more than the disk holds: the disk fills first
    box = Outbox.open({ dir, maxBytes, segmentBytes: 16 * 1024, autoFlushBytes: 4096, logger });
    const ob = box;
    const appended: Record<Stream, number> = { telemetry: 0, events: 0 };
    const add = (n: number): void => {
      for (let i = 0; i < n; i++) {
        const s: Stream = i % 4 === 0 ? 'events' : 'telemetry';
        appended[s] = ob.append(s, 'boot', payload(`${s}-${appended[s] + 1}`, 400));
      }
    };
    let rounds = 0;
    while (ob.flush()) {
      add(50);
      expect(++rounds).toBeLessThan(100);
    }
    const failures = logger.entries.filter((e) => e.obj.code === 'EF_AGENT_OUTBOX_WRITE_FAILED');
    expect(failures.length).toBeGreaterThanOrEqual(1);
    expect(String((failures[0]!.obj.err as Error).message)).toMatch(/ENOSPC/);

    add(1200); // ~500 KB more while nothing can be written: the buffer must stay bounded (1/8 of maxBytes)
    expect(ob.stats().bytes).toBeLessThan(256 * 1024 + maxBytes / 8 + 4096 * 4);
    expect(logger.entries.filter((e) => e.obj.code === 'EF_AGENT_OUTBOX_WRITE_FAILED').length).toBeLessThanOrEqual(4); // once per streak, not per append

    const delivered: Record<Stream, number[]> = { telemetry: [], events: [] };
    const reported: Record<Stream, number> = { telemetry: 0, events: 0 };
    for (let guard = 0; guard < 10_000; guard++) {
      let any = false;
      for (const s of STREAMS) {
        const batch = ob.peek(s, 50, 64 * 1024);
        const last = batch[batch.length - 1];
        if (!last) continue;
        any = true;
        reported[s] += ob.pendingDropped(s, last.id);
        delivered[s].push(...batch.map((r) => r.id));
        ob.ack(s, last.id); // works on a full disk: the state file is rewritten in place
      }
      if (!any && ob.flush() && ob.stats().records.telemetry + ob.stats().records.events === 0) break;
    }
    expect(logger.entries.some((e) => e.msg.includes('writes work again'))).toBe(true);
    for (const s of STREAMS) {
      const ids = delivered[s];
      for (let i = 1; i < ids.length; i++) expect(ids[i]).toBeGreaterThan(ids[i - 1]!);
      expect(ids[ids.length - 1]).toBe(appended[s]); // the newest made it
      expect(ids.length + reported[s]).toBe(appended[s]); // every id delivered or reported dropped
    }
    expect(reported.telemetry).toBeGreaterThan(0); // shedding happened, telemetry first
    expect(reported.events).toBe(0);
    ob.close();
    box = null;
    Outbox.open({ dir, maxBytes }).close();
    console.log(JSON.stringify({ appended, delivered: { telemetry: delivered.telemetry.length, events: delivered.events.length }, shed: reported, writeFailuresLogged: logger.entries.filter((e) => e.obj.code === 'EF_AGENT_OUTBOX_WRITE_FAILED').length }));
  });
});
