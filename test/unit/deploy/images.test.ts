// The container images and the compose file, checked as far as this machine allows: no base image
// can be pulled here (no registry), so they are parsed instead, and every file they copy from the
// build context must exist (and not be excluded by .dockerignore), every stage they copy from must
// exist, what they copy out of the build stage must be what `npm run build` produces (dist/), their
// entrypoints must be files the image holds, and the versions must be the package's.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const VERSION = (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string }).version;

interface Instruction {
  op: string;
  args: string;
  line: number;
}

/** Dockerfile instructions: comments dropped, backslash continuations joined. */
export function parseDockerfile(text: string): Instruction[] {
  const out: Instruction[] = [];
  let pending: { text: string; line: number } | null = null;
  text.split('\n').forEach((raw, i) => {
    const line = raw.trimEnd();
    if (pending === null && (/^\s*#/.test(line) || line.trim() === '')) return;
    if (pending !== null && /^\s*#/.test(line)) return; // comments inside a continuation
    const cur: { text: string; line: number } = pending ?? { text: '', line: i + 1 };
    cur.text += ` ${line.replace(/\\$/, '')}`;
    if (line.endsWith('\\')) {
      pending = cur;
      return;
    }
    pending = null;
    const m = /^\s*(\w+)\s+(.*)$/.exec(cur.text);
    if (!m) throw new Error(`line ${cur.line}: not an instruction: ${cur.text}`);
    out.push({ op: (m[1] ?? '').toUpperCase(), args: (m[2] ?? '').trim().replace(/\s+/g, ' '), line: cur.line });
  });
  return out;
}

const KNOWN = new Set(['FROM', 'RUN', 'COPY', 'ADD', 'ENV', 'ARG', 'WORKDIR', 'USER', 'LABEL', 'VOLUME', 'EXPOSE', 'ENTRYPOINT', 'CMD', 'HEALTHCHECK', 'STOPSIGNAL', 'SHELL', 'ONBUILD']);
const ignored = readFileSync(join(REPO, '.dockerignore'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));

interface Stage {
  name: string | undefined;
  image: string;
  instructions: Instruction[];
  /** Destination paths written by COPY in this stage (file or directory). */
  copied: string[];
}

function stages(file: string): Stage[] {
  const out: Stage[] = [];
  for (const ins of parseDockerfile(readFileSync(join(REPO, file), 'utf8'))) {
    expect(KNOWN.has(ins.op), `${file}:${ins.line}: unknown instruction ${ins.op}`).toBe(true);
    if (ins.op === 'FROM') {
      const m = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(ins.args);
      if (!m) throw new Error(`${file}:${ins.line}: FROM ${ins.args}`);
      out.push({ image: m[1] ?? '', name: m[2], instructions: [], copied: [] });
      continue;
    }
    const stage = out.at(-1);
    if (!stage) throw new Error(`${file}:${ins.line}: ${ins.op} before FROM`);
    stage.instructions.push(ins);
  }
  return out;
}

function checkImage(file: string): Stage[] {
  const all = stages(file);
  for (const [i, st] of all.entries()) {
    // Pinned: a full version tag, never latest or a floating major.
    expect(st.image, `${file}: stage ${i}`).toMatch(/^node:\d+\.\d+\.\d+-bookworm(-slim)?$/);
    for (const ins of st.instructions) {
      expect(ins.op, `${file}:${ins.line}: use COPY, not ADD`).not.toBe('ADD');
      if (ins.op !== 'COPY') continue;
      const words = ins.args.split(/\s+/);
      const from = words.find((w) => w.startsWith('--from='))?.slice('--from='.length);
      const paths = words.filter((w) => !w.startsWith('--'));
      const dest = paths.pop() ?? '';
      if (from === undefined) {
        for (const src of paths) {
          expect(existsSync(join(REPO, src)), `${file}:${ins.line}: COPY source ${src} is not in the repo`).toBe(true);
          expect(ignored.some((g) => src === g || src.startsWith(`${g}/`)), `${file}:${ins.line}: COPY source ${src} is excluded by .dockerignore`).toBe(false);
        }
      } else {
        const source = all.slice(0, i).find((s) => s.name === from);
        expect(source, `${file}:${ins.line}: COPY --from=${from}: no such earlier stage`).toBeDefined();
        for (const src of paths) {
          // Stage paths under /src/ are the repo (build stages work in /src); dist/ is what `npm run build` makes.
          expect(src.startsWith('/src/'), `${file}:${ins.line}: ${src}`).toBe(true);
          expect(existsSync(join(REPO, src.slice('/src/'.length))), `${file}:${ins.line}: ${src} (run npm run build)`).toBe(true);
        }
      }
      st.copied.push(...(dest.endsWith('/') ? paths.map((p) => `${dest}${p.split('/').pop() ?? ''}`) : [dest]));
    }
  }
  return all;
}

const finalStage = (all: Stage[]): Stage => all.at(-1) as Stage;
const op = (st: Stage, name: string): Instruction[] => st.instructions.filter((i) => i.op === name);

describe('container images and compose file (parsed: no base image can be pulled here)', () => {
  it('agent image: the shipped bundle and launcher, run as root with the Docker socket, documented as root-equivalent', () => {
    const all = checkImage('deploy/images/agent.Dockerfile');
    const st = finalStage(all);
    expect(st.copied).toEqual(expect.arrayContaining(['/opt/edgefleet/edgefleet-agent.cjs', '/opt/edgefleet/edgefleet-agent']));
    const entry = JSON.parse(op(st, 'ENTRYPOINT')[0]?.args ?? 'null') as string[];
    expect(st.copied).toContain(entry[0]);
    expect(op(st, 'USER').map((u) => u.args)).toEqual(['root']);
    const text = readFileSync(join(REPO, 'deploy/images/agent.Dockerfile'), 'utf8');
    expect(text).toMatch(/Docker socket is root on the host/);
    expect(text).toMatch(/root-equivalent/);
    expect(text).toContain(`edgefleet/agent:${VERSION}`);
    // The build stage needs no compiler: nothing native is in the bundle.
    expect(op(all[0] as Stage, 'RUN').map((r) => r.args)).toContain('npm ci --ignore-scripts --no-audit --no-fund');
  });

  it('controller image: built dist, production node_modules, the installer it serves, unprivileged user', () => {
    const all = checkImage('deploy/images/controller.Dockerfile');
    const st = finalStage(all);
    expect(st.copied).toEqual(expect.arrayContaining(['./dist', './deploy', './node_modules', './package.json']));
    expect(existsSync(join(REPO, 'deploy/install-agent.sh'))).toBe(true);
    const entry = JSON.parse(op(st, 'ENTRYPOINT')[0]?.args ?? 'null') as string[];
    expect(entry.slice(0, 3)).toEqual(['node', '/opt/edgefleet/dist/bin/edgefleet.js', 'controller']);
    expect(existsSync(join(REPO, 'dist/bin/edgefleet.js'))).toBe(true);
    expect(op(st, 'USER').map((u) => u.args)).toEqual(['node']);
    expect(op(st, 'HEALTHCHECK')[0]?.args).toMatch(/\/healthz/);
    expect(readFileSync(join(REPO, 'deploy/images/controller.Dockerfile'), 'utf8')).toContain(`edgefleet/controller:${VERSION}`);
  });

  it('compose: both images from their Dockerfiles, host networking only, the socket mounted into the agent alone', () => {
    const doc = parse(readFileSync(join(REPO, 'deploy/compose.yaml'), 'utf8')) as {
      services: Record<string, { build: { context: string; dockerfile: string }; image: string; network_mode?: string; networks?: unknown; ports?: unknown; volumes?: string[] }>;
      volumes: Record<string, unknown>;
      networks?: unknown;
    };
    expect(Object.keys(doc.services).sort()).toEqual(['agent', 'controller']);
    expect(doc.networks).toBeUndefined();
    for (const [name, s] of Object.entries(doc.services)) {
      const context = join(REPO, 'deploy', s.build.context);
      expect(existsSync(join(context, s.build.dockerfile)), name).toBe(true);
      expect(s.network_mode, `${name}: host networking, no bridge network`).toBe('host');
      expect(s.networks).toBeUndefined();
      expect(s.ports).toBeUndefined();
      expect(s.image).toBe(`edgefleet/${name}:${VERSION}`);
      for (const v of s.volumes ?? []) {
        const src = v.split(':')[0] ?? '';
        if (!src.startsWith('/')) expect(doc.volumes, `${name}: volume ${src} is declared`).toHaveProperty(src);
      }
      const socket = (s.volumes ?? []).some((v) => v.startsWith('/var/run/docker.sock:'));
      expect(socket, `${name}: Docker socket`).toBe(name === 'agent');
    }
  });

  it('the Dockerfile parser itself: continuations and comments inside them', () => {
    const ins = parseDockerfile('# c\nFROM node:20.20.2-bookworm AS b\nRUN a \\\n  # inside\n  && b\nCOPY x y\n');
    expect(ins).toEqual([
      { op: 'FROM', args: 'node:20.20.2-bookworm AS b', line: 2 },
      { op: 'RUN', args: 'a && b', line: 3 },
      { op: 'COPY', args: 'x y', line: 6 },
    ]);
  });
});
