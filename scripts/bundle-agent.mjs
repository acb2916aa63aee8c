// Builds the agent as shipped: one CommonJS file, dist/edgefleet-agent.cjs (esbuild, from the tsc
// output in dist/), and its launcher dist/edgefleet-agent, which runs it under the V8 flags below.
// Idle RSS is almost all code (docs/benchmarks.md): modules the agent never runs on a local Unix
// socket are replaced by stubs that throw a clear error if anything reaches them.
//
// Run by `npm run build` after tsc. The launcher execs node, so its pid is the agent's:
//   dist/edgefleet-agent --server mqtt://HOST:1883 --node-id ID --state-dir DIR
// is exactly
//   node <AGENT_NODE_FLAGS> dist/edgefleet-agent.cjs --server mqtt://HOST:1883 --node-id ID --state-dir DIR
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'edgefleet-agent.cjs');
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

/**
 * Packages loaded only when first used (a Proxy that requires the real module on first touch):
 * each is required at the top of a module the agent loads, but used only by a feature an idle
 * agent never runs. The code stays in the bundle; only its evaluation and what it allocates wait.
 */
const LAZY = {
  'tar-fs': "dockerode packs a build context with it (buildImage); the agent never builds images",
  '@balena/dockerignore': 'dockerode reads .dockerignore for a build context; the agent never builds images',
  'thread-stream': "pino runs log transports in a worker with it; the agent logs JSON lines to stdout",
};

/**
 * Node built-ins the agent needs only on demand, each with what it is imported for: TLS for an
 * mqtts:// controller, an https:// enrollment and agent check; Docker's engine over https. An
 * agent on mqtt:// never loads them (tls and https: about 0.4 MB). child_process (and the dgram
 * and socket modules it loads): commander spawns it for executable subcommands, which the agent has none of. `import` forms get forwarding
 * functions for the names listed (a new name fails the build, not the agent); `require` forms the
 * lazy Proxy above.
 */
const LAZY_BUILTINS = { https: ['request'], tls: ['connect'], child_process: [] };

/**
 * Source edits inside packages, each keeping behaviour: pino reads worker_threads' isMainThread
 * at load (which loads node's worker modules) to decide, per non-sync destination, whether to
 * flush it at exit; read on first use instead.
 */
const PATCHES = [
  {
    filter: /[\\/]pino[\\/]lib[\\/]tools\.js$/,
    edits: [
      ["const { isMainThread } = require('worker_threads')", "let workerThreads\nconst isMainThreadNow = () => (workerThreads ??= require('worker_threads')).isMainThread"],
      ['if (!opts.sync && isMainThread) {', 'if (!opts.sync && isMainThreadNow()) {'],
    ],
  },
];

/**
 * readable-stream is a copy of Node's own stream module for browsers: mqtt and bl each carry v4
 * (about 25 modules apiece), docker-modem and tar-stream v3. Node's built-in `stream` is already
 * loaded in every process, with the same API (Readable, Writable, Duplex, Transform, PassThrough,
 * pipeline, finished), so the bundle uses it instead.
 */
const ALIASES = { 'readable-stream': 'node:stream' };

/**
 * proto/gen/edgefleet.js as the agent needs it: the same messages, generated by the same pbjs with
 * the same options as scripts/gen-proto.mjs, without verify, fromObject/toObject/toJSON and
 * getTypeUrl: proto/codec.ts only encodes and decodes (and converts with proto/convert*.ts). The
 * full file's closures for every message's unused methods cost the idle agent about 1 MB.
 */
