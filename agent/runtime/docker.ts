// The Docker adapter of the runtime port. Thin: every shape conversion lives in docker-convert.ts
// and docker-streams.ts. Invariant: it only ever sees containers carrying this node's labels
// (list and watch filter on them in the engine), and it never deletes volumes.
import type Dockerode from 'dockerode';
import { statfs } from 'node:fs/promises';
import { Readable } from 'node:stream';
import type { ContainerSpec } from '../../proto/types.js';
import { dockerStatusCode, fromDockerContainer, fromDockerEvent, toCreateOptions, toRuntimeError } from './docker-convert.js';
import { demuxLogLines, fromPullMessage, LineSplitter } from './docker-streams.js';
import { LogDemuxer } from './log-demux.js';
import { identityFromLabels, nodeLabelFilters, sameIdentity } from './labels.js';
import { RuntimeError } from './port.js';
import type { ActualContainer, LogReadOptions, ManagedIdentity, PullProgress, RegistryAuth, RuntimeCapabilities } from './port.js';
import type { RuntimeEvent, RuntimeEventAction, RuntimeInfo, RuntimePort } from './port.js';

/** The subset of a pino logger the adapter uses; a pino child logger fits. */
export interface RuntimeLogger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface DockerRuntimeOptions {
  docker: Dockerode;
  nodeId: string;
  logger?: RuntimeLogger;
}

const noop = (): void => {};
const SILENT: RuntimeLogger = { debug: noop, info: noop, warn: noop, error: noop };

const WATCHED: readonly RuntimeEventAction[] = ['create', 'start', 'die', 'stop', 'destroy', 'health_status', 'oom', 'kill'];

/** Adds `abortSignal` only when there is one: docker-modem would put an undefined key in the URL. */
function withSignal<T extends object>(opts: T, signal: AbortSignal | undefined): T & { abortSignal?: AbortSignal } {
  return signal ? { ...opts, abortSignal: signal } : opts;
}

/** Resolves undefined when the engine answers with one of `codes` (304 not modified, 404 gone). */
async function tolerating<T>(codes: readonly number[], p: Promise<T>): Promise<T | undefined> {
  try {
    return await p;
  } catch (err) {
    const status = dockerStatusCode(err);
    if (status !== undefined && codes.includes(status)) return undefined;
    throw err;
  }
}

function destroyStream(s: NodeJS.ReadableStream, err?: unknown): void {
  // dockerode hands out http.IncomingMessage, a Readable; its declared type has no destroy().
  if (s instanceof Readable) s.destroy(err instanceof Error ? err : undefined);
}

export class DockerRuntime implements RuntimePort {
  readonly capabilities: RuntimeCapabilities = { healthChecks: true, pull: true, resourceLimits: true };
  private readonly docker: Dockerode;
  private readonly nodeId: string;
  private readonly log: RuntimeLogger;

  constructor(opts: DockerRuntimeOptions) {
    this.docker = opts.docker;
    this.nodeId = opts.nodeId;
    this.log = opts.logger ?? SILENT;
  }

  /** One engine call: cancellation stays an abort error, anything else becomes a RuntimeError. */
  private async run<T>(what: string, signal: AbortSignal | undefined, fn: () => Promise<T>): Promise<T> {
    signal?.throwIfAborted();
    try {
      return await fn();
    } catch (err) {
      signal?.throwIfAborted();
      throw toRuntimeError(err, what);
    }
  }

  // Callbacks run inside stream 'data' handlers, where a throw would be an uncaught exception.
  private guard(what: string, fn: () => void): void {
    try {
      fn();
    } catch (err) {
      this.log.error({ err }, `${what} threw`);
    }
  }

  async info(signal?: AbortSignal): Promise<RuntimeInfo> {
    // @types/dockerode declares version() without options, so no abortSignal: run() checks it.
    const v = await this.run('version', signal, () => this.docker.version());
    return { name: 'docker', version: v.Version, apiVersion: v.ApiVersion };
  }

  async list(signal?: AbortSignal): Promise<ActualContainer[]> {
    const filters = { label: nodeLabelFilters(this.nodeId) };
    const found = await this.run('list containers', signal, () =>
      this.docker.listContainers(withSignal({ all: true, filters }, signal)),
    );
    const inspected = await Promise.all(
      found.map((c) =>
        // A container removed between list and inspect answers 404: it is simply gone.
        this.run(`inspect ${c.Id}`, signal, () => tolerating([404], this.docker.getContainer(c.Id).inspect(withSignal({}, signal)))),
      ),
    );
    const out: ActualContainer[] = [];
    for (const info of inspected) {
      const actual = info ? fromDockerContainer(info) : null;
      if (actual && actual.nodeId === this.nodeId) out.push(actual);
    }
    return out;
  }

  async hasImage(ref: string, signal?: AbortSignal): Promise<boolean> {
    // ImageInspectOptions lacks abortSignal in @types/dockerode 4 (dockerode 5 reads it): typed here.
    const opts: Dockerode.ImageInspectOptions & { abortSignal?: AbortSignal } = withSignal({}, signal);
    const info = await this.run(`inspect image ${ref}`, signal, () => tolerating([404], this.docker.getImage(ref).inspect(opts)));
    return info !== undefined;
  }

