// What Next.js and libraries print with console.* goes through the logger too: one JSON line each,
// and an error printed whole (Prisma's draws the query, values included) is cut to its reason.
import { format } from 'node:util';
import { errorText, log } from './logger';

const LEVELS = { debug: 'debug', log: 'info', info: 'info', warn: 'warn', error: 'error' } as const;
const flag = globalThis as unknown as { luminaConsole?: true };

// The printed arguments as one message, errors by errorText (with a digest where Next.js gave one).
export function consoleMessage(args: unknown[]): string {
  const parts = args.map((arg) => {
    if (!(arg instanceof Error)) return arg;
    const digest = (arg as { digest?: unknown }).digest;
    return typeof digest === 'string' ? `${errorText(arg)} (digest ${digest})` : errorText(arg);
  });
  return format(...parts);
}

// Called once at start-up from instrumentation.ts.
export function routeConsoleThroughLogger(): void {
  if (flag.luminaConsole) return;
  flag.luminaConsole = true;
  for (const [method, level] of Object.entries(LEVELS)) {
    (console as unknown as Record<string, (...args: unknown[]) => void>)[method] = (...args: unknown[]) =>
      log[level]({ console: method }, consoleMessage(args));
  }
}
