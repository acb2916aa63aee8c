#!/bin/sh
# Installs the edgefleet agent on a Linux device (amd64 or arm64) beside its Docker engine:
#
#   curl -sfL http://CONTROLLER:8080/v1/install-agent.sh | EDGEFLEET_URL=http://CONTROLLER:8080 EDGEFLEET_TOKEN=EF1:... sh -
#
# It checks the machine (root, architecture, Node.js >= 20.19, Docker answering, systemd), downloads
# the agent bundle from the controller and checks its sha256, installs it under /opt/edgefleet,
# writes /etc/edgefleet/agent.yaml (0600) and a hardened systemd unit, enrolls the node with the
# join token (once: a node that holds credentials is not enrolled again), runs `edgefleet-agent
# check`, enables and starts the service, and writes /opt/edgefleet/uninstall.sh.
# Running it again is safe: unchanged files stay, the service restarts only if something changed.
#
# Settings (environment):
#   EDGEFLEET_URL            the controller's HTTP(S) URL (required)
#   EDGEFLEET_TOKEN          join token from `edgefleet token create` (needed once, to enroll)
#   EDGEFLEET_MQTT           the controller's MQTT URL (default: mqtts://HOST:8883 for an https
#                            URL, mqtt://HOST:1883 for http)
#   EDGEFLEET_NODE_ID        this node's name (default: the one already configured, else the
#                            host name, lower-cased)
#   EDGEFLEET_LABELS         node labels, "k=v,k2=v2"
#   EDGEFLEET_NODE           the node binary (default: `node` on PATH)
#   EDGEFLEET_DOCKER_SOCKET  default /var/run/docker.sock
#   EDGEFLEET_CA_FILE        CA to trust for an https URL (default: the controller's /v1/ca,
#                            accepted only if its sha256 matches the one in the token)
#   EDGEFLEET_SKIP_ENROLL    true: do not enroll (a controller that takes nodes without one)
#   EDGEFLEET_SKIP_START     true: write everything but do not enable or start the service
#   EDGEFLEET_ROOT           install under this directory instead of / (tests, image builds;
#                            needs EDGEFLEET_SKIP_START=true). Paths written into files stay the
#                            real ones (/opt/edgefleet, ...).
set -eu

PREFIX=/opt/edgefleet
CONFIG_DIR=/etc/edgefleet
CONFIG=$CONFIG_DIR/agent.yaml
STATE_DIR=/var/lib/edgefleet
UNIT=/etc/systemd/system/edgefleet-agent.service
LINK=/usr/local/bin/edgefleet-agent
SERVICE=edgefleet-agent

ROOT=${EDGEFLEET_ROOT:-}
SKIP_START=${EDGEFLEET_SKIP_START:-false}
SKIP_ENROLL=${EDGEFLEET_SKIP_ENROLL:-false}
SOCKET=${EDGEFLEET_DOCKER_SOCKET:-/var/run/docker.sock}
CHANGED=false

info() { printf '[edgefleet] %s\n' "$*"; }
warn() { printf '[edgefleet] warning: %s\n' "$*" >&2; }
fatal() {
  printf '[edgefleet] error: %s\n' "$*" >&2
  exit 1
}
is_true() { [ "$1" = true ] || [ "$1" = 1 ] || [ "$1" = yes ]; }

TMP=$(mktemp -d 2>/dev/null || mktemp -d -t edgefleet)
trap 'rm -rf "$TMP"' EXIT INT TERM

# --- checks ---------------------------------------------------------------------------------

