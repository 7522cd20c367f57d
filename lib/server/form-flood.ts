// How many forms a sender may send: the limits for each form, the words a refusal is given in, and
// the early count of a post sent without JavaScript, by the proxy before the action runs, so a sender
// over a limit is answered 429 with Retry-After (an action cannot choose its response's status).
import 'server-only';
import { consumeFormLimits, type LimitVerdict } from '../data/forms/rate-limits';
import { env } from '../env';
import { requestIp } from './request-client';
import { countedStamp } from '../forms/counted-stamp';
import { FORM_NAME_FIELD, type FormName, isFormName } from '../forms/names';
import { errorText, log } from '../log/logger';
import { errorPage } from '../security/error-page';
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

// What a sender over a limit is told, on the form or on the early answer's page.
export function floodMessage({ limited, retryAfterS }: Refused): string {
  const who = limited === 'email' ? 'from this email address' : 'from your connection';
  return `We’ve received several forms ${who} in the last hour. Please try again in ${wait(retryAfterS)}, or email us at ${organisation.email}.`;
}

// Counts a submission that is about to be stored (the guard, once the form passed its spam checks).
export function spendFormAllowance(form: FormName, ip: string | null, email: string): Promise<LimitVerdict> {
  return consumeFormLimits(form, ip, email, formLimits(form));
}

export type FloodRefusal = Refused & { message: string };

/** The proxy's count of a form posted without JavaScript: a refusal, or the stamp for the action (null: not counted). */
export type EarlyCount = { refusal: FloodRefusal; stamp?: never } | { refusal?: never; stamp: string | null };

// For a public form posted without JavaScript: counts its sender's allowance before the action runs, so
// one over a limit is answered 429 at once. Left to the action (stamp null): not one of our forms, no
// address, no form token yet (the form is shown again with one, and counted then), or counters that
// cannot be written just now. `body` is the post's form, as the proxy's guard read it.
export async function countBeforeAction(request: Request, body: FormData): Promise<EarlyCount> {
  const form = body.get(FORM_NAME_FIELD);
  const email = body.get('email');
  const token = body.get('formToken');
  if (!isFormName(form) || typeof email !== 'string' || email.trim() === '' || !token) return { stamp: null };
  try {
    const verdict = await spendFormAllowance(form, requestIp(request.headers), email.trim());
    return verdict.ok
      ? { stamp: countedStamp(form, email) }
      : { refusal: { ...verdict, message: floodMessage(verdict) } };
  } catch (error) {
    log.warn({ form, error: errorText(error) }, 'Form limits could not be counted before the action');
    return { stamp: null };
  }
}

// The early answer's page: 429, with how long to wait in Retry-After and in words.
export function floodPage(flood: FloodRefusal, back: string): Response {
  const paragraphs = [
    flood.message,
    'Your answers are still in the form: use your browser’s Back button to return to them.',
  ];
  const response = errorPage(429, 'Please wait before sending this form again', paragraphs, back);
  response.headers.set('retry-after', String(flood.retryAfterS));
  return response;
}
