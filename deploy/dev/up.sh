#!/usr/bin/env bash
# Quick start: a controller and one local agent on this machine, with the hello example applied.
# Everything it needs is set up first (npm packages, a Docker engine, the local image).
set -euo pipefail
cd "$(dirname "$0")/../.."
bash deploy/dev/prepare.sh
npm run --silent build
exec node dist/bin/edgefleet.js up --apply deploy/examples/hello.yaml "$@"
