'use client';
// The two ways a draft leaves the building: a test copy to yourself, and the real send.
import { useActionState } from 'react';
import { ErrorSummary } from '@/components/forms/error-summary';
import { SubmitButton } from '@/components/forms/form-extras';
import { FormScope } from '@/components/forms/form-scope';
import { useProgressiveForm } from '@/components/forms/use-progressive-form';
import { idle } from '@/lib/action-state';
import { sendNewsletter, sendTestNewsletter } from '@/lib/actions/admin/newsletters';

// "Send me a test": each press queues a new copy, marked [Test], to the signed-in person.
export function TestSendForm({ newsletterId, to }: { newsletterId: string; to: string }) {
  const [state, action, pending] = useActionState(sendTestNewsletter, idle);
  return (
    <form action={action} className="stack">
      <input type="hidden" name="newsletterId" value={newsletterId} />
      <button type="submit" className="button button-secondary" disabled={pending}>
        Send a test to {to}
      </button>
      <p role="status" className={state.status === 'error' ? 'error-message' : undefined}>
        {state.status === 'idle' ? null : state.message}
      </p>
    </form>
  );
}

// The real send: only with the box ticked beside the number of people it will reach.
export function SendNewsletterForm({ newsletterId, recipients }: { newsletterId: string; recipients: number }) {
  const { formRef, summaryRef, ...f } = useProgressiveForm(
    () => import('@/lib/validations/newsletters').then((m) => m.sendNewsletterSchema),
    sendNewsletter,
    {
      newsletterId,
      confirm: '',
    },
  );
  const error = f.errorFor('confirm');
  const people = `${recipients.toLocaleString('en-GB')} active subscriber${recipients === 1 ? '' : 's'}`;
  return (
    <FormScope prefix="send">
      <form ref={formRef} action={f.formAction} onSubmit={f.onSubmit} noValidate className="stack">
        <ErrorSummary
          ref={summaryRef}
          errors={f.errors}
          message={f.state.status === 'error' ? f.state.message : undefined}
        />
        <input type="hidden" name="newsletterId" value={newsletterId} />
        <div className={`checkbox${error ? ' field-error' : ''}`}>
          <p id="send-confirm-error" className="error-message" aria-live="polite">
            {error}
          </p>
          <input
            id="send-confirm"
            type="checkbox"
            aria-describedby="send-confirm-error"
            aria-invalid={error ? true : undefined}
            {...f.choiceProps('confirm', 'yes')}
          />
          <label htmlFor="send-confirm">
            Send this newsletter to all {people} now. It cannot be changed or recalled afterwards.
          </label>
        </div>
        <SubmitButton pending={f.pending} label={`Send to ${people}`} />
      </form>
    </FormScope>
  );
}
