// `edgefleet agent check [--json] [agent flags]`: reads the same flags and config file as the
// agent, runs every check, prints them, and exits 1 if any failed (0 with warnings only).
import { Command } from 'commander';
import { makeAgentConfig, type AgentConfigInput } from '../config.js';
import { isAgentError } from '../errors.js';
import { mergeOptions, addAgentOptions } from '../options.js';
import { loadConfigFile, type LoadedConfigFile } from '../config-file.js';
import { AGENT_VERSION } from '../version.js';
import { loadPolicyParser } from '../security.js';
import { renderHuman, renderJson } from './render.js';
import { runChecks } from './run.js';

const problemsOf = (err: unknown): string[] => {
  if (isAgentError(err) && Array.isArray(err.details)) return err.details.map(String);
  throw err;
};

export async function main(argv: string[]): Promise<number> {
  const program = addAgentOptions(new Command('edgefleet agent check'))
    .exitOverride()
    .description('checks that this device can run the agent: config, Docker, clock, disk, controller, certificates')
    .option('--json', 'machine-readable output')
    .option('--timeout-ms <ms>', 'timeout of each network check', (v) => Number(v), 3000);
  try {
    program.parse(argv, { from: 'user' });
  } catch (err) {
    return (err as { exitCode?: number }).exitCode ?? 2;
  }
  const o = program.opts<{ config?: string; json?: boolean; timeoutMs: number }>();
  if (!Number.isInteger(o.timeoutMs) || o.timeoutMs < 100 || o.timeoutMs > 120_000) {
    process.stderr.write('edgefleet agent check: --timeout-ms must be a whole number between 100 and 120000\n');
    return 2;
  }
  const problems: string[] = [];
  let file: LoadedConfigFile | undefined;
  if (o.config) {
    try {
      file = loadConfigFile(o.config);
    } catch (err) {
      problems.push(...problemsOf(err).map((p) => `${o.config}: ${p}`));
    }
  }
  const merged = mergeOptions(program.opts(), file);
  const input: AgentConfigInput = merged.input;
  if (problems.length === 0) {
    try {
      if (input.securityPolicyFile !== undefined) await loadPolicyParser();
      makeAgentConfig(input);
    } catch (err) {
      problems.push(...problemsOf(err));
    }
  }
  const report = await runChecks({
    agentVersion: AGENT_VERSION,
    input,
    api: merged.api,
    configFile: o.config,
    configProblems: problems,
    configMode: file?.mode,
    tokenInFile: merged.token !== undefined,
    timeoutMs: o.timeoutMs,
  });
  process.stdout.write(o.json ? renderJson(report) : renderHuman(report));
  return report.summary.error > 0 ? 1 : 0;
}
