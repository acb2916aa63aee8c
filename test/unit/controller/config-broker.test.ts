// The external-broker settings of the controller's configuration: every problem at once.
import { describe, expect, it } from 'vitest';
import { makeControllerConfig, nodeSilenceTimeoutMs } from '../../../controller/config.js';
import { isControllerError } from '../../../controller/errors.js';

function problems(input: Parameters<typeof makeControllerConfig>[0]): string[] {
  try {
    makeControllerConfig(input);
    return [];
  } catch (err) {
    if (!isControllerError(err)) throw err;
    return err.details as string[];
  }
}

describe('controller config: external broker', () => {
  it('accepts mqtt and mqtts URLs', () => {
    expect(makeControllerConfig({ brokerUrl: 'mqtt://127.0.0.1:1883' }).brokerUrl).toBe('mqtt://127.0.0.1:1883');
    expect(problems({ brokerUrl: 'mqtts://broker.example:8883', brokerCaFile: '/ca.pem' })).toEqual([]);
  });

  it('refuses other schemes, credentials in the URL, node-like identities and half a client certificate', () => {
    expect(
      problems({
        brokerUrl: 'http://u:p@host:1883/x',
        brokerClientId: 'controller',
        brokerUsername: 'ops',
        brokerCertFile: '/c.pem',
      }),
    ).toEqual([
      'brokerUrl: scheme http: is not mqtt: or mqtts:',
      'brokerUrl: put no credentials in the URL (they would show in process lists and logs); use --broker-username and --broker-password-file',
      'brokerUrl: unexpected path /x',
      "brokerClientId: controller is a valid node id, so a node of that name could take the controller's session over; start it with _ (default _edgefleet)",
      "brokerUsername: ops is a valid node id and could collide with a node's identity; start it with _ (default _edgefleet)",
      'brokerCertFile and brokerKeyFile go together: give both or neither',
    ]);
    expect(problems({ brokerUrl: 'not a url' })).toEqual(['brokerUrl: "not a url" is not a URL; expected mqtt://host:port or mqtts://host:port']);
  });

  it('refuses broker files without a broker, and a silence timeout shorter than two telemetry intervals', () => {
    expect(problems({ brokerPasswordFile: '/pw', nodeSilenceTimeoutMs: 5000, telemetryIntervalMs: 10_000 })).toEqual([
      'broker TLS or password files are set but no --broker URL: they apply only to an external broker',
      'nodeSilenceTimeoutMs: 5000 is less than two telemetry intervals (20000 ms): healthy nodes would flap Offline',
    ]);
  });

  it('defaults the silence timeout to max(60 s, 3 telemetry intervals)', () => {
    expect(nodeSilenceTimeoutMs({ nodeSilenceTimeoutMs: 0, telemetryIntervalMs: 10_000 })).toBe(60_000);
    expect(nodeSilenceTimeoutMs({ nodeSilenceTimeoutMs: 0, telemetryIntervalMs: 60_000 })).toBe(180_000);
    expect(nodeSilenceTimeoutMs({ nodeSilenceTimeoutMs: 90_000, telemetryIntervalMs: 10_000 })).toBe(90_000);
  });
});
