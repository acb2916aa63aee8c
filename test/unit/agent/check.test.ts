// The verdicts of `edgefleet agent check` from given facts (the probes themselves run against a
// real Docker and a real controller in test/integration/agent-check.test.ts).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { certificatesResult } from '../../../agent/check/certificates.js';
import { CLOCK_FLOOR_MS, clockResult } from '../../../agent/check/clock.js';
import { connectPacket, mqttResult } from '../../../agent/check/controller.js';
import { dockerResult } from '../../../agent/check/docker.js';
import { renderHuman, renderJson } from '../../../agent/check/render.js';
import { configResult } from '../../../agent/check/run.js';
import { stateDiskResult } from '../../../agent/check/disk.js';
import { selfSignedPem } from '../../helpers/certs.js';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 6, 12, 0, 0);

describe('agent check verdicts', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ef-check-unit-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('clock: a clock before this release is an error; skew against the controller is judged beyond its uncertainty', () => {
    expect(clockResult(Date.UTC(1970, 0, 1), undefined).status).toBe('error');
    expect(clockResult(CLOCK_FLOOR_MS + DAY, undefined)).toMatchObject({ status: 'ok', message: /not compared/ });
    const probe = (skewMs: number) => ({ status: 200, serverDateMs: Math.floor((NOW - skewMs) / 1000) * 1000, localMidMs: NOW, rttMs: 2 });
    expect(clockResult(NOW, probe(0)).status).toBe('ok');
    expect(clockResult(NOW, probe(4_000)).status).toBe('ok');
    const ahead = clockResult(NOW, probe(30_000));
    expect(ahead).toMatchObject({ status: 'warn', message: /ahead of the controller by 29\.\d s/ });
    expect(clockResult(NOW, probe(-600_000))).toMatchObject({ status: 'error', message: /behind the controller by 60\d\.\d s/ });
  });

  it('certificates: finds them by content in the state dir, errors when expired or not yet valid, warns when close', async () => {
    const s = join(dir, 'certs');
    mkdirSync(join(s, 'identity'), { recursive: true });
    expect(certificatesResult(s, NOW).status).toBe('skip');
    writeFileSync(join(s, 'identity', 'ca.pem'), await selfSignedPem('edgefleet-ca', NOW - DAY, NOW + 3650 * DAY));
    writeFileSync(join(s, 'identity', 'node.crt'), await selfSignedPem('edge-1', NOW - DAY, NOW + 90 * DAY));
    writeFileSync(join(s, 'identity', 'node.key.pem'), '-----BEGIN PRIVATE KEY-----\nnot a certificate\n-----END PRIVATE KEY-----\n');
    const ok = certificatesResult(s, NOW);
    expect(ok).toMatchObject({ status: 'ok', message: /2 certificates; the first to expire is .*node\.crt on .* \(90 days\)/ });
    expect(certificatesResult(s, NOW + 80 * DAY)).toMatchObject({ status: 'warn', message: /\(10 days\): renew it soon/ });
    expect(certificatesResult(s, NOW + 91 * DAY)).toMatchObject({ status: 'error', message: /node\.crt \(CN=edge-1\) expired/ });
    expect(certificatesResult(s, NOW - 2 * DAY)).toMatchObject({ status: 'error', message: /not valid before/ });
  });

  it('config: every problem listed; a readable file holding a join token is a warning', () => {
    const base = { agentVersion: '1', input: {}, api: undefined, configFile: '/etc/edgefleet/agent.yaml', configMode: 0o644, tokenInFile: false, timeoutMs: 1000 };
    expect(configResult({ ...base, configProblems: [] }).status).toBe('ok');
    expect(configResult({ ...base, configProblems: [], tokenInFile: true })).toMatchObject({ status: 'warn', message: /mode 644\): chmod 600/ });
    expect(configResult({ ...base, configProblems: [], tokenInFile: true, configMode: 0o600 }).status).toBe('ok');
    expect(configResult({ ...base, configProblems: ['a', 'b'] })).toMatchObject({ status: 'error', details: { problems: ['a', 'b'] } });
  });

  it('docker and broker verdicts name the cause and the fix', () => {
    const enoent = Object.assign(new Error('connect ENOENT /nope.sock'), { code: 'ENOENT' });
    expect(dockerResult('/nope.sock', enoent)).toMatchObject({ status: 'error', message: /cannot reach Docker at \/nope\.sock: no such file or socket; is dockerd running/ });
    const eacces = Object.assign(new Error('EACCES'), { code: 'EACCES' });
    expect(dockerResult('/s', eacces).message).toMatch(/permission denied; run the agent as root/);
    const facts = { version: '19.03.1', apiVersion: '1.40', os: 'linux', arch: 'arm64', rootDir: '/var/lib/docker', storageDriver: 'overlay2' };
    expect(dockerResult('/s', facts).status).toBe('warn');
    expect(dockerResult('/s', { ...facts, apiVersion: '1.43' }).status).toBe('ok');
    expect(mqttResult('mqtt://h:1883', { returnCode: 5, tls: false, verified: false, ms: 3 })).toMatchObject({ status: 'ok', message: /refused the anonymous probe, as it should/ });
    expect(mqttResult('mqtt://h:1883', { returnCode: 3, tls: false, verified: false, ms: 3 }).status).toBe('error');
  });

  it('the MQTT probe is a well-formed 3.1.1 CONNECT', () => {
    const p = connectPacket('efcheck-abc');
    expect(p[0]).toBe(0x10);
    expect(p[1]).toBe(p.length - 2);
    expect(p.subarray(2, 8).toString('latin1')).toBe('\u0000\u0004MQTT');
    expect(p[8]).toBe(4);
    expect(p.subarray(14).toString()).toBe('efcheck-abc');
  });

  it('disk: the outbox budget must fit in what is free', () => {
    expect(stateDiskResult(dir, 64 * 1024).status).toBe('ok');
    expect(stateDiskResult(join(dir, 'not', 'yet', 'created'), 64 * 1024)).toMatchObject({ status: 'ok', details: { path: dir } });
    expect(stateDiskResult(dir, Number.MAX_SAFE_INTEGER)).toMatchObject({ status: 'error', message: /less than the outbox budget/ });
  });

  it('renders one line per check and a JSON report with ok=false on any error', () => {
    const report = {
      agentVersion: '0.1.0',
      nodeId: 'edge-1',
      checks: [
        { id: 'docker' as const, status: 'ok' as const, message: 'Docker 20.10' },
        { id: 'clock' as const, status: 'error' as const, message: 'bad' },
      ],
      summary: { ok: 1, warn: 0, error: 1, skip: 0 },
    };
    expect(renderHuman(report)).toMatch(/\[ ok \] docker {2}Docker 20\.10\n\[FAIL\] clock {3}bad\n\n1 ok, 0 warnings, 1 error, 0 skipped/);
    expect(JSON.parse(renderJson(report))).toMatchObject({ ok: false, nodeId: 'edge-1' });
  });
});
