// The one flow every public form's action follows: validate (shared schema), guard against spam and
// floods, store once, then send the person to the acknowledgement page with their reference.
import 'server-only';
import { redirect } from 'next/navigation';
import { after } from 'next/server';
import type { z } from 'zod';
import { type ActionState, validatedAction } from '../action-state';
import { guardSubmission, pageFormToken } from './form-guard';
import { newReference, type StoredSubmission, SubmissionRefused } from '../data/forms/submissions';
import type { PublicFormDescriptor } from '../forms/descriptor';
import { FORM_GATHER_MS, nudgeOutbox } from '../jobs/outbox-worker';
import { errorText, log } from '../log/logger';

type Meta = { formToken: string; website: string; email: string; marketingOptIn?: boolean };

/** A form's descriptor, with its schema and how its submissions are found and stored. */
export type PublicForm<S extends z.ZodType<Meta>> = Omit<PublicFormDescriptor, 'schema'> & {
  schema: S;
  find: (submissionKey: string) => Promise<string | null>;
  create: (data: z.output<S>, submissionKey: string) => Promise<StoredSubmission>;
};

/** A form from a prerendered page comes without a token: the person sends it once more, with one. */
const CONFIRM_MESSAGE =
  'One more step, to keep out automated forms: please check your details and send the form again.';

// A form shown again after an error carries a fresh token whenever it came without one.
async function withToken(state: ActionState): Promise<ActionState> {
  if (state.status !== 'error' || state.values.formToken) return state;
  return { ...state, values: { ...state.values, formToken: await pageFormToken() } };
}

// Builds the (prevState, formData) action for useActionState; it works as a plain post without JavaScript.
export function publicSubmission<S extends z.ZodType<Meta>>(config: PublicForm<S>) {
  const action = validatedPublicSubmission(config);
  return async (prev: ActionState, formData: FormData) => withToken(await action(prev, formData));
}

function validatedPublicSubmission<S extends z.ZodType<Meta>>(config: PublicForm<S>) {
  // The thank-you page, told whether the newsletter box was ticked (it mentions the confirmation email only then).
  const thanks = (reference: string, optedIn: boolean) =>
    `${config.thankYouPath}?ref=${encodeURIComponent(reference)}${optedIn ? '&newsletter=1' : ''}`;
  return validatedAction(config.schema, async (data, values): Promise<ActionState> => {
    let reference: string;
    // Everything that reads or writes the database is inside the try: while it is unreachable the
    // person sees the form again, answers kept, with the form's "nothing was lost" message.
    try {
      const guard = await guardSubmission(config.name, data, async (key) => (await config.find(key)) !== null);
      if (guard.outcome === 'limited') return { status: 'error', message: guard.message, fieldErrors: {}, values };
      if (guard.outcome === 'confirm') return { status: 'error', message: CONFIRM_MESSAGE, fieldErrors: {}, values };
      // Caught spam gets the same answer as a person, so bots learn nothing, and nothing is stored.
      if (guard.outcome === 'spam') {
        reference = newReference(config.prefix);
      } else {
        let duplicate: boolean;
        ({ reference, duplicate } = await config.create(data, guard.submissionKey));
        // Any email the submission owes goes out once the answer has been sent, with others' sent meanwhile.
        if (!duplicate) after(() => nudgeOutbox({ gatherMs: FORM_GATHER_MS }));
      }
    } catch (error) {
      // A refusal about one answer is said once, at that answer (and linked from the summary), not again above it.
      if (error instanceof SubmissionRefused) {
        const message = Object.keys(error.fieldErrors).length ? undefined : error.message;
        return { status: 'error', message, fieldErrors: error.fieldErrors, values };
      }
      log.error({ form: config.name, error: errorText(error) }, `Could not store a ${config.name} submission`);
      return { status: 'error', message: config.failure, fieldErrors: {}, values };
    }
    redirect(thanks(reference, data.marketingOptIn === true));
  });
}
