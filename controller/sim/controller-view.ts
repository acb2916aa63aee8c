// What the simulator's scenarios read from and do to the controller, over its HTTP API: the fleet
// summary (the controller's own view of who is online and what each node applied) and apply.
import type { FleetSummaryJson } from '../api/routes-summary.js';

export interface ControllerView {
  summary(selector?: string): Promise<FleetSummaryJson>;
  apply(yaml: string): Promise<void>;
}

export function httpController(server: string, token: string | undefined): ControllerView {
  const call = async (method: string, path: string, body?: string): Promise<unknown> => {
    let res: Response;
    try {
      res = await fetch(`${server}${path}`, {
        method,
        headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body === undefined ? {} : { 'content-type': 'application/yaml' }) },
        ...(body === undefined ? {} : { body }),
      });
    } catch (err) {
      const cause = err instanceof Error && err.cause instanceof Error ? err.cause.message : String(err);
      throw new Error(`${method} ${server}${path}: ${cause}`, { cause: err });
    }
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${server}${path}: HTTP ${res.status} ${text.slice(0, 300)}`);
    return JSON.parse(text) as unknown;
  };
  return {
    summary: async (selector) => (await call('GET', `/api/v1/fleet/summary${selector ? `?selector=${encodeURIComponent(selector)}` : ''}`)) as FleetSummaryJson,
    apply: async (yaml) => void (await call('POST', '/api/v1/apply', yaml)),
  };
}
