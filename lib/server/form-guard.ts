// The checks every public form runs before storing anything: spam, then rate limits.
import 'server-only';
import { headers } from 'next/headers';
import { env } from '../env';
import { floodMessage, spendFormAllowance } from './form-flood';
import { requestIp } from './request-client';
import { getSecrets } from '../data/site/secrets';
import { issueFormToken, judgeSubmission } from '../forms/form-token';
import type { FormName } from '../forms/names';
import { errorText, log } from '../log/logger';
import { markSenderLimited } from '../log/request-context';

/** Put in a form shown while the site's secrets cannot be read (PostgreSQL unreachable at start). */
const UNSIGNED = 'unsigned';

export type GuardResult =
  | { outcome: 'accept'; submissionKey: string }
  /** Sent without a token (a form on a prerendered page, before its script fetched one): shown again with one. */
  | { outcome: 'confirm' }
  | { outcome: 'spam' }
  | { outcome: 'limited'; message: string };

// `alreadyStored` lets a resubmission of a stored form through even when its sender is now over a limit
// (it stores nothing new); it is asked only then, so a first submission costs no lookup.
export async function guardSubmission(
  form: FormName,
  fields: { formToken: string; website: string; email: string },
  alreadyStored: (submissionKey: string) => Promise<boolean>,
): Promise<GuardResult> {
  if (fields.formToken === UNSIGNED) throw new Error('the form was shown while its token could not be signed');
  if (fields.formToken === '' && fields.website.trim() === '') return { outcome: 'confirm' };
  const verdict = judgeSubmission((await getSecrets()).form, fields, env.FORM_MIN_FILL_MS);
  if (verdict.spam) return { outcome: 'spam' };
  const { submissionKey } = verdict.token;
  const limit = await spendFormAllowance(form, requestIp(await headers()), fields.email);
  if (!limit.ok && !(await alreadyStored(submissionKey))) {
    markSenderLimited(limit.retryAfterS);
    return { outcome: 'limited', message: floodMessage(limit) };
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
