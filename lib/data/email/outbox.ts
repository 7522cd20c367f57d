// The email outbox: messages are written with the event that causes them and taken, a few at a
// time, by whichever instance's worker gets there first (row locks with SKIP LOCKED).
import { randomUUID } from 'node:crypto';
import { getDb } from '../../db/client';
import type { Tx } from '../../db/tx';
import { sealLinks } from '../../email/sealed-links';
import { getSecrets } from '../site/secrets';

export type OutgoingEmail = {
  messageKey: string;
  kind: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
};

/** An email that would let its content write headers of its own (a line break in a header). */
export class EmailHeaderError extends Error {}

const HEADER_BREAK = /[\r\n\0]/;

type RowExtra = { newsletterId?: string; eraseAfterSend?: boolean };

/** An outbox row as it is inserted (everything else takes its column's default). */
export type OutboxRow = {
  messageKey: string;
  kind: string;
  toAddress: string;
  subject: string;
  textBody: string;
  htmlBody: string;
  headers: Record<string, string>;
  sealedLinks: string | null;
} & RowExtra;

// The outbox row for an email, refusing anything that could inject a header line; its secret links
// are sealed with `sealingSecret` (lib/email/sealed-links.ts), so no reader of the outbox sees them.
export function outboxRow(email: OutgoingEmail, sealingSecret: string, extra: RowExtra = {}): OutboxRow {
  const headers = email.headers ?? {};
  for (const [name, value] of [['To', email.to], ['Subject', email.subject], ...Object.entries(headers)] as const) {
    if (HEADER_BREAK.test(name) || HEADER_BREAK.test(value) || !/^[A-Za-z][A-Za-z0-9-]*$/.test(name)) {
      throw new EmailHeaderError(`The email's ${name} header may not contain line breaks`);
    }
  }
  const sealed = sealLinks(sealingSecret, { text: email.text, html: email.html, headers });
  return {
    messageKey: email.messageKey,
    kind: email.kind,
    toAddress: email.to,
    subject: email.subject,
    textBody: sealed.text,
    htmlBody: sealed.html,
    headers: sealed.headers,
    sealedLinks: sealed.sealed,
    ...extra,
  };
}

// Queues an email inside the caller's transaction; the same messageKey is only ever queued once.
export function enqueueEmail(tx: Tx, email: OutgoingEmail, extra: { eraseAfterSend?: boolean } = {}): Promise<void> {
  return enqueueEmails(tx, [email], extra);
}

// Queues several emails in one statement (a submission's acknowledgement and the team's copies).
export async function enqueueEmails(
  tx: Tx,
  emails: OutgoingEmail[],
  extra: { eraseAfterSend?: boolean } = {},
): Promise<void> {
  const { linkSealing } = await getSecrets();
  await insertOutboxRows(
    tx,
    emails.map((email) => outboxRow(email, linkSealing, extra)),
  );
}

// Inserts rows in one statement, leaving out any whose message key is already queued; returns how many
// it added. Written as SQL: Prisma compiles each createMany afresh, bodies and all (prisma/orm#29382),
// which cost more than the insert itself.
export async function insertOutboxRows(tx: Tx, rows: OutboxRow[]): Promise<number> {
  if (!rows.length) return 0;
  const column = <T>(pick: (row: OutboxRow) => T) => rows.map(pick);
  return tx.$executeRaw`
    INSERT INTO "OutboxMessage" ("id", "messageKey", "kind", "toAddress", "subject", "textBody", "htmlBody",
      "headers", "sealedLinks", "newsletterId", "eraseAfterSend")
    SELECT "id", "key", "kind", "to", "subject", "text", "html", "headers"::jsonb, "sealed", "newsletter", "erase"
    FROM unnest(
      ${column(() => randomUUID())}::uuid[], ${column((r) => r.messageKey)}::text[], ${column((r) => r.kind)}::text[],
      ${column((r) => r.toAddress)}::text[], ${column((r) => r.subject)}::text[], ${column((r) => r.textBody)}::text[],
      ${column((r) => r.htmlBody)}::text[], ${column((r) => JSON.stringify(r.headers))}::text[],
      ${column((r) => r.sealedLinks)}::text[], ${column((r) => r.newsletterId ?? null)}::uuid[],
      ${column((r) => r.eraseAfterSend ?? false)}::boolean[]
    ) AS r("id", "key", "kind", "to", "subject", "text", "html", "headers", "sealed", "newsletter", "erase")
    ON CONFLICT ("messageKey") DO NOTHING`;
}

/** A message a worker has claimed: its row as queued, with its id and how many attempts the claim makes it. */
export type ClaimedMessage = Omit<OutboxRow, keyof RowExtra> & {
  id: string;
  attempts: number;
  eraseAfterSend: boolean;
};

