// Day-2 routes: restart a workload's container on its nodes, and stream its logs from one node.
//
// GET /api/v1/workloads/:name/logs?node=N&tail=200&since=10m&follow=true answers NDJSON, one
// object per line: {"lines": [...]} per chunk, then {"done": true} or {"error": {code, message}}.
// Problems found before the first line (unknown workload, node offline, the agent refusing) are
// ordinary JSON errors with a status. The response closes its connection when it ends, so an
// ended (or cancelled) follow never leaves a keep-alive socket holding the server open.
import type { FastifyInstance } from 'fastify';
import type { ServerResponse } from 'node:http';
import { isValidNodeId } from '../../proto/topics.js';
import type { Reply } from '../../proto/types.js';
import { TooManyStreams, type CommandRelay } from '../commands/relay.js';
import type { LogsEvent, LogsStream } from '../commands/logs-stream.js';
import { ControllerError } from '../errors.js';
import type { FleetRegistry } from '../fleet/registry.js';
import type { Store } from '../store/store.js';
import { parseTime } from './query.js';

export interface CommandRouteDeps {
  store: Store;
  fleet: FleetRegistry;
  relay: CommandRelay;
  now: () => number;
}

type Query = Record<string, unknown>;

function one(q: Query, name: string): string | undefined {
  const v = q[name];
  if (v === undefined || typeof v === 'string') return v;
  throw new ControllerError('EF_CTL_BAD_REQUEST', `${name}: give it once, as a single value`);
}

const MAX_TAIL = 100_000;
const DEFAULT_TAIL = 200;
/** How many nodes restart at once when a workload runs on many. */
const RESTART_CONCURRENCY = 10;

/** HTTP status for an error code from the agent or the relay. */
export function statusOf(code: string): number {
  switch (code) {
    case 'EF_AGENT_UNKNOWN_WORKLOAD':
    case 'EF_AGENT_NO_CONTAINER':
      return 404;
    case 'EF_AGENT_NOT_RUNNING':
    case 'EF_AGENT_COMMAND_STALE':
      return 409;
    case 'EF_AGENT_BUSY':
      return 429;
    case 'EF_CTL_NODE_OFFLINE':
    case 'EF_CTL_SHUTTING_DOWN':
      return 503;
    case 'EF_CTL_NODE_NO_ANSWER':
      return 504;
    default:
      return 502;
  }
}

function parseTail(v: string | undefined, fallback: number): number {
  if (v === undefined || v === '') return fallback;
  if (v === 'all') return 0;
  if (!/^\d+$/.test(v) || Number(v) > MAX_TAIL) {
    throw new ControllerError('EF_CTL_BAD_REQUEST', `tail: ${JSON.stringify(v.slice(0, 50))} is not a whole number from 0 (all) to ${MAX_TAIL}`);
  }
  return Number(v);
}

function parseBool(name: string, v: string | undefined): boolean {
  if (v === undefined || v === '' || v === 'false' || v === '0') return false;
  if (v === 'true' || v === '1') return true;
  throw new ControllerError('EF_CTL_BAD_REQUEST', `${name}: ${JSON.stringify(v.slice(0, 50))} is not true or false`);
}

function errorBody(code: string, message: string): { error: { code: string; message: string } } {
  return { error: { code, message } };
}

/** A node that exists and is online, or the error that says why not. */
function reachableNode(fleet: FleetRegistry, node: string | undefined): string {
  if (!node) throw new ControllerError('EF_CTL_BAD_REQUEST', 'node: required (logs come from one node; the CLI takes --node N)');
  if (!isValidNodeId(node)) throw new ControllerError('EF_CTL_BAD_REQUEST', `node: ${JSON.stringify(node.slice(0, 80))} is not a valid node id`);
  if (!fleet.get(node)) throw new ControllerError('EF_CTL_NOT_FOUND', `node ${node} does not exist`);
  return node;
}

