#!/usr/bin/env node
// The one launcher. It only chooses which side to load, so agent/ and controller/ never import
// each other: `edgefleet agent ...` loads the agent; every other command is the controller's CLI.
const [, , first] = process.argv;
const side = first === 'agent' ? '../agent/cli.js' : '../controller/cli/main.js';
const mod = (await import(side)) as { main: (argv: string[]) => Promise<number> };
process.exitCode = await mod.main(process.argv.slice(2));
