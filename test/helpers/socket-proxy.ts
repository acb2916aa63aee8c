// A unix-socket proxy in front of the Docker engine that a test can cut and restore: the engine
// "goes away" for the agent (connections dropped, socket gone) without touching the real engine
// other tests and processes use.
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface SocketProxy {
  path: string;
  cut(): Promise<void>;
  restore(): Promise<void>;
  close(): Promise<void>;
}

export async function startSocketProxy(target = '/var/run/docker.sock'): Promise<SocketProxy> {
  const dir = mkdtempSync(join(tmpdir(), 'ef-sockproxy-'));
  const path = join(dir, 'docker.sock');
  const open = new Set<Socket>();
  let server: Server | null = null;

  const listen = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const s = createServer((client) => {
        const upstream = createConnection(target);
        open.add(client).add(upstream);
        const drop = (): void => {
          client.destroy();
          upstream.destroy();
          open.delete(client);
          open.delete(upstream);
        };
        client.on('error', drop).on('close', drop);
        upstream.on('error', drop).on('close', drop);
        client.pipe(upstream).pipe(client);
      });
      s.once('error', reject);
      s.listen(path, () => {
        server = s;
        resolve();
      });
    });

  const cut = (): Promise<void> =>
    new Promise((resolve) => {
      for (const s of open) s.destroy();
      open.clear();
      if (!server) return resolve();
      server.close(() => resolve()); // also unlinks the socket file
      server = null;
    });

  await listen();
  return {
    path,
    cut,
    restore: listen,
    async close() {
      await cut();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
