// `edgefleet token create|list|revoke`: join tokens for enrolling nodes (admin token required).
import { Command, Option } from 'commander';
import { api, resolveTarget } from './client.js';
import type { TargetFlags } from './credentials.js';

interface TokenJson {
  id: string;
  status: string;
  createdAt: string;
  expiresAt: string | null;
  uses: number;
  maxUses: number | null;
  labels: Record<string, string>;
  token?: string;
}

function parseLabelFlags(items: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of items) {
    const i = item.indexOf('=');
    if (i <= 0) throw new Error(`--label ${JSON.stringify(item)}: expected key=value`);
    out[item.slice(0, i)] = item.slice(i + 1);
  }
  return out;
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r) => r.map((v, c) => v.padEnd(widths[c] ?? 0)).join('  ').trimEnd()).join('\n') + '\n';
}

const withTarget = (cmd: Command): Command =>
  cmd
    .addOption(new Option('--server <url>', 'controller API URL (env EDGEFLEET_SERVER)'))
    .addOption(new Option('--token <token>', 'admin bearer token (env EDGEFLEET_TOKEN)'))
    .addOption(new Option('--data-dir <dir>', "local controller's data dir, to read its admin.token"));

export function registerTokenCommands(program: Command, out: (s: string) => void, setCode: (c: number) => void): void {
  const token = program.command('token').description('join tokens: create one per batch of nodes to enroll, list them, revoke them');

  withTarget(
    token
      .command('create')
      .description('create a join token; prints it (it also pins this controller\'s CA)')
      .option('--ttl <duration>', 'how long it can be used: 30m, 24h, 7d; 0 for never', '24h')
      .option('--uses <n>', 'how many nodes may join with it (default: unlimited until it expires)', (v) => Number(v))
      .option('--label <k=v>', 'operator label every node joining with it gets (repeatable)', (v: string, acc: string[]) => [...acc, v], [] as string[])
      .option('-o, --output <format>', 'token (the token alone) | json', 'token'),
  ).action(async (o: TargetFlags & { ttl: string; uses?: number; label: string[]; output: string }) => {
    const body = JSON.stringify({ ttl: o.ttl, ...(o.uses !== undefined ? { uses: o.uses } : {}), labels: parseLabelFlags(o.label) });
    const t = await api<TokenJson>(resolveTarget(o), 'POST', '/api/v1/tokens', { text: body, type: 'application/json' });
    out(o.output === 'json' ? `${JSON.stringify(t, null, 2)}\n` : `${t.token ?? ''}\n`);
    setCode(0);
  });

  withTarget(
    token.command('list').description('list join tokens and their status (active, expired, used-up, revoked)').option('-o, --output <format>', 'table | json', 'table'),
  ).action(async (o: TargetFlags & { output: string }) => {
    const r = await api<{ items: TokenJson[] }>(resolveTarget(o), 'GET', '/api/v1/tokens');
    if (o.output === 'json') return out(`${JSON.stringify(r.items, null, 2)}\n`);
    const rows = [['ID', 'STATUS', 'USES', 'EXPIRES', 'LABELS']];
    for (const t of r.items) {
      rows.push([t.id, t.status, `${t.uses}/${t.maxUses ?? '-'}`, t.expiresAt ?? 'never', Object.entries(t.labels).map(([k, v]) => `${k}=${v}`).join(',') || '<none>']);
    }
    out(table(rows));
  });

  withTarget(token.command('revoke').description('revoke a join token: no node can join with it any more').argument('<id>')).action(
    async (id: string, o: TargetFlags) => {
      const t = await api<TokenJson>(resolveTarget(o), 'DELETE', `/api/v1/tokens/${encodeURIComponent(id)}`);
      out(`token ${t.id} revoked\n`);
    },
  );
}
