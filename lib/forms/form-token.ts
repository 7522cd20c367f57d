// The hidden token every public form carries: a per-render submission key (so a resubmission
// stores one row) and the render time (so a form filled faster than a person could is treated
// as spam), signed so neither can be forged.
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';

export type FormToken = { submissionKey: string; renderedAt: number };

const sign = (secret: string, body: string) => createHmac('sha256', secret).update(body).digest('base64url');

// Made when the form is rendered on the server.
export function issueFormToken(secret: string, now = Date.now()): string {
  const body = `${randomUUID()}.${now}`;
  return `${body}.${sign(secret, body)}`;
}

// The token's contents, or null when it is missing, malformed or its signature is wrong.
export function readFormToken(secret: string, token: string): FormToken | null {
  const m = /^([0-9a-f-]{36})\.(\d{13})\.([\w-]{43})$/.exec(token);
  if (!m) return null;
  const expected = Buffer.from(sign(secret, `${m[1]}.${m[2]}`));
  const given = Buffer.from(m[3]!);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return { submissionKey: m[1]!, renderedAt: Number(m[2]) };
}

export type SpamVerdict =
  { spam: false; token: FormToken } | { spam: true; reason: 'honeypot' | 'too-fast' | 'bad-token' | 'stale' };

// Decides whether a submission came from a person: honeypot empty, token genuine, filled in
// no faster than minFillMs and no more than a day after the form was shown.
export function judgeSubmission(
  secret: string,
  fields: { formToken: string; website: string },
  minFillMs: number,
  now = Date.now(),
): SpamVerdict {
  if (fields.website.trim() !== '') return { spam: true, reason: 'honeypot' };
  const token = readFormToken(secret, fields.formToken);
  if (!token) return { spam: true, reason: 'bad-token' };
  if (now - token.renderedAt < minFillMs) return { spam: true, reason: 'too-fast' };
  if (now - token.renderedAt > 24 * 60 * 60 * 1000) return { spam: true, reason: 'stale' };
  return { spam: false, token };
}
