// `edgefleet sim` against a real controller process: 20 simulated nodes (real mqtt.js clients,
// real protocol, fake in-memory runtime, in 2 worker processes) come online, a perNode workload
// reaches every one of them and is reported running, and a stopped simulator leaves them
// offline. Keeps the simulator behind the fleet benchmarks correct; no timing is asserted here.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authedFetch } from '../helpers/auth.js';
import { runCli, startProc, type Proc } from '../helpers/process.js';
import { waitUntil } from '../helpers/wait.js';

const NODES = 20;

interface NodeJson {
  name: string;
  status: string;
  desiredGeneration: number;
  appliedGeneration: number;
}

describe('edgefleet sim (fake runtime) against a real controller', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ef-sim-'));
  const dataDir = join(dir, 'controller');
  const get = authedFetch(dataDir);
  let controller: Proc;
  let mqtt = '';
  let http = '';
  const nodes = async (fleet: string): Promise<NodeJson[]> => {
    const res = await get(`${http}/api/v1/nodes?selector=${encodeURIComponent(`sim-fleet=${fleet}`)}`);
    return ((await res.json()) as { items: NodeJson[] }).items;
  };

  beforeAll(async () => {
    controller = startProc(['controller', '--data-dir', dataDir, '--mqtt-port', '0', '--http-port', '0']);
    const ready = await controller.waitForLog((l) => l.msg === 'controller ready');
    mqtt = `mqtt://127.0.0.1:${String(ready.mqttPort)}`;
    http = `http://127.0.0.1:${String(ready.httpPort)}`;
  });

  afterAll(async () => {
    await controller?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it(`brings ${NODES} nodes online, applies a perNode workload on all of them, and leaves them offline when stopped`, async () => {
    const fleet = `simit${process.pid}`;
    // No credentials file: the simulator enrolls its nodes through the API first (--api, admin token from --data-dir).
    const sim = startProc(['sim', '--controller', mqtt, '--api', http, '--data-dir', dataDir, '--nodes', String(NODES), '--workers', '2', '--node-prefix', fleet, '--scenario', 'none', '--telemetry-interval', '1s']);
    try {
      await waitUntil(`${NODES} simulated nodes online`, async () => (await nodes(fleet)).filter((n) => n.status === 'Online').length === NODES, 60_000, 200);
      const manifest = `apiVersion: edgefleet.io/v1
kind: Workload
metadata: { name: ${fleet}-w }
spec:
  container: { image: edgefleet/busybox:test, command: [sleep, "3600"], network: none }
  placement: { mode: perNode, nodeSelector: { sim-fleet: ${fleet} } }
  rollout: { maxParallel: 5, minHealthyTime: 1s, healthyDeadline: 60s }
`;
      const applied = await get(`${http}/api/v1/apply`, { method: 'POST', headers: { 'content-type': 'application/yaml' }, body: manifest });
      expect(applied.status).toBe(200);
      const w = await waitUntil(
        'the workload running on every simulated node',
        async () => {
          const res = await get(`${http}/api/v1/workloads/${fleet}-w`);
          const body = (await res.json()) as { placed: number; running: number };
          return body.running === NODES ? body : undefined;
        },
        60_000,
        200,
      );
      expect(w.placed).toBe(NODES);
      const all = await nodes(fleet);
      expect(all).toHaveLength(NODES);
      for (const n of all) expect(n.appliedGeneration, n.name).toBe(n.desiredGeneration);
      // A config change is revision 2, in waves of 5 with minHealthyTime: it finishes only because
      // the simulated nodes report the revision they run and since when it has been ready.
      const set = await get(`${http}/api/v1/config`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ scope: 'selector', selector: `sim-fleet=${fleet}`, set: { SIM_MODE: 'waves' } }),
      });
      expect(set.status).toBe(200);
      const rollout = await waitUntil(
        'the config revision rolled out to every simulated node',
        async () => {
          const r = (await (await get(`${http}/api/v1/workloads/${fleet}-w/rollout`)).json()) as { finished: boolean; target: number; waves: string[][]; counts: { done: number } };
          return r.finished && r.target === 2 ? r : undefined;
        },
        90_000,
        200,
      );
      expect(rollout.waves.map((w) => w.length)).toEqual([5, 5, 5, 5]);
      expect(rollout.counts.done).toBe(NODES);
      // Telemetry at 1 s reached the controller's history for the simulated nodes.
      const summary = (await (await get(`${http}/api/v1/fleet/summary?selector=${encodeURIComponent(`sim-fleet=${fleet}`)}`)).json()) as {
        nodes: { total: number; online: number };
        telemetry: { samplesReceived: number };
      };
      expect(summary.nodes).toEqual({ total: NODES, online: NODES });
      await waitUntil('telemetry from the simulated nodes', async () => {
        const s = (await (await get(`${http}/api/v1/fleet/summary`)).json()) as { telemetry: { samplesReceived: number } };
        return s.telemetry.samplesReceived >= NODES;
      }, 30_000, 200);
    } finally {
      await sim.stop('SIGTERM');
    }
    await waitUntil('every simulated node offline after the simulator stopped', async () => (await nodes(fleet)).every((n) => n.status === 'Offline'), 30_000, 200);
  }, 180_000);

  it('runs the apply scenario and prints its figures as JSON', async () => {
    const fleet = `simjs${process.pid}`;
    const r = await runCli(['sim', '--controller', mqtt, '--api', http, '--data-dir', dataDir, '--nodes', String(NODES), '--workers', '2', '--node-prefix', fleet, '--scenario', 'apply', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { nodes: number; metrics: { name: string; value: number; note?: string }[] };
    expect(out.nodes).toBe(NODES);
    const names = out.metrics.map((m) => m.name);
    expect(names).toContain('all online (controller view)');
    expect(names).toContain('apply acked max (controller view)');
    const nodeView = out.metrics.find((m) => m.name === 'apply acked p99 (node view)');
    expect(nodeView?.note).toContain(`${NODES} nodes`);
    expect((await nodes(fleet)).every((n) => n.appliedGeneration === n.desiredGeneration && n.desiredGeneration > 0)).toBe(true);
  }, 180_000);
});
