// Docker reachable, and which version: the Engine API's /version and /info over its Unix socket,
// with plain node:http (one-shot, no dockerode needed).
import { request } from 'node:http';
import { describeError, result, type CheckResult } from './types.js';

/** /version and /info answers are a few KB; a peer that sends more is not a Docker engine. */
const MAX_BODY = 1024 * 1024;
/** Docker 20.10's API: what the agent is tested against. Older engines may lack fields it uses. */
export const MIN_API_VERSION = '1.41';

export interface DockerFacts {
  version: string;
  apiVersion: string;
  os: string;
  arch: string;
  rootDir: string | undefined;
  storageDriver: string | undefined;
}

export function engineGet(socketPath: string, path: string, timeoutMs: number): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const req = request({ socketPath, path, method: 'GET', headers: { host: 'docker' }, timeout: timeoutMs }, (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (c: Buffer) => {
        size += c.length;
        if (size > MAX_BODY) req.destroy(new Error(`answer to ${path} is larger than ${MAX_BODY} bytes`));
        else chunks.push(c);
      });
      res.on('end', () => {
        if (res.statusCode !== 200) return reject(new Error(`${path} answered HTTP ${String(res.statusCode)}`));
        try {
          resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
        } catch {
          reject(new Error(`${path} did not answer JSON: is this a Docker socket?`));
        }
      });
    });
    req.on('timeout', () => req.destroy(Object.assign(new Error('timed out'), { code: 'ETIMEDOUT' })));
    req.on('error', reject);
    req.end();
  });
}

const str = (o: unknown, k: string): string | undefined => {
  const v = (o as Record<string, unknown> | null)?.[k];
  return typeof v === 'string' ? v : undefined;
};

export async function dockerFacts(socketPath: string, timeoutMs: number): Promise<DockerFacts> {
  const [version, info] = await Promise.all([engineGet(socketPath, '/version', timeoutMs), engineGet(socketPath, '/info', timeoutMs)]);
  return {
    version: str(version, 'Version') ?? 'unknown',
    apiVersion: str(version, 'ApiVersion') ?? 'unknown',
    os: str(version, 'Os') ?? 'unknown',
    arch: str(version, 'Arch') ?? 'unknown',
    rootDir: str(info, 'DockerRootDir'),
    storageDriver: str(info, 'Driver'),
  };
}

/** Compares dotted versions part by part: negative when a < b. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export function dockerResult(socketPath: string, facts: DockerFacts | Error): CheckResult {
  if (facts instanceof Error) {
    const why = describeError(facts);
    const hint = /permission/.test(why)
      ? 'run the agent as root (the Docker socket is root-equivalent)'
      : 'is dockerd running, and is --docker-socket right?';
    return result('docker', 'error', `cannot reach Docker at ${socketPath}: ${why}; ${hint}`, { socket: socketPath });
  }
  const details = { socket: socketPath, ...facts };
  const line = `Docker ${facts.version} (API ${facts.apiVersion}, ${facts.os}/${facts.arch}${facts.storageDriver ? `, ${facts.storageDriver}` : ''}) at ${socketPath}`;
  if (/^\d+(\.\d+)*$/.test(facts.apiVersion) && compareVersions(facts.apiVersion, MIN_API_VERSION) < 0) {
    return result('docker', 'warn', `${line}: older than API ${MIN_API_VERSION} (Docker 20.10), which the agent is tested with`, details);
  }
  return result('docker', 'ok', line, details);
}
