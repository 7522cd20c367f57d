// Staff sign-in lockout, shared by every instance. Wrong passwords lock an account only for the
// address they come from, so nobody elsewhere can lock a colleague out: five for one account from one
// address pause that pair for 15 minutes, ten in a day for a day; a hundred from one address lock the
// address for a day. Twenty for one account from anywhere in an hour lock nothing, but the account
// holder is emailed once that hour. A right password clears the first count.
import { RateLimiterRes } from 'rate-limiter-flexible';
import { getDb } from '../../db/client';
import { signInWarningEmail } from '../../email/templates/sign-in-warning';
import { enqueueEmail } from '../email/outbox';
import { keyOf, limiter } from '../forms/rate-limits';

type Rule = { prefix: string; points: number; duration: number; key: (email: string, ip: string) => string };

const HOUR = 60 * 60;
const RULES: Rule[] = [
  { prefix: 'staff-login:pair', points: 5, duration: 15 * 60, key: (email, ip) => `${email}|${ip}` },
  { prefix: 'staff-login:pair-day', points: 10, duration: 24 * HOUR, key: (email, ip) => `${email}|${ip}` },
  { prefix: 'staff-login:ip', points: 100, duration: 24 * HOUR, key: (_email, ip) => ip },
];
/** Counts, but never locks: reaching it emails the account holder. */
const WARNING: Rule = { prefix: 'staff-login:account-warning', points: 20, duration: HOUR, key: (email) => email };

const limiterFor = (rule: Rule) => limiter(rule.prefix, rule.points, rule.duration, rule.duration);

// Seconds until this email may try again from this address, or 0 when it may try now.
export async function signInLockedFor(email: string, ip: string | null): Promise<number> {
  let wait = 0;
  for (const rule of RULES) {
    const res = await (await limiterFor(rule)).get(keyOf(rule.key(email, ip ?? 'unknown')));
    if (res && res.consumedPoints >= rule.points) wait = Math.max(wait, Math.ceil(res.msBeforeNext / 1000));
  }
  return wait;
}

async function consume(rule: Rule, key: string): Promise<number> {
  try {
    return (await (await limiterFor(rule)).consume(keyOf(key))).consumedPoints;
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    return rejection.consumedPoints;
  }
}

// Counts a wrong password against every rule; on the twentieth for the account within the hour,
// from wherever, the account holder (if there is one) is emailed. Returns whether it was.
export async function recordFailedSignIn(email: string, ip: string | null, now = new Date()): Promise<boolean> {
  for (const rule of RULES) await consume(rule, rule.key(email, ip ?? 'unknown'));
  if ((await consume(WARNING, WARNING.key(email, ''))) !== WARNING.points) return false;
  const db = await getDb();
  const user = await db.staffUser.findUnique({
    where: { email: email.toLowerCase() },
    select: { id: true, name: true, email: true },
  });
  if (!user) return false;
  const hour = now.toISOString().slice(0, 13);
  await db.$transaction((tx) =>
    enqueueEmail(tx, {
      messageKey: `sign-in-warning:${user.id}:${hour}`,
      kind: 'sign-in-warning',
      to: user.email,
      ...signInWarningEmail({ name: user.name, count: WARNING.points, at: now }),
    }),
  );
  return true;
}

// A right password forgives this address's recent mistakes for this account.
export async function clearFailedSignIns(email: string, ip: string | null): Promise<void> {
  await (await limiterFor(RULES[0]!)).delete(keyOf(RULES[0]!.key(email, ip ?? 'unknown')));
}
