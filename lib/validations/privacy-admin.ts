// The back office's data-request forms and filters (the retention settings' schema is built from the
// retention policy, in lib/retention/settings-schema.ts).
import { z } from 'zod';
import { checkbox, longText } from './common';

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
