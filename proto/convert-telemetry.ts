// Telemetry batches column by column (TelemetryColumns in edgefleet.proto): the compact form
// that brings a realistic sample from ~175 B (one TelemetrySample message each) to 20-35 B.
//
// Precision kept (the only loss; everything else round-trips exactly):
//   cpuPercent (node and workload) 0.1 %, load1 0.01, temperatureC 0.1 degree C,
//   sizes (memory, swap, disks, workload memory): each column in units of 2^k bytes, k chosen
//   per column and batch: exact for a constant column (totals, disk sizes) or one whose values
//   share the unit, else 10 significant bits of the column's largest value (at most 0.05 % of it,
//   never coarser than 1 MiB; values below 2 KiB exact),
//   net rates 1 B/s, uptime 1 s; seq and tsMs exact.
// A batch the columns cannot carry exactly in that sense (a value that is not finite, negative
// where the legacy field is unsigned, beyond 2^51, or a sample listing a disk or workload twice
// or in another order than the samples before it) is sent as legacy samples instead.
import { num, str, WireRangeError } from './convert-base.js';
import { edgefleet } from './gen/edgefleet.js';
import type * as T from './types.js';

import pb = edgefleet.v1;

/** Same as the codec's MAX_ITEMS.samples; checked before anything is expanded. */
export const MAX_COLUMN_SAMPLES = 10_000;
/** Disk or workload series per batch. */
export const MAX_SERIES = 256;
/** Disks plus workloads over all samples of a batch: a tiny payload must not expand into millions. */
export const MAX_SERIES_ITEMS = 200_000;

const LIMIT = 2 ** 51;
/** Coarsest size unit: 2^20 bytes (1 MiB). */
export const MAX_SIZE_SHIFT = 20;
const SIGNIFICANT_BITS = 10;

/**
 * The size unit (2^k bytes) of a column, at most 1 MiB: exact when that costs nothing per sample
 * (the column is constant, like a total, or every value is a multiple of the unit below), else
 * 10 significant bits of the column's largest value.
 */
export function sizeShift(values: readonly number[]): number {
  let max = 0;
  let exact = MAX_SIZE_SHIFT;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (v > max) max = v;
    exact = Math.min(exact, trailingZeroBits(v));
  }
  const lossy = max < 1 ? 0 : Math.min(MAX_SIZE_SHIFT, Math.max(0, Math.floor(Math.log2(max)) - SIGNIFICANT_BITS));
  const constant = values.every((v) => v === values[0]);
  return constant || exact >= lossy ? exact : lossy;
}

/** How many times v halves to an integer, up to MAX_SIZE_SHIFT; 0 for a fraction. */
function trailingZeroBits(v: number): number {
  if (!Number.isInteger(v)) return 0;
  if (v === 0) return MAX_SIZE_SHIFT;
  let k = 0;
  while (k < MAX_SIZE_SHIFT && v % 2 ** (k + 1) === 0) k++;
  return k;
}

type Order = 'delta' | 'dd';

/** Integers in a column's unit -> the column as sent: first value, then (double) differences. */
function pack(values: readonly number[], order: Order): number[] {
  const out: number[] = [];
  let prev = 0;
  let prevD = 0;
  for (const [i, v] of values.entries()) {
    const d = v - prev;
    out.push(i === 0 ? v : order === 'dd' && i > 1 ? d - prevD : d);
    prev = v;
    prevD = d;
  }
  while (out.length > 0 && out[out.length - 1] === 0) out.pop();
  return out;
}

/** The column as sent -> `n` integers; refuses more values than samples, or unsafe sums. */
function unpack(column: readonly unknown[] | null | undefined, n: number, order: Order, what: string): number[] {
  const col = column ?? [];
  if (col.length > n) throw new WireRangeError(`telemetry columns: ${what} has ${col.length} values for ${n} samples`);
  const out: number[] = new Array<number>(n);
  let v = 0;
  let d = 0;
  for (let i = 0; i < n; i++) {
    const c = i < col.length ? num(col[i]) : 0;
    if (i === 0) v = c;
    else {
      d = order === 'dd' && i > 1 ? d + c : c;
      v += d;
    }
    if (!Number.isSafeInteger(v) || !Number.isSafeInteger(d)) throw new WireRangeError(`telemetry columns: ${what} adds up beyond 2^53`);
    out[i] = v;
  }
  return out;
}

