// The Mosquitto configuration generator, without mosquitto (test/integration/mosquitto-acl.test.ts
// runs the real broker on its output): password hashes in mosquitto_passwd's format, the ACL's
// rules, and every refusal at once.
import { describe, expect, it } from 'vitest';
import {
  mosquittoFiles,
  mosquittoInputProblems,
  mosquittoPasswordHash,
  verifyMosquittoPassword,
  type MosquittoConfigInput,
} from '../../../controller/broker/mosquitto-config.js';

// Made by Debian's mosquitto_passwd 2.0.11: `mosquitto_passwd -b pw alice s3cret`.
const FROM_MOSQUITTO_PASSWD = '$7$101$O/xYbCN03aSYb99P$ZqoQLlPBIeFUP7kMqXPL9BJezKUTd0rZ9W33IDsNeH5ZPEos5bYjw47iPhukHNusfIwBPxV6DoDM5zYLqNoVpA==';

const input = (over: Partial<MosquittoConfigInput> = {}): MosquittoConfigInput => ({
  prefix: 'edgefleet/v1',
  identity: 'username',
  listener: { host: '127.0.0.1', port: 1883 },
  tls: null,
  controller: { username: '_edgefleet', passwordHash: mosquittoPasswordHash('pw') },
  nodes: new Map([['node-b', mosquittoPasswordHash('b')], ['node-a', mosquittoPasswordHash('a')]]),
  paths: { passwordFile: '/etc/mosquitto/edgefleet/passwd', aclFile: '/etc/mosquitto/edgefleet/acl', persistenceDir: '/var/lib/mosquitto' },
  ...over,
});

describe('mosquitto password hashes', () => {
  it("reproduces mosquitto_passwd's hash from its salt", () => {
    const salt = Buffer.from('O/xYbCN03aSYb99P', 'base64');
    expect(mosquittoPasswordHash('s3cret', salt)).toBe(FROM_MOSQUITTO_PASSWD);
    expect(verifyMosquittoPassword('s3cret', FROM_MOSQUITTO_PASSWD)).toBe(true);
    expect(verifyMosquittoPassword('s3cret!', FROM_MOSQUITTO_PASSWD)).toBe(false);
  });

  it('salts every hash', () => {
    expect(mosquittoPasswordHash('x')).not.toBe(mosquittoPasswordHash('x'));
  });
});

describe('mosquittoFiles', () => {
  it('gives nodes their own topics by verified user name and the controller the whole prefix', () => {
    const f = mosquittoFiles(input());
    const rules = f.acl.split('\n').filter((l) => l && !l.startsWith('#'));
    expect(rules).toEqual([
      'pattern write edgefleet/v1/nodes/%u/hello',
      'pattern write edgefleet/v1/nodes/%u/state',
      'pattern write edgefleet/v1/nodes/%u/telemetry',
      'pattern write edgefleet/v1/nodes/%u/events',
      'pattern write edgefleet/v1/nodes/%u/replies',
      'pattern read edgefleet/v1/nodes/%u/desired',
      'pattern read edgefleet/v1/nodes/%u/commands',
      'user _edgefleet',
      'topic readwrite edgefleet/v1/#',
    ]);
    expect(f.conf).toContain('allow_anonymous false\n');
    expect(f.conf).toContain('listener 1883 127.0.0.1\n');
    expect(f.conf).toContain('persistence_location /var/lib/mosquitto/\n');
    expect(f.passwd.split('\n').map((l) => l.split(':')[0])).toEqual(['_edgefleet', 'node-a', 'node-b', '']);
  });

  it('development mode: anonymous nodes by client id, loopback only', () => {
    const f = mosquittoFiles(input({ identity: 'clientid', nodes: new Map() }));
    expect(f.conf).toContain('allow_anonymous true\n');
    expect(f.acl).toContain('pattern read edgefleet/v1/nodes/%c/desired\n');
    expect(f.acl).not.toContain('%u');
  });

  it('TLS: the client certificate names the user', () => {
    const tls = { host: '0.0.0.0', port: 8883, caFile: '/d/pki/ca.crt', certFile: '/d/pki/server.crt', keyFile: '/d/pki/server.key' };
    const f = mosquittoFiles(input({ tls }));
    expect(f.conf).toContain('listener 8883 0.0.0.0\ncafile /d/pki/ca.crt\ncertfile /d/pki/server.crt\nkeyfile /d/pki/server.key\nrequire_certificate true\nuse_identity_as_username true\n');
  });

  it('reports every problem at once', () => {
    const problems = mosquittoInputProblems(
      input({
        prefix: 'bad/#',
        identity: 'clientid',
        listener: { host: '0.0.0.0', port: 70000 },
        controller: { username: 'controller', passwordHash: 'x' },
        nodes: new Map([['Bad Node', 'plain']]),
        paths: { passwordFile: 'relative/passwd', aclFile: '/ok/acl', persistenceDir: null },
      }),
    );
    expect(problems).toEqual([
      'prefix "bad/#" is not a plain topic path',
      'anonymous nodes are for development on loopback only; the listener is on 0.0.0.0',
      'listener port 70000 is not 1-65535',
      "the controller's user controller is a valid node id: a node of that name would share its access",
      'node "Bad Node" is not a valid node id',
      'node Bad Node: its password hash is not in mosquitto_passwd format',
      'path "relative/passwd" must be absolute, without spaces or #',
    ]);
    expect(() => mosquittoFiles(input({ listener: null }))).toThrow(/no listener/);
  });
});
