import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Outbox } from '../../../agent/outbox/outbox.js';
import { emptyState, StateFile } from '../../../agent/outbox/state-file.js';
import { memoryLogger, payload, tempDir } from '../../helpers/outbox-fixtures.js';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

describe('outbox state file', () => {
  it('keeps the newest of two slots, written in place, so its size never changes', () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    let { file, state } = StateFile.open(dir);
    expect(state).toBeNull();
    for (let i = 1; i <= 5; i++) file.save({ ...emptyState(), events: { acked: i, reportedDropped: 2 * i } });
    file.close();
    expect(readFileSync(join(dir, 'outbox.state'))).toHaveLength(1024);
    ({ file, state } = StateFile.open(dir));
    expect(state?.events).toEqual({ acked: 5, reportedDropped: 10 });
    file.close();
  });

  it('falls back one ack when the last write was torn: a re-send, never a loss', () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    let box = Outbox.open({ dir, maxBytes: 1 << 20 });
    for (let i = 0; i < 10; i++) box.append('events', 'b', payload(`e${i}`));
    box.flush();
    box.ack('events', 5); // seq 1, slot 1
    box.ack('events', 8); // seq 2, slot 0
    box.close();
    const path = join(dir, 'outbox.state');
    const bytes = readFileSync(path);
    bytes.fill(0x41, 20, 60); // slot 0 torn mid-write
    writeFileSync(path, bytes);
    const logger = memoryLogger();
    box = Outbox.open({ dir, maxBytes: 1 << 20, logger });
    expect(box.peek('events', 100, 1e6).map((r) => r.id)).toEqual([6, 7, 8, 9, 10]);
    expect(logger.entries.filter((e) => e.level === 'error')).toEqual([]);
    box.close();
  });
});
