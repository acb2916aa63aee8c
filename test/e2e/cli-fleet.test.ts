// The built CLI against a controller process: where it finds its token (the data dir, by default
// beside the controller; EDGEFLEET_TOKEN; the user's config file), what it says without one, and
// the fleet-state commands: get nodes -l / -o wide / -w, get events, describe, top.
import { connectAsync, type MqttClient } from 'mqtt';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encode } from '../../proto/codec.js';
import { nodeTopic } from '../../proto/topics.js';
import type { Hello } from '../../proto/types.js';
import { readAdminToken } from '../helpers/auth.js';
import { runCli, startProc, type Proc } from '../helpers/process.js';
import { waitUntil } from '../helpers/wait.js';
import { mqttLogin } from '../helpers/identity.js';

const P = 'edgefleet/v1';
const hello = (nodeId: string, zone: string): Hello => ({
  nodeId,
  labels: { zone },
  capacity: { cpuMillis: 1000, memoryBytes: 1 << 30, diskBytes: 1 << 30 },
  arch: 'arm64',
  os: 'linux',
  runtime: { name: 'docker', version: '24.0.7', apiVersion: '1.43' },
  agentVersion: '9.9.9',
  bootId: 'b1',
  appliedEpoch: 0,
  appliedGeneration: 0,
  hostname: nodeId,
  startedAtMs: Date.now(),
});

