// Day-2 commands end to end: a controller process, an agent process, real Docker, the built CLI.
// `logs` (tail, since, follow with flow control and cancel), `restart`, and the errors an operator
// meets (unknown workload on a node, unknown node).
import type Dockerode from 'dockerode';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAdminToken } from '../helpers/auth.js';
import { nodeContainers, removeNodeContainers, requireDocker, TEST_IMAGE } from '../helpers/docker.js';
import { BIN, runCli, startProc, type Proc } from '../helpers/process.js';
import { waitUntil } from '../helpers/wait.js';

const tag = `${process.pid}`;
const nodeId = `day2-${tag}`;
const ticker = `ticker-${tag}`;
const flood = `flood-${tag}`;

// ticker: one numbered line every 50 ms. flood: numbered lines as fast as a shell loop goes.
const manifests = `apiVersion: edgefleet.io/v1
kind: Workload
metadata: { name: ${ticker} }
spec:
  container:
    image: ${TEST_IMAGE}
    command: [sh, -c, 'i=0; while true; do i=$((i+1)); echo "tick $i"; sleep 0.05; done']
    network: none
    stopTimeout: 1s
  placement: { mode: perNode, nodeSelector: { test: "${tag}" } }
---
apiVersion: edgefleet.io/v1
kind: Workload
metadata: { name: ${flood} }
spec:
  container:
    image: ${TEST_IMAGE}
    command: [sh, -c, 'i=0; while true; do i=$((i+1)); echo "flood $i padding-padding-padding-padding-padding-padding"; done']
    network: none
    stopTimeout: 1s
  placement: { mode: perNode, nodeSelector: { test: "${tag}" } }
`;

function rssKb(pid: number): number {
  return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
}

interface RelayStats {
  openStreams: number;
  bufferedBytes: number;
  peakBufferedBytes: number;
  bufferedChunks: number;
  peakBufferedChunks: number;
  peakSocketBytes: number;
}

