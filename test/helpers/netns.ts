// A real network partition for one process: a network namespace joined to the host by a veth
// pair, with link-local addresses this helper chooses (169.254.211.0/30 and neighbours, never a
// private or public range that could exist elsewhere). The test's controller listens on the host
// side; the agent runs inside the namespace (`ip netns exec`) and reaches it through the veth.
// `partition()` adds iptables DROP rules inside the namespace only (the host's tables are not
// touched); `heal()` removes them. Needs root, iproute2 and iptables (.ci/run installs both).
// Names carry this process's pid; namespaces left behind by a dead test process are removed on
// the next create.
import { execFileSync } from 'node:child_process';

export interface NetNs {
  name: string;
  /** The host end's address (the controller binds here) and the namespace end's. */
  hostIp: string;
  nsIp: string;
  /** argv prefix that runs a command inside the namespace. */
  exec: string[];
  partition(): void;
  heal(): void;
  destroy(): void;
}

const PREFIX = 'efc';

function ip(...args: string[]): string {
  return execFileSync('ip', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Removes namespaces (and their veths) of earlier test processes that are gone. */
export function sweepStaleNamespaces(): void {
  const names = ip('netns', 'list').split('\n').map((l) => l.split(' ')[0] ?? '');
  for (const n of names) {
    const m = new RegExp(`^${PREFIX}(\\d+)x(\\d+)$`).exec(n);
    if (!m || alive(Number(m[1]))) continue;
    try {
      ip('link', 'del', `${n}h`);
    } catch {
      // already gone with its namespace
    }
    try {
      ip('netns', 'del', n);
    } catch {
      // raced with another sweep
    }
  }
}

/** `slot` (0-63) picks the /30: 169.254.211.(4*slot + 1|2). */
export function createNetNs(slot = 0): NetNs {
  if (process.getuid?.() !== 0) throw new Error('network namespaces need root');
  sweepStaleNamespaces();
  const name = `${PREFIX}${process.pid}x${slot}`; // <= 15 chars with the h/n suffix for veths
  const hostIf = `${name}h`;
  const nsIf = `${name}n`;
  const hostIp = `169.254.211.${4 * slot + 1}`;
  const nsIp = `169.254.211.${4 * slot + 2}`;
  ip('netns', 'add', name);
  ip('link', 'add', hostIf, 'type', 'veth', 'peer', 'name', nsIf);
  ip('link', 'set', nsIf, 'netns', name);
  ip('addr', 'add', `${hostIp}/30`, 'dev', hostIf);
  ip('link', 'set', hostIf, 'up');
  ip('netns', 'exec', name, 'ip', 'addr', 'add', `${nsIp}/30`, 'dev', nsIf);
  ip('netns', 'exec', name, 'ip', 'link', 'set', nsIf, 'up');
  ip('netns', 'exec', name, 'ip', 'link', 'set', 'lo', 'up');
  const rules = [
    ['OUTPUT', '-d', hostIp],
    ['INPUT', '-s', hostIp],
  ];
  const iptables = (op: '-A' | '-D'): void => {
    for (const [chain, dir, addr] of rules) ip('netns', 'exec', name, 'iptables', op, chain!, dir!, addr!, '-j', 'DROP');
  };
  let cut = false;
  return {
    name,
    hostIp,
    nsIp,
    exec: ['ip', 'netns', 'exec', name],
    partition() {
      if (cut) return;
      iptables('-A');
      cut = true;
    },
    heal() {
      if (!cut) return;
      iptables('-D');
      cut = false;
    },
    destroy() {
      try {
        ip('link', 'del', hostIf);
      } catch {
        // gone with the namespace already
      }
      try {
        ip('netns', 'del', name);
      } catch {
        // already removed
      }
    },
  };
}
