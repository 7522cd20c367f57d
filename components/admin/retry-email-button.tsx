'use client';
// "Try sending again" for an email that failed for good.
import { useActionState } from 'react';
import { idle } from '@/lib/action-state';
import { retryEmail } from '@/lib/actions/admin/mailbox';

// Reports a refusal beside the button; success reloads the message page.
export function RetryEmailButton({ id }: { id: string }) {
  const [state, action, pending] = useActionState(retryEmail, idle);
  return (
    <form action={action}>
      <input type="hidden" name="messageId" value={id} />
      <button type="submit" className="button" disabled={pending}>
        Try sending again
      </button>
      {state.status === 'error' && state.message ? <p role="alert">{state.message}</p> : null}
    </form>
  );
}
