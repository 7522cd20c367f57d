// Date filters in the back office's address bars: a malformed date is dropped, not refused.
import { z } from 'zod';

const DAY_MS = 24 * 60 * 60 * 1000;
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .transform((v) => new Date(`${v}T00:00:00Z`))
  .refine((d) => !Number.isNaN(d.getTime()));

// "From" a day: its first moment.
export const dayFrom = day.optional().catch(undefined);

// "Until" a day, inclusive: the first moment of the next day (used as an exclusive bound).
export const dayUntil = day
  .transform((d) => new Date(d.getTime() + DAY_MS))
  .optional()
  .catch(undefined);
