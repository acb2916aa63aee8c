// Broker side by side at fleet scale (issue 9, item 5): fleet-1k's scenarios (fleet-sim.ts: 1,000
// simulated nodes, a real controller process) with the controller as a client of a real Debian
// Mosquitto 2.0 (`edgefleet controller --broker mqtt://...`, configured by `edgefleet broker config
// mosquitto`, passwd kept in step by --mosquitto-dir as the nodes enroll), each row beside the
// embedded-aedes figure measured in the same `npm run bench` run: fleet-1k's rows when it ran
// before, otherwise this bench runs fleet-1k first.
//
// The connect storm after a controller restart has no Mosquitto counterpart: the nodes stay
// connected to Mosquitto while the controller restarts. What is measured instead is the time from
// the controller's spawn until it counts every node online again (their retained states come
// again on its resubscribe); its reference is aedes' connect storm, the same question ("how long
// until the restarted controller sees its fleet") answered by a reconnect of every node.
import { FLEET_1K, fleetRowsOfThisRun, RESYNC_METRIC, runFleet } from './fleet-sim.js';
import { PartialResults, type Bench, type BenchContext, type Row } from './types.js';

const AEDES = 'aedes (same run)';

/** The aedes row each Mosquitto row compares with, when its metric name differs. */
const AEDES_METRIC: Readonly<Record<string, string>> = {
  [RESYNC_METRIC]: 'connect storm: all online after restart (controller view)',
};

/** Runs one fleet; a failure part way still yields the rows measured before it. */
async function measured(run: () => Promise<Row[]>): Promise<{ rows: Row[]; error: string | null }> {
  try {
    return { rows: await run(), error: null };
  } catch (err) {
    if (err instanceof PartialResults) return { rows: err.rows, error: err.message };
    throw err;
  }
}

/** Mosquitto's rows with aedes' same-run figure as their reference; a row's own reference moves to its note. */
export function sideBySide(mosquitto: readonly Row[], aedes: readonly Row[]): Row[] {
  return mosquitto.map((r) => {
    const a = aedes.find((x) => x.metric === (AEDES_METRIC[r.metric] ?? r.metric));
    if (!a) return r;
    const own = r.reference ? `${r.reference.what}: ${r.reference.value}` : null;
    const note = [r.note, own].filter((x): x is string => !!x).join('; ');
    return { ...r, reference: { what: AEDES, value: a.value }, ...(note ? { note } : {}) };
  });
}

async function run(ctx: BenchContext): Promise<Row[]> {
  const out: Row[] = [];
  const errors: string[] = [];
  let aedes = fleetRowsOfThisRun.get(FLEET_1K.name);
  if (!aedes) {
    ctx.log('fleet-mosquitto: fleet-1k did not run before in this run; measuring the embedded aedes side first');
    const a = await measured(() => runFleet(ctx, FLEET_1K, 'aedes'));
    aedes = a.rows;
    out.push(...a.rows);
    if (a.error) errors.push(`aedes side: ${a.error}`);
  }
  const m = await measured(() => runFleet(ctx, { ...FLEET_1K, name: 'fleet-mosquitto' }, 'mosquitto'));
  out.push(...sideBySide(m.rows, aedes));
  if (m.error) errors.push(`mosquitto side: ${m.error}`);
  if (errors.length > 0) throw new PartialResults(out, errors.join('\n'));
  return out;
}

// Full run only: --quick was already past its 2 minutes without it (docs/benchmarks.md); `--quick --only fleet-mosquitto` runs it.
export const fleetMosquittoBench: Bench = { name: 'fleet-mosquitto', fullOnly: true, run };
