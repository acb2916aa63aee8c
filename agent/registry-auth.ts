// Registry credentials for pulls, in Docker's own config.json shape so an operator can reuse a
// file they have: {"auths": {"registry.example:5000": {"username": "u", "password": "p"}}} or
// {"auth": base64("u:p")}. Read once at start; never logged.
import { readFileSync } from 'node:fs';
import type { RegistryAuth } from './runtime/port.js';
import { AgentError } from './errors.js';

export type AuthResolver = (image: string) => RegistryAuth | undefined;

/** The registry host of an image reference, as Docker resolves it ("docker.io" by default). */
export function registryOf(image: string): string {
  const first = image.split('/')[0] ?? '';
  const isHost = image.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost');
  return isHost ? first : 'docker.io';
}

interface AuthEntry {
  username?: unknown;
  password?: unknown;
  auth?: unknown;
}

export function parseRegistryAuth(text: string, source: string): Map<string, RegistryAuth> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new AgentError('EF_AGENT_CONFIG_INVALID', `${source}: not JSON (${String(cause)})`, { cause });
  }
  const auths = (json as { auths?: unknown }).auths;
  if (typeof auths !== 'object' || auths === null || Array.isArray(auths)) {
    throw new AgentError('EF_AGENT_CONFIG_INVALID', `${source}: expected {"auths": {"HOST": {"username": ..., "password": ...}}}`);
  }
  const out = new Map<string, RegistryAuth>();
  for (const [host, raw] of Object.entries(auths as Record<string, AuthEntry>)) {
    let username = typeof raw?.username === 'string' ? raw.username : '';
    let password = typeof raw?.password === 'string' ? raw.password : '';
    if ((!username || !password) && typeof raw?.auth === 'string') {
      const decoded = Buffer.from(raw.auth, 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      if (colon > 0) {
        username = decoded.slice(0, colon);
        password = decoded.slice(colon + 1);
      }
    }
    if (!username || !password) {
      throw new AgentError('EF_AGENT_CONFIG_INVALID', `${source}: auths.${host} needs username and password (or auth)`);
    }
    const key = host.replace(/^https?:\/\//, '').replace(/\/.*$/, '');
    out.set(key, { username, password, serveraddress: key });
  }
  return out;
}

export function loadRegistryAuth(file: string | undefined): AuthResolver {
  if (!file) return () => undefined;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (cause) {
    throw new AgentError('EF_AGENT_CONFIG_INVALID', `registry auth file ${file} cannot be read: ${String(cause)}`, { cause });
  }
  const map = parseRegistryAuth(text, file);
  return (image) => map.get(registryOf(image));
}
