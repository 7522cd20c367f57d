// A request is stored with its emails owed ("emailsQueuedAt" null), so a submission is one insert;
// the outbox worker queues the acknowledgements and team notifications here, for many requests in
// one transaction. A row lock (SKIP LOCKED) gives each request to one instance at a time, the claim
// commits with the emails it queued, and message keys make any repeat harmless.
import { requestEmails } from './acknowledgements';
import { type RequestTable, withNotes } from './request-table';
import { REQUEST_TABLES } from './request-tables';
import { teamRecipients } from './team-notifications';
import { getDb } from '../../db/client';
import { Prisma } from '../../generated/prisma/client';
import { enqueueEmails } from '../email/outbox';

const quoted = (table: RequestTable) => Prisma.raw(`"${table.sql}"`);

// The request tables with emails owed, in one query (a round with nothing owed costs only this).
async function tablesOwing(): Promise<RequestTable[]> {
  const checks = REQUEST_TABLES.map(
    (t) =>
      Prisma.sql`SELECT ${t.sql}::text AS "table" WHERE EXISTS (SELECT 1 FROM ${quoted(t)} WHERE "emailsQueuedAt" IS NULL)`,
  );
  const rows = await (await getDb()).$queryRaw<{ table: string }[]>(Prisma.join(checks, ' UNION ALL '));
  return REQUEST_TABLES.filter((t) => rows.some((r) => r.table === t.sql));
}

// Queues the emails of up to `batch` requests of one table; returns how many requests.
async function queueFor(table: RequestTable, batch: number): Promise<number> {
  return (await getDb()).$transaction(async (tx) => {
    const claimed = await tx.$queryRaw<{ id: string }[]>`
      UPDATE ${quoted(table)} SET "emailsQueuedAt" = ${new Date()}
      WHERE "id" IN (
        SELECT "id" FROM ${quoted(table)} WHERE "emailsQueuedAt" IS NULL
        ORDER BY "createdAt" LIMIT ${batch} FOR UPDATE SKIP LOCKED)
      RETURNING "id"::text AS "id"`;
    if (!claimed.length) return 0;
    const rows = await table.model(tx).findMany({
      where: { id: { in: claimed.map((c) => c.id) } },
      orderBy: { createdAt: 'asc' },
      ...withNotes,
    });
    const team = await teamRecipients(tx);
    await enqueueEmails(
      tx,
      rows.flatMap((row) => requestEmails(table, row, team)),
    );
    return rows.length;
  });
}

// Queues every owed request email (called at the start of each delivery round); returns how many requests.
export async function queueOwedRequestEmails(batch = 200): Promise<number> {
  let queued = 0;
  for (const table of await tablesOwing()) {
    let n: number;
    do {
      n = await queueFor(table, batch);
      queued += n;
    } while (n === batch);
  }
  return queued;
}
