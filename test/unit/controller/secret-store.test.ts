// Secret env values at rest in the real SQLite store: sealed with AES-256-GCM under secret.key,
// readable after a restart, unreadable (a clear error, not garbage) under another key, and rows
// written before encryption existed still read.
import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseManifestObject } from '../../../controller/manifest/parse.js';
import { ensureSecretKey, secretBox } from '../../../controller/security/secret-box.js';
import { openSqliteStore } from '../../../controller/store/sqlite.js';

const SECRET = 'correct-horse-battery-staple';
const workload = () =>
  parseManifestObject({
    apiVersion: 'edgefleet.io/v1',
    kind: 'Workload',
    metadata: { name: 'w' },
    spec: { container: { image: 'busybox', secretEnv: { TOKEN: SECRET }, env: { A: 'plain' } }, placement: { mode: 'perNode' } },
  });

describe('secret values in the SQLite store', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ef-secstore-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('seals them in the row, opens them on read and after a reopen; re-applying is unchanged', () => {
    const s1 = openSqliteStore(dir, 1);
    expect(s1.applyWorkload(workload(), 1).outcome).toBe('created');
    const body = (s1.database.prepare('SELECT body FROM workloads').get() as { body: string }).body;
    expect(body).not.toContain(SECRET);
    expect(body).toMatch(/"value":"efs1:[A-Za-z0-9_-]+"/);
    expect(s1.applyWorkload(workload(), 2).outcome).toBe('unchanged');
    s1.putDesired({ nodeId: 'n', generation: 1, contentHash: 'h', payload: Buffer.from(`xx${SECRET}xx`), updatedAtMs: 1 });
    const raw = (s1.database.prepare('SELECT payload FROM desired').get() as { payload: Buffer }).payload;
    expect(raw.includes(Buffer.from(SECRET))).toBe(false);
    s1.close();
    const s2 = openSqliteStore(dir, 3);
    expect(s2.getWorkload('w')?.workload.container.env).toEqual([
      { name: 'A', value: 'plain', secret: false },
      { name: 'TOKEN', value: SECRET, secret: true },
    ]);
    expect(Buffer.from(s2.getDesired('n')?.payload ?? []).toString()).toBe(`xx${SECRET}xx`);
    s2.close();
  });

  it('under another key reading fails with a clear error', () => {
    const s1 = openSqliteStore(dir, 1);
    s1.applyWorkload(workload(), 1);
    s1.close();
    const key = join(dir, 'secret.key');
    const old = readFileSync(key, 'utf8');
    rmSync(key);
    ensureSecretKey(dir); // a new, different key
    expect(readFileSync(key, 'utf8')).not.toBe(old);
    const s2 = openSqliteStore(dir, 2);
    expect(() => s2.getWorkload('w')).toThrow(/cannot decrypt a stored secret \(wrong key or tampered value\)/);
    s2.close();
  });

  it('reads a row written before encryption (plain value) and a tampered value is refused', () => {
    const s1 = openSqliteStore(dir, 1);
    s1.applyWorkload(workload(), 1);
    s1.close();
    const db = new Database(join(dir, 'controller.db'));
    const row = db.prepare('SELECT body FROM workloads').get() as { body: string };
    const box = secretBox(ensureSecretKey(dir));
    const sealed = /"(efs1:[^"]+)"/.exec(row.body)?.[1] ?? '';
    expect(box.open(sealed)).toBe(SECRET);
    db.prepare('UPDATE workloads SET body = ?').run(row.body.replace(sealed, 'legacy-plain'));
    db.close();
    const s2 = openSqliteStore(dir, 2);
    expect(s2.getWorkload('w')?.workload.container.env.find((e) => e.secret)?.value).toBe('legacy-plain');
    s2.close();
    const flipped = `${sealed.slice(0, -2)}${sealed.endsWith('A') ? 'B' : 'A'}${sealed.slice(-1)}`;
    expect(() => box.open(flipped)).toThrow(/tampered/);
    writeFileSync(join(dir, 'secret.key'), 'short\n');
    expect(() => ensureSecretKey(dir)).toThrow(/not 32 bytes/);
  });
});
