// Recovery: a crash mid-write leaves a partial record at the end of the newest segment; disk
// corruption leaves bad bytes anywhere. Opening always succeeds and keeps every whole record
// before the damage.
import { copyFileSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Outbox } from '../../../agent/outbox/outbox.js';
import { DATA_OVERHEAD } from '../../../agent/outbox/record.js';
import { memoryLogger, payload, tempDir, text } from '../../helpers/outbox-fixtures.js';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function dirWith(records: string[], segmentBytes = 64 * 1024): { dir: string; segFiles: () => string[] } {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  const box = Outbox.open({ dir, maxBytes: 1024 * 1024, segmentBytes });
  for (const r of records) box.append('events', 'boot-1', payload(r));
  box.close();
  const segFiles = (): string[] => readdirSync(join(dir, 'events')).sort().map((f) => join(dir, 'events', f));
  return { dir, segFiles };
}

const open = (dir: string, logger = memoryLogger()): Outbox => Outbox.open({ dir, maxBytes: 1024 * 1024, segmentBytes: 64 * 1024, logger });
const held = (box: Outbox): string[] => box.peek('events', 1e6, 1e9).map((r) => text(r.payload));
const cuts = (logger: ReturnType<typeof memoryLogger>): number => logger.entries.filter((e) => e.level === 'warn' && e.msg.includes('torn tail')).length;

describe('outbox recovery', () => {
  const names = ['alpha', 'bravo', 'charlie', 'delta', 'echo-is-the-last-one'];

  it('recovers to the last whole record when the file ends at any byte of the last record', () => {
    const { dir, segFiles } = dirWith(names);
    const [file] = segFiles();
    const pristine = readFileSync(file!);
    const lastStart = pristine.length - (DATA_OVERHEAD + names[4]!.length);
    for (let end = lastStart; end < pristine.length; end++) {
      writeFileSync(file!, pristine.subarray(0, end));
      const logger = memoryLogger();
      const box = open(dir, logger);
      expect(held(box), `file cut at ${end}`).toEqual(names.slice(0, 4));
      expect(cuts(logger)).toBe(end === lastStart ? 0 : 1);
      expect(statSync(file!).size).toBe(lastStart);
      // The torn record was never durable, so never offered: its id is free again.
      expect(box.append('events', 'boot-2', payload('after'))).toBe(5);
      box.close();
      expect(held(open(dir))).toEqual([...names.slice(0, 4), 'after']);
    }
  });

  it('cuts at a record whose checksum, length or body is damaged', () => {
    const { dir, segFiles } = dirWith(names);
    const [file] = segFiles();
    const pristine = readFileSync(file!);
    const lastStart = pristine.length - (DATA_OVERHEAD + names[4]!.length);
    for (const [what, at, value] of [
      ['crc', lastStart + 5, 0x5a],
      ['body', pristine.length - 3, 0x21],
      ['length', lastStart + 3, 0x7f],
      ['id', lastStart + 10, 0x01],
    ] as const) {
      const bad = Buffer.from(pristine);
      bad[at] = bad[at]! ^ value;
      writeFileSync(file!, bad);
      const logger = memoryLogger();
      expect(held(open(dir, logger)), what).toEqual(names.slice(0, 4));
      expect(cuts(logger)).toBe(1);
    }
  });

  it('cuts garbage after the last record', () => {
    const { dir, segFiles } = dirWith(names);
    const [file] = segFiles();
    writeFileSync(file!, Buffer.concat([readFileSync(file!), Buffer.from([0xff, 0x00, 0x13, 0x37, 0, 0, 0, 0, 9, 9, 9, 9, 9])]));
    expect(held(open(dir))).toEqual(names);
  });

  it('counts records lost to damage in an older segment as dropped, and keeps the later segments', () => {
    const many = Array.from({ length: 30 }, (_, i) => `record-${String(i + 1).padStart(2, '0')}`);
    const { dir, segFiles } = dirWith(many, 256);
    const files = segFiles();
    expect(files.length).toBeGreaterThan(3);
    const first = files[0]!;
    const bytes = readFileSync(first);
    expect(held(open(dir))).toHaveLength(30);
    // Damage the third record of the first segment (boot record first: 8 + 1 + 6 bytes).
    const third = 15 + 2 * (DATA_OVERHEAD + 9);
    bytes[third + 12] = bytes[third + 12]! ^ 0xff;
    writeFileSync(first, bytes);
    const logger = memoryLogger();
    const box = open(dir, logger);
    const after = held(box);
    expect(after.slice(0, 2)).toEqual(['record-01', 'record-02']);
    const lost = 30 - after.length;
    expect(lost).toBeGreaterThan(0);
    expect(after.slice(2)).toEqual(many.slice(2 + lost));
    expect(box.stats().dropped.events).toBe(lost);
    box.close();
  });

  it('removes a segment with nothing but a torn first record, and leftover temp files', () => {
    const { dir, segFiles } = dirWith(names);
    const [file] = segFiles();
    copyFileSync(file!, `${file!}.tmp`);
    const torn = join(dir, 'events', '0000000000000006.0.seg');
    writeFileSync(torn, Buffer.from([10, 0, 0, 0, 0x12])); // crashed while writing its boot record
    const box = open(dir);
    expect(held(box)).toEqual(names);
    expect(readdirSync(join(dir, 'events'))).toEqual([file!.split('/').pop()]);
    expect(box.append('events', 'b', payload('next'))).toBe(6);
    box.close();
  });
});
