// Enrolling the simulated nodes: the broker refuses anonymous clients, so before the workers start,
// the simulator creates one join token for the whole fleet (admin API) and enrolls every node with
// it (POST /v1/enroll, as an agent does, without a key pair: the secret for the loopback plaintext
// listener is all a simulated node needs). The secrets go to a 0600 credentials file in a private
// temp dir (credentials.ts format) that the workers read; remove() deletes it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApiTarget } from '../cli/credentials.js';

export interface EnrolledFleet {
  credentialsFile: string;
  enrolled: number;
  ms: number;
  remove(): void;
}

async function post(url: string, body: unknown, token?: string): Promise<{ status: number; json: unknown }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  try {
    return { status: res.status, json: text ? (JSON.parse(text) as unknown) : {} };
  } catch {
    return { status: res.status, json: { error: { message: text.slice(0, 200) } } };
  }
}

const message = (json: unknown): string => (json as { error?: { message?: string } }).error?.message ?? JSON.stringify(json).slice(0, 200);

export async function enrollSimNodes(target: ApiTarget, nodeIds: readonly string[], o: { concurrency?: number } = {}): Promise<EnrolledFleet> {
  const t0 = Date.now();
  const created = await post(`${target.server}/api/v1/tokens`, { ttl: '1h', uses: nodeIds.length, labels: {} }, target.token);
  if (created.status !== 200) throw new Error(`sim: cannot create a join token at ${target.server} (${created.status}: ${message(created.json)}); give --api and the admin token (--token or --data-dir)`);
  const token = (created.json as { token: string }).token;
  const nodes: Record<string, { username: string; password: string }> = {};
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < nodeIds.length) {
      const id = nodeIds[next++]!;
      const r = await post(`${target.server}/v1/enroll`, { token, nodeId: id });
      if (r.status !== 200) throw new Error(`sim: enrolling node ${id} failed (${r.status}: ${message(r.json)})`);
      nodes[id] = { username: id, password: (r.json as { secret: string }).secret };
    }
  };
  await Promise.all(Array.from({ length: Math.min(o.concurrency ?? 16, nodeIds.length) }, worker));
  const dir = mkdtempSync(join(tmpdir(), 'edgefleet-sim-'));
  const credentialsFile = join(dir, 'credentials.json');
  writeFileSync(credentialsFile, JSON.stringify({ nodes }), { mode: 0o600 });
  return { credentialsFile, enrolled: nodeIds.length, ms: Date.now() - t0, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
