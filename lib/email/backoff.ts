// When a failed email is tried again: exponential backoff with jitter, and a point where we stop.

export const MAX_ATTEMPTS = 10;
const CAP_MS = 6 * 60 * 60 * 1000;

// Delay before the attempt after `attempts` failures: base, 2×base, 4×base… capped at six hours,
// each ±20% so many failed messages do not all retry at the same moment.
export function retryDelayMs(attempts: number, baseMs: number, random: () => number = Math.random): number {
  const exact = Math.min(baseMs * 2 ** Math.max(attempts - 1, 0), CAP_MS);
  return Math.round(exact * (0.8 + 0.4 * random()));
}

// Some SMTP answers mean trying again will never help (5xx: no such mailbox, message refused).
export function isPermanentFailure(error: unknown): boolean {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}
