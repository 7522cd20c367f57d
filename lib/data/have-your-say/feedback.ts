// Feedback and testimonials: stored with the person's separate permission to publish (recorded in the
// consent ledger with its wording), published only once staff approve, unpublished when withdrawn.
import { getDb } from '../../db/client';
import type { Tx } from '../../db/tx';
import { feedbackReceivedEmail } from '../../email/templates/feedback-received';
import { env } from '../../env';
import { feedbackForm } from '../../forms/feedback';
import { sha256 } from '../../policy/hash';
import { currentPolicy, currentPolicyHash } from '../../policy/index';
import { type FeedbackData, publishWording } from '../../validations/feedback';
import { appendConsentRecord } from '../consent/records';
import { enqueueEmail } from '../email/outbox';
import { type StoredSubmission, storeOnce } from '../forms/submissions';
import { signLinkId } from '../newsletter/unsubscribe-link';

export const WITHDRAW_PURPOSE = 'testimonial-withdraw';

// The reference already stored for this form render, if any.
export async function findFeedbackReference(submissionKey: string): Promise<string | null> {
  const db = await getDb();
  return (await db.feedback.findUnique({ where: { submissionKey }, select: { reference: true } }))?.reference ?? null;
}

// One publication decision in the consent ledger (a grant from the form, or a withdrawal).
export async function recordPublication(
  tx: Tx,
  feedbackId: string,
  email: string,
  action: 'grant' | 'withdraw',
  source: string,
  permission: string,
  wording?: string,
) {
  await appendConsentRecord(
    {
      kind: 'PUBLICATION',
      consentId: feedbackId,
      action,
      categories: [permission.toLowerCase()],
      source,
      policyVersion: currentPolicy.id,
      policyHash: currentPolicyHash,
      email,
      ...(wording ? { wording, wordingHash: sha256(wording) } : {}),
      ipHash: null,
      uaHash: null,
    },
    tx,
  );
}

// Stores the feedback, its permission (if given) and, when ticked, the marketing opt-in; thanks the person.
export function createFeedback(input: FeedbackData, submissionKey: string): Promise<StoredSubmission> {
  return storeOnce(submissionKey, {
    prefix: feedbackForm.prefix,
    find: findFeedbackReference,
    insert: async (tx, reference) => {
      const wording = input.permission === 'NONE' ? null : publishWording(input.permission);
      const { id } = await tx.feedback.create({
        data: {
          reference,
          submissionKey,
          name: input.name,
          email: input.email,
          company: input.company || null,
          message: input.message,
          rating: input.rating,
          permission: input.permission,
          permissionWording: wording,
          marketingOptIn: input.marketingOptIn,
        },
        select: { id: true },
      });
      if (wording) await recordPublication(tx, id, input.email, 'grant', 'form:feedback', input.permission, wording);
      const withdrawUrl = wording
        ? `${env.SITE_URL}/feedback/withdraw/${await signLinkId(WITHDRAW_PURPOSE, id)}`
        : null;
      await enqueueEmail(tx, {
        messageKey: `feedback-received:${id}`,
        kind: 'feedback-acknowledgement',
        to: input.email,
        ...feedbackReceivedEmail({ name: input.name, reference, permission: input.permission, withdrawUrl }),
      });
    },
    marketing: input.marketingOptIn
      ? { email: input.email, name: input.name, company: input.company, source: 'form:feedback' }
      : null,
  });
}

export type Testimonial = { id: string; quote: string; attribution: string; rating: number | null };

// Approved feedback whose author allowed publication and has not withdrawn it, newest first.
export async function publishedTestimonials(take = 6): Promise<Testimonial[]> {
  const db = await getDb();
  const rows = await db.feedback.findMany({
    where: { status: 'APPROVED', permission: { in: ['NAMED', 'ANONYMOUS'] }, permissionWithdrawnAt: null },
    orderBy: { reviewedAt: 'desc' },
    take,
    select: { id: true, message: true, name: true, company: true, permission: true, rating: true },
  });
  return rows.map((r) => ({
    id: r.id,
    quote: r.message,
    rating: r.rating,
    attribution: r.permission === 'NAMED' ? [r.name, r.company].filter(Boolean).join(', ') : 'A Lumina Energy customer',
  }));
}
