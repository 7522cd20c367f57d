// Form rate limits, counted in the database so every instance behind the load balancer shares them.
import { createHash } from 'node:crypto';
import { consumeChain, OneStatementLimiter } from './one-statement-limiter';
import { getDb, getSql } from '../../db/client';

export type LimitVerdict = { ok: true } | { ok: false; retryAfterS: number; limited: 'ip' | 'email' };

/** Per hour: from one address (IP); for one email address from one IP; for one email address from anywhere. */
export type FormLimits = { perIp: number; perEmail: number; perEmailAnywhere?: number; windowS?: number };

// Keys are hashed: the counters need to tell visitors apart, not to know who they are.
export const keyOf = (value: string) => createHash('sha256').update(value.toLowerCase()).digest('hex').slice(0, 24);

// One limiter per prefix and limit, kept for the process: each also deletes expired counters every
// few minutes (an unref'd timer), so the table holds only live windows.
const limiters = new Map<string, Promise<OneStatementLimiter>>();
// The shared limiter for a prefix: `points` per `duration` seconds, then blocked for `blockDuration`.
export function limiter(prefix: string, points: number, duration: number, blockDuration = 0) {
  const id = `${prefix}|${points}|${duration}|${blockDuration}`;
  let found = limiters.get(id);
  if (!found) {
    found = getDb().then(
      (storeClient) =>
        new OneStatementLimiter({
          storeClient,
          tableName: 'rateLimiterFlexible',
          keyPrefix: prefix,
          points,
          duration,
          blockDuration,
        }),
      (error: unknown) => {
        limiters.delete(id);
        throw error;
      },
    );
    limiters.set(id, found);
  }
  return found;
}

type Counter = { limited: 'ip' | 'email'; prefix: string; key: string | null; points: number; windowS: number };

// The three counters a submission of `form` counts against: its sender's address (IP), its email
// address from that IP, and (a looser backstop against floods from many addresses) its email address
// from anywhere. So an outsider who keeps sending forms with someone else's email address uses up
// their own allowance, not that person's. Email counters are keyed by the email's hash first, so an
// erasure finds them.
function countersFor(form: string, ip: string | null, email: string, limits: FormLimits): Counter[] {
  const windowS = limits.windowS ?? 3_600;
  return [
    { limited: 'ip', prefix: `${form}:ip`, key: ip && keyOf(ip), points: limits.perIp, windowS },
    {
      limited: 'email',
      prefix: `${form}:email-ip`,
      key: `${keyOf(email)}.${keyOf(ip ?? 'unknown')}`,
      points: limits.perEmail,
      windowS,
    },
    {
      limited: 'email',
      prefix: `${form}:email`,
      key: keyOf(email),
      points: limits.perEmailAnywhere ?? limits.perEmail * 3,
      windowS,
    },
  ];
}

// Counts one submission of `form` against each of its counters, in one statement; the first one
// already spent refuses it, and the counters after it are not counted.
export async function consumeFormLimits(
  form: string,
  ip: string | null,
  email: string,
  limits: FormLimits,
): Promise<LimitVerdict> {
  const counters = await storedCounters(countersFor(form, ip, email, limits));
  const now = new Date();
  const chain = counters.map((c) => ({ stored: c.stored, points: c.points, windowMs: c.windowS * 1_000 }));
  const counted = await consumeChain(await getSql(), chain, now);
  for (const [i, { limited, points }] of counters.entries()) {
    const row = counted[i];
    if (row && row.points > points) return { ok: false, limited, retryAfterS: secondsUntil(row.expire, now) };
  }
  return { ok: true };
}

// The counters with a key, each with the key it is stored under (its limiter's prefix added).
function storedCounters(counters: Counter[]) {
  return Promise.all(
    counters
      .filter((c) => c.key)
      .map(async (c) => ({ ...c, stored: (await limiter(c.prefix, c.points, c.windowS)).getKey(c.key!) })),
  );
}

// Whole seconds (at least one) until a window ends.
const secondsUntil = (expire: Date | null, now: Date) =>
  Math.max(1, Math.ceil(((expire?.getTime() ?? now.getTime()) - now.getTime()) / 1_000));
