import { describe, expect, it } from 'vitest';
import { matches, parseSelector, selectorOrBadRequest } from '../../../controller/api/selector.js';
import { isControllerError } from '../../../controller/errors.js';

const labels = { zone: 'a', tier: 'edge', gpu: 'true', 'edgefleet.io/site': 'north' };
const sel = (text: string): boolean => matches(parseSelector(text), labels);

describe('label selector parser', () => {
  it('parses every requirement kind', () => {
    expect(parseSelector('zone=a, tier==edge,site!=x,gpu,!old,edgefleet.io/site in (north, south),zone notin (b)')).toEqual([
      { key: 'zone', op: 'eq', value: 'a' },
      { key: 'tier', op: 'eq', value: 'edge' },
      { key: 'site', op: 'ne', value: 'x' },
      { key: 'gpu', op: 'exists' },
      { key: 'old', op: 'notexists' },
      { key: 'edgefleet.io/site', op: 'in', values: ['north', 'south'] },
      { key: 'zone', op: 'notin', values: ['b'] },
    ]);
  });

  it('an empty or missing selector selects everything', () => {
    expect(parseSelector(undefined)).toEqual([]);
    expect(parseSelector('  ')).toEqual([]);
    expect(matches([], {})).toBe(true);
  });

  it('matches with AND semantics', () => {
    expect(sel('zone=a')).toBe(true);
    expect(sel('zone=b')).toBe(false);
    expect(sel('zone=a,tier=edge')).toBe(true);
    expect(sel('zone=a,tier=core')).toBe(false);
    expect(sel('gpu')).toBe(true);
    expect(sel('!gpu')).toBe(false);
    expect(sel('!old')).toBe(true);
    expect(sel('edgefleet.io/site in (south,north)')).toBe(true);
    expect(sel('edgefleet.io/site notin (north)')).toBe(false);
  });

  it('!= and notin also match nodes without the key, as in Kubernetes', () => {
    expect(sel('missing!=x')).toBe(true);
    expect(sel('missing notin (x)')).toBe(true);
    expect(sel('missing in (x)')).toBe(false);
    expect(sel('missing=')).toBe(false);
  });

  it('refuses malformed selectors with the culprit named', () => {
    expect(() => parseSelector('zone=a,,tier=b')).toThrow(/empty requirement/);
    expect(() => parseSelector('bad key=a')).toThrow(/not a valid label key/);
    expect(() => parseSelector('zone=a b')).toThrow(/"a b".*not a valid label value/);
    expect(() => parseSelector('zone in (a')).toThrow(/unbalanced "\("/);
    expect(() => parseSelector('zone in ()')).toThrow(/at least one value/);
    expect(() => parseSelector('x'.repeat(5000))).toThrow(/longer than/);
  });

  it('selectorOrBadRequest turns parse errors into coded 400 errors', () => {
    try {
      selectorOrBadRequest('=a');
      expect.unreachable();
    } catch (err) {
      expect(isControllerError(err) && err.code).toBe('EF_CTL_BAD_REQUEST');
      expect((err as Error).message).toMatch(/^invalid selector: /);
    }
  });
});
