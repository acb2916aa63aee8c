// Migration 3: fleet state (telemetry history, events). Filled in by the fleet-state work.
export const FLEET_STATE = `SELECT 1;`;
