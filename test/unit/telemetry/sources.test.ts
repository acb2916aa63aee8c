// LinuxSources against fixture trees: a fake /proc, /sys and cgroup hierarchies in a temp dir.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseMilliCelsius, LinuxSources } from '../../../agent/telemetry/sources.js';

const ID = 'b472fd8fad96ad009ca65c35bf75787b5146cbf3f6c5294e2bfa40ca33cc760a';
const OTHER = 'c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00';

let root = '';
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = '';
});

function tree(files: Record<string, string>): string {
  root = mkdtempSync(join(tmpdir(), 'ef-telemetry-'));
  for (const [rel, text] of Object.entries(files)) {
    const p = join(root, rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, text.replaceAll('@', root));
  }
  return root;
}

const PROC = {
  'proc/stat': 'cpu  100 0 50 850 0 0 0 0 0 0\ncpu0 50 0 25 425 0 0 0 0 0 0\ncpu1 50 0 25 425 0 0 0 0 0 0\n',
  'proc/loadavg': '1.50 0.90 0.40 2/300 4242\n',
  'proc/meminfo': 'MemTotal: 2048 kB\nMemAvailable: 1024 kB\nSwapTotal: 0 kB\nSwapFree: 0 kB\n',
  'proc/net/dev': 'h1\nh2\n    lo: 5 1 0 0 0 0 0 0 5 1 0 0 0 0 0 0\n  eth0: 300 3 0 0 0 0 0 0 200 2 0 0 0 0 0 0\n',
  'proc/uptime': '77.7 100.0\n',
};

// '@' becomes the fixture root: mount points must be absolute paths inside it.
const V1_MOUNTS = `22 27 0:21 / @/proc rw - proc proc rw
33 31 0:30 / @/cg/cpu,cpuacct rw - cgroup cgroup rw,cpu,cpuacct
35 31 0:32 / @/cg/memory rw - cgroup cgroup rw,memory
`;
const V2_MOUNTS = `41 31 0:38 / @/cg2 rw - cgroup2 cgroup2 rw,nsdelegate
`;

describe('LinuxSources on a fixture /proc', () => {
  it('reads every node counter', async () => {
    const r = tree({ ...PROC, 'proc/self/mountinfo': '' });
    const s = new LinuxSources({ procRoot: `${r}/proc`, sysRoot: `${r}/sys`, mounts: [r] });
    expect(await s.cpu()).toEqual({ idle: 850, total: 1000, cores: 2 });
    expect(await s.load()).toBe(1.5);
    expect(await s.memory()).toMatchObject({ totalBytes: 2048 * 1024, usedBytes: 1024 * 1024 });
    expect(await s.net()).toEqual({ rxBytes: 300, txBytes: 200 });
    expect(await s.uptime()).toBe(77);
    // Without mountinfo entries the path itself is reported.
    const disks = await s.disks();
    expect(disks).toHaveLength(1);
    expect(disks[0]!.mount).toBe(r);
    expect(disks[0]!.sizeBytes).toBeGreaterThan(disks[0]!.usedBytes);
  });

  it('fails a source whose file is missing instead of inventing numbers', async () => {
    const r = tree({ 'proc/self/mountinfo': '' });
    const s = new LinuxSources({ procRoot: `${r}/proc`, sysRoot: `${r}/sys` });
    await expect(s.cpu()).rejects.toThrow();
    await expect(s.memory()).rejects.toThrow();
  });

  it('deduplicates configured paths by mount point and drops paths that do not exist', async () => {
    const r = tree({ ...PROC, 'proc/self/mountinfo': '27 1 254:0 / / rw - ext4 /dev/vda rw\n', 'state/x': '' });
    const s = new LinuxSources({ procRoot: `${r}/proc`, mounts: ['/', `${r}/state`, `${r}/does-not-exist`] });
    expect((await s.disks()).map((d) => d.mount)).toEqual(['/']);
  });
});

