// The figures on the back-office dashboard.
import { getDb } from '../../db/client';

// Counts staff need at a glance; each is one indexed query.
export async function dashboardFigures() {
  const db = await getDb();
  const [enquiries, quotes, subscribers, pendingEmail, failedEmail, newFeedback] = await Promise.all([
    db.enquiry.count({ where: { status: 'NEW' } }),
    db.quoteRequest.count({ where: { status: 'NEW' } }),
    db.subscriber.groupBy({ by: ['status'], _count: { _all: true } }),
    db.outboxMessage.count({ where: { status: 'PENDING' } }),
    db.outboxMessage.count({ where: { status: 'FAILED' } }),
    db.feedback.count({ where: { status: 'NEW' } }),
  ]);
  const byStatus = Object.fromEntries(subscribers.map((s) => [s.status, s._count._all]));
  return {
    newEnquiries: enquiries,
    newQuotes: quotes,
    activeSubscribers: byStatus.ACTIVE ?? 0,
    pendingSubscribers: byStatus.PENDING ?? 0,
    pendingEmail,
    failedEmail,
    newFeedback,
  };
}
