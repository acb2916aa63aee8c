// Clock sane: not before this release (a device without a real-time clock boots in 1970, and
// then every certificate is "not yet valid"), and close to the controller's clock when the API
// answers (its Date header: second resolution, so the estimate carries +-0.5 s plus half the
// round trip).
import { result, type CheckResult } from './types.js';
import type { ApiProbe } from './controller.js';

/** No correct clock reads earlier than this (this code did not exist before it). */
export const CLOCK_FLOOR_MS = Date.UTC(2026, 0, 1);
export const SKEW_WARN_MS = 5_000;
export const SKEW_ERROR_MS = 5 * 60_000;

export function clockResult(nowMs: number, api: ApiProbe | Error | undefined): CheckResult {
  const local = new Date(nowMs).toISOString();
  if (nowMs < CLOCK_FLOOR_MS) {
    return result('clock', 'error', `the local clock reads ${local}, before ${new Date(CLOCK_FLOOR_MS).toISOString().slice(0, 10)}: set the time (NTP, e.g. systemd-timesyncd)`, { local });
  }
  if (api === undefined || api instanceof Error || api.serverDateMs === undefined) {
    return result('clock', 'ok', `local clock ${local} (not compared: the controller's API did not answer)`, { local });
  }
  // The Date header truncates to the second: the controller's clock was in [D, D + 1 s).
  const skewMs = Math.round(api.localMidMs - (api.serverDateMs + 500));
  const uncertaintyMs = Math.round(500 + api.rttMs / 2);
  const details = { local, skewMs, uncertaintyMs };
  const abs = Math.max(0, Math.abs(skewMs) - uncertaintyMs);
  const words = `${skewMs >= 0 ? 'ahead of' : 'behind'} the controller by ${(Math.abs(skewMs) / 1000).toFixed(1)} s (+-${(uncertaintyMs / 1000).toFixed(1)} s)`;
  if (abs > SKEW_ERROR_MS) return result('clock', 'error', `local clock is ${words}: certificates and telemetry times will be wrong; fix NTP`, details);
  if (abs > SKEW_WARN_MS) return result('clock', 'warn', `local clock is ${words}; check NTP`, details);
  return result('clock', 'ok', `local clock is ${words}`, details);
}
