// What the work queue, data-rights handling, retention and the dashboard need from a request form's
// table, so each of them works through the list of request forms instead of naming every table.
import type { Tx } from '../../db/tx';
import type { RequestFormDescriptor } from '../../forms/descriptor';
import type { CopyRecord } from '../../forms/fields';
import type { RequestNote, RequestStatus } from '../../generated/prisma/client';

type EmailMatch = { equals: string; mode: 'insensitive' };
type Where = {
  id?: string | { in: string[] };
  email?: EmailMatch;
  createdAt?: { lt: Date };
  status?: RequestStatus;
} & Record<string, unknown>;
const notes = { orderBy: { createdAt: 'asc' } } as const;
type WithNotes = { include: { notes: typeof notes } };

/** Columns every request table has. */
export type RequestRow = {
  id: string;
  reference: string;
  email: string;
  status: RequestStatus;
  createdAt: Date;
  marketingOptIn: boolean;
};

/** The part of a Prisma model's delegate the generic code uses (Prisma's own delegates fit it). */
export interface RequestDelegate<R extends RequestRow> {
  findUnique(args: { where: { id: string } } & WithNotes): PromiseLike<(R & { notes: RequestNote[] }) | null>;
  findMany(
    args: { where: Where; orderBy: { createdAt: 'asc' } } & WithNotes,
  ): PromiseLike<(R & { notes: RequestNote[] })[]>;
  findFirst(args: { where: { id: string }; select: { status: true } }): PromiseLike<{ status: RequestStatus } | null>;
  count(args: { where: Where }): PromiseLike<number>;
  deleteMany(args: { where: Where }): PromiseLike<{ count: number }>;
  updateMany(args: { where: Where; data: Record<string, unknown> }): PromiseLike<{ count: number }>;
}

/** The columns holding the person's name, company and phone (checked against the table with `satisfies`). */
export type PersonColumns<R = Record<string, unknown>> = {
  name: keyof R & string;
  company: keyof R & string;
  phone: keyof R & string;
};
/** A record starts with who sent it, under the same keys in every table. */
export type RequestRecord = CopyRecord & { name: string; email: string; company: string; phone: string | null };

export interface RequestTable<R extends RequestRow = RequestRow> {
  form: RequestFormDescriptor;
  /** The table's name in SQL (the work queue's UNION reads it). */
  sql: string;
  columns: PersonColumns;
  /** RequestNote's column that points at this table. */
  noteColumn: 'enquiryId' | 'quoteId';
  model(db: Tx): RequestDelegate<R>;
  /** A stored row as its record: the copy section's keys, which the form's fields name. */
  record(row: R): RequestRecord;
}

/** How notes are read with a request: oldest first. */
export const withNotes: WithNotes = { include: { notes } };

// An ISO timestamp, as a copy stores it.
export const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

// The columns every record starts and ends with: its reference and date, the opt-in and its status.
export const recordFrame = (row: RequestRow, answers: RequestRecord): RequestRecord => ({
  reference: row.reference,
  receivedAt: iso(row.createdAt),
  ...answers,
  marketingOptIn: row.marketingOptIn,
  status: row.status,
});
