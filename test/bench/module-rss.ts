// Where the agent's RSS comes from: idle processes that have only imported one dependency (or
// the agent's whole module graph, not started), against an idle ES module process that imported
// nothing, all measured in the same window. Reference rows, no targets: they explain the agent row.
import { fileURLToPath } from 'node:url';
import { sampleFootprints, startImporter, type Proc } from './procs.js';
import { median, sleep } from './stats.js';
import type { Bench, BenchContext, Row } from './types.js';

const MB = 1024 * 1024;
const SETTLE_MS = 2_000;
const AGENT_APP = fileURLToPath(new URL('../../agent/app.js', import.meta.url));

const SUBJECTS: { label: string; imports: string[] }[] = [
  { label: 'pino', imports: ['pino'] },
  { label: 'mqtt', imports: ['mqtt'] },
  { label: 'dockerode', imports: ['dockerode'] },
  // dockerode's two heavy dependencies: ssh2 (through docker-modem) and gRPC (BuildKit sessions).
  { label: 'ssh2 (docker-modem dependency)', imports: ['ssh2'] },
  { label: '@grpc/grpc-js (dockerode dependency)', imports: ['@grpc/grpc-js'] },
  { label: 'systeminformation', imports: ['systeminformation'] },
  { label: 'protobufjs', imports: ['protobufjs/minimal.js'] },
  { label: 'pino + mqtt + dockerode + systeminformation + protobufjs', imports: ['pino', 'mqtt', 'dockerode', 'systeminformation', 'protobufjs/minimal.js'] },
  { label: 'agent module graph (dist/agent/app.js, not started)', imports: [AGENT_APP] },
];

export const moduleRssBench: Bench = {
  name: 'module-rss',
  async run(ctx: BenchContext): Promise<Row[]> {
    const windowMs = ctx.quick ? 3_000 : 10_000;
    const procs: Proc[] = [];
    try {
      // Started one after the other so they do not fight over the 2 cores while loading.
      for (const imports of [[], ...SUBJECTS.map((s) => s.imports)]) {
        const p = startImporter(imports);
        procs.push(p);
        await p.waitForLog((l) => l.msg === 'ready', 30_000);
      }
      await sleep(SETTLE_MS);
      ctx.log(`module-rss: ${procs.length} idle processes, sampling for ${windowMs / 1000} s`);
      const prints = await sampleFootprints(procs.map((p) => p.pid), windowMs);
      const rss = prints.map((f) => median(f.rssBytes) / MB);
      const bare = rss[0];
      if (bare === undefined) throw new Error('no bare reference sampled');
      return SUBJECTS.map((s, i) => ({
        group: 'modules',
        metric: `idle RSS after importing ${s.label}`,
        value: rss[i + 1] ?? Number.NaN,
        unit: 'MB',
        reference: { what: 'bare ESM node (same run)', value: bare },
      }));
    } finally {
      await Promise.all(procs.map((p) => p.stop()));
    }
  },
};
