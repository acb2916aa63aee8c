// The Workload manifest module: parse and validate manifests, render them back, hash specs.
export { ManifestError, MAX_REPORTED_PROBLEMS, formatProblem, isManifestError } from './errors.js';
export type { ManifestErrorCode, ManifestProblem } from './errors.js';
export { canonicalJson, specHash } from './hash.js';
export type { HashedSpec } from './hash.js';
export { parseManifestObject, parseManifests } from './parse.js';
export type { ParseOptions, ParseResult } from './parse.js';
export { REDACTED, toManifest } from './render.js';
export { MAX_ALIAS_COUNT, MAX_DEPTH, MAX_MANIFEST_BYTES } from './safety.js';
export { MAX_REPLICAS, workloadManifestSchema } from './schema.js';
export type { ValidManifest, WorkloadManifest } from './schema.js';
export { API_VERSION, AUTOSCALE_METRICS, CONSTRAINT_OPERATORS, KIND, NODE_PROPERTIES, PLACEMENT_MODES, RUN_WHENS } from './types.js';
export type { Autoscale, AutoscaleMetric, Constraint, ConstraintOperator, NodeProperty, Placement, PlacementMode, Preference, Workload } from './types.js';
export { upgradeStoredWorkload } from './upgrade.js';
