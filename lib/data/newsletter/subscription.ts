// Newsletter subscriptions with double opt-in: an opt-in is recorded as consent at once, but the
// address receives nothing until the emailed confirmation link is followed.
import { liftSuppression } from './suppression';
import { getDb } from '../../db/client';
import type { Tx } from '../../db/tx';
import { confirmSubscriptionEmail } from '../../email/templates/confirm-subscription';
import { env } from '../../env';
import { MARKETING_WORDING } from '../../forms/marketing';
import { sha256 } from '../../policy/hash';
import { currentPolicy, currentPolicyHash } from '../../policy/index';
import { generateLinkToken, hashToken, isWellFormedLinkToken } from '../../security/tokens';
import { appendConsentRecord } from '../consent/records';
import { enqueueEmail } from '../email/outbox';

export const CONFIRMATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;
const MARKETING_WORDING_HASH = sha256(MARKETING_WORDING);

export type SubscriptionRequest = {
  email: string;
  name?: string | null;
  company?: string | null;
  /** The form it came from, e.g. "form:newsletter". */
  source: string;
  submissionKey: string;
  reference: string;
  /** What the person agreed to, when it was not our form's wording (an import's stated evidence). */
  wording?: string;
};

// The evidence and the email, all in the caller's transaction: the opt-in consent (with the wording
// shown), the subscriber (PENDING if new; an existing status changes only on confirmation), a
// single-use confirmation token (only its hash stored) and the confirmation email in the outbox.
export async function requestSubscription(tx: Tx, input: SubscriptionRequest, now = new Date()): Promise<void> {
  const token = generateLinkToken();
  const subscriber = await tx.subscriber.upsert({
    where: { email: input.email },
    create: { email: input.email, name: input.name || null, company: input.company || null, status: 'PENDING' },
    update: {},
    select: { id: true },
  });
  const expiresAt = new Date(now.getTime() + CONFIRMATION_TTL_MS);
  const confirmation = await tx.subscriptionConfirmation.create({
    data: {
      reference: input.reference,
      submissionKey: input.submissionKey,
      subscriberId: subscriber.id,
      tokenHash: hashToken(token),
      source: input.source,
      name: input.name || null,
      company: input.company || null,
      expiresAt,
    },
    select: { id: true },
  });
  await appendConsentRecord(
    {
      kind: 'MARKETING',
      consentId: confirmation.id,
      action: 'opt-in',
      categories: ['newsletter'],
      source: input.source,
      policyVersion: currentPolicy.id,
      policyHash: currentPolicyHash,
      email: input.email,
      wording: input.wording ?? MARKETING_WORDING,
      wordingHash: input.wording ? sha256(input.wording) : MARKETING_WORDING_HASH,
      ipHash: null,
      uaHash: null,
    },
    tx,
  );
  const confirmUrl = `${env.SITE_URL}/newsletter/confirm?token=${token}`;
  await enqueueEmail(tx, {
    messageKey: `newsletter-confirm:${confirmation.id}`,
    kind: 'newsletter-confirmation',
    to: input.email,
    ...confirmSubscriptionEmail({ name: input.name || null, confirmUrl, expiresAt }),
  });
}

// The reference of the sign-up already stored for this form render, if any.
export async function findSubscriptionReference(submissionKey: string): Promise<string | null> {
  const db = await getDb();
  const row = await db.subscriptionConfirmation.findUnique({ where: { submissionKey }, select: { reference: true } });
  return row?.reference ?? null;
}

export type ConfirmationState = 'valid' | 'confirmed' | 'expired' | 'invalid';

const stateOf = (row: { confirmedAt: Date | null; expiresAt: Date } | null, now: Date): ConfirmationState =>
  !row ? 'invalid' : row.confirmedAt ? 'confirmed' : row.expiresAt <= now ? 'expired' : 'valid';

// What a confirmation link leads to, without using it (mail scanners open links too).
export async function checkConfirmation(token: string, now = new Date()): Promise<ConfirmationState> {
  if (!isWellFormedLinkToken(token)) return 'invalid';
  const db = await getDb();
  return stateOf(await db.subscriptionConfirmation.findUnique({ where: { tokenHash: hashToken(token) } }), now);
}

// Uses the link: the subscriber becomes ACTIVE and the confirmation is recorded as consent, with
// the confirming request's hashed fingerprint. A used, expired or unknown token changes nothing.
export async function confirmSubscription(
  token: string,
  fingerprint: { ipHash: string | null; uaHash: string | null },
  now = new Date(),
): Promise<ConfirmationState> {
  if (!isWellFormedLinkToken(token)) return 'invalid';
  return (await getDb()).$transaction(async (tx) => {
    const row = await tx.subscriptionConfirmation.findUnique({
      where: { tokenHash: hashToken(token) },
      include: { subscriber: { select: { email: true } } },
    });
    const state = stateOf(row, now);
    if (!row || state !== 'valid') return state;
    const used = await tx.subscriptionConfirmation.updateMany({
      where: { id: row.id, confirmedAt: null },
      data: { confirmedAt: now },
    });
    if (used.count === 0) return 'confirmed';
    await tx.subscriber.update({
      where: { id: row.subscriberId },
      data: {
        status: 'ACTIVE',
        confirmedAt: now,
        unsubscribedAt: null,
        ...(row.name ? { name: row.name } : {}),
        ...(row.company ? { company: row.company } : {}),
      },
    });
    // Their own confirmed sign-up is the one thing that takes an address off the suppression list.
    await liftSuppression(tx, row.subscriber.email);
    await appendConsentRecord(
      {
        kind: 'MARKETING',
        consentId: row.id,
        action: 'confirm',
        categories: ['newsletter'],
        source: 'email:confirmation-link',
        policyVersion: currentPolicy.id,
        policyHash: currentPolicyHash,
        email: row.subscriber.email,
        ...fingerprint,
      },
      tx,
    );
    return 'valid';
  });
}
