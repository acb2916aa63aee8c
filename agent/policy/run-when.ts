// runWhen: a workload that runs always, only while the link to the controller is up, or only
// while it is down (a local fallback). Pure.
import type { RunWhen } from '../../proto/types.js';

export function runWhenAllows(runWhen: RunWhen, linkUp: boolean): boolean {
  return runWhen === 'always' || (runWhen === 'online') === linkUp;
}
