// The checks every public form runs before storing anything: spam, then rate limits.
import 'server-only';
import { headers } from 'next/headers';
import { consumeFormLimits } from '../data/rate-limits';
import { env } from '../env';
import { clientIp } from '../security/request-facts';
import { organisation } from '../site-config';
import { judgeSubmission } from './form-token';

export type GuardResult =
  | { outcome: 'accept'; submissionKey: string }
  | { outcome: 'spam' }
  | { outcome: 'limited'; message: string };

function wait(seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  return minutes <= 1 ? 'a minute' : `${minutes} minutes`;
}

// `alreadyStored` lets a resubmission of a stored form through without counting it again.
export async function guardSubmission(
  form: string,
  fields: { formToken: string; website: string; email: string },
  alreadyStored: (submissionKey: string) => Promise<boolean>,
): Promise<GuardResult> {
  const verdict = judgeSubmission(env.FORM_SECRET, fields, env.FORM_MIN_FILL_MS);
  if (verdict.spam) return { outcome: 'spam' };
  const { submissionKey } = verdict.token;
  if (await alreadyStored(submissionKey)) return { outcome: 'accept', submissionKey };
  const ip = clientIp((await headers()).get('x-forwarded-for'));
  const limit = await consumeFormLimits(form, ip, fields.email, {
    perIp: env.FORM_LIMIT_PER_IP,
    perEmail: env.FORM_LIMIT_PER_EMAIL,
  });
  if (!limit.ok) {
    const who = limit.limited === 'email' ? 'from this email address' : 'from your connection';
    return {
      outcome: 'limited',
      message: `We’ve received several forms ${who} in the last hour. Please try again in ${wait(limit.retryAfterS)}, or email us at ${organisation.email}.`,
    };
  }
  return { outcome: 'accept', submissionKey };
}
