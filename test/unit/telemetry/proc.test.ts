import { describe, expect, it } from 'vitest';
import {
  cpuPercent,
  mountPointOf,
  parseLoadavg,
  parseMeminfo,
  parseMountinfo,
  parseNetDev,
  parseStat,
  parseUptime,
  ratePerS,
} from '../../../agent/telemetry/proc.js';

// Captured from a 2-core Debian VM (Linux 6.x), trimmed where noted.
const STAT_A = `cpu  134269 0 28764 237065 2353 0 239 317 0 0
cpu0 55938 0 15169 129839 294 0 44 144 0 0
cpu1 78330 0 13595 107226 2059 0 194 173 0 0
intr 9104533 0 9 0 0 0 0 0 0 0 0
ctxt 21645210
btime 1763776320
processes 30120
procs_running 2
procs_blocked 0
softirq 4581240 0 1146823 2 503117 0 0 3085 1609741 0 1318472
`;
// 1000 jiffies later: 250 user, 50 system, 600 idle, 100 iowait.
const STAT_B = STAT_A.replace('cpu  134269 0 28764 237065 2353', 'cpu  134519 0 28814 237665 2453');

const MEMINFO = `MemTotal:       24684084 kB
MemFree:        24132484 kB
MemAvailable:   24187780 kB
Buffers:             396 kB
Cached:           178004 kB
SwapCached:            0 kB
Active(anon):     120852 kB
Inactive(file):   101208 kB
SwapTotal:       2097148 kB
SwapFree:        1572860 kB
HugePages_Total:       0
Hugepagesize:       2048 kB
`;

const NET_DEV = `Inter-|   Receive                                                |  Transmit
 face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets errs drop fifo colls carrier compressed
    lo: 16475918    2739    0    0    0     0          0         0 16475918    2739    0    0    0     0       0          0
  eth0: 635759597   21593    0    0    0     0          0         0  2187439   15824    0    0    0     0       0          0
wlan0:1000 10 0 0 0 0 0 0 500 5 0 0 0 0 0 0
`;

const MOUNTINFO = `22 27 0:21 / /proc rw,relatime - proc proc rw
27 1 254:0 / / rw,relatime - ext4 /dev/vda rw
31 23 0:28 / /sys/fs/cgroup rw,relatime - tmpfs tmpfs rw,mode=755
33 31 0:30 / /sys/fs/cgroup/cpuacct rw,relatime - cgroup cgroup rw,cpuacct
35 31 0:32 / /sys/fs/cgroup/memory rw,relatime - cgroup cgroup rw,memory
41 31 0:38 / /sys/fs/cgroup/unified rw,relatime - cgroup2 cgroup2 rw
50 27 8:17 / /var/lib/edge\\040data rw,noatime shared:12 - ext4 /dev/sdb1 rw
51 27 8:18 / /var/lib/edgefleet-other rw,noatime - ext4 /dev/sdb2 rw
`;

describe('/proc/stat', () => {
  it('sums the aggregate line and counts the CPUs', () => {
    expect(parseStat(STAT_A)).toEqual({ idle: 237065 + 2353, total: 134269 + 28764 + 237065 + 2353 + 239 + 317, cores: 2 });
  });

  it('gives the busy share between two readings (iowait counts as idle)', () => {
    const a = parseStat(STAT_A)!;
    const b = parseStat(STAT_B)!;
    expect(b.total - a.total).toBe(1000);
    expect(cpuPercent(a, b)).toBeCloseTo(30, 10);
  });

  it('reads a reset or an unchanged counter as 0, never negative', () => {
    const a = parseStat(STAT_A)!;
    const b = parseStat(STAT_B)!;
    expect(cpuPercent(b, a)).toBe(0);
    expect(cpuPercent(a, a)).toBe(0);
  });

  it('handles old kernels with fewer columns and a file without a cpu line', () => {
    expect(parseStat('cpu  100 0 50 850\ncpu0 100 0 50 850\n')).toEqual({ idle: 850, total: 1000, cores: 1 });
    expect(parseStat('intr 1 2 3\n')).toBeUndefined();
    expect(parseStat('')).toBeUndefined();
  });
});

