// The retention settings form: one number of days per record type, each within its own limits. It is
// built from the policy's list of types (which the request forms extend), so it sits beside the policy.
import { z } from 'zod';
import { MAX_RETENTION_DAYS, RETENTION_TYPES, type RetentionType, retentionTypes } from './policy';

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

type DaysField = ReturnType<typeof days>;

/** Every type's field, in the policy's order. */
export const retentionSettingsSchema = z.object(
  Object.fromEntries(RETENTION_TYPES.map((type) => [type, days(type)])) as Record<RetentionType, DaysField>,
);

export const purgeSchema = z.object({ mode: z.enum(['dry-run', 'purge'], { error: 'Choose a dry run or a purge' }) });
