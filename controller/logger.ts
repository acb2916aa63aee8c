import { pino, type Logger } from 'pino';

export function makeLogger(level: string): Logger {
  return pino({ level, base: { app: 'edgefleet-controller' }, redact: ['*.password', '*.token', '*.authorization'] });
}
