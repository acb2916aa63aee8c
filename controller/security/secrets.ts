// Secret env values on the way in: `get -o yaml` shows them as <redacted>, so a manifest edited
// from that output and applied again must keep the stored values, not set "<redacted>".
import { REDACTED } from '../manifest/render.js';
import { specHash } from '../manifest/hash.js';
import type { Workload } from '../manifest/types.js';

/** The workload with every <redacted> secret taken from the stored one, or the problem (a new secret needs its value). */
export function restoreRedactedSecrets(w: Workload, stored: Workload | undefined): Workload | string {
  if (!w.container.env.some((e) => e.secret && e.value === REDACTED)) return w;
  const kept = new Map((stored?.container.env ?? []).filter((e) => e.secret).map((e) => [e.name, e.value]));
  const missing: string[] = [];
  const env = w.container.env.map((e) => {
    if (!e.secret || e.value !== REDACTED) return e;
    const value = kept.get(e.name);
    if (value === undefined) missing.push(e.name);
    return { ...e, value: value ?? e.value };
  });
  if (missing.length > 0) {
    return `workload ${w.name}: spec.container.secretEnv.${missing[0]} is ${REDACTED} but no value is stored for it: give the value`;
  }
  const out: Workload = { ...w, container: { ...w.container, env } };
  return { ...out, specHash: specHash(out) };
}
