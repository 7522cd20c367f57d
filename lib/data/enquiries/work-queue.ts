// Every request form's submissions as one work queue for staff: search, filters and pages across all
// their tables (one UNION query, so paging is exact), and a record's full detail with its notes.
import { type PersonColumns, withNotes } from './request-table';
import { REQUEST_TABLES, requestTable } from './request-tables';
import { getDb } from '../../db/client';
import { Prisma } from '../../generated/prisma/client';
import type { RequestStatus } from '../../generated/prisma/enums';
import type { RequestType } from '../../validations/requests';

export type RequestFilter = {
  q?: string;
  type?: RequestType;
  status?: RequestStatus;
  from?: Date;
  to?: Date;
  page: number;
  pageSize: number;
};
export type RequestRow = {
  type: RequestType;
  id: string;
  reference: string;
  status: RequestStatus;
  contact: string;
  company: string;
  email: string;
  phone: string | null;
  createdAt: Date;
};

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function conditions(f: RequestFilter, columns: PersonColumns) {
  const parts: Prisma.Sql[] = [];
  if (f.status) parts.push(Prisma.sql`"status" = ${f.status}::"RequestStatus"`);
  if (f.from) parts.push(Prisma.sql`"createdAt" >= ${f.from}`);
  if (f.to) parts.push(Prisma.sql`"createdAt" < ${f.to}`);
  if (f.q) {
    const like = `%${escapeLike(f.q)}%`;
    parts.push(
      Prisma.sql`("reference" ILIKE ${like} OR "email" ILIKE ${like} OR ${Prisma.raw(`"${columns.name}"`)} ILIKE ${like} OR ${Prisma.raw(`"${columns.company}"`)} ILIKE ${like})`,
    );
  }
  return parts.length ? Prisma.sql`WHERE ${Prisma.join(parts, ' AND ')}` : Prisma.empty;
}

// Each request table's rows under the same column names, one SELECT per table (just one when filtered by type).
function union(f: RequestFilter) {
  const tables = f.type ? [requestTable(f.type)] : REQUEST_TABLES;
  const selects = tables.map(({ form, sql, columns: c }) => {
    const column = (name: string) => Prisma.raw(`"${name}"`);
    return Prisma.sql`SELECT ${Prisma.raw(`'${form.name}'`)} AS "type", "id", "reference", "status", ${column(c.name)} AS "contact", ${column(c.company)} AS "company", "email", ${column(c.phone)} AS "phone", "createdAt"
    FROM ${column(sql)} ${conditions(f, c)}`;
  });
  return Prisma.join(selects, ' UNION ALL ');
}

// One page of requests, newest first, and how many match in all.
export async function listRequests(f: RequestFilter): Promise<{ rows: RequestRow[]; total: number }> {
  const db = await getDb();
  const source = union(f);
  const [rows, [count]] = await Promise.all([
    db.$queryRaw<
      RequestRow[]
    >`SELECT * FROM (${source}) AS r ORDER BY "createdAt" DESC, "reference" LIMIT ${f.pageSize} OFFSET ${(f.page - 1) * f.pageSize}`,
    db.$queryRaw<{ total: bigint }[]>`SELECT count(*) AS "total" FROM (${source}) AS r`,
  ]);
  return { rows, total: Number(count?.total ?? 0) };
}

// Every request the filter matches, oldest first, a batch at a time (for the CSV export). Each batch
// starts after the last row of the one before, so requests arriving meanwhile never shift or repeat rows.
export async function* matchingRequests(
  f: Omit<RequestFilter, 'page' | 'pageSize'>,
  batch = 500,
): AsyncGenerator<RequestRow[]> {
  const db = await getDb();
  const source = union({ ...f, page: 1, pageSize: batch });
  let after: { createdAt: Date; reference: string } | null = null;
  for (;;) {
    const from: Prisma.Sql = after
      ? Prisma.sql`WHERE ("createdAt", "reference") > (${after.createdAt}, ${after.reference})`
      : Prisma.empty;
    const rows = await db.$queryRaw<
      RequestRow[]
    >`SELECT * FROM (${source}) AS r ${from} ORDER BY "createdAt", "reference" LIMIT ${batch}`;
    if (rows.length) yield rows;
    if (rows.length < batch) return;
    after = rows.at(-1)!;
  }
}

// How many requests the filter matches.
export async function countRequests(f: Omit<RequestFilter, 'page' | 'pageSize'>): Promise<number> {
  const [count] = await (
    await getDb()
  ).$queryRaw<{ total: bigint }[]>`SELECT count(*) AS "total" FROM (${union({ ...f, page: 1, pageSize: 1 })}) AS r`;
  return Number(count?.total ?? 0);
}

// Everything about one request, with its notes oldest first and its answers as the form's fields read
// them; null if there is no such request.
export async function getRequest(type: RequestType, id: string) {
  const table = requestTable(type);
  const row = await table.model(await getDb()).findUnique({ where: { id }, ...withNotes });
  return row ? { type, form: table.form, row, record: table.record(row) } : null;
}

const parent = (type: RequestType, id: string) => ({ [requestTable(type).noteColumn]: id });

// Moves a request to a new status and notes who did it; returns the previous status (null if missing).
export async function setRequestStatus(
  type: RequestType,
  id: string,
  status: RequestStatus,
  author: { id: string; name: string },
) {
  return (await getDb()).$transaction(async (tx) => {
    const model = requestTable(type).model(tx);
    const current = await model.findFirst({ where: { id }, select: { status: true } });
    if (!current) return null;
    if (current.status === status) return current.status;
    await model.updateMany({ where: { id }, data: { status } });
    await tx.requestNote.create({
      data: {
        ...parent(type, id),
        kind: 'STATUS',
        body: `${current.status} → ${status}`,
        authorId: author.id,
        author: author.name,
      },
    });
    return current.status;
  });
}

export type NewNote = { kind: 'NOTE' | 'CORRESPONDENCE'; body: string; direction?: 'in' | 'out'; channel?: string };

// Adds an internal note or a piece of correspondence to a request; false if the request is gone.
export async function addRequestNote(
  type: RequestType,
  id: string,
  note: NewNote,
  author: { id: string; name: string },
) {
  const db = await getDb();
  try {
    await db.requestNote.create({
      data: {
        ...parent(type, id),
        kind: note.kind,
        body: note.body,
        direction: note.direction ?? null,
        channel: note.channel ?? null,
        authorId: author.id,
        author: author.name,
      },
    });
    return true;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2003') return false;
    throw error;
  }
}