/** Ascending sample indexes below n (absent series, samples without temperature). */
function indexes(list: readonly number[] | null | undefined, n: number, what: string): Set<number> {
  const out = new Set<number>();
  let last = -1;
  for (const raw of list ?? []) {
    const i = num(raw);
    if (i <= last || i >= n) throw new WireRangeError(`telemetry columns: ${what} index ${i} is not ascending and below ${n}`);
    out.add(i);
    last = i;
  }
  return out;
}

/** Quantises v to integer units; NaN when the columns cannot carry it (the batch goes legacy). */
function q(v: number, scale: number, signed = false): number {
  const x = Math.round(v * scale) + 0; // + 0: no -0
  return Number.isFinite(v) && Math.abs(x) <= LIMIT && (signed || x >= 0) ? x : NaN;
}

interface SeriesBuild {
  name: string;
  absent: number[];
  first: number[];
  second: number[];
}

/**
 * Groups a list field by name across samples, in an order that keeps every sample's own order
 * (the decoder lists a sample's items in series order); null when a sample repeats a name or two
 * samples order names differently.
 */
function seriesOf<I>(samples: readonly T.TelemetrySample[], items: (s: T.TelemetrySample) => readonly I[], name: (i: I) => string, values: (i: I) => [number, number]): SeriesBuild[] | null {
  interface Entry {
    s: SeriesBuild;
    present: Set<number>;
    /** Names some sample lists right after this one; `before`: how many names precede it. */
    after: Set<string>;
    before: number;
  }
  const byName = new Map<string, Entry>();
  for (const [i, sample] of samples.entries()) {
    let prev: string | null = null;
    for (const item of items(sample)) {
      const key = name(item);
      let entry = byName.get(key);
      if (!entry) {
        entry = { s: { name: key, absent: [], first: [], second: [] }, present: new Set(), after: new Set(), before: 0 };
        byName.set(key, entry);
      }
      if (entry.present.has(i)) return null;
      entry.present.add(i);
      const [a, b] = values(item);
      entry.s.first.push(a);
      entry.s.second.push(b);
      const p: Entry | undefined = prev === null ? undefined : byName.get(prev);
      if (p && !p.after.has(key)) {
        p.after.add(key);
        entry.before++;
      }
      prev = key;
    }
  }
  // Kahn's order, ties by first appearance; a cycle leaves names out and the batch goes legacy.
  const order: string[] = [];
  const ready = [...byName].filter(([, e]) => e.before === 0).map(([k]) => k);
  const rank = new Map([...byName.keys()].map((k, i) => [k, i]));
  while (ready.length > 0) {
    ready.sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
    const k = ready.shift() as string;
    order.push(k);
    for (const next of byName.get(k)?.after ?? []) {
      const e = byName.get(next);
      if (e && --e.before === 0) ready.push(next);
    }
  }
  if (order.length !== byName.size) return null;
  return order.map((k) => {
    const { s, present } = byName.get(k) as Entry;
    return { ...s, absent: samples.map((_, i) => i).filter((i) => !present.has(i)) };
  });
}