describe('e2e: CLI credentials and fleet-state commands', () => {
  let dir: string;
  let dataDir: string;
  let controller: Proc;
  let server = '';
  let token = '';
  const clients: MqttClient[] = [];
  // A clean user environment for every run: nothing inherited from the developer's shell.
  const env = (extra: Record<string, string> = {}): Record<string, string> => ({
    HOME: join(dir, 'home'),
    XDG_CONFIG_HOME: '',
    EDGEFLEET_SERVER: '',
    EDGEFLEET_TOKEN: '',
    EDGEFLEET_DATA_DIR: '',
    ...extra,
  });
  const cli = (args: string[], extra: Record<string, string> = {}) => runCli(args, env({ EDGEFLEET_SERVER: server, EDGEFLEET_TOKEN: token, ...extra }));

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ef-cli-'));
    mkdirSync(join(dir, 'home'));
    dataDir = join(dir, '.edgefleet', 'controller');
    controller = startProc(['controller', '--data-dir', dataDir, '--mqtt-port', '0', '--http-port', '0']);
    const ready = await controller.waitForLog((l) => l.msg === 'controller ready');
    expect(ready.adminTokenFile).toBe(join(dataDir, 'admin.token'));
    server = `http://127.0.0.1:${String(ready.httpPort)}`;
    token = readAdminToken(dataDir);
    for (const [id, zone] of [
      ['cli-a', 'a'],
      ['cli-b', 'b'],
    ] as const) {
      const c = await connectAsync(`mqtt://127.0.0.1:${String(ready.mqttPort)}`, { ...(await mqttLogin({ server: `http://127.0.0.1:${String(ready.httpPort)}`, token: readAdminToken(dataDir) }, id)), reconnectPeriod: 0 });
      clients.push(c);
      await c.publishAsync(nodeTopic(P, id, 'hello'), Buffer.from(encode('hello', hello(id, zone))), { qos: 1 });
    }
    const [a] = clients as [MqttClient];
    const sample = { seq: 1, tsMs: Date.now(), cpuPercent: 37, load1: 0.25, memoryUsedBytes: 512 << 20, memoryTotalBytes: 1 << 30, swapUsedBytes: 0, swapTotalBytes: 0 };
    await a.publishAsync(
      nodeTopic(P, 'cli-a', 'telemetry'),
      Buffer.from(encode('telemetry', { nodeId: 'cli-a', bootId: 'b1', dropped: 0, samples: [{ ...sample, disks: [{ mount: '/', usedBytes: 1, sizeBytes: 4 }], netRxBytesPerS: 0, netTxBytesPerS: 0, uptimeS: 1, workloads: [] }] })),
      { qos: 1 },
    );
    const ev = { seq: 1, tsMs: Date.now(), type: 'Started', severity: 'info' as const, workload: 'web', reason: 'Started', message: 'started web', attributes: {} };
    await a.publishAsync(nodeTopic(P, 'cli-a', 'events'), Buffer.from(encode('events', { nodeId: 'cli-a', bootId: 'b1', dropped: 0, events: [ev] })), { qos: 1 });
    await waitUntil('both nodes listed', async () => (await cli(['get', 'nodes', '-o', 'json'])).stdout.includes('cli-b'));
  });

  afterAll(async () => {
    await Promise.all(clients.map((c) => c.endAsync(true)));
    await controller?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('finds the token in the data dir: by default when run beside the controller, or from --data-dir / EDGEFLEET_DATA_DIR', async () => {
    const beside = await runCli(['get', 'nodes', '--server', server], env(), undefined, { cwd: dir });
    expect(beside.code, beside.stderr).toBe(0);
    expect(beside.stdout).toContain('cli-a');
    const flag = await runCli(['get', 'nodes', '--server', server, '--data-dir', dataDir], env());
    expect(flag.code, flag.stderr).toBe(0);
    const viaEnv = await runCli(['get', 'nodes'], env({ EDGEFLEET_SERVER: server, EDGEFLEET_DATA_DIR: dataDir }));
    expect(viaEnv.code, viaEnv.stderr).toBe(0);
  });

  it('takes the token from EDGEFLEET_TOKEN or --token', async () => {
    expect((await runCli(['get', 'nodes'], env({ EDGEFLEET_SERVER: server, EDGEFLEET_TOKEN: token }))).code).toBe(0);
    expect((await runCli(['get', 'nodes', '--server', server, '--token', token], env())).code).toBe(0);
  });

  it("takes server and token from the user's config file (XDG_CONFIG_HOME, else ~/.config)", async () => {
    const xdg = join(dir, 'xdg');
    mkdirSync(join(xdg, 'edgefleet'), { recursive: true });
    writeFileSync(join(xdg, 'edgefleet', 'config.json'), JSON.stringify({ server, token }));
    const r = await runCli(['get', 'nodes'], env({ XDG_CONFIG_HOME: xdg }));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('cli-b');
    mkdirSync(join(dir, 'home', '.config', 'edgefleet'), { recursive: true });
    writeFileSync(join(dir, 'home', '.config', 'edgefleet', 'config.json'), JSON.stringify({ server, token }));
    const h = await runCli(['get', 'nodes'], env());
    expect(h.code, h.stderr).toBe(0);
    rmSync(join(dir, 'home', '.config'), { recursive: true });
  });

  it('without a token, or with a wrong one, exits 1 and says what to do', async () => {
    const none = await runCli(['get', 'nodes', '--server', server], env());
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('missing bearer token');
    expect(none.stderr).toContain('pass --token, set EDGEFLEET_TOKEN');
    const wrong = await runCli(['get', 'nodes', '--server', server, '--token', 'nope-nope-nope-nope'], env());
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('invalid bearer token: the token from --token was refused');
  });

  it('get nodes filters with -l and adds arch, versions, usage and drift with -o wide', async () => {
    const r = await cli(['get', 'nodes', '-l', 'zone=a', '-o', 'wide']);
    expect(r.code, r.stderr).toBe(0);
    const [header, row, extra] = r.stdout.trim().split('\n');
    expect(header).toMatch(/^NAME\s+STATUS\s+GENERATION.*ARCH\s+RUNTIME\s+CPU%\s+MEM%\s+DISK%\s+LABELS\s+DRIFT\s+CERT EXPIRES$/);
    expect(row).toMatch(/^cli-a\s+Online\s+.*9\.9\.9\s+arm64\s+24\.0\.7\s+37%\s+50%\s+25%\s+zone=a\s+applying: no status report from the agent yet\s+-$/);
    expect(extra).toBeUndefined();
    const bad = await cli(['get', 'nodes', '-l', 'zone in (a']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('invalid selector');
  });

  it('get events, describe node and top nodes', async () => {
    const ev = await cli(['get', 'events', '--node', 'cli-a', '--since', '10m']);
    expect(ev.code, ev.stderr).toBe(0);
    expect(ev.stdout).toMatch(/cli-a\s+info\s+Started\s+web\s+started web/);
    expect((await cli(['get', 'events', '--workload', 'nothing'])).stdout).toBe('No events.\n');

    const d = await cli(['describe', 'node', 'cli-a']);
    expect(d.code, d.stderr).toBe(0);
    for (const line of [/^Name:\s+cli-a$/m, /^Status:\s+Online$/m, /^Usage:\s+cpu 37%, memory 50%/m, /^Events:\n.*\n\s+\S+\s+info\s+Started\s+web/m]) {
      expect(d.stdout).toMatch(line);
    }
    expect((await cli(['describe', 'node', 'nobody'])).stderr).toContain('node nobody does not exist');

    const top = await cli(['top', 'nodes']);
    expect(top.code, top.stderr).toBe(0);
    expect(top.stdout).toMatch(/^cli-a\s+Online\s+37%\s+0\.25\s+512Mi\/1\.0Gi\s+50%\s+25%/m);
    expect(top.stdout).toMatch(/^cli-b\s+Online\s+-/m);
  });

  it('describe workload shows its placements and recent events', async () => {
    const manifest = `apiVersion: edgefleet.io/v1
kind: Workload
metadata: { name: web }
spec:
  container: { image: edgefleet/busybox:test, command: [sleep, "60"], network: none }
  placement: { mode: replicated, replicas: 1, nodeSelector: { zone: a } }
`;
    const applied = await runCli(['apply', '-f', '-'], env({ EDGEFLEET_SERVER: server, EDGEFLEET_TOKEN: token }), manifest);
    expect(applied.code, applied.stderr).toBe(0);
    const d = await cli(['describe', 'workload', 'web']);
    expect(d.code, d.stderr).toBe(0);
    expect(d.stdout).toMatch(/^Name:\s+web$/m);
    expect(d.stdout).toMatch(/^Placements:\n\s+NODE.*\n\s+cli-a\s/m);
    expect(d.stdout).toMatch(/^Events:\n.*\n\s+\S+\s+cli-a\s+info\s+Started\s+web/m);
    const json = JSON.parse((await cli(['describe', 'workload', 'web', '-o', 'json'])).stdout) as { placements: { node: string }[] };
    expect(json.placements.map((p) => p.node)).toEqual(['cli-a']);
  });

  it('config set/get/list/unset through the real binary (token from --data-dir on a subcommand)', async () => {
    // After 'describe workload' above: web is placed on cli-a (zone a), so cli-a's snapshot changes.
    const set = await runCli(['config', 'set', '--selector', 'zone=a', 'LOG_LEVEL=debug', '--server', server, '--data-dir', dataDir], env());
    expect(set.code, set.stderr).toBe(0);
    // web has no rollout waves, so the config change is a new revision that goes to its node at once.
    expect(set.stdout).toBe(
      'LOG_LEVEL created at selector zone=a\n1 node(s) get a new desired state: cli-a\n' +
        'workload web: revision 2 (config version 2) changes 1 node(s); goes to all its nodes at once\n',
    );
    expect((await cli(['config', 'set', 'LOG_LEVEL=info'])).stdout).toContain('no node gets a new desired state');
    expect((await cli(['config', 'get', 'LOG_LEVEL', '--selector', 'zone=a'])).stdout).toBe('debug\n');
    const missing = await cli(['config', 'get', 'LOG_LEVEL', '--node', 'cli-b']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('LOG_LEVEL is not set at node cli-b\n');
    const eff = await cli(['config', 'list', '--node', 'cli-a', '--effective']);
    expect(eff.stdout).toMatch(/^LOG_LEVEL\s+debug\s+selector zone=a\s+overrides fleet \(info\)$/m);
    const d = await cli(['describe', 'node', 'cli-a']);
    expect(d.stdout).toMatch(/^Config:\n\s+KEY.*\n\s+LOG_LEVEL\s+debug\s+selector zone=a/m);
    const bad = await cli(['config', 'set', '--selector', 'zone=a', '--node', 'cli-a', 'X=1']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('give --selector or --node, not both');
    expect((await cli(['config', 'unset', '--selector', 'zone=a', 'LOG_LEVEL'])).stdout).toContain('LOG_LEVEL removed at selector zone=a');
    expect(JSON.parse((await cli(['config', 'list', '-o', 'json'])).stdout)).toMatchObject({ items: [{ scope: 'fleet', target: '', key: 'LOG_LEVEL', value: 'info' }] });
  });

  it('-w re-renders until Ctrl-C, then exits 0', async () => {
    const w = startProc(['get', 'nodes', '-w'], env({ EDGEFLEET_SERVER: server, EDGEFLEET_TOKEN: token }));
    await waitUntil('two renders', () => w.lines.filter((l) => String(l.msg).startsWith('NAME')).length >= 2, 15_000);
    expect(await w.stop('SIGINT')).toBe(0);
  });
});
