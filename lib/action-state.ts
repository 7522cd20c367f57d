// One shape for what every form action returns, and one wrapper that validates before it acts.
import type { z } from 'zod';

export type FieldErrors = Record<string, string>;

export type ActionState =
  | { status: 'idle' }
  | { status: 'error'; message?: string; fieldErrors: FieldErrors; values: Record<string, string> }
  /** Done without leaving the page (back-office forms): what to tell the person, and any details to show. */
  | { status: 'done'; message: string; details?: Record<string, string> };

export const idle: ActionState = { status: 'idle' };

// A refusal that is about the whole form, not one field (the record is gone, the account is locked).
export function formError(message: string, values: Record<string, string> = {}): ActionState {
  return { status: 'error', message, fieldErrors: {}, values };
}

// The text fields of a posted form, first value of each (files and repeated keys are ignored).
function textFields(formData: FormData): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [key, value] of formData)
    if (typeof value === 'string' && !(key in fields) && !key.startsWith('$ACTION')) fields[key] = value;
  return fields;
}

// One text field of a posted form, '' when it is missing or a file.
export function formText(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === 'string' ? value : '';
}

// What a form re-shown after an error is filled with: what was sent, except that passwords come back
// empty, so a page never carries one in its HTML.
export function formValues(formData: FormData): Record<string, string> {
  return Object.fromEntries(Object.entries(textFields(formData)).map(([k, v]) => [k, /password/i.test(k) ? '' : v]));
}

// Every field's first error, keyed by field name; errors not tied to a field go under "form".
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? String(issue.path[0]) : 'form';
    errors[key] ??= issue.message;
  }
  return errors;
}

// Parses the form with the shared schema; only valid data reaches `fn`.
export function validatedAction<S extends z.ZodType>(
  schema: S,
  fn: (data: z.output<S>, values: Record<string, string>) => Promise<ActionState>,
) {
  return async (prev: ActionState, formData: FormData): Promise<ActionState> => {
    // A hand-made post may call the action with its form first (as a plain form action) or with no form:
    // it is read as the form it carries, or as an empty one, not left to fail.
    const form = [formData, prev].find((arg): arg is FormData => arg instanceof FormData) ?? new FormData();
    const parsed = schema.safeParse(textFields(form));
    const values = formValues(form);
    if (!parsed.success) return { status: 'error', fieldErrors: fieldErrorsOf(parsed.error), values };
    return fn(parsed.data, values);
  };
}
