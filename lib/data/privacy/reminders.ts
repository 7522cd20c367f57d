// Deadline reminders for data-rights requests: the team is emailed once when a request is due
// within a week and once when it becomes overdue. Claiming the reminder and queueing the email
// happen in one transaction, so however many instances run this, each is sent once.
import { privacyDeadlines } from './handling';
import { privacyRequestEmails } from './request-emails';
import { getDb } from '../../db/client';
import { DUE_SOON_DAYS } from '../../privacy/deadline';

// Queues the reminders due now; returns how many of each were queued.
export async function queueDeadlineReminders(now = new Date()) {
  const db = await getDb();
  const { overdue, dueSoon } = await privacyDeadlines(now, DUE_SOON_DAYS);
  const queued = { dueSoon: 0, overdue: 0 };
  const remind = async (id: string, state: 'due-soon' | 'overdue', due: Date) =>
    db.$transaction(async (tx) => {
      const column = state === 'overdue' ? 'overdueNoticeAt' : 'remindedAt';
      const claimed = await tx.privacyRequest.updateMany({
        where: { id, status: 'OPEN', [column]: null },
        data: { [column]: now },
      });
      if (claimed.count === 0) return false;
      const row = await tx.privacyRequest.findUniqueOrThrow({ where: { id } });
      await privacyRequestEmails(tx, row).remindTeam(state, due);
      return true;
    });
  for (const r of dueSoon) if (await remind(r.id, 'due-soon', r.due)) queued.dueSoon++;
  for (const r of overdue) if (await remind(r.id, 'overdue', r.due)) queued.overdue++;
  return queued;
}