/** The columnar form of a batch's samples, or null when it must go as legacy samples. */
export function columnsToWire(samples: readonly T.TelemetrySample[]): pb.TelemetryColumns.$Properties | null {
  if (samples.length === 0 || samples.length > MAX_COLUMN_SAMPLES) return null;
  const col = (pick: (s: T.TelemetrySample) => number, scale: number, order: Order = 'delta'): number[] | null => {
    const values = samples.map((s) => q(pick(s), scale));
    return values.some(Number.isNaN) ? null : pack(values, order);
  };
  const withTemp = samples.filter((s) => s.temperatureC !== undefined);
  const temps = withTemp.map((s) => q(s.temperatureC ?? 0, 10, true));
  const sizes = (pick: (s: T.TelemetrySample) => number): { values: number[] | null; shift: number } => {
    const raw = samples.map(pick);
    const shift = sizeShift(raw);
    const values = raw.map((v) => q(v, 2 ** -shift));
    return { values: values.some(Number.isNaN) ? null : pack(values, 'delta'), shift };
  };
  const disks = seriesOf(samples, (s) => s.disks, (d) => d.mount, (d) => [d.usedBytes, d.sizeBytes]);
  const workloads = seriesOf(samples, (s) => s.workloads, (w) => w.name, (w) => [w.cpuPercent, w.memoryBytes]);
  const memUsed = sizes((s) => s.memoryUsedBytes);
  const memTotal = sizes((s) => s.memoryTotalBytes);
  const swapUsed = sizes((s) => s.swapUsedBytes);
  const swapTotal = sizes((s) => s.swapTotalBytes);
  const columns = {
    seq: col((s) => s.seq, 1, 'dd'),
    tsMs: col((s) => s.tsMs, 1, 'dd'),
    cpuPermille: col((s) => s.cpuPercent, 10),
    load1Centi: col((s) => s.load1, 100),
    memoryUsed: memUsed.values,
    memoryTotal: memTotal.values,
    swapUsed: swapUsed.values,
    swapTotal: swapTotal.values,
    netRxBytesPerS: col((s) => s.netRxBytesPerS, 1),
    netTxBytesPerS: col((s) => s.netTxBytesPerS, 1),
    uptimeS: col((s) => s.uptimeS, 1, 'dd'),
  };
  if (!disks || !workloads || disks.length > MAX_SERIES || workloads.length > MAX_SERIES || temps.some(Number.isNaN)) return null;
  const cols: Record<string, number[]> = {};
  for (const [k, v] of Object.entries(columns)) {
    if (!v) return null;
    cols[k] = v;
  }
  // A series column: cpu in 0.1 % (shift null), or sizes in its own unit.
  const seriesCol = (raw: number[], size: boolean): { values: number[]; shift: number } | null => {
    const shift = size ? sizeShift(raw) : 0;
    const values = raw.map((v) => (size ? q(v, 2 ** -shift) : q(v, 10)));
    return values.some(Number.isNaN) ? null : { values: pack(values, 'delta'), shift };
  };
  const toWire = (list: SeriesBuild[], firstIsSize: boolean): pb.TelemetrySeries.$Properties[] | null => {
    const out: pb.TelemetrySeries.$Properties[] = [];
    for (const s of list) {
      const first = seriesCol(s.first, firstIsSize);
      const second = seriesCol(s.second, true);
      if (!first || !second) return null;
      out.push({ name: s.name, absent: s.absent, first: first.values, second: second.values, firstShift: first.shift, secondShift: second.shift });
    }
    return out;
  };
  const diskWire = toWire(disks, true);
  const workloadWire = toWire(workloads, false);
  if (!diskWire || !workloadWire) return null;
  return {
    count: samples.length,
    ...cols,
    memoryUsedShift: memUsed.shift,
    memoryTotalShift: memTotal.shift,
    swapUsedShift: swapUsed.shift,
    swapTotalShift: swapTotal.shift,
    temperatureDeciC: pack(temps, 'delta'),
    noTemperature: samples.flatMap((s, i) => (s.temperatureC === undefined ? [i] : [])),
    disks: diskWire,
    workloads: workloadWire,
  };
}

/** Column values times their unit, 2^shift bytes; refuses a shift above `max` or an unsafe product. */
function scaled(values: number[], rawShift: unknown, what: string, max = MAX_SIZE_SHIFT): number[] {
  const shift = num(rawShift);
  if (shift > max) throw new WireRangeError(`telemetry columns: ${what} shift ${shift} is above ${max}`);
  const unit = 2 ** shift;
  return values.map((v) => {
    const x = v * unit;
    if (!Number.isSafeInteger(x)) throw new WireRangeError(`telemetry columns: ${what} is beyond 2^53 bytes`);
    return x;
  });
}

