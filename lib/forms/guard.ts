// The checks every public form runs before storing anything: spam, then rate limits.
import 'server-only';
import { headers } from 'next/headers';
import { consumeFormLimits } from '../data/rate-limits';
import { env } from '../env';
import { requestIp } from '../security/request-client';
import { getSecrets } from '../security/secrets';
import { organisation } from '../site-config';
import { issueFormToken, judgeSubmission } from './form-token';
import { errorText, log } from '../log/logger';

/** Put in a form shown while the site's secrets cannot be read (PostgreSQL unreachable at start). */
const UNSIGNED = 'unsigned';

export type GuardResult =
  | { outcome: 'accept'; submissionKey: string }
  /** Sent without a token (a form on a prerendered page, before its script fetched one): shown again with one. */
  | { outcome: 'confirm' }
  | { outcome: 'spam' }
  | { outcome: 'limited'; message: string };

function wait(seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  return minutes <= 1 ? 'a minute' : `${minutes} minutes`;
}

/** Forms that email a link to the address given (a confirmation, a verification): the tightest limits. */
const SENDS_A_LINK = new Set(['newsletter', 'privacy-request']);

// FORM_LIMIT_PER_EMAIL holds for forms that email the address a link; a form that reaches only the
// team (and acknowledges it) lets a real customer send three times as many.
function emailLimits(form: string) {
  const perEmail = SENDS_A_LINK.has(form) ? env.FORM_LIMIT_PER_EMAIL : env.FORM_LIMIT_PER_EMAIL * 3;
  return { perIp: env.FORM_LIMIT_PER_IP, perEmail, perEmailAnywhere: perEmail * 3 };
}

// `alreadyStored` lets a resubmission of a stored form through without counting it again.
export async function guardSubmission(
  form: string,
  fields: { formToken: string; website: string; email: string },
  alreadyStored: (submissionKey: string) => Promise<boolean>,
): Promise<GuardResult> {
  if (fields.formToken === UNSIGNED) throw new Error('the form was shown while its token could not be signed');
  if (fields.formToken === '' && fields.website.trim() === '') return { outcome: 'confirm' };
  const verdict = judgeSubmission((await getSecrets()).form, fields, env.FORM_MIN_FILL_MS);
  if (verdict.spam) return { outcome: 'spam' };
  const { submissionKey } = verdict.token;
  if (await alreadyStored(submissionKey)) return { outcome: 'accept', submissionKey };
  const ip = requestIp(await headers());
  const limit = await consumeFormLimits(form, ip, fields.email, emailLimits(form));
  if (!limit.ok) {
    const who = limit.limited === 'email' ? 'from this email address' : 'from your connection';
    return {
      outcome: 'limited',
      message: `We’ve received several forms ${who} in the last hour. Please try again in ${wait(limit.retryAfterS)}, or email us at ${organisation.email}.`,
    };
  }
  return { outcome: 'accept', submissionKey };
}

// The signed token a page puts in its form (when it was shown, and the submission key). While the
// secrets cannot be read the page still shows, and its form, once sent, says to try again.
export async function pageFormToken(): Promise<string> {
  try {
    return issueFormToken((await getSecrets()).form);
  } catch (error) {
    log.warn({ error: errorText(error) }, 'A form was shown unsigned');
    return UNSIGNED;
  }
}