check_settings() {
  [ -n "${EDGEFLEET_URL:-}" ] || fatal 'set EDGEFLEET_URL to the controller'"'"'s HTTP URL, e.g. EDGEFLEET_URL=http://10.0.0.5:8080'
  case $EDGEFLEET_URL in
    http://* | https://*) ;;
    *) fatal "EDGEFLEET_URL=$EDGEFLEET_URL: expected http://HOST:PORT or https://HOST:PORT" ;;
  esac
  case $EDGEFLEET_URL in
    *[!A-Za-z0-9.:/_\[\]-]*) fatal "EDGEFLEET_URL=$EDGEFLEET_URL: only letters, digits and . : / _ - [ ] are allowed" ;;
  esac
  URL=${EDGEFLEET_URL%/}
  SCHEME=${URL%%://*}
  HOSTPORT=${URL#*://}
  HOSTPORT=${HOSTPORT%%/*}
  case $HOSTPORT in
    \[*\]:*) HOST=${HOSTPORT%:*} ;;
    \[*\]) HOST=$HOSTPORT ;;
    *:*) HOST=${HOSTPORT%:*} ;;
    *) HOST=$HOSTPORT ;;
  esac
  [ -n "$HOST" ] || fatal "EDGEFLEET_URL=$EDGEFLEET_URL has no host"
  if [ -n "${EDGEFLEET_MQTT:-}" ]; then
    MQTT=$EDGEFLEET_MQTT
  elif [ "$SCHEME" = https ]; then
    MQTT=mqtts://$HOST:8883
  else
    MQTT=mqtt://$HOST:1883
  fi
  case $MQTT in
    mqtt://* | mqtts://*) ;;
    *) fatal "EDGEFLEET_MQTT=$MQTT: expected mqtt://HOST:PORT or mqtts://HOST:PORT" ;;
  esac
  case $MQTT in
    *[!A-Za-z0-9.:/_\[\]-]*) fatal "EDGEFLEET_MQTT=$MQTT: only letters, digits and . : / _ - [ ] are allowed" ;;
  esac
  if [ -n "$ROOT" ] && ! is_true "$SKIP_START"; then
    fatal "EDGEFLEET_ROOT=$ROOT installs into a directory tree, not this system: set EDGEFLEET_SKIP_START=true too"
  fi
}

check_root() {
  if [ -z "$ROOT" ] && [ "$(id -u)" != 0 ]; then
    fatal 'run as root (sudo sh -): it installs a system service that drives Docker'
  fi
}

check_arch() {
  case $(uname -m) in
    x86_64 | amd64) ARCH=amd64 ;;
    aarch64 | arm64) ARCH=arm64 ;;
    *) fatal "unsupported architecture $(uname -m): edgefleet supports amd64 and arm64" ;;
  esac
  [ "$(uname -s)" = Linux ] || fatal "unsupported system $(uname -s): the agent runs on Linux"
}

check_node() {
  NODE=${EDGEFLEET_NODE:-$(command -v node 2>/dev/null || true)}
  [ -n "$NODE" ] && [ -x "$NODE" ] || fatal 'Node.js 20.19 or newer is needed (none on PATH; install it, or set EDGEFLEET_NODE=/path/to/node)'
  case $NODE in
    /*) ;;
    *) NODE=$(cd "$(dirname "$NODE")" && pwd)/$(basename "$NODE") ;;
  esac
  NODE_VERSION=$("$NODE" -p 'process.versions.node' 2>/dev/null) || fatal "$NODE does not run"
  major=${NODE_VERSION%%.*}
  rest=${NODE_VERSION#*.}
  minor=${rest%%.*}
  if [ "$major" -lt 20 ] || { [ "$major" -eq 20 ] && [ "$minor" -lt 19 ]; }; then
    fatal "Node.js $NODE_VERSION at $NODE is too old: the agent needs 20.19 or newer (20.x, 22.x and 24.x are tested)"
  fi
}

check_docker() {
  [ -S "$SOCKET" ] || fatal "no Docker socket at $SOCKET: install and start Docker first (Debian: apt-get install docker.io), or set EDGEFLEET_DOCKER_SOCKET"
  version=$(curl -sf --max-time 10 --unix-socket "$SOCKET" http://docker/version) || fatal "Docker does not answer at $SOCKET (is dockerd running?)"
  DOCKER_VERSION=$(printf '%s' "$version" | sed -n 's/.*"Version":"\([^"]*\)".*/\1/p' | head -n 1)
  info "Docker ${DOCKER_VERSION:-(unknown version)} answers at $SOCKET"
}

check_systemd() {
  is_true "$SKIP_START" && return 0
  command -v systemctl >/dev/null 2>&1 && [ -d /run/systemd/system ] ||
    fatal 'systemd is not running here: set EDGEFLEET_SKIP_START=true and start the agent yourself (or use the container image, deploy/images/agent.Dockerfile)'
}

command -v curl >/dev/null 2>&1 || fatal 'curl is needed'
command -v sha256sum >/dev/null 2>&1 || fatal 'sha256sum (coreutils) is needed'

# --- node id and labels ---------------------------------------------------------------------

valid_node_id() {
  printf '%s' "$1" | grep -Eq '^[a-z0-9]([a-z0-9._-]{0,61}[a-z0-9])?$'
}

choose_node_id() {
  if [ -n "${EDGEFLEET_NODE_ID:-}" ]; then
    NODE_ID=$EDGEFLEET_NODE_ID
  elif [ -f "$ROOT$CONFIG" ] && NODE_ID=$(sed -n 's/^node-id: *"\{0,1\}\([^"]*\)"\{0,1\} *$/\1/p' "$ROOT$CONFIG" | head -n 1) && [ -n "$NODE_ID" ]; then
    info "keeping the configured node id $NODE_ID"
  else
    NODE_ID=$(hostname 2>/dev/null || cat /etc/hostname)
    NODE_ID=$(printf '%s' "$NODE_ID" | tr 'A-Z' 'a-z' | tr -c 'a-z0-9._-' '-' | sed 's/^[^a-z0-9]*//; s/[^a-z0-9]*$//' | cut -c1-63)
  fi
  valid_node_id "$NODE_ID" || fatal "node id \"$NODE_ID\" is not valid (1-63 of a-z 0-9 . _ -, starting and ending with a letter or digit): set EDGEFLEET_NODE_ID"
}

labels_yaml() {
  [ -n "${EDGEFLEET_LABELS:-}" ] || return 0
  printf 'label:\n'
  old_ifs=$IFS
  IFS=,
  for pair in $EDGEFLEET_LABELS; do
    IFS=$old_ifs
    key=${pair%%=*}
    value=${pair#*=}
    [ "$key" != "$pair" ] || fatal "EDGEFLEET_LABELS: \"$pair\" is not key=value"
    printf '%s' "$key" | grep -Eq '^[A-Za-z0-9]([A-Za-z0-9._/-]{0,62}[A-Za-z0-9])?$' || fatal "EDGEFLEET_LABELS: label key \"$key\": letters, digits, . _ / - only, at most 64"
    printf '%s' "$value" | grep -Eq '^[A-Za-z0-9._:/-]{0,128}$' || fatal "EDGEFLEET_LABELS: label $key: value \"$value\" has characters outside letters, digits and . _ : / -"
    printf '  "%s": "%s"\n' "$key" "$value"
  done
  IFS=$old_ifs
}

# Validated before anything is written; a trailing newline survives the command substitution.
check_labels() {
  LABELS_YAML=$(labels_yaml)
  [ -z "$LABELS_YAML" ] || LABELS_YAML="$LABELS_YAML
"
}

# --- downloads ------------------------------------------------------------------------------

# For https: trust EDGEFLEET_CA_FILE, or the controller's CA if its sha256 (DER) is the token's.
setup_tls() {
  CURL_TLS=
  [ "$SCHEME" = https ] || return 0
  if [ -n "${EDGEFLEET_CA_FILE:-}" ]; then
    [ -r "$EDGEFLEET_CA_FILE" ] || fatal "EDGEFLEET_CA_FILE=$EDGEFLEET_CA_FILE cannot be read"
    cp "$EDGEFLEET_CA_FILE" "$TMP/ca.crt"
  elif [ -n "${EDGEFLEET_TOKEN:-}" ]; then
    want=$(printf '%s' "$EDGEFLEET_TOKEN" | cut -d: -f2)
    printf '%s' "$want" | grep -Eq '^[0-9a-f]{64}$' || fatal 'EDGEFLEET_TOKEN does not look like EF1:<ca-sha256>:<id>.<secret>'
    # Fetched without verification on purpose: it is accepted only if it hashes to the token's pin.
    curl -ksf --max-time 30 "$URL/v1/ca" -o "$TMP/ca.crt" || fatal "cannot fetch the controller's CA from $URL/v1/ca"
    got=$(sed '/-----/d' "$TMP/ca.crt" | tr -d '\r\n ' | base64 -d 2>/dev/null | sha256sum | cut -d' ' -f1)
    [ "$got" = "$want" ] || fatal "the CA served by $URL (sha256 $got) is not the one the token pins ($want): wrong controller, or someone in between"
    info "controller CA matches the token's pin"
  else
    return 0 # the system's trust store
  fi
  CURL_TLS="--cacert $TMP/ca.crt"
}

fetch() {
  # shellcheck disable=SC2086 # CURL_TLS is empty or two words
  curl -sfL --max-time 300 $CURL_TLS "$URL$1" -o "$2" || fatal "download of $URL$1 failed"
}

download_agent() {
  info "downloading the agent from $URL"
  fetch /v1/download/SHA256SUMS "$TMP/SHA256SUMS"
  fetch /v1/download/edgefleet-agent.cjs "$TMP/edgefleet-agent.cjs"
  fetch /v1/download/edgefleet-agent "$TMP/edgefleet-agent"
  (cd "$TMP" && sha256sum -c SHA256SUMS >/dev/null) || fatal 'the downloaded agent does not match its SHA256SUMS: try again'
}

# --- writing files --------------------------------------------------------------------------

# install_file SRC DEST MODE: replaces DEST only if its content or mode differs (atomic rename).
install_file() {
  src=$1
  dest=$ROOT$2
  mode=$3
  if [ -f "$dest" ] && cmp -s "$src" "$dest" && [ "$(stat -c %a "$dest")" = "$mode" ]; then
    return 0
  fi
  mkdir -p "$(dirname "$dest")"
  cp "$src" "$dest.new"
  chmod "$mode" "$dest.new"
  mv -f "$dest.new" "$dest"
  CHANGED=true
  info "wrote $2"
}

write_config() {
  {
    printf '# edgefleet agent configuration, written by install-agent.sh. Keys are the agent'"'"'s flags;\n'
    printf '# `edgefleet-agent check --config %s` checks it.\n' "$CONFIG"
    printf 'server: "%s"\n' "$MQTT"
    printf 'api: "%s"\n' "$URL"
    printf 'node-id: "%s"\n' "$NODE_ID"
    printf 'state-dir: "%s"\n' "$STATE_DIR"
    printf 'docker-socket: "%s"\n' "$SOCKET"
    printf '%s' "$LABELS_YAML"
  } >"$TMP/agent.yaml"
  mkdir -p "$ROOT$CONFIG_DIR"
  chmod 700 "$ROOT$CONFIG_DIR"
  install_file "$TMP/agent.yaml" "$CONFIG" 600
}

write_unit() {
  cat >"$TMP/unit" <<EOF
# The edgefleet agent, installed by install-agent.sh.
[Unit]
Description=edgefleet agent
After=network-online.target docker.service
Wants=network-online.target docker.service

[Service]
Type=simple
Environment=EDGEFLEET_NODE=$NODE
ExecStart=$PREFIX/edgefleet-agent --config $CONFIG
Restart=always
RestartSec=5
TimeoutStopSec=30
# Root, because the agent drives Docker: the Docker socket is root-equivalent anyway. What it may
# touch besides is narrowed below. Not MemoryDenyWriteExecute: V8 writes the code it runs.
NoNewPrivileges=yes
CapabilityBoundingSet=
AmbientCapabilities=
ProtectSystem=strict
StateDirectory=edgefleet
StateDirectoryMode=0700
ProtectHome=yes
PrivateTmp=yes
PrivateDevices=yes
ProtectKernelTunables=yes
ProtectKernelModules=yes
ProtectKernelLogs=yes
ProtectControlGroups=yes
ProtectClock=yes
ProtectHostname=yes
RestrictNamespaces=yes
RestrictRealtime=yes
RestrictSUIDSGID=yes
LockPersonality=yes
RestrictAddressFamilies=AF_UNIX AF_INET AF_INET6 AF_NETLINK
SystemCallArchitectures=native
SystemCallFilter=@system-service
SystemCallErrorNumber=EPERM
UMask=0077
LimitNOFILE=65536

[Install]
WantedBy=multi-user.target
EOF
  install_file "$TMP/unit" "$UNIT" 644
}

write_uninstaller() {
  cat >"$TMP/uninstall.sh" <<EOF
#!/bin/sh
# Removes the edgefleet agent that install-agent.sh installed. Workload containers keep running
# (Docker restarts them) unless --purge is given: then this node's containers and its state dir
# (desired state, outbox, credentials) are removed too.
set -eu
ROOT='$ROOT'
SOCKET='$SOCKET'
NODE_ID='$NODE_ID'
purge=false
[ "\${1:-}" = --purge ] && purge=true
if [ -z "\$ROOT" ] && command -v systemctl >/dev/null 2>&1 && [ -d /run/systemd/system ]; then
  systemctl disable --now $SERVICE >/dev/null 2>&1 || true
fi
rm -f "\$ROOT$UNIT" "\$ROOT$LINK"
if [ -z "\$ROOT" ] && command -v systemctl >/dev/null 2>&1 && [ -d /run/systemd/system ]; then
  systemctl daemon-reload || true
fi
rm -rf "\$ROOT$CONFIG_DIR"
if [ "\$purge" = true ]; then
  if [ -S "\$SOCKET" ]; then
    ids=\$(curl -sf --unix-socket "\$SOCKET" -G http://docker/containers/json --data-urlencode all=1 \\
      --data-urlencode "filters={\"label\":[\"io.edgefleet.node=\$NODE_ID\"]}" | grep -o '"Id":"[0-9a-f]*"' | cut -d'"' -f4) || ids=
    for id in \$ids; do
      curl -sf --unix-socket "\$SOCKET" -X DELETE "http://docker/containers/\$id?force=true&v=true" >/dev/null && echo "[edgefleet] removed container \$id"
    done
  fi
  rm -rf "\$ROOT$STATE_DIR"
fi
rm -rf "\$ROOT$PREFIX"
echo "[edgefleet] agent uninstalled\$( [ "\$purge" = true ] && echo ', with its containers and state' || echo "; state kept in $STATE_DIR, containers left running (--purge removes them)")"
EOF
  install_file "$TMP/uninstall.sh" "$PREFIX/uninstall.sh" 755
}

install_agent() {
  install_file "$TMP/edgefleet-agent.cjs" "$PREFIX/edgefleet-agent.cjs" 644
  # The bundle was an ES module (edgefleet-agent.mjs) before it became CommonJS: an upgrade drops it.
  rm -f "$ROOT$PREFIX/edgefleet-agent.mjs"
  install_file "$TMP/edgefleet-agent" "$PREFIX/edgefleet-agent" 755
  mkdir -p "$ROOT$(dirname "$LINK")"
  if [ "$(readlink "$ROOT$LINK" 2>/dev/null || true)" != "$PREFIX/edgefleet-agent" ]; then
    ln -sf "$PREFIX/edgefleet-agent" "$ROOT$LINK"
    info "linked $LINK"
  fi
  mkdir -p "$ROOT$STATE_DIR"
  chmod 700 "$ROOT$STATE_DIR"
}

# The agent from this install, on this system or inside EDGEFLEET_ROOT.
agent() {
  EDGEFLEET_NODE=$NODE "$ROOT$PREFIX/edgefleet-agent" "$@"
}

enroll() {
  if [ -f "$ROOT$STATE_DIR/identity/identity.json" ]; then
    info "node $NODE_ID already holds credentials in $STATE_DIR/identity: not enrolling again"
    return 0
  fi
  if is_true "$SKIP_ENROLL"; then
    warn 'EDGEFLEET_SKIP_ENROLL: not enrolling; the controller must accept this node without credentials'
    return 0
  fi
  [ -n "${EDGEFLEET_TOKEN:-}" ] || fatal 'set EDGEFLEET_TOKEN to a join token (edgefleet token create on the controller), or EDGEFLEET_SKIP_ENROLL=true'
  info "enrolling node $NODE_ID"
  # The token goes by environment, not argv, which any user can read in ps.
  EDGEFLEET_JOIN_TOKEN=$EDGEFLEET_TOKEN agent join --server "$MQTT" --api "$URL" --node-id "$NODE_ID" --state-dir "$ROOT$STATE_DIR" ||
    fatal "enrollment failed (see above); fix it and run the installer again"
  CHANGED=true
}

run_check() {
  info 'checking the device (edgefleet-agent check)'
  if ! agent check --config "$ROOT$CONFIG" --state-dir "$ROOT$STATE_DIR"; then
    warn "edgefleet-agent check found problems (above); the agent retries on its own, but fix them"
  fi
}

start_service() {
  if is_true "$SKIP_START"; then
    info "EDGEFLEET_SKIP_START: not starting; start it with: systemctl enable --now $SERVICE"
    return 0
  fi
  systemctl daemon-reload
  systemctl enable $SERVICE >/dev/null 2>&1
  if is_true "$CHANGED"; then
    systemctl restart $SERVICE
    info "started $SERVICE"
  else
    systemctl start $SERVICE
    info "$SERVICE is running; nothing changed"
  fi
}

main() {
  check_settings
  check_root
  check_arch
  check_node
  check_docker
  check_systemd
  choose_node_id
  check_labels
  info "installing the edgefleet agent for node $NODE_ID ($ARCH, Node.js $NODE_VERSION) into ${ROOT:-/}"
  setup_tls
  download_agent
  install_agent
  write_config
  write_unit
  write_uninstaller
  enroll
  run_check
  start_service
  info "done: $(agent --version 2>/dev/null || echo agent) installed; remove it with $PREFIX/uninstall.sh"
}

main "$@"
