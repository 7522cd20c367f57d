// For schema tests: the field errors a schema reports for an input ({} when it is valid).
import type { z } from 'zod';
import { type FieldErrors, fieldErrorsOf } from '../action-state';

export function errorsOf(schema: z.ZodType, input: unknown): FieldErrors {
  const parsed = schema.safeParse(input);
  return parsed.success ? {} : fieldErrorsOf(parsed.error);
}
