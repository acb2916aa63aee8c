// The per-workload disconnect policy in the manifest: defaults, units, field paths of every
// problem at once, and a round trip through the rendered manifest.
import { describe, expect, it } from 'vitest';
import { parseManifestObject } from '../../../controller/manifest/parse.js';
import { toManifest } from '../../../controller/manifest/render.js';
import { manifest, manifestError, problemLines } from './helpers.js';

type Obj = Record<string, unknown>;
const withPlacement = (placement: Obj): Obj => manifest({}, { placement });

describe('placement.disconnect', () => {
  it('parses lostAfter into ms, with replace false and keepOriginal by default', () => {
    expect(parseManifestObject(withPlacement({ replicas: 2, disconnect: { lostAfter: '5m' } })).placement.disconnect).toEqual({
      lostAfterMs: 300_000,
      replace: false,
      reconcile: 'keepOriginal',
    });
    const w = parseManifestObject(withPlacement({ replicas: 2, disconnect: { lostAfter: '30s', replace: true, reconcile: 'keepReplacement' } }));
    expect(w.placement.disconnect).toEqual({ lostAfterMs: 30_000, replace: true, reconcile: 'keepReplacement' });
    expect(parseManifestObject(toManifest(w)).placement).toEqual(w.placement);
  });

  it('is absent when not given (a silent node keeps its placements)', () => {
    expect(parseManifestObject(withPlacement({ replicas: 1 })).placement.disconnect).toBeUndefined();
  });

  it('reports every problem with its field path', () => {
    const e = manifestError(() =>
      parseManifestObject(withPlacement({ replicas: 1, disconnect: { lostAfter: '10ms', replace: 'yes', reconcile: 'keepBoth', extra: 1 } })),
    );
    const lines = problemLines(e);
    expect(lines.some((l) => l.startsWith('spec.placement.disconnect.lostAfter: must be at least 1s'))).toBe(true);
    expect(lines.some((l) => l.startsWith('spec.placement.disconnect.replace'))).toBe(true);
    expect(lines.some((l) => l.startsWith('spec.placement.disconnect.reconcile'))).toBe(true);
    expect(lines.some((l) => l.includes('extra'))).toBe(true);
    expect(problemLines(manifestError(() => parseManifestObject(withPlacement({ replicas: 1, disconnect: {} }))))).toEqual([
      expect.stringMatching(/^spec\.placement\.disconnect\.lostAfter: /),
    ]);
  });

  it('refuses replace with mode perNode', () => {
    const e = manifestError(() => parseManifestObject(withPlacement({ mode: 'perNode', disconnect: { lostAfter: '1m', replace: true } })));
    expect(problemLines(e)).toEqual([expect.stringMatching(/^spec\.placement\.disconnect\.replace: must be false with mode perNode/)]);
  });
});
