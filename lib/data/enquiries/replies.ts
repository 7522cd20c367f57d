// Replies to an enquiry or quote, written in the back office: queued to the person through the outbox
// (from MAIL_FROM, replies to the team) and kept in the request's correspondence, in one transaction.
import { withNotes } from './request-table';
import { requestTable } from './request-tables';
import { getDb } from '../../db/client';
import { requestReplyEmail } from '../../email/templates/request-reply';
import { organisation } from '../../site-config';
import type { RequestType } from '../../validations/requests';
import { enqueueEmail } from '../email/outbox';

type Author = { id: string; name: string };

// Sends the reply and records it; false when the request no longer exists (or has no address left).
export async function sendRequestReply(
  type: RequestType,
  id: string,
  reply: { subject: string; body: string },
  author: Author,
) {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const table = requestTable(type);
    const row = await table.model(tx).findUnique({ where: { id }, ...withNotes });
    if (!row?.email) return false;
    const { name } = table.record(row);
    const note = await tx.requestNote.create({
      data: {
        [table.noteColumn]: id,
        kind: 'CORRESPONDENCE',
        direction: 'out',
        channel: 'email',
        body: `${reply.subject}\n\n${reply.body}`,
        authorId: author.id,
        author: author.name,
      },
      select: { id: true },
    });
    await enqueueEmail(tx, {
      messageKey: `${type}-reply:${note.id}`,
      kind: `${type}-reply`,
      to: row.email,
      headers: { 'Reply-To': organisation.email },
      ...requestReplyEmail({
        name,
        reference: row.reference,
        subject: reply.subject,
        body: reply.body,
        author: author.name,
      }),
    });
    return true;
  });
}
