// Queues the emails every new enquiry or quote request causes, inside the transaction that stores it:
// the acknowledgement to the person and the notification to each of the team's recipients.
import { enqueueTeamEmail } from './team-notifications';
import type { Tx } from '../../db/tx';
import {
  requestAcknowledgementEmail,
  requestNotificationEmail,
  type ReceivedRequest,
} from '../../email/templates/request-received';
import { env } from '../../env';
import type { RequestType } from '../../validations/requests';
import { enqueueEmail } from '../email/outbox';

export type NewRequest = ReceivedRequest & { type: RequestType; id: string; email: string };

// One acknowledgement and one notification per request, keyed by its id (never sent twice).
export async function queueRequestEmails(tx: Tx, request: NewRequest): Promise<void> {
  const { type, id, email, ...received } = request;
  await enqueueEmail(tx, {
    messageKey: `${type}-acknowledgement:${id}`,
    kind: `${type}-acknowledgement`,
    to: email,
    ...requestAcknowledgementEmail(received),
  });
  await enqueueTeamEmail(tx, {
    messageKey: `${type}-notification:${id}`,
    kind: `${type}-notification`,
    // Answering the notification writes to the person, not to the site.
    headers: { 'Reply-To': email },
    ...requestNotificationEmail({ ...received, adminUrl: `${env.SITE_URL}/admin/requests/${type}/${id}` }),
  });
}

// "Yes (…)" or "No": what the person chose about the newsletter, in their copy of the form.
export const newsletterAnswer = (optIn: boolean) =>
  optIn ? 'Yes, once you confirm it with the link in our separate email' : 'No';
