// Query-string values shared by the fleet routes and the CLI: durations ("90s", "10m", "1h30m"),
// points in time (a duration ago, ms since the epoch, or an ISO 8601 date) and limits. Pure;
// parse errors are 400s with the offending value named.
import { ControllerError } from '../errors.js';

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };
const DURATION_RE = /^(\d+(?:\.\d+)?(?:ms|s|m|h|d|w))+$/;

function bad(name: string, v: string, expected: string): ControllerError {
  return new ControllerError('EF_CTL_BAD_REQUEST', `${name}: ${JSON.stringify(v.slice(0, 100))} is not ${expected}`);
}

/** "1h30m" -> 5400000; undefined when the text is not a duration. */
export function durationMs(text: string): number | undefined {
  const t = text.trim();
  if (!DURATION_RE.test(t)) return undefined;
  let total = 0;
  for (const m of t.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d|w)/g)) total += Number(m[1]) * (UNIT_MS[m[2] ?? ''] ?? 0);
  return Math.round(total);
}

export function parseDuration(name: string, v: string | undefined, fallback: number): number {
  if (v === undefined || v === '') return fallback;
  const d = /^\d+$/.test(v) ? Number(v) : durationMs(v);
  if (d === undefined || !Number.isSafeInteger(d)) throw bad(name, v, 'a duration such as 30s, 10m, 2h or 1d');
  return d;
}

/** A point in time: "10m" (ago), 1718000000000 (ms since the epoch) or 2024-06-10T08:00:00Z. */
export function parseTime(name: string, v: string | undefined, nowMs: number, fallback: number): number {
  if (v === undefined || v === '') return fallback;
  const ago = durationMs(v);
  if (ago !== undefined) return nowMs - ago;
  if (/^\d+$/.test(v)) return Number(v);
  const t = Date.parse(v);
  if (Number.isNaN(t)) throw bad(name, v, 'a time: a duration ago (10m), ms since the epoch, or an ISO 8601 date');
  return t;
}

export function parseLimit(name: string, v: string | undefined, fallback: number, max: number): number {
  if (v === undefined || v === '') return fallback;
  if (!/^\d+$/.test(v) || Number(v) < 1) throw bad(name, v, `a whole number from 1 to ${max}`);
  return Math.min(max, Number(v));
}
