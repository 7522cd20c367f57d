// The admin Mailbox: every email the site has queued or sent, readable by staff (on the embedded
// default nothing leaves the machine, so this is where a new user reads them).
import { getDb } from '../../db/client';
import { unsealLinks } from '../../email/sealed-links';
import { env } from '../../env';
import type { Prisma } from '../../generated/prisma/client';
import type { OutboxStatus, StaffRole } from '../../generated/prisma/enums';
import { emailHeadersColumn } from '../json-columns';
import { getSecrets } from '../site/secrets';

export type MailboxFilter = { to?: string; status?: OutboxStatus; page: number; pageSize: number };

// One page of messages, newest first.
export async function listMailbox({ to, status, page, pageSize }: MailboxFilter) {
  const db = await getDb();
  const where: Prisma.OutboxMessageWhereInput = {
    ...(to ? { toAddress: { contains: to.toLowerCase() } } : {}),
    ...(status ? { status } : {}),
  };
  const [rows, total] = await Promise.all([
    db.outboxMessage.findMany({
      where,
      orderBy: { createdAt: 'desc' },
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        kind: true,
        toAddress: true,
        subject: true,
        status: true,
        attempts: true,
        createdAt: true,
        sentAt: true,
        transport: true,
        lastError: true,
      },
    }),
    db.outboxMessage.count({ where }),
  ]);
  return { rows, total };
}

// One message in full, or null.
export async function getMailboxMessage(id: string) {
  const message = await (await getDb()).outboxMessage.findUnique({ where: { id } });
  return message && { ...message, headers: emailHeadersColumn.parse(message.headers) };
}

// Gives a message that failed for good another round of attempts.
export async function retryMailboxMessage(id: string): Promise<boolean> {
  const db = await getDb();
  const updated = await db.outboxMessage.updateMany({
    where: { id, status: 'FAILED' },
    data: { status: 'PENDING', attempts: 0, nextAttemptAt: new Date(), lockedUntil: null },
  });
  return updated.count === 1;
}

// Who may open an email's withheld links: admins, and only where the Mailbox is the delivery
// channel (no SMTP server), so that a flow can still be followed locally. Staff never may.
export function mayOpenLinks(role: StaffRole): boolean {
  return role === 'ADMIN' && !env.SMTP_URL;
}

type StoredMessage = NonNullable<Awaited<ReturnType<typeof getMailboxMessage>>>;

// The message with its withheld links filled in, for an admin who may see them (the caller audits it).
export async function withOpenedLinks(message: StoredMessage): Promise<StoredMessage> {
  const parts = { text: message.textBody, html: message.htmlBody, headers: message.headers };
  const open = unsealLinks((await getSecrets()).linkSealing, parts, message.sealedLinks);
  return { ...message, textBody: open.text, htmlBody: open.html, headers: open.headers };
}
