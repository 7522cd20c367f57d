// Who on the team is emailed about new enquiries, quotes and data requests: the addresses admins set
// in the back office, or STAFF_NOTIFICATION_TO until they do. Read at each email, so every instance
// sends to the same people.
import { getDb } from '../../db/client';
import type { Tx } from '../../db/tx';
import { env } from '../../env';
import { enqueueEmails, type OutgoingEmail } from '../email/outbox';

// The addresses set in the back office (empty when none are: the default applies).
export async function savedTeamRecipients(tx?: Tx): Promise<string[]> {
  const db = tx ?? (await getDb());
  return (
    (await db.teamNotificationSetting.findUnique({ where: { id: 1 }, select: { recipients: true } }))?.recipients ?? []
  );
}

// Replaces the list (an empty one goes back to the default), recording who did.
export async function setTeamRecipients(recipients: string[], updatedBy: string): Promise<void> {
  await (
    await getDb()
  ).teamNotificationSetting.upsert({
    where: { id: 1 },
    create: { id: 1, recipients, updatedBy },
    update: { recipients, updatedBy },
  });
}

// Who gets the team's emails: the saved list, or the default while there is none.
export async function teamRecipients(tx?: Tx): Promise<string[]> {
  const saved = await savedTeamRecipients(tx);
  return saved.length ? saved : [env.STAFF_NOTIFICATION_TO];
}

// One copy of a team email for each recipient (each copy is kept, sent and retried on its own; the
// message key names the recipient), for the caller to queue with its other emails.
export function copiesFor(recipients: string[], email: Omit<OutgoingEmail, 'to'>): OutgoingEmail[] {
  return recipients.map((to) => ({ ...email, messageKey: `${email.messageKey}:${to}`, to }));
}

// Queues one copy of a team email to each recipient, inside the caller's transaction.
export async function enqueueTeamEmail(tx: Tx, email: Omit<OutgoingEmail, 'to'>): Promise<void> {
  await enqueueEmails(tx, copiesFor(await teamRecipients(tx), email));
}
