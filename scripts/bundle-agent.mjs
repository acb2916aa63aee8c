// Builds the agent as shipped: one ES module, dist/edgefleet-agent.mjs (esbuild, from the tsc
// output in dist/), and its launcher dist/edgefleet-agent, which runs it under the V8 flags below.
// Idle RSS is almost all code (docs/benchmarks.md): modules the agent never runs on a local Unix
// socket are replaced by stubs that throw a clear error if anything reaches them.
//
// Run by `npm run build` after tsc. The launcher execs node, so its pid is the agent's:
//   dist/edgefleet-agent --server mqtt://HOST:1883 --node-id ID --state-dir DIR
// is exactly
//   node <AGENT_NODE_FLAGS> dist/edgefleet-agent.mjs --server mqtt://HOST:1883 --node-id ID --state-dir DIR
import { build } from 'esbuild';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'edgefleet-agent.mjs');
/** Embedded (agent/version.ts): a device has no package.json beside the bundle. */
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;

/**
 * V8 flags the launcher sets (each measured alone in docs/benchmarks.md, "agent RSS"):
 * --max-semi-space-size=1: a 1 MB young generation instead of up to 16 MB semi-spaces (-6 MB);
 * --lite-mode: no optimising compilers, so neither their code nor the parts of the node binary
 * they run are paged in (-6 to -8 MB); the agent idles, and its idle CPU stays within target;
 * --no-expose-wasm (only where node knows it): lite mode turns WebAssembly off anyway (the agent
 * uses none); saying so spares Node 20's V8 a warning on every start. Node 24's V8 has no such
 * flag and refuses to start with it ("bad option"), and does not warn: the launcher probes for it.
 * Not kept: --max-old-space-size=64 (no measurable gain, and a cap is a crash risk), --jitless
 * (as small as lite mode but no WebAssembly), --v8-pool-size / --single-threaded (no gain).
 */
export const AGENT_NODE_FLAGS = ['--max-semi-space-size=1', '--lite-mode'];
/** Passed only if `node FLAG -e 0` accepts it (see above). */
export const AGENT_NODE_OPTIONAL_FLAGS = ['--no-expose-wasm'];

/** Why each stub is safe: what would reach it, and what the agent uses instead. */
const STUBS = {
  'ssh2': 'docker-modem reaches the Engine API over ssh:// only; the agent uses the local Unix socket',
  'cpu-features': 'an optional native dependency of ssh2',
  '@grpc/grpc-js': 'dockerode uses gRPC for BuildKit sessions only; the agent never builds images',
  '@grpc/proto-loader': 'dockerode uses it for BuildKit sessions only',
  'systeminformation': 'the fallback telemetry sources for non-Linux systems; the bundle is for Linux, which reads /proc',
  'worker-timers': "mqtt's timers for browsers; under Node it uses setInterval",
};
/** Files inside packages, by path: same idea, for code reached through relative requires. */
const FILE_STUBS = [
  { filter: /dockerode[\\/]lib[\\/]buildkit\.js$/, why: 'dockerode decodes BuildKit build output with full protobufjs; the agent never builds images' },
  { filter: /mqtt[\\/]build[\\/]lib[\\/]connect[\\/](ws|wx|ali)\.js$/, why: 'MQTT over WebSocket and mini-program transports; the agent speaks mqtt:// and mqtts://' },
  { filter: /mqtt[\\/]build[\\/]lib[\\/]connect[\\/]socks\.js$/, why: 'MQTT through a SOCKS proxy; the agent never sets socksProxy' },
];

/** A module that loads fine and throws, naming itself, as soon as anything is used. */
const stubSource = (name, why) => `
const fail = () => { throw new Error(${JSON.stringify(`edgefleet-agent bundle: ${name} is not included (${why})`)}); };
const handler = { get: (_t, key) => (key === '__esModule' ? false : key === 'then' ? undefined : new Proxy(fail, handler)), apply: fail, construct: fail };
module.exports = new Proxy(fail, handler);
`;

const stubPlugin = {
  name: 'agent-stubs',
  setup(b) {
    const names = Object.keys(STUBS).map((n) => n.replace(/[/\\-]/g, (c) => `\\${c}`));
    b.onResolve({ filter: new RegExp(`^(${names.join('|')})$`) }, (args) => ({ path: args.path, namespace: 'agent-stub' }));
    b.onLoad({ filter: /.*/, namespace: 'agent-stub' }, (args) => ({ contents: stubSource(args.path, STUBS[args.path]), loader: 'js' }));
    for (const { filter, why } of FILE_STUBS) {
      b.onLoad({ filter }, (args) => ({ contents: stubSource(args.path.split(/[\\/]node_modules[\\/]/).pop(), why), loader: 'js' }));
    }
  },
};

const result = await build({
  stdin: {
    // `edgefleet-agent.mjs [agent] --flags`: the leading word is optional, as after `edgefleet`.
    contents: `import { main } from './dist/agent/cli.js';
const args = process.argv.slice(2);
process.exitCode = await main(args[0] === 'agent' ? args : ['agent', ...args]);`,
    resolveDir: root,
    sourcefile: 'edgefleet-agent-entry.js',
    loader: 'js',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: out,
  metafile: true,
  legalComments: 'none',
  define: { __EDGEFLEET_VERSION__: JSON.stringify(version) },
  // Half the source V8 keeps in memory, and less bytecode (-2.5 MB RSS).
  minify: true,
  // CommonJS dependencies call require() for Node's built-ins; an ES module has none of its own.
  banner: { js: "import { createRequire as __efCreateRequire } from 'node:module'; const require = __efCreateRequire(import.meta.url);" },
  plugins: [stubPlugin],
  // Pretty logs are for a person at a terminal (proto/logging.ts loads pino-pretty only then, and
  // falls back to JSON lines when it is not installed); a device's service logs JSON. Left out: 56 KB.
  external: ['pino-pretty'],
  logLevel: 'warning',
});

const launcher = join(root, 'dist', 'edgefleet-agent');
writeFileSync(
  launcher,
  `#!/bin/sh
# The edgefleet agent as shipped (scripts/bundle-agent.mjs): the bundle under its V8 flags.
# EDGEFLEET_NODE picks the node binary; the bundle is found beside this file, through symlinks
# (install-agent.sh links /usr/local/bin/edgefleet-agent here).
node="\${EDGEFLEET_NODE:-node}"
optional=
for f in ${AGENT_NODE_OPTIONAL_FLAGS.join(' ')}; do
  # Node 24 refuses flags its V8 dropped: pass each only where node accepts it.
  if "$node" "$f" -e 0 >/dev/null 2>&1; then optional="$optional $f"; fi
done
# shellcheck disable=SC2086 # optional is a list of words
exec "$node" ${AGENT_NODE_FLAGS.join(' ')} $optional "$(dirname "$(readlink -f "$0")")/edgefleet-agent.mjs" "$@"
`,
);
chmodSync(launcher, 0o755);

if (process.argv.includes('--sizes')) {
  const inputs = Object.entries(result.metafile.outputs[Object.keys(result.metafile.outputs)[0]].inputs);
  const byPackage = new Map();
  for (const [path, { bytesInOutput }] of inputs) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
    const key = m ? m[1] : path.startsWith('dist/') ? 'edgefleet' : path;
    byPackage.set(key, (byPackage.get(key) ?? 0) + bytesInOutput);
  }
  for (const [k, v] of [...byPackage].sort((a, b) => b[1] - a[1])) console.log(`${(v / 1024).toFixed(0).padStart(6)} KiB  ${k}`);
}
