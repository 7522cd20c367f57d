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

// The message of an error, for a log line. Prisma's messages draw the query they failed on, values
// (addresses, names) included, above the reason on their last line: only that line is kept.
export function errorText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  if (!error.name.startsWith('PrismaClient')) return error.message;
  const reason =
    error.message
      .trim()
      .split('\n')
      .filter((line) => line.trim())
      .at(-1) ?? '';
  const code = (error as { code?: unknown }).code;
  return `${error.name}${typeof code === 'string' ? ` ${code}` : ''}: ${reason.trim()}`;
}
