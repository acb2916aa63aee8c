// `edgefleet up`: a controller and one local agent in one command, for a first try on a laptop.
// The controller runs in this process; the agent is a child process of the same binary, so the
// two sides stay as separate as they are in production.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import type { Logger } from 'pino';
import { startController } from '../app.js';
import type { ControllerConfig } from '../config.js';
import { api } from './client.js';
import { DEFAULT_DATA_DIR } from './credentials.js';
import { applyCmd } from './resources.js';

export function localNodeId(): string {
  const h = hostname().toLowerCase().replace(/[^a-z0-9._-]/g, '-').replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '').slice(0, 63);
  return h || 'local';
}

export async function up(cfg: ControllerConfig, logger: Logger, opts: { apply?: string; nodeId?: string }): Promise<number> {
  const controller = await startController(cfg, { logger });
  const nodeId = opts.nodeId ?? localNodeId();
  const stateDir = join(resolve(cfg.dataDir), '..', 'agent');
  // The local agent enrolls like any other (a one-use join token, its own key pair), once: after
  // that its state dir holds its credentials (agent/identity/identity-files.ts: identity.json).
  // The token goes through the environment, not argv, which every local user can read in ps.
  const enrollEnv: Record<string, string> = {};
  if (!existsSync(join(stateDir, 'identity', 'identity.json'))) {
    // Its credentials are gone (state dir removed) but the controller still knows it: start over.
    if (controller.identity.revokeNode(nodeId, Date.now())) logger.info({ node: nodeId }, 'the local agent lost its credentials; enrolling it again');
    enrollEnv.EDGEFLEET_JOIN_TOKEN = controller.createJoinToken({ ttlMs: 600_000, maxUses: 1 });
    enrollEnv.EDGEFLEET_API = `http://127.0.0.1:${controller.httpPort}`;
  }
  const agentArgs = [
    process.argv[1] as string,
    'agent',
    '--server',
    controller.broker.kind === 'external' ? controller.broker.url : `mqtt://127.0.0.1:${controller.mqttPort}`,
    '--node-id',
    nodeId,
    '--state-dir',
    stateDir,
    '--label',
    'edgefleet.io/local=true',
    '--log-level',
    cfg.logLevel,
  ];
  const agent: ChildProcess = spawn(process.execPath, agentArgs, { stdio: 'inherit', env: { ...process.env, ...enrollEnv } });
  logger.info({ node: nodeId, pid: agent.pid }, 'started the local agent');
  const server = `http://127.0.0.1:${controller.httpPort}`;
  const target = { server, token: controller.adminToken, tokenSource: controller.adminTokenFile };

  if (opts.apply) {
    // Wait for the local node to say hello, so the first schedule already sees it.
    for (let i = 0; i < 100; i++) {
      const res = await api<{ items: { name: string; status: string }[] }>(target, 'GET', '/api/v1/nodes');
      if (res.items.some((n) => n.name === nodeId && n.status === 'Online')) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    await applyCmd(target, opts.apply, (s) => process.stdout.write(s));
  }
  const tokenHint =
    resolve(cfg.dataDir) === resolve(DEFAULT_DATA_DIR)
      ? 'the CLI reads it when run from this directory; elsewhere set EDGEFLEET_TOKEN'
      : `the CLI reads it with --data-dir ${cfg.dataDir}, or set EDGEFLEET_TOKEN`;
  process.stdout.write(
    `\nedgefleet is up: API ${server}, MQTT 127.0.0.1:${controller.mqttPort}, node ${nodeId}.\n` +
      `Admin token: ${controller.adminTokenFile} (${tokenHint}).\n` +
      `Try: EDGEFLEET_SERVER=${server} npx edgefleet get placements\nCtrl-C stops both.\n\n`,
  );

  const code = await new Promise<number>((done) => {
    const onExit = (c: number | null): void => {
      logger.error({ code: c }, 'the local agent exited on its own; stopping');
      done(1);
    };
    const onSignal = (): void => {
      agent.off('exit', onExit);
      done(0);
    };
    agent.once('exit', onExit);
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  });
  if (agent.exitCode === null) {
    agent.kill('SIGTERM');
    await new Promise((r) => agent.once('exit', r));
  }
  await controller.close();
  return code;
}
