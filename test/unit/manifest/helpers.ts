// Builders and error capture for the manifest tests.
import { isManifestError, type ManifestError } from '../../../controller/manifest/errors.js';

type Obj = Record<string, unknown>;

/** A minimal valid manifest; `container` and `spec` fields are merged over the defaults. */
export function manifest(container: Obj = {}, spec: Obj = {}, metadata: Obj = {}): Obj {
  return {
    apiVersion: 'edgefleet.io/v1',
    kind: 'Workload',
    metadata: { name: 'app', ...metadata },
    spec: {
      container: { image: 'edgefleet/busybox:local', ...container },
      placement: { replicas: 1 },
      ...spec,
    },
  };
}

/** The ManifestError `fn` throws; fails the test when it throws anything else or nothing. */
export function manifestError(fn: () => unknown): ManifestError {
  try {
    fn();
  } catch (e) {
    if (isManifestError(e)) return e;
    throw e;
  }
  throw new Error('expected a ManifestError, but nothing was thrown');
}

/** `path: message` lines, for compact assertions. */
export function problemLines(e: ManifestError): string[] {
  return e.problems.map((p) => `${p.doc === undefined ? '' : `doc ${p.doc} `}${p.path}: ${p.message}`);
}