/** Samples back from the columns; throws WireRangeError for anything out of shape. */
export function columnsFromWire(c: pb.TelemetryColumns.$Properties): T.TelemetrySample[] {
  const n = num(c.count);
  if (n > MAX_COLUMN_SAMPLES) throw new WireRangeError(`telemetry columns: ${n} samples exceed the limit of ${MAX_COLUMN_SAMPLES}`);
  const disks = c.disks ?? [];
  const workloads = c.workloads ?? [];
  if (disks.length > MAX_SERIES || workloads.length > MAX_SERIES) {
    throw new WireRangeError(`telemetry columns: ${disks.length} disk and ${workloads.length} workload series; at most ${MAX_SERIES} each`);
  }
  if (n * (disks.length + workloads.length) > MAX_SERIES_ITEMS) {
    throw new WireRangeError(`telemetry columns: ${n} samples x ${disks.length + workloads.length} series exceed ${MAX_SERIES_ITEMS} items`);
  }
  const u = (col: readonly unknown[] | null | undefined, what: string, order: Order = 'delta'): number[] => unpack(col, n, order, what);
  const nonNegative = (values: number[], what: string): number[] => {
    if (values.some((v) => v < 0)) throw new WireRangeError(`telemetry columns: ${what} is negative`);
    return values;
  };
  const seq = nonNegative(u(c.seq, 'seq', 'dd'), 'seq');
  const ts = nonNegative(u(c.tsMs, 'ts_ms', 'dd'), 'ts_ms');
  const cpu = nonNegative(u(c.cpuPermille, 'cpu_permille'), 'cpu_permille');
  const load = nonNegative(u(c.load1Centi, 'load1_centi'), 'load1_centi');
  const memUsed = scaled(nonNegative(u(c.memoryUsed, 'memory_used'), 'memory_used'), c.memoryUsedShift, 'memory_used');
  const memTotal = scaled(nonNegative(u(c.memoryTotal, 'memory_total'), 'memory_total'), c.memoryTotalShift, 'memory_total');
  const swapUsed = scaled(nonNegative(u(c.swapUsed, 'swap_used'), 'swap_used'), c.swapUsedShift, 'swap_used');
  const swapTotal = scaled(nonNegative(u(c.swapTotal, 'swap_total'), 'swap_total'), c.swapTotalShift, 'swap_total');
  const rx = nonNegative(u(c.netRxBytesPerS, 'net_rx_bytes_per_s'), 'net_rx_bytes_per_s');
  const tx = nonNegative(u(c.netTxBytesPerS, 'net_tx_bytes_per_s'), 'net_tx_bytes_per_s');
  const uptime = nonNegative(u(c.uptimeS, 'uptime_s', 'dd'), 'uptime_s');
  const noTemp = indexes(c.noTemperature, n, 'no_temperature');
  const temps = unpack(c.temperatureDeciC, n - noTemp.size, 'delta', 'temperature_deci_c');
  const series = (list: readonly pb.TelemetrySeries.$Properties[], what: string): { name: string; at: Map<number, [number, number]> }[] =>
    list.map((s) => {
      const absent = indexes(s.absent, n, `${what} absent`);
      const present = n - absent.size;
      const first = nonNegative(unpack(s.first, present, 'delta', `${what} first`), `${what} first`);
      const second = scaled(nonNegative(unpack(s.second, present, 'delta', `${what} second`), `${what} second`), s.secondShift, `${what} second`);
      // Disks: first is a size too; workloads: cpu in 0.1 % (a shift there is refused).
      const firstSized = scaled(first, s.firstShift, `${what} first`, what === 'disks' ? MAX_SIZE_SHIFT : 0);
      const at = new Map<number, [number, number]>();
      let k = 0;
      for (let i = 0; i < n; i++) {
        if (absent.has(i)) continue;
        at.set(i, [firstSized[k] ?? 0, second[k] ?? 0]);
        k++;
      }
      return { name: str(s.name), at };
    });
  const diskSeries = series(disks, 'disks');
  const workloadSeries = series(workloads, 'workloads');
  const out: T.TelemetrySample[] = [];
  let t = 0;
  for (let i = 0; i < n; i++) {
    const sample: T.TelemetrySample = {
      seq: seq[i] ?? 0,
      tsMs: ts[i] ?? 0,
      cpuPercent: (cpu[i] ?? 0) / 10,
      load1: (load[i] ?? 0) / 100,
      memoryUsedBytes: memUsed[i] ?? 0,
      memoryTotalBytes: memTotal[i] ?? 0,
      swapUsedBytes: swapUsed[i] ?? 0,
      swapTotalBytes: swapTotal[i] ?? 0,
      disks: diskSeries.flatMap(({ name, at }) => {
        const v = at.get(i);
        return v ? [{ mount: name, usedBytes: v[0], sizeBytes: v[1] }] : [];
      }),
      netRxBytesPerS: rx[i] ?? 0,
      netTxBytesPerS: tx[i] ?? 0,
      uptimeS: uptime[i] ?? 0,
      workloads: workloadSeries.flatMap(({ name, at }) => {
        const v = at.get(i);
        return v ? [{ name, cpuPercent: v[0] / 10, memoryBytes: v[1] }] : [];
      }),
    };
    if (!noTemp.has(i)) sample.temperatureC = (temps[t++] ?? 0) / 10;
    out.push(sample);
  }
  return out;
}
