// The server's one logger: a JSON line per event on standard output (pino), at LOG_LEVEL. Lines name
// requests, jobs and records by id; never an email address, name, token or IP address.
import pino from 'pino';
import { env } from '../env';
import { currentRequestId } from './request-context';

type Holder = { luminaLog?: pino.Logger };

// One logger per process, however many bundles import this module.
export const log: pino.Logger = ((globalThis as unknown as Holder).luminaLog ??= pino({
  level: env.LOG_LEVEL,
  base: { pid: process.pid },
  timestamp: pino.stdTimeFunctions.isoTime,
  formatters: { level: (label) => ({ level: label }) },
  // Every line written while a request is handled names it.
  mixin: () => {
    const requestId = currentRequestId();
    return requestId ? { requestId } : {};
  },
}));

// The message of an error, for a log line (its stack only at debug level).
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
