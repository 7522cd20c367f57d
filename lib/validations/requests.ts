// The back office's work queue: its filters (from the address bar, so anything may arrive) and the
// forms on a request's page.
import { z } from 'zod';
import { longText, text } from './common';
import { dayFrom, dayUntil } from './date-filters';

export const requestStatuses = [
  { value: 'NEW', label: 'New' },
  { value: 'IN_PROGRESS', label: 'In progress' },
  { value: 'ANSWERED', label: 'Answered' },
  { value: 'CLOSED', label: 'Closed' },
] as const;

export const statusLabel = (status: string) => requestStatuses.find((s) => s.value === status)?.label ?? status;

/** The two kinds of request in the work queue, as addresses and forms name them. */
export const REQUEST_TYPES = ['enquiry', 'quote'] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];

const STATUS = z.enum(['NEW', 'IN_PROGRESS', 'ANSWERED', 'CLOSED']);

// Unknown or malformed filters are dropped rather than refused: the list simply shows more.
export const requestFilterSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  type: z.enum(REQUEST_TYPES).optional().catch(undefined),
  status: STATUS.optional().catch(undefined),
  from: dayFrom,
  to: dayUntil,
});

export const requestRef = {
  type: z.enum(REQUEST_TYPES, { error: 'That request could not be found' }),
  requestId: z.uuid({ error: 'That request could not be found' }),
};

export const statusChangeSchema = z.object({ ...requestRef, status: STATUS.catch('NEW' as const).pipe(STATUS) });

export const noteSchema = z
  .object({
    ...requestRef,
    kind: z.enum(['NOTE', 'CORRESPONDENCE'], { error: 'Choose what you are recording' }),
    direction: z.enum(['in', 'out', '']).default(''),
    channel: z.enum(['email', 'phone', 'letter', 'meeting', '']).default(''),
    body: longText('The note', 5_000),
  })
  .refine((v) => v.kind === 'NOTE' || (v.direction !== '' && v.channel !== ''), {
    path: ['direction'],
    message: 'For correspondence, say whether it came in or went out, and how',
  });

// "Reply by email" on a request's page: the subject (filled in for them) and the reply itself.
export const replySchema = z.object({
  ...requestRef,
  subject: text('The subject', 200),
  body: longText('Your reply', 10_000),
});
