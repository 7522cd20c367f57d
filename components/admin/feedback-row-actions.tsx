'use client';
// The buttons beside a piece of feedback. Each is its own small form, so it works without JavaScript.
import { useActionState } from 'react';
import { idle } from '@/lib/action-state';
import { decideFeedback } from '@/lib/actions/admin/feedback';
import { Refusal } from './refusal';

type Props = { id: string; reference: string; canPublish: boolean; status: 'NEW' | 'APPROVED' | 'HIDDEN' };

// Approve only where the person allowed publication; withdraw on their behalf while it stands.
export function FeedbackRowActions({ id, reference, canPublish, status }: Props) {
  const [state, action, pending] = useActionState(decideFeedback, idle);
  const button = (decision: string, label: string) => (
    <form action={action}>
      <input type="hidden" name="feedbackId" value={id} />
      <button
        type="submit"
        name="decision"
        value={decision}
        className="link-button"
        disabled={pending}
        aria-label={`${label}: ${reference}`}
      >
        {label}
      </button>
    </form>
  );
  return (
    <div className="row-actions">
      {canPublish && status !== 'APPROVED' ? button('APPROVED', 'Approve and publish') : null}
      {status !== 'HIDDEN' ? button('HIDDEN', status === 'APPROVED' ? 'Unpublish' : 'Hide') : null}
      {canPublish ? button('WITHDRAW', 'Withdraw permission (they asked)') : null}
      <Refusal state={state} />
    </div>
  );
}
