// Data-rights requests from the public form: stored unverified with a single-use link (only its
// hash kept), and acted on only once the person proves the address is theirs by following it.
import { logPrivacyEvent } from './events';
import { privacyRequestEmails } from './request-emails';
import { getDb } from '../../db/client';
import { verifyPrivacyRequestEmail } from '../../email/templates/privacy-request';
import { env } from '../../env';
import { privacyRequestForm } from '../../forms/privacy-request';
import { dueDateFrom } from '../../privacy/deadline';
import { kindOf, requestedTo, VERIFY_TTL_MS } from '../../privacy/kinds';
import { generateLinkToken, hashToken, isWellFormedLinkToken } from '../../security/tokens';
import { correctionsOf, type PrivacyRequestData } from '../../validations/privacy-request';
import { enqueueEmail } from '../email/outbox';
import { type StoredSubmission, storeOnce } from '../forms/submissions';

// The reference already stored for this form render, if any.
export async function findPrivacyRequestReference(submissionKey: string): Promise<string | null> {
  const db = await getDb();
  const row = await db.privacyRequest.findUnique({ where: { submissionKey }, select: { reference: true } });
  return row?.reference ?? null;
}

// Stores the request and queues the verification email. The same happens whether or not we hold
// anything about the address, so the form's answer reveals nothing.
export function createPrivacyRequest(
  data: PrivacyRequestData,
  submissionKey: string,
  now = new Date(),
): Promise<StoredSubmission> {
  const token = generateLinkToken();
  const kind = kindOf(data.kind);
  const expiresAt = new Date(now.getTime() + VERIFY_TTL_MS);
  return storeOnce(submissionKey, {
    prefix: privacyRequestForm.prefix,
    find: findPrivacyRequestReference,
    marketing: null,
    insert: async (tx, reference) => {
      const row = await tx.privacyRequest.create({
        data: {
          reference,
          submissionKey,
          kind,
          email: data.email,
          name: data.name,
          details: data.details || null,
          consentIds: data.consentId ? [data.consentId] : [],
          corrections: kind === 'RECTIFICATION' ? correctionsOf(data) : {},
          tokenHash: hashToken(token),
          tokenExpiresAt: expiresAt,
        },
      });
      await logPrivacyEvent(tx, row.id, 'submitted', 'requester');
      const verifyUrl = `${env.SITE_URL}/privacy/verify?token=${token}`;
      await enqueueEmail(tx, {
        messageKey: `privacy-verify:${row.id}`,
        kind: 'privacy-verification',
        to: data.email,
        ...verifyPrivacyRequestEmail({ name: data.name, reference, what: requestedTo[kind], verifyUrl, expiresAt }),
      });
    },
  });
}

export type VerificationState = 'valid' | 'used' | 'expired' | 'invalid';
const stateOf = (row: { verifiedAt: Date | null; tokenExpiresAt: Date } | null, now: Date): VerificationState =>
  !row ? 'invalid' : row.verifiedAt ? 'used' : row.tokenExpiresAt <= now ? 'expired' : 'valid';

// What a verification link leads to, without using it (mail scanners open links too).
export async function checkPrivacyVerification(token: string, now = new Date()) {
  if (!isWellFormedLinkToken(token)) return { state: 'invalid' as const, reference: null };
  const db = await getDb();
  const row = await db.privacyRequest.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { verifiedAt: true, tokenExpiresAt: true, reference: true, kind: true },
  });
  return { state: stateOf(row, now), reference: row?.reference ?? null, kind: row?.kind ?? null };
}

// Uses the link once: the request opens with its statutory due date, an objection to marketing is
// applied at once, and the person and the team are told. A used, expired or unknown token changes nothing.
export async function verifyPrivacyRequest(token: string, now = new Date()) {
  if (!isWellFormedLinkToken(token)) return { state: 'invalid' as const, reference: null, kind: null };
  return (await getDb()).$transaction(async (tx) => {
    const row = await tx.privacyRequest.findUnique({ where: { tokenHash: hashToken(token) } });
    const state = stateOf(row, now);
    if (!row || state !== 'valid' || !row.email) return { state, reference: row?.reference ?? null, kind: null };
    const dueAt = dueDateFrom(now);
    const used = await tx.privacyRequest.updateMany({
      where: { id: row.id, verifiedAt: null },
      data: { verifiedAt: now, status: 'OPEN', dueAt },
    });
    if (used.count === 0) return { state: 'used' as const, reference: row.reference, kind: null };
    await logPrivacyEvent(tx, row.id, 'verified', 'requester', { dueAt: dueAt.toISOString() });
    const emails = privacyRequestEmails(tx, { ...row, dueAt });
    if (row.kind === 'OBJECTION') await emails.applyObjection(now);
    else await emails.received();
    return { state, reference: row.reference, kind: row.kind };
  });
}
