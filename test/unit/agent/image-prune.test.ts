import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PulledImages, pruneCandidates, underPressure } from '../../../agent/lifecycle/image-prune.js';

describe('image pruning', () => {
  it('prunes only pulled images that are neither desired nor in use', () => {
    expect(pruneCandidates(['a:1', 'b:1', 'c:1', 'd:1'], new Set(['a:1']), new Set(['c:1']))).toEqual(['b:1', 'd:1']);
  });

  it('pressure uses the policy threshold, or 90 % when it is 0', () => {
    expect(underPressure(89, 100, 0)).toBe(false);
    expect(underPressure(90, 100, 0)).toBe(true);
    expect(underPressure(50, 100, 40)).toBe(true);
    expect(underPressure(1, 0, 40)).toBe(false);
  });

  it('remembers pulled images across restarts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ef-pulled-'));
    try {
      const p = new PulledImages(dir);
      p.add('x:1');
      p.add('y:1');
      p.delete('x:1');
      expect(new PulledImages(dir).list()).toEqual(['y:1']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
