// The data-dir side of the Mosquitto configuration: the controller's password (created once,
// 0600), the enrolled nodes' hashes (added at enrollment, dropped at removal, malformed lines
// reported), and the CLI command writing the three files.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyMosquittoPassword } from '../../../controller/broker/mosquitto-config.js';
import { ensureControllerPassword, forgetNodeSecret, nodesPasswdFile, readNodeHashes, recordNodeSecret } from '../../../controller/broker/mosquitto-files.js';
import { mosquittoConfigCmd, type MosquittoConfigFlags } from '../../../controller/cli/broker.js';

describe('mosquitto files in the data dir', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ef-mqf-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("creates the controller's password once, 0600", () => {
    const a = ensureControllerPassword(dir);
    expect(a.created).toBe(true);
    expect(a.password.length).toBeGreaterThanOrEqual(40);
    expect(statSync(a.file).mode & 0o777).toBe(0o600);
    const b = ensureControllerPassword(dir);
    expect(b).toMatchObject({ created: false, password: a.password });
  });

  it('keeps a hash per enrolled node and drops it on removal', () => {
    recordNodeSecret(dir, 'n1', 'secret-1');
    recordNodeSecret(dir, 'n2', 'secret-2');
    recordNodeSecret(dir, 'n1', 'secret-1b'); // re-enrolled: a new secret
    const h = readNodeHashes(dir);
    expect([...h.keys()]).toEqual(['n1', 'n2']);
    expect(verifyMosquittoPassword('secret-1b', h.get('n1') ?? '')).toBe(true);
    expect(verifyMosquittoPassword('secret-1', h.get('n1') ?? '')).toBe(false);
    expect(readFileSync(nodesPasswdFile(dir), 'utf8')).not.toContain('secret');
    expect(forgetNodeSecret(dir, 'n1')).toBe(true);
    expect(forgetNodeSecret(dir, 'n1')).toBe(false);
    expect([...readNodeHashes(dir).keys()]).toEqual(['n2']);
  });

  it('reports every malformed line of the nodes file', () => {
    recordNodeSecret(dir, 'n1', 's');
    writeFileSync(nodesPasswdFile(dir), `${readFileSync(nodesPasswdFile(dir), 'utf8')}BAD:$7$1$a$b\nn3:plaintext\n`);
    expect(() => readNodeHashes(dir)).toThrow(/line 2: .*\n.*line 3: /);
  });

  it('the CLI writes mosquitto.conf, acl and passwd with the nodes and the controller', () => {
    recordNodeSecret(dir, 'n1', 'secret-1');
    const out: string[] = [];
    const flags: MosquittoConfigFlags = {
      dataDir: dir,
      outDir: join(dir, 'mosq'),
      prefix: 'edgefleet/v1',
      persistenceDir: join(dir, 'data'),
      persistence: true,
      controllerUsername: '_edgefleet',
      group: '',
    };
    expect(mosquittoConfigCmd(flags, (s) => out.push(s), () => undefined)).toBe(0);
    expect(out.join('')).toContain('(1 nodes)');
    const passwd = readFileSync(join(dir, 'mosq', 'passwd'), 'utf8').trim().split('\n');
    expect(passwd.map((l) => l.split(':')[0])).toEqual(['_edgefleet', 'n1']);
    expect(verifyMosquittoPassword(ensureControllerPassword(dir).password, passwd[0]?.slice('_edgefleet:'.length) ?? '')).toBe(true);
    expect(readFileSync(join(dir, 'mosq', 'mosquitto.conf'), 'utf8')).toContain(`password_file ${join(dir, 'mosq', 'passwd')}\n`);
    expect(statSync(join(dir, 'mosq', 'passwd')).mode & 0o777).toBe(0o640);
  });
});
