// How many forms a sender may send: the limits for each form, the words a refusal is given in, and
// the early answer (429, Retry-After) to a post sent without JavaScript from a sender already over a
// limit, given by the proxy before the action runs (an action cannot choose its response's status).
import 'server-only';
import { consumeFormLimits, type LimitVerdict, peekFormLimits } from '../data/forms/rate-limits';
import { env } from '../env';
import { requestIp } from './request-client';
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

// For a public form posted without JavaScript: the refusal its sender already has coming, or null
// (not one of our forms, within its limits, or the counters unreadable: the action then decides).
// `body` is the post's form, as the proxy's guard read it.
export async function floodBeforeAction(request: Request, body: FormData): Promise<FloodRefusal | null> {
  const form = body.get(FORM_NAME_FIELD);
  const email = body.get('email');
  if (!isFormName(form) || typeof email !== 'string' || email.trim() === '') return null;
  try {
    const verdict = await peekFormLimits(form, requestIp(request.headers), email.trim(), formLimits(form));
    return verdict.ok ? null : { ...verdict, message: floodMessage(verdict) };
  } catch (error) {
    log.warn({ form, error: errorText(error) }, 'Form limits could not be read before the action');
    return null;
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