  async pull(ref: string, opts: { auth?: RegistryAuth; onProgress?: (p: PullProgress) => void; signal?: AbortSignal }): Promise<void> {
    const { auth, onProgress, signal } = opts;
    // docker-modem moves `authconfig` into the X-Registry-Auth header (never into the URL).
    const pullOpts = withSignal(auth ? { authconfig: auth } : {}, signal);
    const stream = await this.run(`pull ${ref}`, signal, () => this.docker.pull(ref, pullOpts));
    let reported: string | undefined;
    const onAbort = (): void => destroyStream(stream, signal?.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    if (signal?.aborted) onAbort(); // aborted while the pull request was being answered
    try {
      await new Promise<void>((resolve, reject) => {
        this.docker.modem.followProgress(
          stream,
          (err: Error | null) => (err ? reject(err) : resolve()),
          (msg: unknown) => {
            const m = fromPullMessage(msg);
            if (m && 'error' in m) reported ??= m.error;
            else if (m) this.guard('pull progress handler', () => onProgress?.(m.progress));
          },
        );
      });
    } catch (err) {
      signal?.throwIfAborted();
      throw toRuntimeError(err, `pull ${ref}`);
    } finally {
      signal?.removeEventListener('abort', onAbort);
    }
    signal?.throwIfAborted();
    // The engine answers 200 and reports a failed pull inside the stream.
    if (reported !== undefined) throw new RuntimeError('EF_AGENT_RUNTIME_FAILED', `docker pull ${ref} failed: ${reported}`);
  }

  async create(identity: ManagedIdentity, spec: ContainerSpec, dependencies: Record<string, string> = {}, signal?: AbortSignal): Promise<string> {
    if (identity.nodeId !== this.nodeId) {
      throw new RuntimeError('EF_AGENT_RUNTIME_FAILED', `identity of node ${identity.nodeId} given to the runtime of node ${this.nodeId}`);
    }
    const opts = toCreateOptions(identity, spec, dependencies);
    const name = opts.name ?? '';
    const created = await this.run(`create ${name}`, signal, () =>
      tolerating([409], this.docker.createContainer(withSignal(opts, signal))),
    );
    if (created) return created.id;
    // 409: the name is taken. Ours from an earlier attempt (a pass that died after create): adopt
    // it. Anything else holding the name is refused, never removed.
    const existing = await this.run(`inspect ${name}`, signal, () => this.docker.getContainer(name).inspect(withSignal({}, signal)));
    const owner = identityFromLabels(existing.Config.Labels);
    if (owner && sameIdentity(owner, identity)) {
      this.log.debug({ container: existing.Id, workload: identity.workload }, 'container exists already, adopted');
      return existing.Id;
    }
    throw new RuntimeError('EF_AGENT_RUNTIME_FAILED', `container name ${name} is taken by a container that is not ours`, {
      statusCode: 409,
    });
  }

  async start(id: string, signal?: AbortSignal): Promise<void> {
    await this.run(`start ${id}`, signal, () => tolerating([304], this.docker.getContainer(id).start(withSignal({}, signal))));
  }

  async stop(id: string, timeoutS: number, signal?: AbortSignal): Promise<void> {
    const opts = withSignal({ t: Math.max(0, Math.round(timeoutS)) }, signal);
    await this.run(`stop ${id}`, signal, () => tolerating([304, 404], this.docker.getContainer(id).stop(opts)));
  }

  async remove(id: string, signal?: AbortSignal): Promise<void> {
    // v: false: named volumes hold the workload's data and outlive its containers.
    const opts = withSignal({ force: true, v: false }, signal);
    await this.run(`remove ${id}`, signal, () => tolerating([404], this.docker.getContainer(id).remove(opts)));
  }

  async update(id: string, change: { cpuMillis: number }, signal?: AbortSignal): Promise<void> {
    if (!(change.cpuMillis > 0)) throw new RuntimeError('EF_AGENT_RUNTIME_FAILED', `update ${id}: cpuMillis must be > 0 (Docker cannot remove a CPU limit in place)`);
    await this.run(`update ${id}`, signal, () => this.docker.getContainer(id).update(withSignal({ NanoCpus: change.cpuMillis * 1_000_000 }, signal)));
  }

  async pause(id: string, paused: boolean, signal?: AbortSignal): Promise<void> {
    const c = this.docker.getContainer(id);
    // The engine refuses pausing a paused container (409) and unpausing a running one (500).
    const info = await this.run(`inspect ${id}`, signal, () => c.inspect(withSignal({}, signal)));
    if (info.State.Paused === paused) return;
    await this.run(`${paused ? 'pause' : 'unpause'} ${id}`, signal, () => (paused ? c.pause(withSignal({}, signal)) : c.unpause(withSignal({}, signal))));
  }

  async removeImage(ref: string, signal?: AbortSignal): Promise<boolean> {
    // No force: an image a container still uses (409) stays, whoever's container it is.
    const gone = await this.run(`remove image ${ref}`, signal, () => tolerating([404, 409], this.docker.getImage(ref).remove(withSignal({}, signal))));
    return gone !== undefined;
  }

  async storage(signal?: AbortSignal): Promise<{ rootDir: string; usedBytes: number; sizeBytes: number }> {
    // @types/dockerode types info() as any; only DockerRootDir is read, as a string.
    const info = (await this.run('info', signal, () => this.docker.info())) as { DockerRootDir?: unknown };
    const rootDir = typeof info.DockerRootDir === 'string' ? info.DockerRootDir : '/var/lib/docker';
    // The agent runs beside the engine, so the engine's root dir is on this host's filesystem.
    const fs = await statfs(rootDir).catch(() => statfs('/'));
    return { rootDir, usedBytes: (fs.blocks - fs.bavail) * fs.bsize, sizeBytes: fs.blocks * fs.bsize };
  }

  async logs(id: string, tail: number, signal?: AbortSignal): Promise<string[]> {
    if (tail <= 0) return [];
    const opts: Dockerode.ContainerLogsOptions & { follow: false } = { stdout: true, stderr: true, follow: false, tail };
    const body: unknown = await this.run(`logs ${id}`, signal, () => this.docker.getContainer(id).logs(withSignal(opts, signal)));
    // docker-modem JSON-parses every non-stream body when it can; a raw (TTY) log of "42" would
    // come back as a number. Multiplexed logs never parse (they start with a 0x01/0x02 byte).
    const buf = Buffer.isBuffer(body) ? body : Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
    return demuxLogLines(buf).slice(-tail);
  }

  async *readLogs(id: string, opts: LogReadOptions, signal: AbortSignal): AsyncIterable<string> {
    const stream = await this.run(`logs ${id}`, signal, () => this.dialLogs(id, opts, signal));
    const demux = new LogDemuxer();
    const onAbort = (): void => destroyStream(stream, signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    try {
      for await (const chunk of stream as AsyncIterable<Buffer | string>) {
        yield* demux.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
      }
      yield* demux.end();
    } catch (err) {
      signal.throwIfAborted();
      throw toRuntimeError(err, `logs ${id}`);
    } finally {
      signal.removeEventListener('abort', onAbort);
      destroyStream(stream);
    }
  }

  // dockerode's container.logs() returns a whole Buffer unless following; the modem gives the
  // body as a stream either way, so a long `--since` never sits in memory at once.
  private dialLogs(id: string, opts: LogReadOptions, signal: AbortSignal): Promise<NodeJS.ReadableStream> {
    const query = {
      stdout: true,
      stderr: true,
      follow: opts.follow,
      tail: opts.tail > 0 ? String(opts.tail) : 'all',
      since: Math.floor(opts.sinceMs / 1000),
    };
    return new Promise((resolve, reject) => {
      this.docker.modem.dial(
        {
          path: `/containers/${encodeURIComponent(id)}/logs?`,
          method: 'GET',
          isStream: true,
          abortSignal: signal,
          statusCodes: { 200: true, 404: 'no such container', 500: 'server error' },
          options: query,
        },
        (err, res) => (err ? reject(err) : resolve(res as NodeJS.ReadableStream)),
      );
    });
  }

  watch(onEvent: (e: RuntimeEvent) => void, onError: (err: Error) => void): () => void {
    const ac = new AbortController();
    const splitter = new LineSplitter();
    let stream: NodeJS.ReadableStream | undefined;
    let stopped = false;
    const stop = (): void => {
      if (stopped) return;
      stopped = true;
      ac.abort();
      if (stream) destroyStream(stream);
    };
    const fail = (err: unknown): void => {
      if (stopped) return;
      stop();
      onError(toRuntimeError(err, 'watch events'));
    };
    const onLine = (line: string): void => {
      if (line.trim() === '') return;
      let ev: RuntimeEvent | null;
      try {
        ev = fromDockerEvent(JSON.parse(line), this.nodeId);
      } catch (err) {
        this.log.warn({ err, line }, 'unparsable docker event skipped');
        return;
      }
      if (ev) this.guard('runtime event handler', () => onEvent(ev));
    };
    const filters = { type: ['container' as const], label: nodeLabelFilters(this.nodeId), event: [...WATCHED] };
    // `since` now (fractional seconds): events between this call and the engine subscribing are
    // replayed from the engine's buffer instead of lost.
    this.docker.getEvents({ since: Date.now() / 1000, filters, abortSignal: ac.signal }).then((s) => {
      if (stopped) return destroyStream(s);
      stream = s;
      s.on('data', (chunk: Buffer | string) => splitter.push(chunk).forEach(onLine));
      s.on('error', fail);
      // The engine went away (restart, socket closed): the caller re-watches after a re-list.
      const ended = (): void => fail(new RuntimeError('EF_AGENT_RUNTIME_UNAVAILABLE', 'docker event stream ended'));
      s.on('end', ended);
      s.on('close', ended);
    }, fail);
    return stop;
  }
}
