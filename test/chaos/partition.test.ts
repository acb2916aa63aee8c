// Real partitions: the agent process runs in its own network namespace and reaches the controller
// process over a veth pair (link-local 169.254.211.0/30, see test/helpers/netns.ts); iptables DROP
// inside the namespace cuts it. Durations are scaled down to keep CI short, and say so.
import type Dockerode from 'dockerode';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeContainers, removeNodeContainers, requireDocker, type NodeContainer } from '../helpers/docker.js';
import { createNetNs, type NetNs } from '../helpers/netns.js';
import { startProc, type Proc } from '../helpers/process.js';
import { waitUntil } from '../helpers/wait.js';
import { freePort } from '../helpers/ports.js';
import { sleeperYaml, startControllerProc, waitStatus, type ControllerProc } from './procs.js';

const tag = `${process.pid}`;
const nodeId = `part-${tag}`;
const placement = `{mode: perNode, nodeSelector: {chaos: "${tag}"}}`;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, Math.max(0, ms)));
/** 30 s in CI; `npm run soak` runs the full 10 minutes (EF_CHAOS_PARTITION_S=600). */
const PARTITION_S = Number(process.env.EF_CHAOS_PARTITION_S ?? 30);
const scaled = PARTITION_S === 600 ? '' : ' (scaled from 10 min)';

