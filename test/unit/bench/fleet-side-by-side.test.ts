// fleet-mosquitto's table: each Mosquitto row takes the embedded-aedes figure of the same run as its
// reference (the restart row takes aedes' connect storm), keeping its own reference in the note.
import { describe, expect, it } from 'vitest';
import { sideBySide } from '../../bench/fleet-mosquitto.js';
import { RESYNC_METRIC } from '../../bench/fleet-sim.js';
import type { Row } from '../../bench/types.js';

const aedes: Row[] = [
  { group: 'fleet-1k', metric: 'connect storm: all online after restart (controller view)', value: 8171, unit: 'ms', reference: { what: 'floor', value: 2000 } },
  { group: 'fleet-1k', metric: 'steady 10 s telemetry: controller CPU', value: 5, unit: '% of a core' },
  { group: 'fleet-1k', metric: 'max sustained telemetry ingest', value: 19786, unit: 'samples/s' },
];

describe('fleet-mosquitto side by side', () => {
  it('gives each Mosquitto row the aedes figure of the same metric as its reference', () => {
    const [cpu] = sideBySide([{ group: 'fleet-mosquitto', metric: 'steady 10 s telemetry: controller CPU', value: 3, unit: '% of a core', note: '5 s window', reference: { what: 'same fleet, no telemetry', value: 0.4 } }], aedes);
    expect(cpu?.reference).toEqual({ what: 'aedes (same run)', value: 5 });
    expect(cpu?.note).toBe('5 s window; same fleet, no telemetry: 0.4');
    expect(cpu?.value).toBe(3);
  });

  it("compares the controller's resync after a restart with aedes' connect storm", () => {
    const [resync] = sideBySide([{ group: 'fleet-mosquitto', metric: RESYNC_METRIC, value: 1500, unit: 'ms' }], aedes);
    expect(resync?.reference).toEqual({ what: 'aedes (same run)', value: 8171 });
  });

  it('leaves a row without an aedes counterpart as it was, and keeps targets', () => {
    const own: Row = { group: 'fleet-mosquitto', metric: 'mosquitto RSS at the end', value: 12, unit: 'MiB' };
    const ingest: Row = { group: 'fleet-mosquitto', metric: 'max sustained telemetry ingest', value: 15000, unit: 'samples/s', target: { op: '>=', value: 20000 } };
    const out = sideBySide([own, ingest], aedes);
    expect(out[0]).toEqual(own);
    expect(out[1]).toMatchObject({ target: { op: '>=', value: 20000 }, reference: { what: 'aedes (same run)', value: 19786 } });
  });
});
