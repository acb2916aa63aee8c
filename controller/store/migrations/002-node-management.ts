// Migration 2: operator-side node management (labels on top of the agent's, cordon, drain).
// Filled in by the scheduler/node-management work; a no-op statement until then.
export const NODE_MANAGEMENT = `SELECT 1;`;
