// Form rate limits, counted in the database so every instance behind the load balancer shares them.
import { createHash } from 'node:crypto';
import { RateLimiterPrisma, RateLimiterRes } from 'rate-limiter-flexible';
import { getDb } from '../db/client';

export type LimitVerdict = { ok: true } | { ok: false; retryAfterS: number; limited: 'ip' | 'email' };

export type FormLimits = { perIp: number; perEmail: number; windowS?: number };

// Keys are hashed: the counters need to tell visitors apart, not to know who they are.
export const keyOf = (value: string) => createHash('sha256').update(value.toLowerCase()).digest('hex').slice(0, 24);

// One limiter per prefix and limit, kept for the process: each also deletes expired counters every
// few minutes (an unref'd timer), so the table holds only live windows.
const limiters = new Map<string, Promise<RateLimiterPrisma>>();
// The shared limiter for a prefix: `points` per `duration` seconds, then blocked for `blockDuration`.
export function limiter(prefix: string, points: number, duration: number, blockDuration = 0) {
  const id = `${prefix}|${points}|${duration}|${blockDuration}`;
  let found = limiters.get(id);
  if (!found) {
    found = getDb().then(
      (storeClient) => new RateLimiterPrisma({ storeClient, tableName: 'rateLimiterFlexible', keyPrefix: prefix, points, duration, blockDuration }),
      (error: unknown) => {
        limiters.delete(id);
        throw error;
      },
    );
    limiters.set(id, found);
  }
  return found;
}

// Counts one submission of `form` against its sender's IP address and email address.
export async function consumeFormLimits(form: string, ip: string | null, email: string, limits: FormLimits): Promise<LimitVerdict> {
  const windowS = limits.windowS ?? 3_600;
  const checks: ['ip' | 'email', string | null, number][] = [
    ['ip', ip, limits.perIp],
    ['email', email, limits.perEmail],
  ];
  for (const [limited, value, points] of checks) {
    if (!value) continue;
    try {
      await (await limiter(`${form}:${limited}`, points, windowS)).consume(keyOf(value));
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) return { ok: false, limited, retryAfterS: Math.ceil(rejection.msBeforeNext / 1000) };
      throw rejection;
    }
  }
  return { ok: true };
}
