import { describe, expect, it } from 'vitest';
import { configFilePath, isLoopback, resolveTarget, unauthorizedHint, type CredentialContext } from '../../../controller/cli/credentials.js';

const ctx = (env: Record<string, string> = {}, files: Record<string, string> = {}): CredentialContext => ({
  env,
  home: '/home/op',
  readFile: (p) => files[p],
});
const CFG = '/home/op/.config/edgefleet/config.json';
const LOCAL = '.edgefleet/controller/admin.token';

describe('CLI server and token resolution', () => {
  it('config file path: XDG_CONFIG_HOME, else ~/.config', () => {
    expect(configFilePath({ env: {}, home: '/h' })).toBe('/h/.config/edgefleet/config.json');
    expect(configFilePath({ env: { XDG_CONFIG_HOME: '/x' }, home: '/h' })).toBe('/x/edgefleet/config.json');
  });

  it('flags win over the environment, which wins over the config file, which wins over the local data dir', () => {
    const files = { [CFG]: JSON.stringify({ token: 'from-config' }), [LOCAL]: 'from-data-dir\n' };
    const env = { EDGEFLEET_TOKEN: 'from-env' };
    expect(resolveTarget({ token: 'from-flag' }, ctx(env, files))).toMatchObject({ token: 'from-flag', tokenSource: '--token' });
    expect(resolveTarget({}, ctx(env, files))).toMatchObject({ token: 'from-env', tokenSource: 'EDGEFLEET_TOKEN' });
    expect(resolveTarget({}, ctx({}, files))).toMatchObject({ token: 'from-config', tokenSource: CFG });
    expect(resolveTarget({}, ctx({}, { [LOCAL]: 'from-data-dir\n' }))).toMatchObject({ token: 'from-data-dir', tokenSource: LOCAL });
    expect(resolveTarget({}, ctx())).toEqual({ server: 'http://127.0.0.1:8080' });
  });

  it('--token-file and EDGEFLEET_TOKEN_FILE read a token file (the read-only read.token); a missing, empty or odd file is an error, never a fallback', () => {
    const READ = '/srv/ctl/read.token';
    const files = { [READ]: 'read-secret\n', [LOCAL]: 'from-data-dir\n', '/empty': ' \n', '/two': 'a b\n' };
    expect(resolveTarget({ tokenFile: READ }, ctx({ EDGEFLEET_TOKEN: 'from-env' }, files))).toMatchObject({ token: 'read-secret', tokenSource: READ });
    expect(resolveTarget({ token: 'from-flag', tokenFile: READ }, ctx({}, files))).toMatchObject({ token: 'from-flag' });
    expect(resolveTarget({}, ctx({ EDGEFLEET_TOKEN_FILE: READ }, files))).toMatchObject({ token: 'read-secret', tokenSource: READ });
    expect(resolveTarget({}, ctx({ EDGEFLEET_TOKEN: 'from-env', EDGEFLEET_TOKEN_FILE: READ }, files))).toMatchObject({ token: 'from-env' });
    expect(() => resolveTarget({ tokenFile: '/nope' }, ctx({}, files))).toThrow('--token-file /nope: no such file');
    expect(() => resolveTarget({ tokenFile: '/empty' }, ctx({}, files))).toThrow('is empty');
    expect(() => resolveTarget({}, ctx({ EDGEFLEET_TOKEN_FILE: '/two' }, files))).toThrow('EDGEFLEET_TOKEN_FILE /two does not hold a single token');
    expect(() => resolveTarget({ tokenFile: '/big' }, ctx({}, { '/big': 'x'.repeat(5000) }))).toThrow('at most 4096');
  });

  it('server: flag, EDGEFLEET_SERVER, config file, default; trailing slashes dropped', () => {
    const files = { [CFG]: JSON.stringify({ server: 'https://ctl.example:8443/' }) };
    expect(resolveTarget({ server: 'http://a:1/' }, ctx({ EDGEFLEET_SERVER: 'http://b:2' }, files)).server).toBe('http://a:1');
    expect(resolveTarget({}, ctx({ EDGEFLEET_SERVER: 'http://b:2' }, files)).server).toBe('http://b:2');
    expect(resolveTarget({}, ctx({}, files)).server).toBe('https://ctl.example:8443');
  });

  it("the config file's token goes only to the server it names", () => {
    const files = { [CFG]: JSON.stringify({ server: 'https://ctl.example', token: 't' }) };
    expect(resolveTarget({}, ctx({}, files)).token).toBe('t');
    expect(resolveTarget({ server: 'https://other.example' }, ctx({}, files)).token).toBeUndefined();
  });

  it("the local data dir's token goes only to a controller on this machine, from --data-dir or EDGEFLEET_DATA_DIR", () => {
    const files = { '/srv/ctl/admin.token': 'local', [LOCAL]: 'default-dir' };
    expect(resolveTarget({ dataDir: '/srv/ctl' }, ctx({}, files)).token).toBe('local');
    expect(resolveTarget({}, ctx({ EDGEFLEET_DATA_DIR: '/srv/ctl' }, files)).token).toBe('local');
    expect(resolveTarget({ server: 'http://localhost:9000' }, ctx({}, files)).token).toBe('default-dir');
    expect(resolveTarget({ server: 'http://controller.example:8080' }, ctx({}, files)).token).toBeUndefined();
    expect(isLoopback('http://[::1]:8080')).toBe(true);
    expect(isLoopback('http://127.1.2.3')).toBe(true);
    expect(isLoopback('not a url')).toBe(false);
  });

  it('a broken config file is an error that names the file', () => {
    expect(() => resolveTarget({}, ctx({}, { [CFG]: '{nope' }))).toThrow(`${CFG} is not valid JSON`);
    expect(() => resolveTarget({}, ctx({}, { [CFG]: '{"token": 5}' }))).toThrow('"token" must be a string');
  });

  it('a 401 hint says where the refused token came from, or every place one can be put', () => {
    expect(unauthorizedHint({ server: 's', token: 't', tokenSource: 'EDGEFLEET_TOKEN' }, ctx())).toBe('the token from EDGEFLEET_TOKEN was refused by s');
    const hint = unauthorizedHint({ server: 's' }, ctx());
    for (const where of ['--token', 'EDGEFLEET_TOKEN', CFG, '--data-dir']) expect(hint).toContain(where);
  });
});
