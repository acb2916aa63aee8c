# The edgefleet controller as a container image: embedded MQTT broker, SQLite store, HTTP API, and
# the agent installer and bundle it serves to devices (GET /v1/install-agent.sh, /v1/download/*).
#
#   docker build -f deploy/images/controller.Dockerfile -t edgefleet/controller:0.1.0 .   (from the repo root)
#   docker run -d --name edgefleet-controller --restart=always --network host \
#     -v edgefleet-controller:/var/lib/edgefleet-controller edgefleet/controller:0.1.0
#
# Its data dir (/var/lib/edgefleet-controller, a volume) holds the store and admin.token; back it
# up. The CLI inside the image: docker exec edgefleet-controller edgefleet get nodes
# It runs as the unprivileged `node` user: it needs no Docker socket and no root.

# ---- build: compiles better-sqlite3 (the full node image has python3, make and g++) ----
FROM node:20.20.2-bookworm AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY scripts ./scripts
COPY proto ./proto
COPY agent ./agent
COPY controller ./controller
COPY bin ./bin
COPY deploy ./deploy
RUN npm run build && npm prune --omit=dev

# ---- runtime ----
FROM node:20.20.2-bookworm-slim
LABEL org.opencontainers.image.title="edgefleet controller" \
      org.opencontainers.image.description="edgefleet controller: MQTT broker, store, scheduler, HTTP API" \
      org.opencontainers.image.licenses="Apache-2.0"
WORKDIR /opt/edgefleet
COPY --from=build /src/package.json ./package.json
COPY --from=build /src/node_modules ./node_modules
COPY --from=build /src/dist ./dist
COPY --from=build /src/deploy ./deploy
RUN ln -s /opt/edgefleet/dist/bin/edgefleet.js /usr/local/bin/edgefleet \
  && mkdir -p /var/lib/edgefleet-controller && chown node:node /var/lib/edgefleet-controller
ENV EDGEFLEET_DATA_DIR=/var/lib/edgefleet-controller
# On 0.0.0.0 the API is HTTPS with the controller's own CA (created on first start in the data
# dir) and plaintext MQTT is on 127.0.0.1 only; the CLI and the health check in this container
# trust that CA (docs/security.md).
ENV EDGEFLEET_SERVER=https://127.0.0.1:8080 \
    NODE_EXTRA_CA_CERTS=/var/lib/edgefleet-controller/pki/ca.crt
VOLUME ["/var/lib/edgefleet-controller"]
USER node
EXPOSE 8883 8080
HEALTHCHECK --interval=30s --timeout=5s CMD ["node", "-e", "fetch('https://127.0.0.1:8080/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["node", "/opt/edgefleet/dist/bin/edgefleet.js", "controller"]
CMD ["--host", "0.0.0.0", "--mqtt-port", "1883", "--http-port", "8080"]
