// tsc does not copy the generated protobufjs module (the compiled proto/codec.js imports it), and
// does not make the CLI launcher executable (npx edgefleet runs it directly).
import { chmodSync, cpSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
cpSync(join(root, 'proto', 'gen'), join(root, 'dist', 'proto', 'gen'), { recursive: true });
chmodSync(join(root, 'dist', 'bin', 'edgefleet.js'), 0o755);