describe('chaos: real network partitions (netns + veth + iptables DROP)', () => {
  let docker: Dockerode;
  let ns: NetNs;
  let dir: string;
  let c: ControllerProc;
  let agent: Proc;
  const running = async (w: string): Promise<NodeContainer[]> => (await nodeContainers(docker, nodeId)).filter((x) => x.workload === w);

  beforeAll(async () => {
    docker = await requireDocker();
    await removeNodeContainers(docker, [nodeId]);
    ns = createNetNs(0);
    dir = mkdtempSync(join(tmpdir(), 'ef-chaos-part-'));
    const [mqttPort, mqttTlsPort, httpPort] = [await freePort('127.0.0.1'), await freePort(ns.hostIp), await freePort(ns.hostIp)];
    // The host side of the veth is not loopback: the agent comes in over mqtts, as in production.
    c = await startControllerProc(dir, { host: ns.hostIp, mqttPort, mqttTlsPort, httpPort, telemetryIntervalMs: 1000, logLevel: 'debug' });
    const args = ['agent', '--server', c.mqttUrl, '--node-id', nodeId, '--state-dir', join(dir, 'agent'), '--label', `chaos=${tag}`];
    agent = startProc([...args, '--keepalive-s', '2', '--reconnect-ms', '500', '--reconnect-max-ms', '2000'], {}, { prefix: ns.exec });
    await waitStatus(c, nodeId, 'Online', 30_000);
    await c.apply(sleeperYaml(`steady-${tag}`, placement));
    await waitUntil('steady workload running', async () => (await running(`steady-${tag}`)).some((x) => x.state === 'running'), 30_000);
  });

  afterAll(async () => {
    ns?.heal();
    await agent?.stop();
    await c?.proc.stop();
    ns?.destroy();
    if (docker) await removeNodeContainers(docker, [nodeId]);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it(`partition of ${PARTITION_S} s${scaled}, telemetry at 1 s: 0 lost, 0 duplicates, order kept, the backlog drained after heal`, async () => {
    const PARTITION_MS = PARTITION_S * 1000;
    await waitUntil('telemetry flowing', async () => ((await c.node(nodeId))?.telemetryStream.lastSeq ?? 0) >= 3, 20_000);
    ns.partition();
    const tCut = Date.now();
    const offlineMs = await waitStatus(c, nodeId, 'Offline', 60_000);
    await sleep(PARTITION_MS - (Date.now() - tCut));
    ns.heal();
    const tHeal = Date.now();
    // Every sample taken up to the heal (one a second) must be at the controller.
    const takenByHeal = Math.floor((tHeal - tCut) / 1000);
    const cutSeq = (await c.node(nodeId))?.telemetryStream.lastSeq ?? 0;
    // Generous waits, not speed bounds: the times are printed (speed lives in `npm run bench`).
    const onlineMs = await waitStatus(c, nodeId, 'Online', 120_000);
    const s = await waitUntil(
      'backlog drained',
      async () => {
        const st = (await c.node(nodeId))?.telemetryStream;
        return st && st.lastSeq >= cutSeq + takenByHeal && st.missing === 0 ? st : undefined;
      },
      180_000,
      200,
    );
    const drainedMs = Date.now() - tHeal;
    // Order at the controller's ingress: batch after batch, each starting right after the last.
    const batches = c.proc.lines
      .filter((l) => l.msg === 'telemetry' && l.node === nodeId)
      .map((l) => ({ first: Number(l.firstSeq), last: Number(l.lastSeq), dup: Number(l.duplicates) }));
    let outOfOrder = 0;
    for (let i = 1; i < batches.length; i++) if (batches[i]!.dup === 0 && batches[i]!.first !== batches[i - 1]!.last + 1) outOfOrder++;
    console.log(
      `partition ${PARTITION_S} s: offline detected after ${offlineMs} ms; back online ${onlineMs} ms after heal; ` +
        `backlog of ~${takenByHeal} samples drained ${drainedMs} ms after heal; received ${s.received}, lastSeq ${s.lastSeq}, ` +
        `missing ${s.missing}, duplicates ${s.duplicates}, dropped ${s.dropped}, batches ${batches.length}, out of order ${outOfOrder}`,
    );
    expect(s.received).toBe(s.lastSeq); // seqs 1..lastSeq, each stored once
    expect(s.missing).toBe(0);
    expect(s.dropped).toBe(0);
    expect(s.duplicates).toBe(0);
    expect(outOfOrder).toBe(0);
  }, PARTITION_S * 1000 + 420_000);

  it('desired state changed during a 10 s partition: applied after heal, no container flapping', async () => {
    const before = await running(`steady-${tag}`);
    ns.partition();
    const tCut = Date.now();
    await waitStatus(c, nodeId, 'Offline', 60_000);
    // A changed spec (env) for a workload the silent node keeps: one recreate after the heal.
    await c.apply(sleeperYaml(`steady-${tag}`, placement, { VERSION: '2' }));
    const pending = await waitUntil('pending delivery shown', async () => {
      const n = await c.node(nodeId);
      return n?.delivery === 'pending-offline' ? n : undefined;
    }, 60_000);
    expect(pending.deliveryMessage).toBe(`offline, pending delivery of generation ${pending.desiredGeneration}`);
    await sleep(10_000 - (Date.now() - tCut));
    ns.heal();
    const tHeal = Date.now();
    const isNew = (x: NodeContainer): boolean => x.state === 'running' && x.env.includes('VERSION=2');
    await waitUntil('changed workload running, node current', async () => {
      const n = await c.node(nodeId);
      return n?.delivery === 'current' && n.appliedGeneration === pending.desiredGeneration && (await running(`steady-${tag}`)).some(isNew);
    }, 120_000, 100);
    const appliedMs = Date.now() - tHeal;
    const first = await running(`steady-${tag}`);
    await sleep(3000); // anything that would flap has time to
    const later = await running(`steady-${tag}`);
    console.log(
      `desired change in 10 s partition: "${pending.deliveryMessage}" while cut; applied ${appliedMs} ms after heal; ` +
        `containers of the workload after: ${later.length} (old ${before[0]?.id.slice(0, 12)} replaced once by ${later[0]?.id.slice(0, 12)}, same start time 3 s later: ${later[0]?.startedAt === first[0]?.startedAt})`,
    );
    expect(later).toHaveLength(1);
    expect(later.every(isNew)).toBe(true);
    expect(later.map((x) => [x.id, x.startedAt])).toEqual(first.map((x) => [x.id, x.startedAt]));
    expect(later[0]?.id).not.toBe(before[0]?.id);
  }, 300_000);
});
