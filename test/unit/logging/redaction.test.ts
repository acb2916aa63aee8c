// Credentials never reach a log line, wherever they sit in a log call: asserted on the lines
// pino actually wrote (the shared logger setup of both processes, proto/logging.ts).
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { makeProcessLogger, REDACTED, redact, scrubString } from '../../../proto/logging.js';

async function capture(level = 'debug'): Promise<{ log: import('pino').Logger; text: () => string; lines: () => Record<string, unknown>[] }> {
  const chunks: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _enc, cb) {
      chunks.push(chunk.toString('utf8'));
      cb();
    },
  });
  const log = await makeProcessLogger({ app: 'test', level, destination, format: 'json' });
  const text = (): string => chunks.join('');
  return { log, text, lines: () => text().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>) };
}

const SECRET = 's3cr3t-VALUE-that-must-never-show';

describe('log redaction', () => {
  it('redacts credential keys at any depth, in arrays, and in child bindings', async () => {
    const { log, text, lines } = await capture();
    log.info({ token: SECRET, user: 'ann' }, 'top level');
    log.info({ req: { headers: { authorization: `Bearer ${SECRET}`, host: 'x' } } }, 'nested header');
    log.info({ a: { b: { c: { d: { clientSecret: SECRET, password: SECRET, apiKey: SECRET, 'x-api-key': SECRET } } } } }, 'deep');
    log.info({ list: [{ joinToken: SECRET }, { privateKey: SECRET }] }, 'in an array');
    log.info({ registry: { auths: { 'r.example': { auth: SECRET } } } }, 'registry auth');
    log.child({ credentials: { password: SECRET } }).info('from a child');
    log.warn({ Cookie: SECRET, passphrase: SECRET }, 'odd casing');
    log.child({ component: 'link' }).child({ node: 'n1', adminToken: SECRET }).info('from a grandchild');
    expect(text()).not.toContain(SECRET);
    const [top, nested, deep, arr, reg] = lines();
    expect(top).toMatchObject({ token: REDACTED, user: 'ann', msg: 'top level' });
    expect(nested).toMatchObject({ req: { headers: { authorization: REDACTED, host: 'x' } } });
    expect(deep).toMatchObject({ a: { b: { c: { d: { clientSecret: REDACTED, password: REDACTED, apiKey: REDACTED, 'x-api-key': REDACTED } } } } });
    expect(arr).toMatchObject({ list: [{ joinToken: REDACTED }, { privateKey: REDACTED }] });
    expect(reg).toMatchObject({ registry: { auths: REDACTED } });
    expect(lines().filter((l) => JSON.stringify(l).includes(REDACTED))).toHaveLength(8);
  });

  it('redacts secret env values wherever a spec is logged, keeps plain ones', async () => {
    const { log, text, lines } = await capture();
    const env = [{ name: 'API_TOKEN', value: SECRET, secret: true }, { name: 'LEVEL', value: 'info', secret: false }];
    log.info({ workload: { container: { env } } }, 'a whole workload');
    log.info({ manifest: { spec: { container: { secretEnv: { API_TOKEN: SECRET }, env: { LEVEL: 'info' } } } } }, 'a manifest');
    expect(text()).not.toContain(SECRET);
    const [w, m] = lines();
    expect(w).toMatchObject({ workload: { container: { env: [{ name: 'API_TOKEN', value: REDACTED }, { name: 'LEVEL', value: 'info', secret: false }] } } });
    expect(m).toMatchObject({ manifest: { spec: { container: { secretEnv: REDACTED, env: { LEVEL: 'info' } } } } });
  });

  it('scrubs credentials inside strings: messages, URLs, errors', async () => {
    const { log, text, lines } = await capture();
    log.info(`connecting to mqtts://edge:${SECRET}@127.0.0.1:8883`);
    log.info({ url: `http://127.0.0.1:8080/api?token=${SECRET}&page=2` }, 'query');
    log.error(new Error(`request failed: Authorization: Bearer ${SECRET}`));
    log.warn({ err: Object.assign(new Error('wrapped'), { password: SECRET }) }, 'error with a property');
    log.info('formatted %s', `Basic ${SECRET}`);
    expect(text()).not.toContain(SECRET);
    const [url, query, err, prop, fmt] = lines();
    expect(url?.msg).toBe(`connecting to mqtts://edge:${REDACTED}@127.0.0.1:8883`);
    expect(query?.url).toBe(`http://127.0.0.1:8080/api?token=${REDACTED}&page=2`);
    expect(err).toMatchObject({ level: 50, err: { type: 'Error', message: `request failed: Authorization: Bearer ${REDACTED}` } });
    expect(String((err?.err as { stack: string }).stack)).toContain('redaction.test.ts');
    expect(prop).toMatchObject({ err: { message: 'wrapped', password: REDACTED } });
    expect(fmt?.msg).toBe(`formatted Basic ${REDACTED}`);
  });

  it('keeps what operators need: where a credential lives, which one, and ordinary fields', () => {
    const v = { adminTokenFile: '/var/lib/edgefleet/admin.token', tokenId: 'tok-1', node: 'n1', labels: { zone: 'a' }, empty: { token: '' } };
    expect(redact(v)).toBe(v); // nothing to redact: the same object, not a copy
    expect(scrubString('mqtt://127.0.0.1:1883 and http://host/x?page=1')).toBe('mqtt://127.0.0.1:1883 and http://host/x?page=1');
  });

  it('survives cycles and leaves the caller\'s object untouched', () => {
    const o: Record<string, unknown> = { token: SECRET };
    o.self = o;
    const r = redact(o) as Record<string, unknown>;
    expect(r.token).toBe(REDACTED);
    expect(o.token).toBe(SECRET);
  });

  it('writes one JSON object per line, named for its process', async () => {
    const { log, lines } = await capture();
    log.info({ node: 'n1' }, 'hello');
    expect(lines()[0]).toMatchObject({ app: 'test', node: 'n1', msg: 'hello', level: 30 });
  });
});
