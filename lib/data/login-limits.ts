// Staff sign-in lockout, shared by every instance: five wrong passwords for one account from one
// address lock that pair for 15 minutes; twenty for one account from anywhere lock it for an hour;
// a hundred from one address lock the address for a day. A right password clears the first count.
import { RateLimiterRes } from 'rate-limiter-flexible';
import { keyOf, limiter } from './rate-limits';

type Rule = { prefix: string; points: number; duration: number; key: (email: string, ip: string) => string };

const RULES: Rule[] = [
  { prefix: 'staff-login:pair', points: 5, duration: 15 * 60, key: (email, ip) => `${email}|${ip}` },
  { prefix: 'staff-login:account', points: 20, duration: 60 * 60, key: (email) => email },
  { prefix: 'staff-login:ip', points: 100, duration: 24 * 60 * 60, key: (_email, ip) => ip },
];

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

// Counts a wrong password against every rule.
export async function recordFailedSignIn(email: string, ip: string | null): Promise<void> {
  for (const rule of RULES) {
    try {
      await (await limiterFor(rule)).consume(keyOf(rule.key(email, ip ?? 'unknown')));
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
    }
  }
}

// A right password forgives this address's recent mistakes for this account.
export async function clearFailedSignIns(email: string, ip: string | null): Promise<void> {
  await (await limiterFor(RULES[0]!)).delete(keyOf(RULES[0]!.key(email, ip ?? 'unknown')));
}
