// The controller's admin token, as tests need it: read from admin.token in its data dir.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function readAdminToken(dataDir: string): string {
  return readFileSync(join(dataDir, 'admin.token'), 'utf8').trim();
}

/** fetch with the data dir's bearer token added (read on every call: a restart keeps the file). */
export function authedFetch(dataDir: string): (url: string, init?: RequestInit) => Promise<Response> {
  return (url, init) =>
    fetch(url, { ...init, headers: { ...(init?.headers as Record<string, string> | undefined), authorization: `Bearer ${readAdminToken(dataDir)}` } });
}
