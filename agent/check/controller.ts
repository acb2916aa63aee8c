// Controller reachable: its MQTT broker answers an MQTT CONNECT, and its HTTP API answers
// /healthz (whose Date header also dates the controller's clock, see clock.ts).
//
// The MQTT probe connects anonymously with a client id of its own: it must never use the node's
// own client id, which would take over (and drop) the running agent's session. A broker that
// refuses the anonymous probe (CONNACK "not authorized") still proves it is there and speaks MQTT.
import { randomBytes } from 'node:crypto';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { connect as tcpConnect, type Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import { describeError, result, type CheckResult } from './types.js';

export interface MqttProbe {
  /** CONNACK return code: 0 accepted, 4 bad credentials, 5 not authorized, ... */
  returnCode: number;
  tls: boolean;
  /** Whether the TLS peer certificate was verified (false when no CA was given to verify it). */
  verified: boolean;
  ms: number;
}

/** An MQTT 3.1.1 CONNECT with a clean session and no credentials. */
export function connectPacket(clientId: string): Buffer {
  const id = Buffer.from(clientId, 'utf8');
  const variable = Buffer.from([0x00, 0x04, 0x4d, 0x51, 0x54, 0x54, 0x04, 0x02, 0x00, 0x0a]);
  const rest = Buffer.concat([variable, Buffer.from([id.length >> 8, id.length & 0xff]), id]);
  if (rest.length > 127) throw new Error('client id too long for the probe');
  return Buffer.concat([Buffer.from([0x10, rest.length]), rest]);
}

export function probeMqtt(url: string, opts: { timeoutMs: number; ca?: Buffer; now?: () => number }): Promise<MqttProbe> {
  const now = opts.now ?? Date.now;
  const u = new URL(url);
  const tls = u.protocol === 'mqtts:';
  const port = u.port ? Number(u.port) : tls ? 8883 : 1883;
  const host = u.hostname.replace(/^\[|\]$/g, '');
  const started = now();
  return new Promise((resolve, reject) => {
    let sock: Socket;
    const onOpen = (): void => {
      sock.write(connectPacket(`efcheck-${randomBytes(6).toString('hex')}`));
    };
    if (tls) {
      sock = tlsConnect({ host, port, servername: host, rejectUnauthorized: opts.ca !== undefined, ...(opts.ca ? { ca: opts.ca } : {}) }, onOpen);
    } else {
      sock = tcpConnect({ host, port }, onOpen);
    }
    let buf = Buffer.alloc(0);
    const timer = setTimeout(() => sock.destroy(Object.assign(new Error('timed out'), { code: 'ETIMEDOUT' })), opts.timeoutMs);
    const done = (err: Error | null, v?: MqttProbe): void => {
      clearTimeout(timer);
      sock.removeAllListeners('data');
      if (err) {
        sock.destroy();
        reject(err);
        return;
      }
      // A polite goodbye when we were let in, so the broker logs no error for the probe.
      if (v?.returnCode === 0) sock.end(Buffer.from([0xe0, 0x00]));
      else sock.destroy();
      resolve(v as MqttProbe);
    };
    sock.on('data', (d: Buffer) => {
      buf = Buffer.concat([buf, d]);
      if (buf.length < 4) return;
      if (buf[0] !== 0x20 || buf[1] !== 0x02) return done(new Error('the peer answered, but not with an MQTT CONNACK: is this the MQTT port?'));
      const verified = tls && opts.ca !== undefined;
      done(null, { returnCode: buf[3] ?? 255, tls, verified, ms: now() - started });
    });
    sock.on('error', (err) => done(err));
    sock.on('close', () => done(new Error('the connection closed before the broker answered')));
  });
}

const CONNACK_WORDS: Record<number, string> = {
  0: 'accepted the probe',
  1: 'refused the protocol version',
  2: 'refused the client id',
  3: 'says it is unavailable',
  4: 'refused the probe\'s missing credentials, as it should',
  5: 'refused the anonymous probe, as it should',
};

export function mqttResult(url: string, probe: MqttProbe | Error): CheckResult {
  if (probe instanceof Error) {
    return result('controller-mqtt', 'error', `cannot reach the controller's broker at ${url}: ${describeError(probe)}`, { url });
  }
  const words = CONNACK_WORDS[probe.returnCode] ?? `answered CONNACK ${probe.returnCode}`;
  const details = { url, ...probe };
  if (probe.returnCode === 3) return result('controller-mqtt', 'error', `the broker at ${url} ${words}`, details);
  const tlsNote = probe.tls && !probe.verified ? ' (TLS, certificate not verified by this check)' : '';
  return result('controller-mqtt', 'ok', `broker at ${url} answered in ${probe.ms} ms and ${words}${tlsNote}`, details);
}

export interface ApiProbe {
  status: number;
  /** The controller's clock from its Date header (ms, second resolution), if it sent one. */
  serverDateMs: number | undefined;
  /** Local clock at the middle of the round trip. */
  localMidMs: number;
  rttMs: number;
}

/**
 * GET /healthz with node:http(s), not fetch: the shipped agent runs in V8's lite mode without
 * WebAssembly (scripts/bundle-agent.mjs), and fetch's HTTP parser (undici's llhttp) is WebAssembly.
 */
export function probeApi(api: string, opts: { timeoutMs: number; ca?: Buffer; now?: () => number }): Promise<ApiProbe> {
  const now = opts.now ?? Date.now;
  const url = new URL('/healthz', api);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return Promise.reject(new Error(`${api}: expected an http:// or https:// URL`));
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  const t0 = now();
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'GET', timeout: opts.timeoutMs, ...(opts.ca ? { ca: opts.ca } : {}) }, (res: IncomingMessage) => {
      const t1 = now();
      res.resume(); // the body does not matter, only the status and the Date header
      const date = res.headers.date;
      const parsed = date ? Date.parse(date) : NaN;
      resolve({ status: res.statusCode ?? 0, serverDateMs: Number.isNaN(parsed) ? undefined : parsed, localMidMs: (t0 + t1) / 2, rttMs: t1 - t0 });
    });
    req.on('timeout', () => req.destroy(Object.assign(new Error('timed out'), { code: 'ETIMEDOUT' })));
    req.on('error', reject);
    req.end();
  });
}

export function apiResult(api: string | undefined, probe: ApiProbe | Error | undefined): CheckResult {
  if (api === undefined || probe === undefined) {
    return result('controller-api', 'skip', 'no controller HTTP URL (set api: in the config file or --api) ');
  }
  if (probe instanceof Error) return result('controller-api', 'error', `cannot reach the controller's API at ${api}: ${describeError(probe)}`, { url: api });
  const details = { url: api, status: probe.status, rttMs: probe.rttMs };
  if (probe.status !== 200) return result('controller-api', 'error', `the controller's API at ${api} answered /healthz with HTTP ${probe.status}`, details);
  return result('controller-api', 'ok', `controller API at ${api} is healthy (${probe.rttMs} ms)`, details);
}
