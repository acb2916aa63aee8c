// The agent's copy of its desired state, on disk, so a reboot with no controller brings every
// workload back. Written before acting on it: temp file, fsync, rename, fsync the directory.
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { decode, encode } from '../../proto/codec.js';
import type { DesiredState } from '../../proto/types.js';

export const DESIRED_FILE = 'desired.pb';

export class DesiredStore {
  private readonly file: string;

  constructor(private readonly dir: string) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    this.file = join(dir, DESIRED_FILE);
  }

  /** The held snapshot, or null when there is none. A corrupt file is an error, not a reset. */
  load(): DesiredState | null {
    let bytes: Buffer;
    try {
      bytes = readFileSync(this.file);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
    return decode('desired', bytes);
  }

  save(d: DesiredState): void {
    const bytes = encode('desired', d);
    const tmp = `${this.file}.tmp`;
    const fd = openSync(tmp, 'w', 0o600);
    try {
      writeSync(fd, bytes);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, this.file);
    const dirFd = openSync(this.dir, 'r');
    try {
      fsyncSync(dirFd);
    } finally {
      closeSync(dirFd);
    }
  }
}
