// `edgefleet agent ...`: parses flags and the config file (flags win), validates config (all
// problems at once), runs until a signal arrives, then shuts down cleanly (the retained state
// says offline). `edgefleet agent check` is agent/check/cli.ts.
import { Command } from 'commander';
import { startAgent } from './app.js';
import { makeAgentConfig, type AgentConfig } from './config.js';
import { isAgentError } from './errors.js';
import { makeLogger } from './logger.js';
import { addAgentOptions, resolveAgentOptions } from './options.js';
import { AGENT_VERSION } from './version.js';
import { enroll } from './identity/enroll.js';
import { hasIdentity, identityDir } from './identity/identity-files.js';

/** `edgefleet agent join`: enroll with a join token, store the credentials, exit. */
async function join(argv: string[]): Promise<number> {
  const program = new Command('edgefleet agent join')
    .exitOverride()
    .description('enroll this node with the controller: a key pair is generated here, the controller issues its certificate')
    .requiredOption('--server <url>', 'controller MQTT URL the agent will use, e.g. mqtts://HOST:8883', process.env.EDGEFLEET_MQTT)
    .requiredOption('--token <token>', 'join token from `edgefleet token create`', process.env.EDGEFLEET_JOIN_TOKEN)
    .requiredOption('--node-id <id>', 'this node\'s name', process.env.EDGEFLEET_NODE_ID)
    .requiredOption('--state-dir <dir>', 'where the agent keeps its state and credentials', process.env.EDGEFLEET_STATE_DIR)
    .option('--api <url>', 'controller API URL (default: https://<server host>:8080, http:// for mqtt://)', process.env.EDGEFLEET_API)
    .option('--log-level <level>', 'trace|debug|info|warn|error', process.env.EDGEFLEET_LOG_LEVEL ?? 'info');
  try {
    program.parse(argv, { from: 'user' });
  } catch (err) {
    return (err as { exitCode?: number }).exitCode ?? 1;
  }
  const o = program.opts<{ server: string; token: string; nodeId: string; stateDir: string; api?: string; logLevel: string }>();
  try {
    const cfg = makeAgentConfig({ server: o.server, token: o.token, nodeId: o.nodeId, stateDir: o.stateDir, ...(o.api ? { api: o.api } : {}), logLevel: o.logLevel });
    if (hasIdentity(cfg.stateDir)) {
      process.stderr.write(`edgefleet agent join: ${identityDir(cfg.stateDir)} already holds credentials; remove it to join again\n`);
      return 2;
    }
    await enroll({ api: cfg.api, token: cfg.token ?? '', nodeId: cfg.nodeId, stateDir: cfg.stateDir, logger: await makeLogger(cfg.logLevel) });
    process.stdout.write(`node ${cfg.nodeId} enrolled; credentials in ${identityDir(cfg.stateDir)}. Start it with: edgefleet agent --server ${cfg.server} --node-id ${cfg.nodeId} --state-dir ${cfg.stateDir}\n`);
    return 0;
  } catch (err) {
    if (isAgentError(err)) {
      process.stderr.write(`edgefleet agent join: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
}

export async function main(argv: string[]): Promise<number> {
  // argv[0] is 'agent'. The check (and its config-file parser) loads only when asked for.
  if (argv[1] === 'check') return (await import('./check/cli.js')).main(argv.slice(2));
  if (argv[1] === 'join') return join(argv.slice(2));
  const program = addAgentOptions(new Command('edgefleet agent'))
    .exitOverride()
    .version(AGENT_VERSION)
    .description('run the edge agent: keeps this device\'s containers matching its desired state (`edgefleet agent check` checks the device)');
  try {
    program.parse(argv.slice(1), { from: 'user' });
  } catch (err) {
    return (err as { exitCode?: number }).exitCode ?? 1;
  }
  let cfg: AgentConfig;
  try {
    cfg = makeAgentConfig((await resolveAgentOptions(program)).input);
  } catch (err) {
    if (isAgentError(err)) {
      process.stderr.write(`edgefleet agent: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  const logger = await makeLogger(cfg.logLevel);
  let agent;
  try {
    agent = await startAgent(cfg, { logger });
  } catch (err) {
    if (isAgentError(err)) {
      logger.error({ code: err.code }, err.message);
      process.stderr.write(`edgefleet agent: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  await new Promise<void>((resolve) => {
    const stop = (sig: string): void => {
      logger.info({ signal: sig }, 'stopping');
      resolve();
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
  });
  await agent.close();
  return 0;
}