describe('/proc/loadavg and /proc/uptime', () => {
  it('reads the 1-minute load and whole seconds of uptime', () => {
    expect(parseLoadavg('0.38 0.94 1.24 1/107 29455\n')).toBe(0.38);
    expect(parseUptime('2029.79 2370.65\n')).toBe(2029);
  });

  it('reads garbage or empty text as 0', () => {
    expect(parseLoadavg('')).toBe(0);
    expect(parseUptime('n/a')).toBe(0);
  });
});

describe('/proc/meminfo', () => {
  it('gives used = MemTotal - MemAvailable and swap used, in bytes', () => {
    expect(parseMeminfo(MEMINFO)).toEqual({
      totalBytes: 24684084 * 1024,
      usedBytes: (24684084 - 24187780) * 1024,
      swapTotalBytes: 2097148 * 1024,
      swapUsedBytes: (2097148 - 1572860) * 1024,
    });
  });

  it('falls back to free + buffers + cached without MemAvailable (kernels before 3.14)', () => {
    const old = MEMINFO.split('\n').filter((l) => !l.startsWith('MemAvailable')).join('\n');
    expect(parseMeminfo(old).usedBytes).toBe((24684084 - 24132484 - 396 - 178004) * 1024);
  });

  it('reads missing lines as 0 (no swap configured, truncated file)', () => {
    expect(parseMeminfo('MemTotal: 1000 kB\nMemAvailable: 400 kB\n')).toEqual({
      totalBytes: 1000 * 1024,
      usedBytes: 600 * 1024,
      swapTotalBytes: 0,
      swapUsedBytes: 0,
    });
    expect(parseMeminfo('')).toEqual({ totalBytes: 0, usedBytes: 0, swapTotalBytes: 0, swapUsedBytes: 0 });
  });
});

describe('/proc/net/dev', () => {
  it('sums every interface but loopback, including lines without a space after the colon', () => {
    expect(parseNetDev(NET_DEV)).toEqual({ rxBytes: 635759597 + 1000, txBytes: 2187439 + 500 });
  });

  it('reads only headers (no interfaces) as 0', () => {
    expect(parseNetDev(NET_DEV.split('\n').slice(0, 2).join('\n'))).toEqual({ rxBytes: 0, txBytes: 0 });
  });

  it('turns two readings into a rate; a wrapped or reset counter gives 0', () => {
    expect(ratePerS(1_000, 21_000, 10_000)).toBe(2_000);
    expect(ratePerS(4_294_967_000, 200, 10_000)).toBe(0);
    expect(ratePerS(100, 200, 0)).toBe(0);
  });
});

describe('/proc/self/mountinfo', () => {
  const mounts = parseMountinfo(MOUNTINFO);

  it('reads mount points (unescaped), types and per-superblock options, past optional fields', () => {
    expect(mounts).toContainEqual({ mountPoint: '/sys/fs/cgroup/cpuacct', fsType: 'cgroup', superOptions: ['rw', 'cpuacct'] });
    expect(mounts).toContainEqual({ mountPoint: '/var/lib/edge data', fsType: 'ext4', superOptions: ['rw'] });
  });

  it('finds the mount holding a path by whole path components', () => {
    expect(mountPointOf('/var/lib/edge data/state', mounts)).toBe('/var/lib/edge data');
    expect(mountPointOf('/var/lib/edgefleet', mounts)).toBe('/');
    expect(mountPointOf('/var/lib/edgefleet-other', mounts)).toBe('/var/lib/edgefleet-other');
    expect(mountPointOf('/', mounts)).toBe('/');
    expect(mountPointOf('/anything', [])).toBe('/');
  });
});
