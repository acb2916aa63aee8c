// A real image registry for pull tests: Debian's docker-registry on 127.0.0.1, storage in a temp
// dir, optionally behind htpasswd auth (bcrypt from apache2-utils' htpasswd). Test images are
// pushed with the Docker CLI, which treats 127.0.0.0/8 registries as insecure (plain HTTP).
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './ports.js';

export interface Registry {
  host: string;
  /** Pushes a local image as host/repo:tag; returns `host/repo@sha256:...`. */
  push(localImage: string, repoTag: string): string;
  close(): Promise<void>;
}

function need(bin: string, pkg: string): void {
  try {
    execFileSync('sh', ['-c', `command -v ${bin}`], { stdio: 'ignore' });
  } catch {
    throw new Error(`${bin} is missing: apt-get install -y ${pkg} (.ci/run installs it)`);
  }
}

export async function startRegistry(auth?: { username: string; password: string }): Promise<Registry> {
  need('docker-registry', 'docker-registry');
  const dir = mkdtempSync(join(tmpdir(), 'ef-registry-'));
  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  let authYaml = '';
  if (auth) {
    need('htpasswd', 'apache2-utils');
    const line = execFileSync('htpasswd', ['-nbB', auth.username, auth.password], { encoding: 'utf8' }).trim();
    writeFileSync(join(dir, 'htpasswd'), `${line}\n`);
    authYaml = `auth:\n  htpasswd:\n    realm: edgefleet-test\n    path: ${join(dir, 'htpasswd')}\n`;
  }
  const config = join(dir, 'config.yml');
  writeFileSync(
    config,
    `version: 0.1\nlog:\n  level: error\nstorage:\n  filesystem:\n    rootdirectory: ${join(dir, 'data')}\nhttp:\n  addr: ${host}\n${authYaml}`,
  );
  const child: ChildProcess = spawn('docker-registry', ['serve', config], { stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    const ok = await fetch(`http://${host}/v2/`).then((r) => r.status === 200 || r.status === 401, () => false);
    if (ok) break;
    if (i === 99) throw new Error(`docker-registry did not answer on ${host}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const docker = (...args: string[]): string => execFileSync('docker', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return {
    host,
    push(localImage, repoTag) {
      const ref = `${host}/${repoTag}`;
      docker('tag', localImage, ref);
      if (auth) execFileSync('docker', ['login', host, '-u', auth.username, '--password-stdin'], { input: auth.password, stdio: ['pipe', 'ignore', 'ignore'] });
      docker('push', ref);
      // The image may carry digests of other repos (same content pushed elsewhere): pick this one.
      const repo = ref.slice(0, ref.lastIndexOf(':'));
      const digests = JSON.parse(docker('inspect', '--format', '{{json .RepoDigests}}', ref)) as string[];
      const digest = digests.find((d) => d.startsWith(`${repo}@`));
      if (!digest) throw new Error(`no digest for ${repo} after push (have ${digests.join(', ')})`);
      if (auth) docker('logout', host);
      // Untag (tag and digest reference), so the agent has to pull it back through the registry.
      docker('rmi', ref);
      const present = (r: string): boolean => {
        try {
          docker('image', 'inspect', r);
          return true;
        } catch {
          return false;
        }
      };
      if (present(digest)) docker('rmi', digest);
      if (present(digest) || present(ref)) throw new Error(`${ref} is still present locally after untagging`);
      return digest;
    },
    async close() {
      // Drop whatever the tests pulled from this registry (tags and digests of host/...).
      const refs = docker('images', '--digests', '--format', '{{.Repository}} {{.Tag}} {{.Digest}}')
        .split('\n')
        .filter((l) => l.startsWith(`${host}/`))
        .flatMap((l) => {
          const [repo, tag, digest] = l.split(' ');
          return [tag && tag !== '<none>' ? `${repo}:${tag}` : '', digest && digest !== '<none>' ? `${repo}@${digest}` : ''];
        })
        .filter(Boolean);
      for (const r of refs) {
        try {
          docker('rmi', r);
        } catch {
          // removed with an earlier reference
        }
      }
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
