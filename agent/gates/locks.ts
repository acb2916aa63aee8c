// Update locks on disk. A workload holds the update lock by creating <stateDir>/locks/<its
// name>.lock: mount <stateDir>/locks into the container (a hostPath volume, for example at
// /edgefleet/locks) and create the file while it must not be interrupted; delete it to let a
// waiting update through. Any *.lock file holds all updates of the node (balena's
// updates.lock works the same way). A lock left behind by a crashed workload keeps holding
// until removed: the node reports UpdateHeld with the lock's name, so it is visible.
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const LOCKS_DIR = 'locks';
const SUFFIX = '.lock';

export function locksDir(stateDir: string): string {
  return join(stateDir, LOCKS_DIR);
}

/** Creates the directory (so it can be mounted before any lock exists). */
export function ensureLocksDir(stateDir: string): string {
  const dir = locksDir(stateDir);
  mkdirSync(dir, { recursive: true, mode: 0o755 });
  return dir;
}

/** Names of the locks held now, sorted. An unreadable directory holds nothing. */
export function heldLocks(stateDir: string): string[] {
  try {
    return readdirSync(locksDir(stateDir))
      .filter((f) => f.endsWith(SUFFIX) && f.length > SUFFIX.length)
      .map((f) => f.slice(0, -SUFFIX.length))
      .sort();
  } catch {
    return [];
  }
}
