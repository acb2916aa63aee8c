import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseManifests } from '../../../controller/manifest/parse.js';

const DIR = join(import.meta.dirname, '../../../deploy/examples');
const FILES = readdirSync(DIR).filter((f) => /\.(ya?ml|json)$/.test(f)).sort();

describe('deploy/examples', () => {
  it('has the documented examples', () => {
    expect(FILES).toEqual(expect.arrayContaining(['hello.yaml', 'three-sites.yaml', 'web.yaml']));
  });

  it.each(FILES)('%s parses', (file) => {
    const { workloads } = parseManifests(readFileSync(join(DIR, file), 'utf8'), { source: file });
    expect(workloads.length).toBeGreaterThan(0);
    for (const w of workloads) expect(w.container.networkMode).toBe('host');
  });

  it('can be applied together: no workload name appears twice', () => {
    const names = FILES.flatMap((f) => parseManifests(readFileSync(join(DIR, f), 'utf8')).workloads.map((w) => w.name));
    expect(new Set(names).size).toBe(names.length);
  });

  it('web.yaml probes the port httpd listens on', () => {
    const [web] = parseManifests(readFileSync(join(DIR, 'web.yaml'), 'utf8')).workloads;
    expect(web?.container.command).toEqual(['httpd', '-f', '-p', '8081', '-h', '/www']);
    expect(web?.container.healthCheck?.probe).toEqual({ kind: 'http', port: 8081, path: '/' });
  });
});
