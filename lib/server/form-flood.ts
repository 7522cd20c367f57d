// How many forms a sender may send: the limits for each form, and the words a refusal is given in.
// (A refusal shown without JavaScript is answered 429 with Retry-After: lib/errors/failed-page.ts.)
import 'server-only';
import { consumeFormLimits, type LimitVerdict } from '../data/forms/rate-limits';
import { env } from '../env';
import type { FormName } from '../forms/names';
import { organisation } from '../site-config';

/** Forms that email a link to the address given (a confirmation, a verification): the tightest limits. */
const SENDS_A_LINK = new Set<FormName>(['newsletter', 'privacy-request']);

// FORM_LIMIT_PER_EMAIL holds for forms that email the address a link; a form that reaches only the
// team (and acknowledges it) lets a real customer send three times as many.
function formLimits(form: FormName) {
  const perEmail = SENDS_A_LINK.has(form) ? env.FORM_LIMIT_PER_EMAIL : env.FORM_LIMIT_PER_EMAIL * 3;
  return { perIp: env.FORM_LIMIT_PER_IP, perEmail, perEmailAnywhere: perEmail * 3 };
}

function wait(seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  return minutes <= 1 ? 'a minute' : `${minutes} minutes`;
}

type Refused = Exclude<LimitVerdict, { ok: true }>;

// What a sender over a limit is told, on the form.
export function floodMessage({ limited, retryAfterS }: Refused): string {
  const who = limited === 'email' ? 'from this email address' : 'from your connection';
  return `We’ve received several forms ${who} in the last hour. Please try again in ${wait(retryAfterS)}, or email us at ${organisation.email}.`;
}

// Counts a submission that is about to be stored (the guard, once the form passed its spam checks).
export function spendFormAllowance(form: FormName, ip: string | null, email: string): Promise<LimitVerdict> {
  return consumeFormLimits(form, ip, email, formLimits(form));
}
