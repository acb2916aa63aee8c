// Probes and metrics. /livez: the process answers (event loop turning); /readyz: started and not
// shutting down, with the reason when not; both open, as probes are. /metrics: Prometheus text,
// behind the admin token unless the operator opened it (--metrics-no-auth).
import type { FastifyInstance } from 'fastify';
import type { ControllerMetrics } from '../observability/metrics.js';

export interface HealthDeps {
  /** null when ready, else why not (a person reads it in the 503 body). */
  notReady(): string | null;
  metrics?: ControllerMetrics;
}

export function registerHealthRoutes(app: FastifyInstance, deps: HealthDeps): void {
  app.get('/livez', async () => ({ ok: true }));
  app.get('/readyz', async (_req, reply) => {
    const why = deps.notReady();
    if (why === null) return { ready: true };
    return reply.code(503).send({ ready: false, reason: why });
  });
  const metrics = deps.metrics;
  if (metrics) {
    app.get('/metrics', async (_req, reply) => {
      const { contentType, body } = await metrics.render();
      return reply.header('content-type', contentType).send(body);
    });
  }
}
