import { pino, type Logger } from 'pino';

/** JSON logs to stdout; secrets in env values are never passed to the logger at all. */
export function makeLogger(level: string): Logger {
  return pino({ level, base: { app: 'edgefleet-agent' }, redact: ['*.password', '*.token', '*.auth'] });
}
