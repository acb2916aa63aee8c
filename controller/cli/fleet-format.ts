// Text renderings of fleet state for people: node lists (normal and wide), top, events, describe.
import type { NodeDetailJson, TopNodeJson } from '../api/views-fleet.js';
import type { NodeJson, PlacementJson, WorkloadJson } from '../api/views.js';
import type { WorkloadConfigJson } from '../nodeconfig/views.js';
import { scopeText } from '../nodeconfig/entries.js';
import { effectiveTable } from './config.js';
import type { CatalogEntry } from '../fleet/catalog.js';
import type { StoredEvent } from '../fleet/event-store.js';
import type { StreamStats } from '../fleet/streams.js';
import { ago, labelsText, table } from './format.js';

export function bytes(n: number | null | undefined): string {
  if (n === null || n === undefined) return '-';
  const units = ['B', 'Ki', 'Mi', 'Gi', 'Ti', 'Pi'];
  let v = n;
  let i = 0;
  while (Math.abs(v) >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return i === 0 ? `${Math.round(v)}B` : `${v < 10 ? v.toFixed(1) : Math.round(v)}${units[i]}`;
}

export function pct(n: number | null | undefined): string {
  return n === null || n === undefined ? '-' : `${Math.round(n)}%`;
}

function pressureText(p: { memory: boolean; disk: boolean }): string {
  const on = [p.memory ? 'memory' : '', p.disk ? 'disk' : ''].filter(Boolean);
  return on.length ? on.join(',') : '-';
}

function generationText(n: NodeJson): string {
  return `${n.appliedGeneration}/${n.desiredGeneration}${n.delivery === 'current' ? '' : ' (pending)'}`;
}

/** `-` in sync; else the state and why, e.g. `lock: update lock held by db`. */
export function driftText(n: Pick<NodeJson, 'drift' | 'driftReason'>): string {
  if (n.drift === 'none') return '-';
  return n.driftReason ? `${n.drift}: ${n.driftReason}` : n.drift;
}

const DAY_MS = 86_400_000;

/** `2027-12-06 (in 364d)`, `2026-12-01 (EXPIRED 5d ago)`; `-` when the agent reported no certificate. */
export function certExpiryText(ms: number | null | undefined, nowMs: number): string {
  if (!ms) return '-';
  const date = new Date(ms).toISOString().slice(0, 10);
  const days = Math.floor(Math.abs(ms - nowMs) / DAY_MS);
  return ms <= nowMs ? `${date} (EXPIRED ${days}d ago)` : `${date} (in ${days}d)`;
}

export function nodesTable(items: NodeJson[], usage: Map<string, TopNodeJson> | null, nowMs: number): string {
  const headers = ['NAME', 'STATUS', 'GENERATION', 'WORKLOADS', 'LAST SEEN', 'VERSION'];
  if (usage) headers.push('ARCH', 'RUNTIME', 'CPU%', 'MEM%', 'DISK%');
  headers.push('LABELS');
  if (usage) headers.push('DRIFT', 'CERT EXPIRES');
  const rows = items.map((n) => {
    const row = [n.name, n.status, generationText(n), String(n.workloads), ago(n.lastSeenMs, nowMs), n.agentVersion || '-'];
    if (usage) {
      const u = usage.get(n.name);
      row.push(n.arch || '-', n.runtimeVersion || '-', pct(u?.cpuPercent), pct(u?.memoryPercent), pct(u?.diskPercent));
    }
    row.push(labelsText(n.labels));
    if (usage) row.push(driftText(n), certExpiryText(n.certExpiresMs, nowMs));
    return row;
  });
  return table(headers, rows);
}

export function topTable(items: TopNodeJson[], nowMs: number): string {
  return table(
    ['NAME', 'STATUS', 'CPU%', 'LOAD', 'MEMORY', 'MEM%', 'DISK%', 'TEMP', 'PRESSURE', 'SAMPLED'],
    items.map((n) => [
      n.name,
      n.status,
      pct(n.cpuPercent),
      n.load1 === null ? '-' : n.load1.toFixed(2),
      n.memoryUsedBytes === null ? '-' : `${bytes(n.memoryUsedBytes)}/${bytes(n.memoryTotalBytes)}`,
      pct(n.memoryPercent),
      pct(n.diskPercent),
      n.temperatureC === null ? '-' : `${n.temperatureC.toFixed(1)}C`,
      pressureText(n.pressure),
      n.sampledAtMs === null ? '-' : ago(n.sampledAtMs, nowMs),
    ]),
  );
}

export function eventsTable(items: StoredEvent[], nowMs: number, withNode = true): string {
  const headers = ['LAST SEEN', ...(withNode ? ['NODE'] : []), 'SEVERITY', 'TYPE', 'WORKLOAD', 'MESSAGE'];
  return table(
    headers,
    items.map((e) => [ago(e.tsMs, nowMs), ...(withNode ? [e.node] : []), e.severity, e.type, e.workload || '-', e.message]),
  );
}

function indent(text: string): string {
  return text
    .trimEnd()
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n');
}

function fields(pairs: [string, string][]): string {
  const w = Math.max(...pairs.map(([k]) => k.length)) + 2;
  return pairs.map(([k, v]) => `${`${k}:`.padEnd(w)}${v}`).join('\n') + '\n';
}

function streamText(s: StreamStats): string {
  const gaps = s.gaps.length ? ` (gaps: ${s.gaps.map((g) => (g.from === g.to ? `${g.from}` : `${g.from}-${g.to}`)).join(', ')})` : '';
  return `received ${s.received}, duplicates ignored ${s.duplicates}, missing ${s.missing}${gaps}, dropped by agent ${s.dropped}`;
}

export function describeNode(n: NodeDetailJson, nowMs: number): string {
  const u = n.usage;
  const cap = n.capacity;
  const generation = `applied ${n.appliedGeneration}, desired ${n.desiredGeneration}${n.deliveryMessage ? ` (${n.deliveryMessage})` : ''}`;
  let text = fields([
    ['Name', n.name],
    ['Status', n.status],
    ['Labels', labelsText(n.labels)],
    ['Platform', `${n.os || '-'}/${n.arch || '-'}, agent ${n.agentVersion || '-'}, runtime ${n.runtimeVersion || '-'}`],
    ['Hostname', n.hostname || '-'],
    ['Certificate', n.certExpiresMs ? `expires ${certExpiryText(n.certExpiresMs, nowMs)}` : '- (none reported)'],
    ['Boot', n.bootId ? `${n.bootId}, started ${ago(n.startedAtMs, nowMs)} ago` : '-'],
    ['Last seen', `${ago(n.lastSeenMs, nowMs)} ago (first seen ${ago(n.firstSeenMs, nowMs)} ago)`],
    ['Generation', generation],
    ['Drift', n.drift === 'none' ? 'none (runs what is desired)' : driftText(n)],
    ['Capacity', cap ? `cpu ${cap.cpuMillis}m, memory ${bytes(cap.memoryBytes)}, disk ${bytes(cap.diskBytes)}` : '-'],
    [
      'Usage',
      u.sampledAtMs === null
        ? 'no telemetry yet'
        : `cpu ${pct(u.cpuPercent)}, memory ${pct(u.memoryPercent)} (${bytes(u.memoryUsedBytes)}/${bytes(u.memoryTotalBytes)}), ` +
          `fullest disk ${pct(u.diskPercent)}, load ${u.load1?.toFixed(2) ?? '-'}` +
          `${u.temperatureC === null ? '' : `, ${u.temperatureC.toFixed(1)}C`} (${ago(u.sampledAtMs, nowMs)} ago)`,
    ],
    ['Pressure', pressureText(u.pressure) === '-' ? 'none' : pressureText(u.pressure)],
    ['Telemetry', streamText(n.telemetryStream)],
    ['Event stream', streamText(n.eventStream)],
  ]);
  if (n.conditions.length) {
    text += `Conditions:\n${indent(table(['TYPE', 'STATUS', 'REASON', 'MESSAGE'], n.conditions.map((c) => [c.type, String(c.status), c.reason, c.message])))}\n`;
  }
  const usageBy = new Map(u.workloads.map((w) => [w.name, w]));
  const names = [...new Set([...n.placements, ...n.workloadStatus.map((w) => w.name)])].sort();
  text += `Workloads:\n${
    names.length === 0
      ? '  (none)'
      : indent(
          table(
            ['NAME', 'PHASE', 'HEALTH', 'RESTARTS', 'CPU%', 'MEMORY'],
            names.map((name) => {
              const st = n.workloadStatus.find((w) => w.name === name);
              const wu = usageBy.get(name);
              return [name, st?.phase ?? 'pending', st?.health ?? '-', String(st?.restartCount ?? 0), pct(wu?.cpuPercent), bytes(wu?.memoryBytes)];
            }),
          ),
        )
  }\n`;
  text += `Config:\n${n.config.length ? indent(effectiveTable(n.config)) : '  (none)'}\n`;
  text += `Events:\n${n.events.length ? indent(eventsTable(n.events, nowMs, false)) : '  (none)'}\n`;
  return text;
}

function nodeList(nodes: readonly string[], max = 6): string {
  return nodes.slice(0, max).join(', ') + (nodes.length > max ? ` (+${nodes.length - max})` : '');
}

/** Config rows of a workload: KEY, VALUE, FROM, STATE, NODES. */
export function workloadConfigTable(rows: readonly WorkloadConfigJson[]): string {
  return table(
    ['KEY', 'VALUE', 'FROM', 'STATE', 'NODES'],
    rows.map((r) => {
      const v = JSON.stringify(r.value).slice(1, -1);
      return [r.key, v.length > 40 ? `${v.slice(0, 37)}...` : v, scopeText(r.source), r.state, nodeList(r.nodes)];
    }),
  );
}

export function describeWorkload(w: WorkloadJson, placements: PlacementJson[], events: StoredEvent[], nowMs: number): string {
  let text = fields([
    ['Name', w.name],
    ['Image', w.image],
    ['Revision', `${w.revision} (spec ${w.specHash.slice(0, 12)})`],
    ['Mode', w.mode === 'replicated' ? `replicated, ${w.replicas ?? 0} replicas` : w.mode],
    ['Placed', `${w.placed}, running ${w.running}`],
    ['Unplaced', w.unplaced ?? '-'],
  ]);
  text += `Placements:\n${
    placements.length === 0
      ? '  (none)'
      : indent(
          table(
            ['NODE', 'PHASE', 'HEALTH', 'CONTAINER', 'RESTARTS', 'UP TO DATE', 'LAST ERROR'],
            placements.map((p) => [p.node, p.phase, p.health, p.containerId || '-', String(p.restartCount), p.current ? 'yes' : 'no', p.lastError]),
          ),
        )
  }\n`;
  const cfg = w.config ?? [];
  const cv = w.configVersion;
  const version = cv && cv.revision !== null ? `, version ${cv.revision}${cv.revision < cv.current ? ` of ${cv.current}` : ''}` : '';
  text += `Config (the workload's own env wins${version}):\n${cfg.length ? indent(workloadConfigTable(cfg)) : '  (none)'}\n`;
  if (cv?.note) text += `  note: ${cv.note}\n`;
  text += `Events:\n${events.length ? indent(eventsTable(events, nowMs)) : '  (none)'}\n`;
  return text;
}

/** `get catalog`: one row per (workload, node). */
export function catalogTable(items: readonly CatalogEntry[]): string {
  const rows = items.map((e) => [
    e.workload,
    e.node,
    e.host || '-',
    e.ports.length ? e.ports.map((p) => `${p.port}/${p.protocol}`).join(',') : '-',
    e.phase,
    e.health === 'none' ? '-' : e.health,
    e.ready ? 'yes' : 'no',
  ]);
  return table(['WORKLOAD', 'NODE', 'HOST', 'PORTS', 'PHASE', 'HEALTH', 'READY'], rows);
}
