// The agent's command handler against the real Docker engine (no MQTT: replies are collected as
// they would be published). What it refuses (stale, duplicate, unknown, busy, garbage), and when a
// follow stops on its own (the controller went silent, the link dropped).
import type Dockerode from 'dockerode';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CommandHandler } from '../../agent/commands/handler.js';
import { COMMAND_LIMITS, type CommandLimits } from '../../agent/commands/limits.js';
import { DockerRuntime } from '../../agent/runtime/docker.js';
import { encode } from '../../proto/codec.js';
import type { Command, CommandKind, DesiredState, Reply } from '../../proto/types.js';
import { containerSpec, desiredState } from '../fixtures/container-spec.js';
import { removeNodeContainers, requireDocker } from '../helpers/docker.js';
import { captureLogs } from '../helpers/logs.js';
import { waitUntil } from '../helpers/wait.js';

const nodeId = `cmd-${process.pid}`;
let docker: Dockerode;
let runtime: DockerRuntime;
let containerId = '';
let seq = 0;

const desired: DesiredState = desiredState(
  { name: 'chatty', specHash: 'h1', container: containerSpec(), revision: 1, priority: 0, dependsOn: [], runWhen: 'always' },
  { name: 'pending', specHash: 'h2', container: containerSpec(), revision: 1, priority: 0, dependsOn: [], runWhen: 'always' },
);

function handler(limits: Partial<CommandLimits> = {}) {
  const replies: Reply[] = [];
  const logs = captureLogs('debug');
  const h = new CommandHandler({
    nodeId,
    runtime,
    logger: logs.logger,
    now: Date.now,
    desired: () => ({ ...desired, nodeId }),
    send: async (r) => void replies.push(r),
    exclusive: (fn) => fn(),
    emit: () => undefined,
    limits,
  });
  const send = (action: CommandKind, over: Partial<Command> = {}): string => {
    const id = over.id ?? `c${++seq}`;
    h.onPayload(Buffer.from(encode('commands', { id, issuedAtMs: Date.now(), action, ...over })));
    return id;
  };
  const final = (id: string): Promise<Reply> => waitUntil(`the final reply to ${id}`, () => replies.find((r) => r.commandId === id && r.done), 15_000, 20);
  return { h, replies, logs, send, final };
}

const logsAction = (over: Partial<Extract<CommandKind, { kind: 'logs' }>> = {}): CommandKind => ({ kind: 'logs', workload: 'chatty', tail: 0, sinceMs: 0, follow: false, window: 0, maxChunkBytes: 0, ...over });

describe('agent command handler (real Docker, no MQTT)', () => {
  beforeAll(async () => {
    docker = await requireDocker();
    runtime = new DockerRuntime({ docker, nodeId, logger: pino({ level: 'silent' }) });
    const spec = containerSpec({ command: ['sh', '-c', 'i=0; while true; do i=$((i+1)); echo "n $i"; sleep 0.02; done'] });
    containerId = await runtime.create({ nodeId, workload: 'chatty', specHash: 'h1' }, spec);
    await runtime.start(containerId);
  });
  afterAll(async () => {
    if (docker) await removeNodeContainers(docker, [nodeId]);
  });

  it('restarts the running container and answers with its new start time', async () => {
    const { send, final } = handler();
    const before = (await runtime.list()).find((c) => c.id === containerId)!;
    const r = await final(send({ kind: 'restart', workload: 'chatty' }));
    expect(r).toMatchObject({ ok: true, containerId, done: true });
    expect(r.startedAtMs).toBeGreaterThan(before.startedAtMs);
  });

  it('refuses a stale command without acting, and answers a duplicate only once', async () => {
    const { send, final, replies } = handler();
    const before = (await runtime.list()).find((c) => c.id === containerId)!;
    const stale = send({ kind: 'restart', workload: 'chatty' }, { issuedAtMs: Date.now() - COMMAND_LIMITS.maxAgeMs - 60_000 });
    expect(await final(stale)).toMatchObject({ ok: false, code: 'EF_AGENT_COMMAND_STALE' });
    expect((await runtime.list()).find((c) => c.id === containerId)!.startedAtMs).toBe(before.startedAtMs);
    const id = send(logsAction({ tail: 3 }));
    await final(id);
    send(logsAction({ tail: 3 }), { id });
    await new Promise((r) => setTimeout(r, 300));
    expect(replies.filter((r) => r.commandId === id && r.done)).toHaveLength(1);
  });

  it('says whether a workload is unknown on this node or only has no container yet', async () => {
    const { send, final } = handler();
    expect(await final(send({ kind: 'restart', workload: 'nope' }))).toMatchObject({ ok: false, code: 'EF_AGENT_UNKNOWN_WORKLOAD', error: `workload nope does not run on node ${nodeId}` });
    expect(await final(send(logsAction({ workload: 'pending' })))).toMatchObject({ ok: false, code: 'EF_AGENT_NO_CONTAINER' });
  });

  it('logs a garbage payload with a code and carries on', async () => {
    const { h, logs, send, final } = handler();
    h.onPayload(Buffer.from([0xff, 0xff, 0xff]));
    expect(logs.lines.some((l) => l.code === 'EF_AGENT_COMMAND_INVALID')).toBe(true);
    expect(await final(send(logsAction({ tail: 2 })))).toMatchObject({ ok: true });
  });

  it('refuses a log stream over the limit as busy', async () => {
    const { h, send, final } = handler({ maxLogSessions: 1 });
    send(logsAction({ follow: true, tail: 1 }));
    await waitUntil('one stream open', () => h.openStreams === 1);
    expect(await final(send(logsAction({ tail: 1 })))).toMatchObject({ ok: false, code: 'EF_AGENT_BUSY' });
    h.onDisconnect();
    await waitUntil('the link drop ended the stream', () => h.openStreams === 0);
  });

  it('stops following when the controller goes silent (no ack, no heartbeat)', async () => {
    const { h, send, logs } = handler({ silenceMs: 500, heartbeatMs: 100 });
    send(logsAction({ follow: true, tail: 1 }));
    await waitUntil('one stream open', () => h.openStreams === 1);
    const line = await logs.waitFor((l) => l.msg === 'logs stream cancelled', 15_000);
    expect(String(line.reason)).toContain('no ack or heartbeat from the controller');
    await waitUntil('the stream ended', () => h.openStreams === 0);
    await h.close();
  });
});