export function registerCommandRoutes(app: FastifyInstance, deps: CommandRouteDeps): void {
  const { store, fleet, relay, now } = deps;

  const offline = (node: string): string | null => {
    const n = fleet.get(node);
    if (!n || n.status !== 'Offline') return null;
    return `node ${node} is offline (last seen ${new Date(n.lastSeenMs).toISOString()}); commands need its agent connected`;
  };

  app.get<{ Params: { name: string } }>('/api/v1/workloads/:name/logs', async (req, reply) => {
    const q = req.query as Query;
    const workload = req.params.name;
    const node = reachableNode(fleet, one(q, 'node'));
    const follow = parseBool('follow', one(q, 'follow'));
    const sinceText = one(q, 'since');
    const sinceMs = parseTime('since', sinceText, now(), 0);
    const tail = parseTail(one(q, 'tail'), sinceText ? 0 : DEFAULT_TAIL);
    if (!store.getWorkload(workload)) return reply.code(404).send(errorBody('EF_CTL_NOT_FOUND', `workload ${workload} does not exist`));
    const down = offline(node);
    if (down) return reply.code(503).send(errorBody('EF_CTL_NODE_OFFLINE', down));

    let stream: LogsStream;
    try {
      stream = relay.openLogs(node, { workload, tail, sinceMs, follow, window: 0, maxChunkBytes: 0 });
    } catch (err) {
      if (err instanceof TooManyStreams) return reply.code(429).send(errorBody(err.code, err.message));
      throw err;
    }
    const res = reply.raw;
    const gone = (): void => {
      if (!res.writableFinished) stream.cancel('the HTTP client went away');
    };
    res.on('close', gone);
    try {
      const first: LogsEvent = await stream.next();
      if (first.kind === 'end') return reply.code(statusOf(first.code)).send(errorBody(first.code || 'EF_CTL_INTERNAL', hint(first, workload, node, store)));
      reply.hijack();
      res.writeHead(200, {
        'content-type': 'application/x-ndjson; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'close',
        'x-edgefleet-command': stream.id,
      });
      await pipeStream(stream, res, relay);
    } finally {
      res.off('close', gone);
      stream.discard();
    }
    return reply;
  });

  app.post<{ Params: { name: string } }>('/api/v1/workloads/:name/restart', async (req, reply) => {
    const q = req.query as Query;
    const name = req.params.name;
    const w = store.getWorkload(name);
    if (!w) return reply.code(404).send(errorBody('EF_CTL_NOT_FOUND', `workload ${name} does not exist`));
    const only = one(q, 'node');
    const nodes = only !== undefined ? [reachableNode(fleet, only)] : store.listPlacements().filter((p) => p.workload === name).map((p) => p.nodeId).sort();
    if (nodes.length === 0) return reply.code(409).send(errorBody('EF_CTL_NOT_PLACED', `workload ${name} is not placed on any node; nothing to restart`));
    const timeoutMs = Math.max(30_000, (w.workload.container.stopTimeoutS || 10) * 1000 + 20_000);
    const restartOne = async (node: string): Promise<RestartResult> => {
      const down = offline(node);
      if (down) return { node, ok: false, code: 'EF_CTL_NODE_OFFLINE', error: down };
      try {
        return resultOf(node, await relay.request(node, { kind: 'restart', workload: name }, timeoutMs));
      } catch (err) {
        const code = (err as { code?: unknown }).code;
        return { node, ok: false, code: typeof code === 'string' ? code : 'EF_CTL_INTERNAL', error: err instanceof Error ? err.message : String(err) };
      }
    };
    const results: RestartResult[] = [];
    for (let i = 0; i < nodes.length; i += RESTART_CONCURRENCY) {
      results.push(...(await Promise.all(nodes.slice(i, i + RESTART_CONCURRENCY).map(restartOne))));
    }
    return { workload: name, results };
  });

  app.get('/api/v1/commands/stats', async () => relay.stats());
}

export interface RestartResult {
  node: string;
  ok: boolean;
  code?: string;
  error?: string;
  containerId?: string;
  startedAt?: string;
}

function resultOf(node: string, r: Reply): RestartResult {
  if (!r.ok) return { node, ok: false, code: r.code || 'EF_AGENT_RUNTIME_FAILED', error: r.error };
  return { node, ok: true, containerId: r.containerId, ...(r.startedAtMs > 0 ? { startedAt: new Date(r.startedAtMs).toISOString() } : {}) };
}

/** The agent's message, plus where the workload does run when it is not on the node asked. */
function hint(end: LogsEvent & { kind: 'end' }, workload: string, node: string, store: Store): string {
  if (end.code !== 'EF_AGENT_UNKNOWN_WORKLOAD') return end.error;
  const on = store.listPlacements().filter((p) => p.workload === workload).map((p) => p.nodeId).sort();
  return `${end.error}; it is placed on ${on.length > 0 ? on.join(', ') : 'no node'}`;
}

/** Writes chunks as NDJSON; acknowledges each only once the socket drained. */
async function pipeStream(stream: LogsStream, res: ServerResponse, relay: CommandRelay): Promise<void> {
  for (;;) {
    const e = await stream.next();
    if (res.destroyed) return;
    if (e.kind === 'started') continue;
    if (e.kind === 'end') {
      res.end(`${JSON.stringify(e.ok ? { done: true } : errorBody(e.code, e.error))}\n`);
      return;
    }
    if (!res.write(`${JSON.stringify({ lines: e.lines })}\n`)) {
      const drained = await new Promise<boolean>((resolve) => {
        const done = (ok: boolean) => (): void => {
          res.off('drain', onDrain);
          res.off('close', onClose);
          resolve(ok);
        };
        const onDrain = done(true);
        const onClose = done(false);
        res.on('drain', onDrain);
        res.on('close', onClose);
        // Cancelled (the controller stops) while a client that stopped reading keeps the socket
        // full: no end message can get through, so the connection is dropped instead of waited on.
        void stream.cancelled.then(done(false));
      });
      if (!drained) {
        res.destroy();
        return;
      }
    }
    relay.noteSocketBytes(res.writableLength);
    stream.ack(e.seq);
  }
}
