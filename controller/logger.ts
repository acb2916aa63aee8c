import type { Logger } from 'pino';
import { makeProcessLogger } from '../proto/logging.js';

/** JSON logs to stdout (pretty on a terminal), credentials redacted (proto/logging.ts). */
export function makeLogger(level: string): Promise<Logger> {
  return makeProcessLogger({ app: 'edgefleet-controller', level });
}
