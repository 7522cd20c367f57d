// Back-office actions check the session before anything else: a caller who is not signed in (or
// lacks the role) gets a redirect or a 403, never a validation message or a side effect.
import 'server-only';
import type { z } from 'zod';
import { type ActionState, validatedAction } from '../action-state';
import type { ValidSession } from '../data/staff-sessions';
import { requireAdmin, requireStaff } from './current';

type Handler<S extends z.ZodType> = (data: z.output<S>, values: Record<string, string>, session: ValidSession) => Promise<ActionState>;

// A form action (for useActionState) open to any signed-in staff.
export function staffAction<S extends z.ZodType>(schema: S, fn: Handler<S>) {
  return async (prev: ActionState, formData: FormData): Promise<ActionState> => {
    const session = await requireStaff();
    return validatedAction(schema, (data, values) => fn(data, values, session))(prev, formData);
  };
}

// A form action for admins only.
export function adminAction<S extends z.ZodType>(schema: S, fn: Handler<S>) {
  return async (prev: ActionState, formData: FormData): Promise<ActionState> => {
    const session = await requireAdmin();
    return validatedAction(schema, (data, values) => fn(data, values, session))(prev, formData);
  };
}
