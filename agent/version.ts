// The agent's version. The shipped bundle has it embedded at build time (scripts/bundle-agent.mjs
// defines __EDGEFLEET_VERSION__), since a device has no package.json beside it; the unbundled
// build reads package.json (two levels up from both agent/ and dist/agent/).
import { readFileSync } from 'node:fs';

declare const __EDGEFLEET_VERSION__: string | undefined;

function readVersion(): string {
  for (const rel of ['../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'edgefleet' && pkg.version) return pkg.version;
    } catch {
      // try the next candidate
    }
  }
  return '0.0.0-unknown';
}

export const AGENT_VERSION = typeof __EDGEFLEET_VERSION__ === 'string' ? __EDGEFLEET_VERSION__ : readVersion();