/** What is left of a message to someone whose data was erased, once it has been dealt with. */
export const ERASED_ADDRESS = 'erased';
const blanked = {
  toAddress: ERASED_ADDRESS,
  subject: '(erased)',
  textBody: '',
  htmlBody: '',
  headers: {},
  sealedLinks: null,
};

// Takes up to `limit` due messages for `leaseMs`; a worker that dies loses them when the lease ends.
export async function claimDueMessages(limit: number, leaseMs: number, now = new Date()): Promise<ClaimedMessage[]> {
  const db = await getDb();
  const until = new Date(now.getTime() + leaseMs);
  return db.$queryRaw<ClaimedMessage[]>`
    UPDATE "OutboxMessage" SET "lockedUntil" = ${until}, "attempts" = "attempts" + 1
    WHERE "id" IN (
      SELECT "id" FROM "OutboxMessage"
      WHERE "status" = 'PENDING' AND "nextAttemptAt" <= ${now} AND ("lockedUntil" IS NULL OR "lockedUntil" <= ${now})
      ORDER BY "nextAttemptAt", "createdAt" LIMIT ${limit}
      FOR UPDATE SKIP LOCKED)
    RETURNING "id", "messageKey", "kind", "toAddress", "subject", "textBody", "htmlBody", "headers", "attempts", "eraseAfterSend", "sealedLinks"`;
}

// Records a batch of deliveries in one statement (a second for any to blank); only the worker holding
// a message's lease may (its claim's attempt number proves it). One to someone since erased is blanked.
export async function markMessagesSent(messages: ClaimedMessage[], transport: string, now = new Date()): Promise<void> {
  if (!messages.length) return;
  const db = await getDb();
  const sent = { status: 'SENT', sentAt: now, transport, lockedUntil: null, lastError: null } as const;
  const held = (group: ClaimedMessage[]) => ({
    OR: group.map((m) => ({ id: m.id, attempts: m.attempts })),
    status: 'PENDING' as const,
  });
  const erase = messages.filter((m) => m.eraseAfterSend);
  const keep = messages.filter((m) => !m.eraseAfterSend);
  if (keep.length) await db.outboxMessage.updateMany({ where: held(keep), data: sent });
  if (erase.length) await db.outboxMessage.updateMany({ where: held(erase), data: { ...sent, ...blanked } });
}

// Withdraws messages that must not go out after all (e.g. a newsletter to someone since suppressed).
export async function cancelMessages(messages: ClaimedMessage[], reason: string): Promise<void> {
  if (!messages.length) return;
  const db = await getDb();
  await db.outboxMessage.updateMany({
    where: { id: { in: messages.map((m) => m.id) }, status: 'PENDING' },
    data: { status: 'CANCELLED', lastError: reason, lockedUntil: null },
  });
}

// Records a failed attempt: tried again at `retryAt`, or given up on (FAILED) when it is null.
export async function markMessageFailed(message: ClaimedMessage, error: string, retryAt: Date | null): Promise<void> {
  const db = await getDb();
  await db.outboxMessage.updateMany({
    where: { id: message.id, attempts: message.attempts, status: 'PENDING' },
    data: retryAt
      ? { lastError: error.slice(0, 1_000), nextAttemptAt: retryAt, lockedUntil: null }
      : {
          lastError: error.slice(0, 1_000),
          status: 'FAILED',
          lockedUntil: null,
          ...(message.eraseAfterSend ? blanked : {}),
        },
  });
}

// Extends the lease on messages still being sent, so a long send keeps them while a dead worker's
// short lease frees them soon; a message whose claim has moved on (another attempt) is left alone.
export async function renewLeases(messages: ClaimedMessage[], until: Date): Promise<void> {
  if (!messages.length) return;
  const db = await getDb();
  await db.$transaction(
    messages.map((m) =>
      db.outboxMessage.updateMany({
        where: { id: m.id, attempts: m.attempts, status: 'PENDING' },
        data: { lockedUntil: until },
      }),
    ),
  );
}

// Gives back claimed messages that were never handed to the transport (the server is stopping):
// due again at once for any instance, and the claim does not count as an attempt.
export async function releaseMessages(messages: ClaimedMessage[]): Promise<void> {
  if (!messages.length) return;
  const db = await getDb();
  await db.$transaction(
    messages.map((m) =>
      db.outboxMessage.updateMany({
        where: { id: m.id, attempts: m.attempts, status: 'PENDING' },
        data: { lockedUntil: null, attempts: { decrement: 1 } },
      }),
    ),
  );
}
