// What a data-rights request tells the person (and the team) at each step, queued in the caller's
// transaction with the step itself. Team emails carry the reference only, never the person's details.
import { logPrivacyEvent } from './events';
import type { Tx } from '../../db/tx';
import { html } from '../../email/html';
import { privacyOutcomeEmail, byDate } from '../../email/templates/privacy-request';
import { env } from '../../env';
import { kindLabel, requestedTo } from '../../privacy/kinds';
import { enqueueEmail } from '../email/outbox';
import { enqueueTeamEmail } from '../enquiries/team-notifications';
import { suppress } from '../newsletter/suppression';
import { unsubscribeIn } from '../newsletter/unsubscribe';

type Row = {
  id: string;
  reference: string;
  kind: keyof typeof kindLabel;
  email: string | null;
  name: string | null;
  dueAt: Date | null;
};
type Link = { url: string; label: string };

// The outcome emails for one request; `step` keys each so it is queued at most once.
export function privacyRequestEmails(tx: Tx, row: Row) {
  const toPerson = async (step: string, subject: string, paragraphs: string[], link?: Link, eraseAfterSend = false) => {
    if (!row.email) return;
    const email = privacyOutcomeEmail({ name: row.name, reference: row.reference, subject, paragraphs, link });
    await enqueueEmail(
      tx,
      { messageKey: `privacy-${step}:${row.id}`, kind: `privacy-${step}`, to: row.email, ...email },
      { eraseAfterSend },
    );
  };
  const toTeam = async (step: string, subject: string, line: string, occasion = '') => {
    const url = `${env.SITE_URL}/admin/privacy/${row.id}`;
    const text = `${line}\n\nOpen it in the back office:\n${url}`;
    await enqueueTeamEmail(tx, {
      messageKey: `privacy-team-${step}:${row.id}${occasion}`,
      kind: `privacy-team-${step}`,
      subject: `${subject}: ${row.reference}`,
      text,
      html: html`<p>${line}</p>
        <p><a href="${url}">${url}</a></p>`.value,
    });
  };
  const due = row.dueAt ? byDate(row.dueAt) : 'within one month';
  return {
    // A verified request (other than an objection, which is applied at once) is now with the team.
    async received() {
      await toPerson('received', 'We have your request', [
        `Thank you for confirming your request to ${requestedTo[row.kind]}. We will answer ${due}.`,
      ]);
      await toTeam(
        'received',
        `New data request (${kindLabel[row.kind]})`,
        `A verified ${kindLabel[row.kind].toLowerCase()} request, ${row.reference}, must be answered ${due}.`,
      );
    },
    // Marketing stops at once: any subscription ends and the address goes on the suppression list.
    async applyObjection(now: Date) {
      if (!row.email) return;
      const subscriber = await tx.subscriber.findUnique({ where: { email: row.email }, select: { id: true } });
      if (subscriber)
        await unsubscribeIn(tx, subscriber.id, { source: 'privacy-request:objection', reason: 'objection', now });
      await suppress(tx, row.email, 'objection');
      await tx.privacyRequest.update({
        where: { id: row.id },
        data: {
          status: 'COMPLETED',
          completedAt: now,
          completedBy: 'automatic',
          outcome: 'Marketing stopped and address suppressed',
        },
      });
      await logPrivacyEvent(tx, row.id, 'objection-applied', 'system', { unsubscribed: Boolean(subscriber) });
      await toPerson('done', 'We have stopped marketing to you', [
        'We will not send you marketing emails or use your information for marketing again. Your address is on our do-not-contact list, kept only in a form that cannot be read back.',
        'If you sign up again in future and confirm by email, we will take that as your new choice.',
      ]);
    },
    // Reminders to the team: once as the deadline nears, once when it has passed (per deadline).
    remindTeam: (state: 'due-soon' | 'overdue', due: Date) =>
      toTeam(
        state,
        state === 'overdue'
          ? `Overdue data request (${kindLabel[row.kind]})`
          : `Data request due soon (${kindLabel[row.kind]})`,
        `The ${kindLabel[row.kind].toLowerCase()} request ${row.reference} ${state === 'overdue' ? 'was due' : 'must be answered'} ${byDate(due)}.`,
        `:${due.toISOString()}`,
      ),
    copyReady: (link: Link, expiresAt: Date) =>
      toPerson(
        'copy',
        'Your copy of your data is ready',
        [
          `Your copy of the information we hold about you is ready to view and download until ${byDate(expiresAt).slice(3)}.`,
        ],
        link,
      ),
    corrected: (fields: string[]) =>
      toPerson('done', 'We have corrected your information', [
        `We have corrected the following on every record we hold about you: ${fields.join(', ').toLowerCase()}.`,
      ]),
    // Sent after everything else about them is gone; the worker blanks this copy once it is delivered.
    erased: () =>
      toPerson(
        'done',
        'We have deleted your information',
        [
          'We have deleted the information we held about you. We keep only a scrambled form of your email address on our do-not-contact list, so we never email you marketing again.',
        ],
        undefined,
        true,
      ),
    extended: (newDue: Date, reason: string) =>
      toPerson('extended', 'We need more time for your request', [
        `We need more time to answer your request fully, and will answer ${byDate(newDue)}.`,
        `The reason: ${reason}`,
      ]),
    refused: (reason: string) =>
      toPerson('done', 'About your request', [
        `We cannot act on your request to ${requestedTo[row.kind]}.`,
        `The reason: ${reason}`,
        'You have the right to complain to the Information Commissioner’s Office (ico.org.uk).',
      ]),
  };
}
