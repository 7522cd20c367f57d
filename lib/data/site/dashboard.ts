// The figures on the back-office dashboard.
import { getDb } from '../../db/client';
import { REQUEST_TABLES } from '../enquiries/request-tables';

// Counts staff need at a glance (new requests per form); each is one indexed query.
export async function dashboardFigures() {
  const db = await getDb();
  const [newRequests, subscribers, pendingEmail, failedEmail, newFeedback] = await Promise.all([
    Promise.all(
      REQUEST_TABLES.map(async (table) => ({
        form: table.form,
        count: await table.model(db).count({ where: { status: 'NEW' } }),
      })),
    ),
    db.subscriber.groupBy({ by: ['status'], _count: { _all: true } }),
    db.outboxMessage.count({ where: { status: 'PENDING' } }),
    db.outboxMessage.count({ where: { status: 'FAILED' } }),
    db.feedback.count({ where: { status: 'NEW' } }),
  ]);
  const byStatus = Object.fromEntries(subscribers.map((s) => [s.status, s._count._all]));
  return {
    newRequests,
    activeSubscribers: byStatus.ACTIVE ?? 0,
    pendingSubscribers: byStatus.PENDING ?? 0,
    pendingEmail,
    failedEmail,
    newFeedback,
  };
}