describe('temperature', () => {
  it('is undefined without sensors', async () => {
    const r = tree({ 'proc/self/mountinfo': '' });
    expect(await new LinuxSources({ procRoot: `${r}/proc`, sysRoot: `${r}/sys` }).temperature()).toBeUndefined();
  });

  it('is the hottest thermal zone, skipping disabled ones', async () => {
    const r = tree({
      'proc/self/mountinfo': '',
      'sys/class/thermal/thermal_zone0/temp': '47500\n',
      'sys/class/thermal/thermal_zone1/temp': '61250\n',
      'sys/class/thermal/thermal_zone2/temp': '-274000\n',
      'sys/class/thermal/cooling_device0/cur_state': '0\n',
    });
    expect(await new LinuxSources({ procRoot: `${r}/proc`, sysRoot: `${r}/sys` }).temperature()).toBe(61.25);
  });

  it('falls back to hwmon inputs', async () => {
    const r = tree({ 'proc/self/mountinfo': '', 'sys/class/hwmon/hwmon0/temp1_input': '38000\n', 'sys/class/hwmon/hwmon0/name': 'k10temp\n' });
    expect(await new LinuxSources({ procRoot: `${r}/proc`, sysRoot: `${r}/sys` }).temperature()).toBe(38);
  });

  it('parses millidegrees and rejects nonsense', () => {
    expect(parseMilliCelsius('45000\n')).toBe(45);
    expect(parseMilliCelsius('0')).toBeUndefined();
    expect(parseMilliCelsius('garbage')).toBeUndefined();
  });
});

describe('per-container counters from cgroups', () => {
  it('reads cgroup v1 (cgroupfs driver): cpuacct.usage ns, usage minus total_inactive_file', async () => {
    const r = tree({
      'proc/self/mountinfo': V1_MOUNTS,
      [`cg/cpu,cpuacct/docker/${ID}/cpuacct.usage`]: '4988809025\n',
      [`cg/memory/docker/${ID}/memory.usage_in_bytes`]: '581632\n',
      [`cg/memory/docker/${ID}/memory.stat`]: 'cache 0\nrss 61440\ntotal_inactive_file 81920\n',
    });
    const s = new LinuxSources({ procRoot: `${r}/proc` });
    const got = await s.workloads([ID, OTHER]);
    expect([...got.entries()]).toEqual([[ID, { cpuNs: 4988809025, memoryBytes: 581632 - 81920 }]]);
    expect((await s.describe()).cgroupLayout).toBe('v1 docker/<id>');
  });

  it('reads cgroup v2 under the systemd driver: usage_usec, memory.current minus inactive_file', async () => {
    const scope = `cg2/system.slice/docker-${ID}.scope`;
    const r = tree({
      'proc/self/mountinfo': V2_MOUNTS,
      [`${scope}/cpu.stat`]: 'usage_usec 4992797\nuser_usec 4976804\nsystem_usec 15992\n',
      [`${scope}/memory.current`]: '1048576\n',
      [`${scope}/memory.stat`]: 'anon 600000\nfile 400000\ninactive_file 48576\n',
    });
    const s = new LinuxSources({ procRoot: `${r}/proc` });
    expect((await s.workloads([ID])).get(ID)).toEqual({ cpuNs: 4992797000, memoryBytes: 1_000_000 });
    expect((await s.describe()).cgroupLayout).toBe('v2 system.slice/docker-<id>.scope');
  });

  it('gives nothing for ids that are not container ids or without cgroup mounts', async () => {
    const r = tree({ 'proc/self/mountinfo': '', [`cg/memory/docker/${ID}/memory.usage_in_bytes`]: '1\n' });
    const s = new LinuxSources({ procRoot: `${r}/proc` });
    expect((await s.workloads([ID, '../../etc', ''])).size).toBe(0);
    expect((await s.workloads([])).size).toBe(0);
  });
});
