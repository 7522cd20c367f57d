// The back office's data-request forms and filters, and the retention settings.
import { z } from 'zod';
import { checkbox, longText } from './common';
import { MAX_RETENTION_DAYS, type RetentionType, retentionTypes } from '../retention/policy';

// Unknown or malformed filters are dropped rather than refused: the list simply shows more.
export const privacyFilterSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  status: z.enum(['UNVERIFIED', 'OPEN', 'COMPLETED', 'REFUSED']).optional().catch(undefined),
  kind: z.enum(['ACCESS', 'RECTIFICATION', 'ERASURE', 'OBJECTION']).optional().catch(undefined),
});

const requestId = z.uuid({ error: 'That request could not be found' });

export const privacyStepSchema = z.object({ requestId });

export const privacyReasonSchema = z.object({ requestId, reason: longText('The reason', 2_000) });

export const privacyNoteSchema = z.object({ requestId, reason: longText('What was done', 2_000) });

export const privacyEraseSchema = z.object({
  requestId,
  confirm: checkbox.refine((v) => v, {
    message: 'Tick the box to confirm you have checked there is no reason to keep this data',
  }),
});

function days(type: RetentionType) {
  const { label, minDays } = retentionTypes[type];
  const message = `${label}: enter a whole number of days from ${minDays} to ${MAX_RETENTION_DAYS}`;
  return z
    .string({ error: message })
    .trim()
    .regex(/^\d{1,5}$/, message)
    .transform(Number)
    .pipe(z.number().min(minDays, message).max(MAX_RETENTION_DAYS, message));
}

// One number of days per record type, each within its own limits.
export const retentionSettingsSchema = z.object({
  enquiries: days('enquiries'),
  quotes: days('quotes'),
  unsubscribed: days('unsubscribed'),
  tokens: days('tokens'),
  ipHashes: days('ipHashes'),
  competitionEntries: days('competitionEntries'),
  surveyResponses: days('surveyResponses'),
  emails: days('emails'),
} satisfies Record<RetentionType, unknown>);

export const purgeSchema = z.object({ mode: z.enum(['dry-run', 'purge'], { error: 'Choose a dry run or a purge' }) });
