// Generates proto/gen/edgefleet.js (static protobufjs code, ES module) and its .d.ts from
// proto/edgefleet.proto. With --check, generates into a temp dir and fails when the committed
// files differ: CI catches stale generated code.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, mkdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const check = process.argv.includes('--check');
const outDir = join(root, 'proto', 'gen');
const work = mkdtempSync(join(tmpdir(), 'ef-proto-'));

try {
  const js = join(work, 'edgefleet.js');
  const dts = join(work, 'edgefleet.d.ts');
  execFileSync(bin('pbjs'), [
    '-t', 'static-module', '-w', 'es6', '--force-number', '--no-delimited', '--no-verify-delimited',
    '--no-service', '-o', js, join(root, 'proto', 'edgefleet.proto'),
  ], { stdio: 'inherit' });
  // pbjs's es6 wrapper imports "protobufjs/minimal", which Node's ESM resolver rejects without
  // the extension.
  const patched = readFileSync(js, 'utf8').replace('"protobufjs/minimal"', '"protobufjs/minimal.js"');
  await import('node:fs').then((fs) => fs.writeFileSync(js, patched));
  execFileSync(bin('pbts'), ['--no-comments', '-o', dts, js], { stdio: 'inherit' });

  if (check) {
    const stale = ['edgefleet.js', 'edgefleet.d.ts'].filter((f) => {
      try {
        return readFileSync(join(outDir, f), 'utf8') !== readFileSync(join(work, f), 'utf8');
      } catch {
        return true;
      }
    });
    if (stale.length > 0) {
      console.error(`proto/gen is stale (${stale.join(', ')}): run \`npm run proto\` and commit the result.`);
      process.exitCode = 1;
    } else {
      console.log('proto/gen is up to date');
    }
  } else {
    mkdirSync(outDir, { recursive: true });
    for (const f of ['edgefleet.js', 'edgefleet.d.ts']) copyFileSync(join(work, f), join(outDir, f));
    console.log('wrote proto/gen/edgefleet.js and proto/gen/edgefleet.d.ts');
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
