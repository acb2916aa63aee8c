// Human quantities of a manifest: CPU (cores or millicores), memory (bytes with SI or binary
// suffixes, Kubernetes style) and durations. Parsers return a result instead of throwing, so the
// schema can report every bad quantity at once; formatters are their inverses for toManifest.

export type Parsed = { ok: true; value: number } | { ok: false; error: string };

const ok = (value: number): Parsed => ({ ok: true, value });
const fail = (error: string): Parsed => ({ ok: false, error });
const show = (v: number | string): string => (typeof v === 'string' ? JSON.stringify(v) : String(v));

/** Products like 1.1 * 1e6 are off by a few ulps; anything this close to an integer is that integer. */
function nearInt(x: number): number | undefined {
  const r = Math.round(x);
  return Math.abs(x - r) < 1e-6 ? r : undefined;
}

/** `0.5`, `2`, `"1.5"` (cores) or `"500m"` (millicores) -> millicores. */
export function parseCpuMillis(v: number | string): Parsed {
  const hint = `${show(v)} is not a CPU quantity (use cores like 0.5 or 2, or millicores like "500m")`;
  let millis: number | undefined;
  if (typeof v === 'number') millis = Number.isFinite(v) ? v * 1000 : undefined;
  else if (/^\d+m$/.test(v)) millis = Number(v.slice(0, -1));
  else if (/^\d+(\.\d+)?$/.test(v)) millis = Number(v) * 1000;
  if (millis === undefined) return fail(hint);
  if (millis <= 0) return fail(`${show(v)} must be more than 0 (omit cpus for no limit)`);
  const whole = nearInt(millis);
  if (whole === undefined) return fail(`${show(v)} is finer than one millicore (1m = 0.001)`);
  return whole > Number.MAX_SAFE_INTEGER ? fail(hint) : ok(whole);
}

const MEMORY_UNITS: Readonly<Record<string, number>> = {
  '': 1,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
};

/** Docker refuses memory limits under 6 MiB; catching it here reports it at apply, not on a device. */
export const MIN_MEMORY_BYTES = 6 * 2 ** 20;

/** `64Mi`, `1Gi`, `512M`, `1000000` or `"1000000"` (bytes) -> bytes. */
export function parseMemoryBytes(v: number | string): Parsed {
  const hint = `${show(v)} is not a quantity (use 64Mi, 1Gi or bytes)`;
  let bytes: number | undefined;
  if (typeof v === 'number') bytes = Number.isFinite(v) ? v : undefined;
  else {
    const m = /^(\d+(?:\.\d+)?)([A-Za-z]*)$/.exec(v);
    const unit = m ? MEMORY_UNITS[m[2] ?? ''] : undefined;
    // Docker reads "512m" as MiB, Kubernetes as milli-bytes: refuse rather than guess.
    if (m && unit === undefined && /^m[bB]?$|^[kKMGT][bB]$/.test(m[2] ?? '')) {
      return fail(`${show(v)} is ambiguous (use ${m[1]}Mi for binary or ${m[1]}M for decimal units)`);
    }
    if (m && unit !== undefined) bytes = Number(m[1]) * unit;
  }
  if (bytes === undefined || bytes > Number.MAX_SAFE_INTEGER) return fail(hint);
  const whole = nearInt(bytes) ?? Math.ceil(bytes);
  if (whole < MIN_MEMORY_BYTES) {
    const unitless = typeof v === 'number' || /^\d+$/.test(v);
    return fail(`${show(v)} is below the 6Mi minimum a container runtime accepts${unitless ? ` (did you mean ${v}Mi?)` : ''}`);
  }
  return ok(whole);
}

const DURATION_UNITS: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** `10s`, `500ms`, `2m`, `1h`, `1m30s` -> milliseconds. A bare number is refused: its unit is a guess. */
export function parseDurationMs(v: number | string): Parsed {
  if (typeof v === 'number') return fail(`${v} has no unit (write "${v}s" or "${v}ms")`);
  const hint = `${show(v)} is not a duration (use 500ms, 10s, 2m or 1h)`;
  if (!/^(\d+(\.\d+)?(ms|s|m|h))+$/.test(v)) return fail(hint);
  let total = 0;
  for (const m of v.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)) total += Number(m[1]) * (DURATION_UNITS[m[2] ?? ''] ?? NaN);
  const whole = nearInt(total);
  if (whole === undefined) return fail(`${show(v)} is finer than one millisecond`);
  return whole > Number.MAX_SAFE_INTEGER ? fail(hint) : ok(whole);
}

/** 1000 -> 1, 1500 -> 1.5, 250 -> "250m": cores when exact to 0.1, else millicores. */
export function formatCpu(millis: number): number | string {
  return millis % 100 === 0 ? millis / 1000 : `${millis}m`;
}

/** The largest binary unit that divides exactly, else plain bytes. */
export function formatMemory(bytes: number): number | string {
  for (const unit of ['Ti', 'Gi', 'Mi', 'Ki'] as const) {
    const size = MEMORY_UNITS[unit] ?? 1;
    if (bytes % size === 0) return `${bytes / size}${unit}`;
  }
  return bytes;
}

/** The largest unit that divides exactly: 90000 -> "90s", 120000 -> "2m", 0 -> "0s". */
export function formatDuration(ms: number): string {
  if (ms === 0) return '0s';
  for (const unit of ['h', 'm', 's'] as const) {
    const size = DURATION_UNITS[unit] ?? 1;
    if (ms % size === 0) return `${ms / size}${unit}`;
  }
  return `${ms}ms`;
}