describe('e2e: logs and restart through a remote agent', () => {
  let docker: Dockerode;
  let dir: string;
  let controller: Proc;
  let agent: Proc;
  let server = '';
  let token = '';
  const env = (): Record<string, string> => ({ EDGEFLEET_SERVER: server, EDGEFLEET_TOKEN: token, HOME: dir, XDG_CONFIG_HOME: '' });
  const get = async <T>(path: string): Promise<{ status: number; body: T }> => {
    const res = await fetch(`${server}${path}`, { headers: { authorization: `Bearer ${token}` } });
    return { status: res.status, body: (await res.json()) as T };
  };
  const stats = async (): Promise<RelayStats> => (await get<RelayStats>('/api/v1/commands/stats')).body;

  beforeAll(async () => {
    docker = await requireDocker();
    dir = mkdtempSync(join(tmpdir(), 'ef-day2-'));
    controller = startProc(['controller', '--data-dir', join(dir, 'controller'), '--mqtt-port', '0', '--http-port', '0']);
    const ready = await controller.waitForLog((l) => l.msg === 'controller ready');
    server = `http://127.0.0.1:${String(ready.httpPort)}`;
    token = readAdminToken(join(dir, 'controller'));
    agent = startProc(['agent', '--server', `mqtt://127.0.0.1:${String(ready.mqttPort)}`, '--node-id', nodeId, '--state-dir', join(dir, 'agent'), '--label', `test=${tag}`]);
    await agent.waitForLog((l) => l.msg === 'connected to controller');
    const file = join(dir, 'day2.yaml');
    writeFileSync(file, manifests);
    const r = await runCli(['apply', '-f', file], env());
    expect(r.code, r.stderr).toBe(0);
    await agent.waitForLog((l) => l.msg === 'converged on desired state' && l.workloads === 2, 60_000);
  });

  afterAll(async () => {
    await agent?.stop();
    await controller?.stop();
    if (docker) await removeNodeContainers(docker, [nodeId]);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('logs --tail 5 prints the last five lines of the container and exits 0', async () => {
    await waitUntil('the ticker has printed 20 lines', async () => (await runCli(['logs', 'workload', ticker, '--node', nodeId, '--tail', '20'], env())).stdout.split('\n').filter(Boolean).length === 20);
    const r = await runCli(['logs', 'workload', ticker, '--node', nodeId, '--tail', '5'], env());
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.split('\n').filter(Boolean);
    expect(lines).toHaveLength(5);
    const nums = lines.map((l) => Number(/^tick (\d+)$/.exec(l)?.[1]));
    // Consecutive: nothing lost or reordered inside one answer.
    expect(nums.every((n, i) => i === 0 || n === (nums[i - 1] as number) + 1)).toBe(true);
  });

  it('logs --since counts from a point in time (a future one gives nothing)', async () => {
    const r = await runCli(['logs', 'workload', ticker, '--node', nodeId, '--since', new Date(Date.now() + 3_600_000).toISOString()], env());
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    const all = await runCli(['logs', 'workload', ticker, '--node', nodeId, '--since', '1h'], env());
    expect(all.code, all.stderr).toBe(0);
    expect(all.stdout.split('\n').filter(Boolean).length).toBeGreaterThan(5);
  });

  it('says clearly when the workload does not run on that node, or the node does not exist', async () => {
    const other = `other-${tag}`;
    writeFileSync(join(dir, 'other.yaml'), manifests.split('---')[0]!.replaceAll(ticker, other).replace(`test: "${tag}"`, 'test: "nowhere"'));
    expect((await runCli(['apply', '-f', join(dir, 'other.yaml')], env())).code).toBe(2); // stored, unplaced
    const r = await runCli(['logs', 'workload', other, '--node', nodeId], env());
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`workload ${other} does not run on node ${nodeId}`);
    expect(r.stderr).toContain('it is placed on no node');
    const n = await runCli(['logs', 'workload', ticker, '--node', `nope-${tag}`], env());
    expect(n.code).toBe(1);
    expect(n.stderr).toContain(`node nope-${tag} does not exist`);
    const w = await runCli(['logs', 'workload', `missing-${tag}`, '--node', nodeId], env());
    expect(w.stderr).toContain(`workload missing-${tag} does not exist`);
  });

  it('restart workload restarts the container in place: same id, new start time', async () => {
    const before = (await nodeContainers(docker, nodeId)).find((c) => c.workload === ticker)!;
    const r = await runCli(['restart', 'workload', ticker], env());
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain(nodeId);
    expect(r.stdout).toContain('restarted');
    const after = (await nodeContainers(docker, nodeId)).find((c) => c.workload === ticker)!;
    expect(after.id).toBe(before.id);
    expect(after.state).toBe('running');
    expect(Date.parse(after.startedAt)).toBeGreaterThan(Date.parse(before.startedAt));
    // The agent did not take its own restart for a crash or for drift.
    expect(agent.lines.some((l) => l.event === 'Drift' || l.event === 'ContainerDied')).toBe(false);
    const e = await agent.waitForLog((l) => l.event === 'ContainerRestarted' && l.workload === ticker);
    expect(String(e.msg)).toContain('by operator command');
  });

  it('logs -f streams new lines as the container prints them, and Ctrl-C cancels on the agent', async () => {
    const cli = startProc(['logs', 'workload', ticker, '--node', nodeId, '--tail', '1', '-f'], env());
    const seen = (): number[] => cli.lines.map((l) => Number(/^tick (\d+)$/.exec(String(l.msg))?.[1])).filter((n) => Number.isFinite(n));
    await waitUntil('40 followed lines', () => seen().length >= 40, 30_000, 50);
    const nums = seen();
    expect(nums.every((n, i) => i === 0 || n === (nums[i - 1] as number) + 1)).toBe(true);
    expect((await stats()).openStreams).toBe(1);
    const metrics = await (await fetch(`${server}/metrics`, { headers: { authorization: `Bearer ${token}` } })).text();
    expect(metrics).toMatch(/^edgefleet_log_streams_open 1$/m);
    cli.child.kill('SIGINT');
    await cli.exited;
    await agent.waitForLog((l) => l.msg === 'logs stream cancelled');
    await waitUntil('the relay forgot the stream', async () => (await stats()).openStreams === 0);
  });

  it('logs -f | head -3: the CLI stops quietly when its reader goes away, and the stream ends', async () => {
    const script = `"${process.execPath}" "${BIN}" logs workload ${ticker} --node ${nodeId} -f | head -3; echo "cli-exit=\${PIPESTATUS[0]}"`;
    const out = await new Promise<string>((resolve) => {
      const child = spawn('bash', ['-c', script], { env: { ...process.env, ...env() }, stdio: ['ignore', 'pipe', 'inherit'] });
      let text = '';
      child.stdout.on('data', (d: Buffer) => (text += d.toString()));
      child.once('exit', () => resolve(text));
    });
    const lines = out.trim().split('\n');
    expect(lines.slice(0, 3).every((l) => /^tick \d+$/.test(l))).toBe(true);
    expect(lines[3]).toBe('cli-exit=0');
    await waitUntil('the relay forgot the stream', async () => (await stats()).openStreams === 0);
  });

  it('a reader that stops reading holds memory bounded: the relay buffers at most the window, the agent pauses Docker', async () => {
    const ac = new AbortController();
    const res = await fetch(`${server}/api/v1/workloads/${flood}/logs?node=${nodeId}&tail=1&follow=true`, { headers: { authorization: `Bearer ${token}` }, signal: ac.signal });
    expect(res.status).toBe(200);
    const reader = res.body!.getReader();
    // Read a little, then stop: the socket fills, the relay stops acking, the agent's window closes.
    const first = await reader.read();
    expect(first.done).toBe(false);
    await waitUntil('the relay holds chunks for the stalled reader', async () => (await stats()).bufferedChunks >= 1, 30_000, 200);
    // Stalled for a while: the buffered amount stays put instead of growing with the flood.
    const a = await stats();
    const rssA = rssKb(agent.child.pid!);
    await new Promise((r) => setTimeout(r, 2000));
    const b = await stats();
    const rssB = rssKb(agent.child.pid!);
    expect(b.bufferedBytes).toBe(a.bufferedBytes);
    // 4 chunks of at most 32 KiB each is the relay's bound; the socket's share is one chunk past its high-water mark.
    expect(b.peakBufferedChunks).toBeLessThanOrEqual(4);
    expect(b.peakBufferedBytes).toBeLessThanOrEqual(4 * 32 * 1024);
    expect(b.peakSocketBytes).toBeLessThanOrEqual(16 * 1024 + 32 * 1024 + 4096);
    // Reading again resumes the stream without a gap.
    const decoder = new TextDecoder();
    const parts: string[] = [decoder.decode(first.value, { stream: true })];
    let newlines = 0;
    while (newlines < 30) {
      const next = await reader.read();
      if (next.done) break;
      const t = decoder.decode(next.value, { stream: true });
      newlines += t.split('\n').length - 1;
      parts.push(t);
    }
    const nums = parts
      .join('')
      .split('\n')
      .slice(0, -1)
      .flatMap((l) => (JSON.parse(l) as { lines?: string[] }).lines ?? [])
      .map((l) => Number(/^flood (\d+) /.exec(l)?.[1]));
    expect(nums.length).toBeGreaterThan(1000);
    expect(nums.every((n, i) => i === 0 || n === (nums[i - 1] as number) + 1)).toBe(true);
    ac.abort();
    await waitUntil('the relay forgot the stream', async () => (await stats()).openStreams === 0);
    process.stdout.write(`relay peak: ${b.peakBufferedChunks} chunks, ${b.peakBufferedBytes} B queued; socket peak ${b.peakSocketBytes} B; agent RSS ${rssA} -> ${rssB} KiB over a 2 s stall\n`);
  });

  it('the controller stops with a follow open and a stalled reader; the CLI then exits with an error', async () => {
    const cli = startProc(['logs', 'workload', ticker, '--node', nodeId, '-f'], env());
    await waitUntil('the follow is streaming', () => cli.lines.length >= 5, 30_000, 50);
    // A second client that stopped reading: its socket is full, the end message cannot reach it.
    const stalled = await fetch(`${server}/api/v1/workloads/${flood}/logs?node=${nodeId}&tail=1&follow=true`, { headers: { authorization: `Bearer ${token}` } });
    await stalled.body!.getReader().read();
    await waitUntil('the stalled stream backs up into the relay', async () => (await stats()).bufferedChunks >= 1, 30_000, 200);
    const t0 = Date.now();
    const code = await controller.stop('SIGTERM');
    const stopMs = Date.now() - t0;
    expect(code).toBe(0);
    expect(await cli.exited).toBe(1);
    expect(cli.stderr.join('\n')).toContain('shutting down');
    process.stdout.write(`controller stop with a follow open: ${stopMs} ms\n`);
  });
});
