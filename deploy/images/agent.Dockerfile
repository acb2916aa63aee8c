# The edgefleet agent as a container image: the shipped bundle (one file, no node_modules) on Node.
#
#   docker build -f deploy/images/agent.Dockerfile -t edgefleet/agent:0.1.0 .     (from the repo root)
#   docker run -d --name edgefleet-agent --restart=always --network host \
#     -v /var/run/docker.sock:/var/run/docker.sock \
#     -v edgefleet-agent:/var/lib/edgefleet \
#     -e EDGEFLEET_JOIN_TOKEN='EF1:...' \
#     edgefleet/agent:0.1.0 --server mqtt://CONTROLLER:1883 --api http://CONTROLLER:8080 --node-id edge-1
#
# SECURITY: the agent drives the host's Docker engine through the mounted socket. Access to the
# Docker socket is root on the host (anyone who can reach it can start a privileged container
# that mounts /), so this container is root-equivalent whatever user it runs as: run only this
# image with the socket, and protect the host as you would for a root service. The systemd
# install (deploy/install-agent.sh) is the same trust with a narrower sandbox around the agent.
#
# --network host: the agent's workloads use host networking and the agent reaches the controller
# as the host does. Telemetry reads /proc and /sys: host-wide figures (CPU, memory) are the host's;
# disk usage is that of the volume holding /var/lib/edgefleet.
# No HEALTHCHECK: `edgefleet-agent check` fails while the controller is unreachable, and offline is
# a normal state for an edge device (the agent keeps running its workloads). Run it by hand:
#   docker exec edgefleet-agent /opt/edgefleet/edgefleet-agent check

# ---- build: tsc + esbuild, no native modules needed (--ignore-scripts skips better-sqlite3) ----
FROM node:20.20.2-bookworm-slim AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY scripts ./scripts
COPY proto ./proto
COPY agent ./agent
COPY controller ./controller
COPY bin ./bin
RUN npm run build

# ---- runtime: node and two files ----
FROM node:20.20.2-bookworm-slim
LABEL org.opencontainers.image.title="edgefleet agent" \
      org.opencontainers.image.description="edgefleet edge agent (needs the host's Docker socket: root-equivalent)" \
      org.opencontainers.image.licenses="Apache-2.0"
COPY --from=build /src/dist/edgefleet-agent.cjs /src/dist/edgefleet-agent /opt/edgefleet/
RUN ln -s /opt/edgefleet/edgefleet-agent /usr/local/bin/edgefleet-agent && mkdir -p /var/lib/edgefleet && chmod 700 /var/lib/edgefleet
ENV EDGEFLEET_STATE_DIR=/var/lib/edgefleet
VOLUME ["/var/lib/edgefleet"]
# Root, for the socket (see SECURITY above).
USER root
STOPSIGNAL SIGTERM
ENTRYPOINT ["/opt/edgefleet/edgefleet-agent"]
