// `edgefleet agent ...`: parses flags and the config file (flags win), validates config (all
// problems at once), runs until a signal arrives, then shuts down cleanly (the retained state
// says offline). `edgefleet agent check` is agent/check/cli.ts.
import { Command } from 'commander';
import { startAgent } from './app.js';
import { main as checkMain } from './check/cli.js';
import { makeAgentConfig, type AgentConfig } from './config.js';
import { isAgentError } from './errors.js';
import { makeLogger } from './logger.js';
import { addAgentOptions, resolveAgentOptions } from './options.js';
import { AGENT_VERSION } from './version.js';

export async function main(argv: string[]): Promise<number> {
  if (argv[1] === 'check') return checkMain(argv.slice(2)); // argv[0] is 'agent'
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
    cfg = makeAgentConfig(resolveAgentOptions(program).input);
  } catch (err) {
    if (isAgentError(err)) {
      process.stderr.write(`edgefleet agent: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  const logger = await makeLogger(cfg.logLevel);
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
