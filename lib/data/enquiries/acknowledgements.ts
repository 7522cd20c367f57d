// The emails every new request causes: the acknowledgement to the person (a copy of what they sent,
// read through the form's fields) and the notification to each of the team's recipients. The outbox
// worker queues them (owed-emails.ts).
import type { RequestRow, RequestTable } from './request-table';
import { copiesFor } from './team-notifications';
import { requestAcknowledgementEmail, requestNotificationEmail } from '../../email/templates/request-received';
import { env } from '../../env';
import { fieldText } from '../../forms/fields';
import type { OutgoingEmail } from '../email/outbox';

// "Yes (…)" or "No": what the person chose about the newsletter, in their copy of the form.
const newsletterAnswer = (optIn: boolean) =>
  optIn ? 'Yes, once you confirm it with the link in our separate email' : 'No';

// One acknowledgement and one notification per recipient, keyed by the request's id (never sent twice).
export function requestEmails<R extends RequestRow>(table: RequestTable<R>, row: R, team: string[]): OutgoingEmail[] {
  const { form } = table;
  const record = table.record(row);
  const received = {
    noun: form.noun,
    reference: row.reference,
    name: record.name,
    company: record.company,
    nextStep: form.nextSteps[0],
    fields: [
      ...form.fields.map((f): [string, string] => [f.label, fieldText(f, record) ?? 'Not given']),
      ['Newsletter', newsletterAnswer(row.marketingOptIn)] as [string, string],
    ],
  };
  const notifications = copiesFor(team, {
    messageKey: `${form.name}-notification:${row.id}`,
    kind: `${form.name}-notification`,
    // Answering the notification writes to the person, not to the site.
    headers: { 'Reply-To': row.email },
    ...requestNotificationEmail({ ...received, adminUrl: `${env.SITE_URL}/admin/requests/${form.name}/${row.id}` }),
  });
  const acknowledgement = {
    messageKey: `${form.name}-acknowledgement:${row.id}`,
    kind: `${form.name}-acknowledgement`,
    to: row.email,
    ...requestAcknowledgementEmail(received),
  };
  return [acknowledgement, ...notifications];
}
