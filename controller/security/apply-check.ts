// The controller's apply-time security check: a workload that no node it could run on would
// accept is refused before anything is stored (HTTP 403), with the field and the node policy
// that refuse it. Workloads some nodes accept are stored; the scheduler keeps them off the nodes
// that refuse them (schedule/eligibility.ts) and says so in the unplaced reasons.
import { DEFAULT_SECURITY_POLICY, checkContainer, formatRefusal, securityAsk, type Refusal } from '../../proto/security.js';
import { ControllerError } from '../errors.js';
import type { NodeView } from '../fleet/registry.js';
import type { Workload } from '../manifest/types.js';
import { compileHardRules } from '../schedule/eligibility.js';
import { toSchedNode, toSchedWorkload } from '../schedule/inputs.js';

export interface WorkloadRefusal {
  workload: string;
  /** The nodes whose policy was consulted; ['(default policy)'] when no known node matches. */
  nodes: string[];
  refusals: Refusal[];
  message: string;
}

/** At most this many node names in a message; the rest are counted. */
const NAMED_NODES = 5;

/**
 * The workloads every candidate node refuses. Candidates are the known nodes that match the
 * workload's nodeSelector and constraints; with none, the default policy decides (a node that
 * joins later and reports nothing gets exactly that one).
 */
export function securityRefusals(workloads: readonly Workload[], nodes: readonly NodeView[]): WorkloadRefusal[] {
  const sched = nodes.map((n) => toSchedNode(n));
  const out: WorkloadRefusal[] = [];
  for (const w of workloads) {
    const { security: _ask, ...placementOnly } = toSchedWorkload(w);
    const matches = compileHardRules(placementOnly);
    const candidates = sched.filter((n) => matches(n) === null);
    const ask = securityAsk(w.container);
    if (candidates.length === 0) {
      const refusals = checkContainer(ask, DEFAULT_SECURITY_POLICY);
      if (refusals.length > 0) {
        out.push({ workload: w.name, nodes: [], refusals, message: messageFor(w.name, 'no known node matches it, and the default node security policy refuses it', refusals) });
      }
      continue;
    }
    let first: { node: string; refusals: Refusal[] } | undefined;
    let accepted = false;
    for (const n of candidates) {
      const refusals = checkContainer(ask, n.securityPolicy ?? DEFAULT_SECURITY_POLICY);
      if (refusals.length === 0) {
        accepted = true;
        break;
      }
      first ??= { node: n.id, refusals };
    }
    if (accepted || !first) continue;
    const names = candidates.slice(0, NAMED_NODES).map((n) => n.id);
    const more = candidates.length - names.length;
    const who = `the security policy of every node it could run on refuses it (${names.join(', ')}${more > 0 ? ` and ${more} more` : ''}); node ${first.node} says`;
    out.push({ workload: w.name, nodes: candidates.map((n) => n.id), refusals: first.refusals, message: messageFor(w.name, who, first.refusals) });
  }
  return out;
}

function messageFor(workload: string, who: string, refusals: readonly Refusal[]): string {
  return `workload ${workload}: ${who}: ${refusals.map(formatRefusal).join('; ')}`;
}

/** Throws EF_CTL_SECURITY_REFUSED (HTTP 403) listing every refused workload, or returns. */
export function assertSecurityAccepted(workloads: readonly Workload[], nodes: readonly NodeView[]): void {
  const refused = securityRefusals(workloads, nodes);
  if (refused.length === 0) return;
  throw new ControllerError('EF_CTL_SECURITY_REFUSED', refused.map((r) => r.message).join('\n'), {
    details: refused.map((r) => ({ workload: r.workload, refusals: r.refusals })),
  });
}