function slimProtoGen() {
  const work = mkdtempSync(join(tmpdir(), 'ef-agent-proto-'));
  try {
    const js = join(work, 'edgefleet.js');
    execFileSync(join(root, 'node_modules', '.bin', 'pbjs'), [
      '-t', 'static-module', '-w', 'es6', '--force-number', '--no-delimited', '--no-verify-delimited',
      '--no-service', '--no-verify', '--no-convert', '--no-typeurl', '--no-comments', '-o', js, join(root, 'proto', 'edgefleet.proto'),
    ], { stdio: 'inherit' });
    return readFileSync(js, 'utf8').replace('"protobufjs/minimal"', '"protobufjs/minimal.js"');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** A module that loads fine and throws, naming itself, as soon as anything is used. */
const stubSource = (name, why) => `
const fail = () => { throw new Error(${JSON.stringify(`edgefleet-agent bundle: ${name} is not included (${why})`)}); };
const handler = { get: (_t, key) => (key === '__esModule' ? false : key === 'then' ? undefined : new Proxy(fail, handler)), apply: fail, construct: fail };
module.exports = new Proxy(fail, handler);
`;

/** A module that requires `name` the first time anything reaches into it. */
const lazySource = (name) => `
let real;
const load = () => (real ??= require(${JSON.stringify(name)}));
module.exports = new Proxy(function lazy() {}, {
  get: (_t, key) => load()[key],
  has: (_t, key) => key in load(),
  apply: (_t, self, args) => Reflect.apply(load(), self, args),
  construct: (_t, args) => Reflect.construct(load(), args),
});
`;

/** An ES module forwarding `names` of built-in `name`, which it loads on the first call. */
const lazyBuiltinEsm = (name, names) => `
let real;
const load = () => (real ??= require(${JSON.stringify(`node:${name}`)}));
${names.map((n) => `export const ${n} = (...args) => load().${n}(...args);`).join('\n')}
`;

const escapeNames = (names) => names.map((n) => n.replace(/[/\\-]/g, (c) => `\\${c}`)).join('|');

const stubPlugin = {
  name: 'agent-stubs',
  setup(b) {
    b.onResolve({ filter: new RegExp(`^(${escapeNames(Object.keys(LAZY))})$`) }, (args) =>
      // The lazy module's own require of the package resolves as usual.
      args.namespace === 'agent-lazy' ? undefined : { path: args.path, namespace: 'agent-lazy' },
    );
    b.onLoad({ filter: /.*/, namespace: 'agent-lazy' }, (args) => ({ contents: lazySource(args.path), loader: 'js', resolveDir: root }));
    b.onResolve({ filter: new RegExp(`^(node:)?(${Object.keys(LAZY_BUILTINS).join('|')})$`) }, (args) => {
      // The shims' own require of the built-in stays external.
      if (args.namespace === 'agent-lazy' || args.namespace === 'agent-lazy-builtin') return { path: args.path, external: true };
      const name = args.path.replace(/^node:/, '');
      return args.kind === 'import-statement'
        ? { path: name, namespace: 'agent-lazy-builtin' }
        : { path: `node:${name}`, namespace: 'agent-lazy' };
    });
    b.onLoad({ filter: /.*/, namespace: 'agent-lazy-builtin' }, (args) => ({ contents: lazyBuiltinEsm(args.path, LAZY_BUILTINS[args.path]), loader: 'js' }));
    b.onResolve({ filter: new RegExp(`^(${escapeNames(Object.keys(ALIASES))})$`) }, (args) => ({ path: args.path, namespace: 'agent-alias' }));
    b.onLoad({ filter: /.*/, namespace: 'agent-alias' }, (args) => ({ contents: `module.exports = require(${JSON.stringify(ALIASES[args.path])});`, loader: 'js' }));
    const protoGen = slimProtoGen();
    b.onLoad({ filter: /[\\/]dist[\\/]proto[\\/]gen[\\/]edgefleet\.js$/ }, () => ({ contents: protoGen, loader: 'js', resolveDir: join(root, 'dist', 'proto', 'gen') }));
    const names = Object.keys(STUBS).map((n) => n.replace(/[/\\-]/g, (c) => `\\${c}`));
    b.onResolve({ filter: new RegExp(`^(${names.join('|')})$`) }, (args) => ({ path: args.path, namespace: 'agent-stub' }));
    b.onLoad({ filter: /.*/, namespace: 'agent-stub' }, (args) => ({ contents: stubSource(args.path, STUBS[args.path]), loader: 'js' }));
    for (const { filter, edits } of PATCHES) {
      b.onLoad({ filter }, (args) => {
        let src = readFileSync(args.path, 'utf8');
        for (const [from, to] of edits) {
          // A package update that moved the code fails the build, not the agent.
          if (!src.includes(from)) throw new Error(`bundle-agent: ${args.path} no longer contains ${JSON.stringify(from)}`);
          src = src.replace(from, to);
        }
        return { contents: src, loader: 'js', resolveDir: dirname(args.path) };
      });
    }
    for (const { filter, why } of FILE_STUBS) {
      b.onLoad({ filter }, (args) => ({ contents: stubSource(args.path.split(/[\\/]node_modules[\\/]/).pop(), why), loader: 'js' }));
    }
  },
};

const result = await build({
  stdin: {
    // `edgefleet-agent.cjs [agent] --flags`: the leading word is optional, as after `edgefleet`.
    contents: `import { main } from './dist/agent/cli.js';
const args = process.argv.slice(2);
main(args[0] === 'agent' ? args : ['agent', ...args]).then((code) => { process.exitCode = code; });`,
    resolveDir: root,
    sourcefile: 'edgefleet-agent-entry.js',
    loader: 'js',
  },
  bundle: true,
  platform: 'node',
  // CommonJS, not an ES module: node runs a .cjs file without its ES module loader (the resolver,
  // module map and jobs an .mjs entry loads), measured at -0.7 MB idle RSS (docs/benchmarks.md).
  format: 'cjs',
  target: 'node20',
  outfile: out,
  metafile: true,
  legalComments: 'none',
  define: { __EDGEFLEET_VERSION__: JSON.stringify(version) },
  // Half the source V8 keeps in memory, and less bytecode (-2.5 MB RSS).
  minify: true,
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
# glibc's malloc: a fixed 128 KB mmap threshold (the default rises to the largest block freed so
# far, and the start-up's big short-lived blocks then stay behind as holes in the heap): -1 MB RSS.
# Ignored by other C libraries; a value already in the environment wins.
MALLOC_MMAP_THRESHOLD_="\${MALLOC_MMAP_THRESHOLD_:-131072}"
export MALLOC_MMAP_THRESHOLD_
# shellcheck disable=SC2086 # optional is a list of words
exec "$node" ${AGENT_NODE_FLAGS.join(' ')} $optional "$(dirname "$(readlink -f "$0")")/edgefleet-agent.cjs" "$@"
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
