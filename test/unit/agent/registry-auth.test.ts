import { describe, expect, it } from 'vitest';
import { parseRegistryAuth, registryOf } from '../../../agent/registry-auth.js';

describe('registry credentials', () => {
  it('finds the registry host of an image reference as Docker does', () => {
    expect(registryOf('busybox')).toBe('docker.io');
    expect(registryOf('library/busybox:1')).toBe('docker.io');
    expect(registryOf('127.0.0.1:5000/edge/app:1')).toBe('127.0.0.1:5000');
    expect(registryOf('registry.example/app@sha256:abc')).toBe('registry.example');
    expect(registryOf('localhost/app')).toBe('localhost');
  });

  it('reads username/password and base64 auth entries', () => {
    const m = parseRegistryAuth(
      JSON.stringify({ auths: { 'r1:5000': { username: 'u', password: 'p' }, 'https://r2/': { auth: Buffer.from('a:b:c').toString('base64') } } }),
      'f',
    );
    expect(m.get('r1:5000')).toEqual({ username: 'u', password: 'p', serveraddress: 'r1:5000' });
    expect(m.get('r2')).toEqual({ username: 'a', password: 'b:c', serveraddress: 'r2' });
  });

  it('refuses a file it cannot use, saying why', () => {
    expect(() => parseRegistryAuth('{', 'auth.json')).toThrow(/auth.json: not JSON/);
    expect(() => parseRegistryAuth('{"x":1}', 'auth.json')).toThrow(/expected \{"auths"/);
    expect(() => parseRegistryAuth('{"auths":{"r":{"username":"u"}}}', 'auth.json')).toThrow(/auths.r needs username and password/);
  });
});
