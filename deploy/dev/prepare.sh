#!/usr/bin/env bash
# What both `npm test` and `npm run up` need on a fresh Debian machine: npm packages, the Debian
# tools the tests use (as root), a Docker engine that answers, and the small local images.
# Idempotent: each step is skipped when its result is already there.
set -euo pipefail
cd "$(dirname "$0")/../.."
log() { printf '[prepare] %s\n' "$*" >&2; }

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  log "npm ci"
  npm ci --no-audit --no-fund
fi

if [ "${1:-}" = "--test" ]; then
  missing=()
  for p in busybox-static protobuf-compiler docker-registry apache2-utils strace chromium; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = "0" ]; then
      log "installing ${missing[*]}"
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    else
      log "missing Debian packages: sudo apt-get install -y ${missing[*]}"; exit 1
    fi
  fi
fi

bash deploy/dev/ensure-docker.sh
bash deploy/images/build-busybox.sh edgefleet/busybox:local edgefleet/busybox:test
