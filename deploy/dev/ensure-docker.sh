#!/usr/bin/env bash
# Makes sure a Docker engine answers on /var/run/docker.sock.
# - If one answers already, does nothing.
# - As root on Debian: installs docker.io when dockerd is missing, then starts dockerd with the
#   flags that work in a container/VM without bridge networking or overlayfs.
# - Otherwise prints exact instructions and exits 1.
set -euo pipefail

log() { printf '[ensure-docker] %s\n' "$*" >&2; }

answers() { docker version --format '{{.Server.Version}}' >/dev/null 2>&1; }

if command -v docker >/dev/null 2>&1 && answers; then
  log "Docker engine $(docker version --format '{{.Server.Version}}') answers"
  exit 0
fi

if [ "$(id -u)" != "0" ]; then
  cat >&2 <<'MSG'
[ensure-docker] No Docker engine answers, and this is not root, so I will not install one.
Install and start one as root, then run this again:
  sudo apt-get update && sudo apt-get install -y docker.io
  sudo systemctl start docker      # or, without systemd:
  sudo dockerd --storage-driver=vfs --bridge=none --iptables=false --ip6tables=false &
  sudo usermod -aG docker "$USER"  # then log out and in again
MSG
  exit 1
fi

if ! command -v dockerd >/dev/null 2>&1; then
  log "installing Debian's docker.io"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends docker.io >/dev/null
fi

# A systemd host starts it the normal way; elsewhere (containers, CI sandboxes) start it by hand.
if [ -d /run/systemd/system ] && systemctl start docker 2>/dev/null && answers; then
  log "started docker.service"
  exit 0
fi

logfile=${EDGEFLEET_DOCKERD_LOG:-/var/log/edgefleet-dockerd.log}
log "starting dockerd (log: $logfile)"
# vfs: works on any filesystem; no bridge and no iptables: containers use host or none networking.
nohup dockerd --storage-driver=vfs --bridge=none --iptables=false --ip6tables=false \
  >"$logfile" 2>&1 </dev/null &
for _ in $(seq 1 60); do
  if answers; then
    log "Docker engine $(docker version --format '{{.Server.Version}}') answers"
    exit 0
  fi
  sleep 0.5
done
log "dockerd did not answer within 30 s; last lines of $logfile:"
tail -n 20 "$logfile" >&2 || true
exit 1
