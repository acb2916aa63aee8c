// What a device needs to install the agent, served by the controller without the admin token
// (a device has none; these are the same public files as the release):
//   GET /v1/install-agent.sh                 deploy/install-agent.sh (the k3s pattern: curl ... | sh -)
//   GET /v1/download/edgefleet-agent.cjs     the agent bundle (scripts/bundle-agent.mjs)
//   GET /v1/download/edgefleet-agent         its launcher (node under the V8 flags it was measured with)
//   GET /v1/download/SHA256SUMS              sha256sum -c input for both, so a cut download is caught
// Files are streamed from disk on each request; the checksums are cached by size and mtime.
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply } from 'fastify';

export const DOWNLOAD_ROUTES = ['/v1/install-agent.sh', '/v1/download/:file'] as const;

export interface DownloadFiles {
  /** deploy/install-agent.sh */
  installScript: string;
  /** The directory holding edgefleet-agent.cjs and edgefleet-agent (dist/). */
  agentDir: string;
}

const AGENT_FILES = ['edgefleet-agent.cjs', 'edgefleet-agent'] as const;

/**
 * Where the files are, from this module: dist/controller/api/ in a build or a package (then dist/
 * and deploy/ are siblings of the package root), controller/api/ when run from source by tests.
 */
export function defaultDownloadFiles(): DownloadFiles {
  const up = (rel: string): string => fileURLToPath(new URL(rel, import.meta.url));
  const built = existsSync(up('../../edgefleet-agent.cjs')) || existsSync(up('../../bin'));
  return built
    ? { installScript: up('../../../deploy/install-agent.sh'), agentDir: up('../../') }
    : { installScript: up('../../deploy/install-agent.sh'), agentDir: up('../../dist/') };
}

function missing(reply: FastifyReply, what: string, path: string): FastifyReply {
  return reply.code(404).send({
    error: { code: 'EF_CTL_NOT_FOUND', message: `${what} is not on this controller (${path}): build it with \`npm run build\`, or use a release package` },
  });
}

export function registerDownloadRoutes(app: FastifyInstance, files: DownloadFiles): void {
  const sums = new Map<string, { key: string; sum: string }>();
  const sha256 = (path: string): string => {
    const st = statSync(path);
    const key = `${st.size}:${st.mtimeMs}`;
    const hit = sums.get(path);
    if (hit?.key === key) return hit.sum;
    const sum = createHash('sha256').update(readFileSync(path)).digest('hex');
    sums.set(path, { key, sum });
    return sum;
  };

  app.get('/v1/install-agent.sh', async (_req, reply) => {
    if (!existsSync(files.installScript)) return missing(reply, 'install-agent.sh', files.installScript);
    return reply.type('text/x-shellscript; charset=utf-8').header('cache-control', 'no-store').send(createReadStream(files.installScript));
  });

  app.get<{ Params: { file: string } }>('/v1/download/:file', async (req, reply) => {
    const name = req.params.file;
    if (name === 'SHA256SUMS') {
      const lines: string[] = [];
      for (const f of AGENT_FILES) {
        const p = `${files.agentDir}/${f}`;
        if (!existsSync(p)) return missing(reply, f, p);
        lines.push(`${sha256(p)}  ${f}`);
      }
      return reply.type('text/plain; charset=utf-8').header('cache-control', 'no-store').send(`${lines.join('\n')}\n`);
    }
    // Only the listed names: never a path built from the request.
    const f = AGENT_FILES.find((x) => x === name);
    if (!f) return reply.code(404).send({ error: { code: 'EF_CTL_NOT_FOUND', message: `no download ${JSON.stringify(name)}; there are ${[...AGENT_FILES, 'SHA256SUMS'].join(', ')}` } });
    const p = `${files.agentDir}/${f}`;
    if (!existsSync(p)) return missing(reply, f, p);
    const type = f.endsWith('.mjs') ? 'text/javascript; charset=utf-8' : 'text/x-shellscript; charset=utf-8';
    return reply.type(type).header('cache-control', 'no-store').header('content-length', statSync(p).size).send(createReadStream(p));
  });
}
