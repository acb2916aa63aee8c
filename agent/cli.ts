// `edgefleet agent ...`: parses flags, validates config (all problems at once), runs until a
// signal arrives, then shuts down cleanly (the retained state says offline).
import { Command } from 'commander';
import { startAgent } from './app.js';
import { AGENT_DEFAULTS, makeAgentConfig } from './config.js';
import { isAgentError } from './errors.js';
import { makeLogger } from './logger.js';

export async function main(argv: string[]): Promise<number> {
  const program = new Command('edgefleet agent')
    .exitOverride()
    .description('run the edge agent: keeps this device\'s containers matching its desired state')
    .option('--server <url>', 'controller MQTT URL', process.env.EDGEFLEET_MQTT ?? AGENT_DEFAULTS.server)
    .requiredOption('--node-id <id>', 'this node\'s name (lowercase letters, digits, . _ -)', process.env.EDGEFLEET_NODE_ID)
    .requiredOption('--state-dir <dir>', 'where the agent keeps its desired state', process.env.EDGEFLEET_STATE_DIR)
    .option('--label <k=v>', 'a node label (repeatable)', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option('--prefix <prefix>', 'MQTT topic prefix', AGENT_DEFAULTS.prefix)
    .option('--docker-socket <path>', 'Docker Engine API socket', AGENT_DEFAULTS.dockerSocket)
    .option('--registry-auth <file>', 'registry credentials, Docker config.json shape {"auths": {...}}', process.env.EDGEFLEET_REGISTRY_AUTH)
    .option('--outbox-max-bytes <n>', 'disk budget for telemetry and events waiting for the controller', (v) => Number(v), AGENT_DEFAULTS.outboxMaxBytes)
    .option('--keepalive-s <s>', 'MQTT keepalive; a half-open link is noticed after 1.5 x this', (v) => Number(v), AGENT_DEFAULTS.keepaliveS)
    .option('--reconnect-ms <ms>', 'first reconnect window (doubles per failed try, full jitter)', (v) => Number(v), AGENT_DEFAULTS.reconnectMs)
    .option('--reconnect-max-ms <ms>', 'largest reconnect window', (v) => Number(v), AGENT_DEFAULTS.reconnectMaxMs)
    .option('--resync-ms <ms>', 'periodic reconcile interval', (v) => Number(v), AGENT_DEFAULTS.resyncMs)
    .option('--log-level <level>', 'trace|debug|info|warn|error', process.env.EDGEFLEET_LOG_LEVEL ?? AGENT_DEFAULTS.logLevel);
  try {
    program.parse(argv.slice(1), { from: 'user' }); // argv[0] is 'agent'
  } catch (err) {
    return (err as { exitCode?: number }).exitCode ?? 1;
  }
  const o = program.opts<{
    server: string;
    nodeId: string;
    stateDir: string;
    label: string[];
    prefix: string;
    dockerSocket: string;
    resyncMs: number;
    keepaliveS: number;
    reconnectMs: number;
    reconnectMaxMs: number;
    logLevel: string;
    registryAuth?: string;
    outboxMaxBytes: number;
  }>();
  let cfg;
  try {
    cfg = makeAgentConfig({ ...o, labels: o.label, ...(o.registryAuth ? { registryAuthFile: o.registryAuth } : {}) });
  } catch (err) {
    if (isAgentError(err)) {
      process.stderr.write(`edgefleet agent: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  const logger = makeLogger(cfg.logLevel);
  const agent = await startAgent(cfg, { logger });
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
