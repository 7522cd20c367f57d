// Back-office actions check the session before anything else: a caller who is not signed in (or
// lacks the role) gets a redirect or a 403, never a validation message or a side effect.
import 'server-only';
import type { z } from 'zod';
import { type ActionState, validatedAction } from '../action-state';
import { requireAdmin, requireStaff } from './current';
import { type AuditEntry, recordStaffAudit } from '../data/audit';
import type { ValidSession } from '../data/staff/sessions';

/** The session, and `audit` to record an event by its member of staff. */
export type StaffContext = ValidSession & { audit: (entry: AuditEntry) => Promise<void> };

type Handler<S extends z.ZodType> = (
  data: z.output<S>,
  values: Record<string, string>,
  context: StaffContext,
) => Promise<ActionState>;

const guarded =
  (check: () => Promise<ValidSession>) =>
  <S extends z.ZodType>(schema: S, fn: Handler<S>) =>
  async (prev: ActionState, formData: FormData): Promise<ActionState> => {
    const session = await check();
    const context = { ...session, audit: (entry: AuditEntry) => recordStaffAudit(session.user, entry) };
    return validatedAction(schema, (data, values) => fn(data, values, context))(prev, formData);
  };

// A form action (for useActionState) open to any signed-in staff.
export const staffAction = guarded(() => requireStaff());

// A form action on the person's own account (sign-in, second factor), open also to an account that
// the rules send to add a second factor before anything else.
export const accountAction = guarded(() => requireStaff({ settingUp: true }));

// A form action for admins only.
export const adminAction = guarded(requireAdmin);
