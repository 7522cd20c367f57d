// Whether an error means the database could not be reached (refused, reset, timed out, restarting),
// as opposed to a fault in what was asked of it: the first is worth a "try again in a moment".
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EPIPE']);
// PostgreSQL's own: shutting down, starting up, too many connections; Prisma's: cannot reach, timed out, closed.
const SERVER_CODES = new Set(['57P01', '57P02', '57P03', '53300', 'P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
const PHRASES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  "Can't reach database server",
  'Cannot reach PostgreSQL',
];

// Looks through the error and its causes (drivers wrap each other's errors).
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  for (let e = error; e && typeof e === 'object' && !seen.has(e); e = (e as { cause?: unknown }).cause) {
    seen.add(e);
    const { code, message, name } = e as { code?: unknown; message?: unknown; name?: unknown };
    if (typeof code === 'string' && (NETWORK_CODES.has(code) || SERVER_CODES.has(code))) return true;
    if (name === 'DatabaseConnectionError') return true;
    if (typeof message === 'string' && PHRASES.some((p) => message.includes(p))) return true;
  }
  return false;
}
