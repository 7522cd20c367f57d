// Newsletter issues for staff: drafts, test copies, starting a send, and delivery progress.
import { randomUUID } from 'node:crypto';
import { unsubscribeLinks } from './unsubscribe-link';
import { getDb } from '../../db/client';
import { newsletterContent, newsletterEmail } from '../../email/templates/newsletter';
import type { OutboxStatus } from '../../generated/prisma/enums';
import { enqueueEmail } from '../email/outbox';

export type NewsletterDraft = { subject: string; markdown: string };
export type DeliveryCounts = Record<OutboxStatus, number>;

/** Stands in for a subscriber in test copies and previews: its unsubscribe link works but names nobody. */
const SAMPLE_SUBSCRIBER_ID = '00000000-0000-4000-8000-000000000000';

// A newsletter as a subscriber receives it, with a placeholder's unsubscribe links: for the editor's
// preview and for test copies.
export async function sampleCopy(newsletter: NewsletterDraft, subjectPrefix = '') {
  return newsletterEmail(
    newsletterContent(`${subjectPrefix}${newsletter.subject}`, newsletter.markdown),
    await unsubscribeLinks(SAMPLE_SUBSCRIBER_ID),
  );
}

// A new draft, by `author` (a staff email).
export async function createNewsletter(draft: NewsletterDraft, author: string): Promise<string> {
  const db = await getDb();
  return (
    await db.newsletter.create({ data: { ...draft, createdBy: author, updatedBy: author }, select: { id: true } })
  ).id;
}

// Saves changes to a draft; a newsletter that has started sending can no longer change.
export async function updateNewsletter(
  id: string,
  draft: NewsletterDraft,
  author: string,
): Promise<'saved' | 'sending' | 'gone'> {
  const db = await getDb();
  const { count } = await db.newsletter.updateMany({
    where: { id, status: 'DRAFT' },
    data: { ...draft, updatedBy: author },
  });
  if (count) return 'saved';
  return (await db.newsletter.count({ where: { id } })) ? 'sending' : 'gone';
}

// One newsletter, or null.
export async function getNewsletter(id: string) {
  return (await getDb()).newsletter.findUnique({ where: { id } });
}

// How many copies of each newsletter are waiting, sent, failed or cancelled.
export async function deliveryCounts(ids: string[]): Promise<Map<string, DeliveryCounts>> {
  const db = await getDb();
  const groups = ids.length
    ? await db.outboxMessage.groupBy({
        by: ['newsletterId', 'status'],
        where: { newsletterId: { in: ids } },
        _count: { _all: true },
      })
    : [];
  const out = new Map(ids.map((id) => [id, { PENDING: 0, SENT: 0, FAILED: 0, CANCELLED: 0 }]));
  for (const g of groups) out.get(g.newsletterId!)![g.status] = g._count._all;
  return out;
}

// Every newsletter, newest first, with its delivery figures.
export async function listNewsletters() {
  const db = await getDb();
  const rows = await db.newsletter.findMany({ orderBy: { createdAt: 'desc' }, take: 200 });
  const counts = await deliveryCounts(rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, delivery: counts.get(r.id)! }));
}

// Who a send would reach now: active (confirmed) subscribers.
export async function countActiveRecipients(): Promise<number> {
  return (await getDb()).subscriber.count({ where: { status: 'ACTIVE' } });
}

// A copy to one member of staff, marked as a test; each press sends a new one.
export async function queueTestCopy(id: string, to: string): Promise<boolean> {
  const db = await getDb();
  const newsletter = await db.newsletter.findUnique({ where: { id } });
  if (!newsletter) return false;
  const email = await sampleCopy(newsletter, '[Test] ');
  await db.$transaction((tx) =>
    enqueueEmail(tx, { messageKey: `newsletter-test:${id}:${randomUUID()}`, kind: 'newsletter-test', to, ...email }),
  );
  return true;
}

// Starts sending a draft: the fan-out (lib/data/newsletter/fan-out.ts) then queues every copy.
export async function startSending(id: string, by: string, now = new Date()): Promise<'started' | 'already' | 'gone'> {
  const db = await getDb();
  const recipientCount = await countActiveRecipients();
  const { count } = await db.newsletter.updateMany({
    where: { id, status: 'DRAFT' },
    data: { status: 'SENDING', sentBy: by, sendStartedAt: now, recipientCount },
  });
  if (count) return 'started';
  return (await db.newsletter.count({ where: { id } })) ? 'already' : 'gone';
}
