// Unsubscribing, however it is asked for (the one-click header, the link's page, or staff acting
// on a phone call or email): the withdrawal is evidence, the address is suppressed, and queued
// newsletters to it are cancelled, all in one transaction.
import { suppress, type SuppressionReason } from './suppression';
import { getDb } from '../../db/client';
import type { Tx } from '../../db/tx';
import { currentPolicy, currentPolicyHash } from '../../policy/index';
import { appendConsentRecord } from '../consent/records';

export type UnsubscribeSource =
  'email:one-click' | 'email:unsubscribe-page' | 'privacy-request:objection' | `staff:${string}`;
export type UnsubscribeOutcome = { outcome: 'unsubscribed' | 'already' | 'unknown'; email: string | null };
type Fingerprint = { ipHash: string | null; uaHash: string | null };
type Options = { source: UnsubscribeSource; fingerprint?: Fingerprint; reason?: SuppressionReason; now?: Date };

// Idempotent: a second request (or two at once) finds the work done and records nothing more.
export async function unsubscribe(subscriberId: string, options: Options): Promise<UnsubscribeOutcome> {
  return (await getDb()).$transaction((tx) => unsubscribeIn(tx, subscriberId, options));
}

// The same, inside the caller's transaction (an objection to marketing applies it with its request).
export async function unsubscribeIn(
  tx: Tx,
  subscriberId: string,
  { source, fingerprint = { ipHash: null, uaHash: null }, reason = 'unsubscribed', now = new Date() }: Options,
): Promise<UnsubscribeOutcome> {
  const subscriber = await tx.subscriber.findUnique({ where: { id: subscriberId }, select: { email: true } });
  if (!subscriber) return { outcome: 'unknown', email: null };
  const { email } = subscriber;
  const changed = await tx.subscriber.updateMany({
    where: { id: subscriberId, status: { in: ['ACTIVE', 'PENDING'] } },
    data: { status: 'UNSUBSCRIBED', unsubscribedAt: now },
  });
  await suppress(tx, email, reason);
  if (changed.count === 0) return { outcome: 'already', email };
  // A confirmation link sent before now can no longer re-subscribe them; a new sign-up can.
  await tx.subscriptionConfirmation.updateMany({
    where: { subscriberId, confirmedAt: null, expiresAt: { gt: now } },
    data: { expiresAt: now },
  });
  await tx.outboxMessage.updateMany({
    where: { toAddress: email, kind: 'newsletter', status: 'PENDING' },
    data: { status: 'CANCELLED', lastError: 'Unsubscribed before it was sent', lockedUntil: null },
  });
  await appendConsentRecord(
    {
      kind: 'MARKETING',
      consentId: subscriberId,
      action: 'withdraw',
      categories: ['newsletter'],
      source,
      policyVersion: currentPolicy.id,
      policyHash: currentPolicyHash,
      email,
      ...fingerprint,
    },
    tx,
  );
  return { outcome: 'unsubscribed', email };
}
